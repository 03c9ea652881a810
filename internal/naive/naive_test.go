// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package naive

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg/codes"
	"github.com/smsseg/smsseg/gsm7"
	"github.com/smsseg/smsseg/internal/vectors"
)

// vectorOptions converts a vector's options.
func vectorOptions(t testing.TB, o vectors.Options) Options {
	opt := Options{NFC: o.NFC, ASCII: o.ASCII, Smart: o.Smart, OpCode: o.OpCode}
	for _, w := range o.OptOut {
		switch w {
		case "link":
			opt.Link = true
		case "phone":
			opt.Phone = true
		default:
			t.Fatalf("vector opt-out %q", w)
		}
	}
	return opt
}

// TestNaiveVectors holds the reference itself to the golden vectors, which
// were worked by hand: the reference is only worth comparing against if it
// passes them all.
func TestNaiveVectors(t *testing.T) {
	files, err := vectors.All()
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		for _, v := range f.Tests {
			if v.CommandOnly() {
				continue // standard input handling is segcalc's
			}
			n++
			in := string(v.Input)
			msg := fmt.Sprintf("%s #%d (%s) input %.80q", f.Profile, v.ID, v.Comment, in)
			got, err := Analyze(f.Profile, vectorOptions(t, v.Options), in)
			require.NoError(t, err, msg)
			e := v.Expect
			assert.Equal(t, e.Encoding, got.Encoding, "encoding: %s", msg)
			assert.Equal(t, e.Shift, got.Shift, "shift: %s", msg)
			assert.Equal(t, e.Units, got.Units, "units: %s", msg)
			assert.Equal(t, e.Runes, got.Runes, "runes: %s", msg)
			assert.Equal(t, e.Segments, got.Segments, "segments: %s", msg)
			assert.Equal(t, e.Remaining, got.Remaining, "remaining: %s", msg)
			assert.Equal(t, e.Truncated, got.Truncated, "truncated: %s", msg)
			if e.Text != nil {
				assert.Equal(t, string(*e.Text), got.Text, "text: %s", msg)
			}
			if e.Wire != nil {
				assert.Equal(t, string(*e.Wire), got.Wire, "wire: %s", msg)
			}
			if e.Parts != nil {
				want := []Part{}
				for _, p := range e.Parts {
					want = append(want, Part{p.Start, p.End, p.Units})
				}
				assert.Equal(t, want, got.Parts, "parts: %s", msg)
			}
			if e.Params != nil {
				assert.JSONEq(t, string(e.Params), got.Params, "params: %s", msg)
			}
			if e.Credits != nil {
				r := v.Options.Recipients
				if r == 0 {
					r = 1
				}
				assert.Equal(t, *e.Credits, got.Credits(r), "credits: %s", msg)
			}
			checkIssues(t, "errors", msg, e.Errors, got.Errors)
			checkIssues(t, "warnings", msg, e.Warnings, got.Warnings)
		}
	}
	assert.Greater(t, n, 300, "vector count")
}

// checkIssues compares issues by code and offset, and by rune where the
// vector states one.
func checkIssues(t *testing.T, what, msg string, want []vectors.Issue, got []Issue) {
	t.Helper()
	type co struct {
		Code   string
		Offset int
	}
	w, g := []co{}, []co{}
	for _, is := range want {
		w = append(w, co{is.Code, is.Offset})
	}
	for _, is := range got {
		g = append(g, co{is.Code, is.Offset})
	}
	if !assert.Equal(t, w, g, "%s: %s", what, msg) {
		return
	}
	for i, is := range want {
		if is.Rune == nil {
			continue
		}
		r, size := utf8.DecodeRuneInString(*is.Rune)
		require.Equal(t, len(*is.Rune), size, "vector rune %q: %s", *is.Rune, msg)
		assert.Equal(t, r, got[i].Rune, "%s[%d] rune: %s", what, i, msg)
	}
}

// TestPipeCodes checks the SPEC's pipe code list, as the reference reads it,
// against package codes for every rune below U+0800 and the euro sign.
func TestPipeCodes(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x800; r++ {
		n += checkPipe(t, r)
	}
	n += checkPipe(t, '€')
	assert.Equal(t, 39, n, "runes with a pipe code (SPEC 3.5)")
	assert.Equal(t, "|61|", PipeCode('\n'))
	assert.Equal(t, "|05|", PipeCode('€'))
	assert.Equal(t, "", PipeCode('|'))
}

func checkPipe(t *testing.T, r rune) int {
	want := ""
	if c, ok := codes.Lookup(r); ok {
		want = fmt.Sprintf("|%02d|", c)
	}
	assert.Equal(t, want, PipeCode(r), "%q", r)
	if want == "" {
		return 0
	}
	return 1
}

func TestNaiveRejects(t *testing.T) {
	_, err := Analyze("GSM", Options{}, "a")
	assert.ErrorIs(t, err, ErrVendor)
	_, err = Analyze("gsm", Options{Link: true}, "a")
	assert.ErrorIs(t, err, ErrVendor)
	r, err := Analyze("esemes", Options{Link: true}, "")
	require.NoError(t, err)
	assert.Equal(t, "", r.Text, "no suffix on an empty text")
	assert.Equal(t, []Issue{{Code: "empty"}}, r.Errors)
	assert.Equal(t, `{"endpoint":"normal","izin_link":true,"izin_telefon":false}`, r.Params, "the flags say what was selected, also for an empty text")
	_, err = Analyze("gsm", Options{OpCode: "b001"}, "a")
	assert.ErrorIs(t, err, ErrOpCode)
	r, err = Analyze("gsm", Options{OpCode: "B001"}, "")
	require.NoError(t, err)
	assert.Equal(t, "", r.Text, "no operator code on an empty text")
	r, err = Analyze("verimor", Options{}, strings.Repeat("ş", 1044))
	require.NoError(t, err)
	assert.Equal(t, []Issue{{"too_long", 2 * 1043, 'ş'}}, r.Errors)
}

// TestNaiveJSONFields pins the field set to SPEC 5's JSON object.
func TestNaiveJSONFields(t *testing.T) {
	r, err := Analyze("bisms", Options{}, "Işık")
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"Encoding", "Shift", "Units", "Runes", "Segments", "Remaining", "Truncated", "Text", "Wire", "Parts", "Params", "Errors", "Warnings"} {
		assert.Contains(t, m, k)
	}
	assert.Equal(t, "turkish", r.Encoding)
	assert.Equal(t, 6, r.Units, "I ş ı k: ş and ı cost 2 in bisms turkish")
}

// Direct unit tests of the rules SPEC 3.4, 3.6, 3.7, 3.8 and 3.9 added or
// changed, with values worked by hand from the SPEC (byte offsets: ASCII 1
// byte; ş ж é U+00A0 U+0301 U+0327 2 bytes; € ₺ U+FFFD 3 bytes).

var rep = strings.Repeat

const (
	link  = " SMS Listemizden çıkmak için http://iptal.biz/xxxxxx"                  // 52 runes, 55 units (ç ı ç)
	phone = " SMS Listemizden çıkmak için 02162120750 numarasını 1 kez çaldırınız." // 69 runes, 78 units (ç ı ç ı ı ç ı ı ı)
	ffd   = utf8.RuneError
)

// want is the expected analysis; Parts nil and Params "" are not checked,
// Errors and Warnings nil mean none.
type want struct {
	enc, shift                   string
	units, runes, segs, rem, cut int // cut: truncated
	text, wire                   string
	parts                        []Part
	params                       string
	errs, warns                  []Issue
}

type ruleCase struct {
	name   string
	vendor string
	opt    Options
	in     string
	want   want
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Analyze(c.vendor, c.opt, c.in)
			require.NoError(t, err)
			w := c.want
			msg := fmt.Sprintf("%s %+v input %.60q", c.vendor, c.opt, c.in)
			assert.Equal(t, w.enc, got.Encoding, "encoding: %s", msg)
			assert.Equal(t, w.shift, got.Shift, "shift: %s", msg)
			assert.Equal(t, w.units, got.Units, "units: %s", msg)
			assert.Equal(t, w.runes, got.Runes, "runes: %s", msg)
			assert.Equal(t, w.segs, got.Segments, "segments: %s", msg)
			assert.Equal(t, w.rem, got.Remaining, "remaining: %s", msg)
			assert.Equal(t, w.cut, got.Truncated, "truncated: %s", msg)
			assert.Equal(t, w.text, got.Text, "text: %s", msg)
			assert.Equal(t, w.wire, got.Wire, "wire: %s", msg)
			if w.parts != nil {
				assert.Equal(t, w.parts, got.Parts, "parts: %s", msg)
			}
			if w.params != "" {
				assert.Equal(t, w.params, got.Params, "params: %s", msg)
			}
			if w.errs == nil {
				w.errs = []Issue{}
			}
			if w.warns == nil {
				w.warns = []Issue{}
			}
			assert.Equal(t, w.errs, got.Errors, "errors: %s", msg)
			assert.Equal(t, w.warns, got.Warnings, "warnings: %s", msg)
		})
	}
}

// TestVerimor: SPEC 3.8 and the vendor table in vendor-notes.
func TestVerimor(t *testing.T) {
	a, s, zh := func(n int) string { return rep("a", n) }, func(n int) string { return rep("ş", n) }, func(n int) string { return rep("ж", n) }
	const dc0, dc1, dc2 = `{"datacoding":0}`, `{"datacoding":1}`, `{"datacoding":2}`
	v := "verimor"
	b001 := Options{OpCode: "B001"}
	runCases(t, []ruleCase{
		// Normal, 160/153, max 1071.
		{"160", v, Options{}, a(160), want{enc: "normal", shift: "none", units: 160, runes: 160, segs: 1, rem: 0, text: a(160), wire: a(160), parts: []Part{{0, 160, 160}}, params: dc0}},
		{"161", v, Options{}, a(161), want{enc: "normal", shift: "none", units: 161, runes: 161, segs: 2, rem: 145, text: a(161), wire: a(161), parts: []Part{{0, 153, 153}, {153, 161, 8}}, params: dc0}},
		{"1071", v, Options{}, a(1071), want{enc: "normal", shift: "none", units: 1071, runes: 1071, segs: 7, rem: 0, text: a(1071), wire: a(1071), params: dc0}},
		{"1072", v, Options{}, a(1072), want{enc: "normal", shift: "none", units: 1072, runes: 1072, segs: 8, rem: 152, text: a(1072), wire: a(1072), params: dc0,
			errs: []Issue{{"too_long", 1071, 'a'}}}},
		// Turkish locking, 155/149, max 1043; ş costs 1.
		{"155", v, Options{}, s(155), want{enc: "turkish", shift: "locking", units: 155, runes: 155, segs: 1, rem: 0, text: s(155), wire: s(155), parts: []Part{{0, 310, 155}}, params: dc1}},
		{"156", v, Options{}, s(156), want{enc: "turkish", shift: "locking", units: 156, runes: 156, segs: 2, rem: 142, text: s(156), wire: s(156), parts: []Part{{0, 298, 149}, {298, 312, 7}}, params: dc1}},
		{"1043", v, Options{}, s(1043), want{enc: "turkish", shift: "locking", units: 1043, runes: 1043, segs: 7, rem: 0, text: s(1043), wire: s(1043), params: dc1}},
		{"1044", v, Options{}, s(1044), want{enc: "turkish", shift: "locking", units: 1044, runes: 1044, segs: 8, rem: 148, text: s(1044), wire: s(1044), params: dc1,
			errs: []Issue{{"too_long", 2086, 'ş'}}}},
		// UCS-2, 70/67, max 469.
		{"70", v, Options{}, zh(70), want{enc: "ucs2", shift: "none", units: 70, runes: 70, segs: 1, rem: 0, text: zh(70), wire: zh(70), parts: []Part{{0, 140, 70}}, params: dc2}},
		{"71", v, Options{}, zh(71), want{enc: "ucs2", shift: "none", units: 71, runes: 71, segs: 2, rem: 63, text: zh(71), wire: zh(71), parts: []Part{{0, 134, 67}, {134, 142, 4}}, params: dc2}},
		{"469", v, Options{}, zh(469), want{enc: "ucs2", shift: "none", units: 469, runes: 469, segs: 7, rem: 0, text: zh(469), wire: zh(469), params: dc2}},
		{"470", v, Options{}, zh(470), want{enc: "ucs2", shift: "none", units: 470, runes: 470, segs: 8, rem: 66, text: zh(470), wire: zh(470), params: dc2,
			errs: []Issue{{"too_long", 938, 'ж'}}}},
		// € costs 2 in both GSM schemes, 1 UTF-16 unit in UCS-2.
		{"euro normal", v, Options{}, "€", want{enc: "normal", shift: "none", units: 2, runes: 1, segs: 1, rem: 158, text: "€", wire: "€", params: dc0}},
		{"euro turkish", v, Options{}, "ş€", want{enc: "turkish", shift: "locking", units: 3, runes: 2, segs: 1, rem: 152, text: "ş€", wire: "ş€", params: dc1}},
		{"euro ucs2", v, Options{}, "ж€", want{enc: "ucs2", shift: "none", units: 2, runes: 2, segs: 1, rem: 68, text: "ж€", wire: "ж€", params: dc2}},
		{"euro 160", v, Options{}, a(158) + "€", want{enc: "normal", shift: "none", units: 160, runes: 159, segs: 1, rem: 0, text: a(158) + "€", wire: a(158) + "€", parts: []Part{{0, 161, 160}}}},
		{"euro 161", v, Options{}, a(159) + "€", want{enc: "normal", shift: "none", units: 161, runes: 160, segs: 2, rem: 145, text: a(159) + "€", wire: a(159) + "€", parts: []Part{{0, 153, 153}, {153, 162, 8}}}},
		{"euro 155", v, Options{}, s(153) + "€", want{enc: "turkish", shift: "locking", units: 155, runes: 154, segs: 1, rem: 0, text: s(153) + "€", wire: s(153) + "€", parts: []Part{{0, 309, 155}}}},
		{"euro 156", v, Options{}, s(154) + "€", want{enc: "turkish", shift: "locking", units: 156, runes: 155, segs: 2, rem: 142, text: s(154) + "€", wire: s(154) + "€", parts: []Part{{0, 298, 149}, {298, 311, 7}}}},
		{"euro 1071", v, Options{}, a(1069) + "€", want{enc: "normal", shift: "none", units: 1071, runes: 1070, segs: 7, rem: 0, text: a(1069) + "€", wire: a(1069) + "€"}},
		// 918 a in 6 parts, then 152 a; € does not fit the 7th part whole.
		{"euro 1072", v, Options{}, a(1070) + "€", want{enc: "normal", shift: "none", units: 1072, runes: 1071, segs: 8, rem: 151, text: a(1070) + "€", wire: a(1070) + "€",
			errs: []Issue{{"too_long", 1070, '€'}}}},
		// The default extension costs 2 in the Turkish scheme too.
		{"ext turkish", v, Options{}, "ş{}", want{enc: "turkish", shift: "locking", units: 5, runes: 3, segs: 1, rem: 150, text: "ş{}", wire: "ş{}", params: dc1}},
		// Ç ö ü are in the default table: datacoding 0.
		{"default letters", v, Options{}, "Çöü", want{enc: "normal", shift: "none", units: 3, runes: 3, segs: 1, rem: 157, text: "Çöü", wire: "Çöü", params: dc0}},
		// è is not in the Turkish locking table: ş + è needs UCS-2.
		{"locking lacks è", v, Options{}, "şè", want{enc: "ucs2", shift: "none", units: 2, runes: 2, segs: 1, rem: 68, text: "şè", wire: "şè", params: dc2}},
		// The operator code counts towards the limit and is not in the wire.
		{"opcode 1071", v, b001, a(1066), want{enc: "normal", shift: "none", units: 1071, runes: 1071, segs: 7, rem: 0, text: a(1066) + " B001", wire: a(1066)}},
		{"opcode 1072", v, b001, a(1067), want{enc: "normal", shift: "none", units: 1072, runes: 1072, segs: 8, rem: 152, text: a(1067) + " B001", wire: a(1067),
			errs: []Issue{{"too_long", 1071, '1'}}}},
		{"opcode 155", v, b001, s(150), want{enc: "turkish", shift: "locking", units: 155, runes: 155, segs: 1, rem: 0, text: s(150) + " B001", wire: s(150), parts: []Part{{0, 305, 155}}}},
		{"opcode 156", v, b001, s(151), want{enc: "turkish", shift: "locking", units: 156, runes: 156, segs: 2, rem: 142, text: s(151) + " B001", wire: s(151), parts: []Part{{0, 298, 149}, {298, 307, 7}}}},
		{"empty", v, Options{}, "", want{enc: "normal", shift: "none", rem: 160, params: dc0, errs: []Issue{{Code: "empty"}}}},
	})
	// gsm's locking candidate counts € as 1, verimor's as 2.
	g, err := Analyze("gsm", Options{}, "ş€")
	require.NoError(t, err)
	assert.Equal(t, 2, g.Units, "gsm ş€")
	assert.Equal(t, "locking", g.Shift, "gsm ş€")
}

// TestOpCode: SPEC 3.7 operator code.
func TestOpCode(t *testing.T) {
	a, s := func(n int) string { return rep("a", n) }, func(n int) string { return rep("ş", n) }
	b001 := Options{OpCode: "B001"}
	runCases(t, []ruleCase{
		{"155+5", "gsm", b001, a(155), want{enc: "normal", shift: "none", units: 160, runes: 160, segs: 1, rem: 0, text: a(155) + " B001", wire: a(155), parts: []Part{{0, 160, 160}}}},
		{"156+5", "gsm", b001, a(156), want{enc: "normal", shift: "none", units: 161, runes: 161, segs: 2, rem: 145, text: a(156) + " B001", wire: a(156), parts: []Part{{0, 153, 153}, {153, 161, 8}}}},
		{"160 alone", "gsm", Options{}, a(160), want{enc: "normal", shift: "none", units: 160, runes: 160, segs: 1, rem: 0, text: a(160), wire: a(160)}},
		{"160+5", "gsm", b001, a(160), want{enc: "normal", shift: "none", units: 165, runes: 165, segs: 2, rem: 141, text: a(160) + " B001", wire: a(160), parts: []Part{{0, 153, 153}, {153, 165, 12}}}},
		{"161+5", "gsm", b001, a(161), want{enc: "normal", shift: "none", units: 166, runes: 166, segs: 2, rem: 140, text: a(161) + " B001", wire: a(161), parts: []Part{{0, 153, 153}, {153, 166, 13}}}},
		{"turkish 150+5", "gsm", b001, s(150), want{enc: "turkish", shift: "locking", units: 155, runes: 155, segs: 1, rem: 0, text: s(150) + " B001", wire: s(150), parts: []Part{{0, 305, 155}}}},
		{"turkish 151+5", "gsm", b001, s(151), want{enc: "turkish", shift: "locking", units: 156, runes: 156, segs: 2, rem: 142, text: s(151) + " B001", wire: s(151), parts: []Part{{0, 298, 149}, {298, 307, 7}}}},
		{"turkish 155+5", "gsm", b001, s(155), want{enc: "turkish", shift: "locking", units: 160, runes: 160, segs: 2, rem: 138, text: s(155) + " B001", wire: s(155), parts: []Part{{0, 298, 149}, {298, 315, 11}}}},
		// Single shift: ş costs 2; 74 ş fill 148 of 149.
		{"nodeapi 150+5", "nodeapi", b001, s(150), want{enc: "turkish", shift: "single", units: 305, runes: 155, segs: 3, rem: 140, text: s(150) + " B001", wire: s(150),
			parts: []Part{{0, 148, 148}, {148, 296, 148}, {296, 305, 9}}, params: `{"encoding":1}`}},
		{"kobikom 155+5", "kobikom", b001, a(155), want{enc: "normal", shift: "none", units: 160, runes: 160, segs: 1, rem: 0, text: a(155) + " B001", wire: a(155), params: `{"datacoding":0,"languageCode":"","type":""}`}},
		{"kobikom 156+5", "kobikom", b001, a(156), want{enc: "normal", shift: "none", units: 161, runes: 161, segs: 2, rem: 145, text: a(156) + " B001", wire: a(156), params: `{"datacoding":0,"languageCode":"","type":"longSMS"}`}},
		// UCS-2: 5 more UTF-16 units.
		{"ucs2 65+5", "gsm", b001, rep("ж", 65), want{enc: "ucs2", shift: "none", units: 70, runes: 70, segs: 1, rem: 0, text: rep("ж", 65) + " B001", wire: rep("ж", 65)}},
		{"ucs2 66+5", "gsm", b001, rep("ж", 66), want{enc: "ucs2", shift: "none", units: 71, runes: 71, segs: 2, rem: 63, text: rep("ж", 66) + " B001", wire: rep("ж", 66), parts: []Part{{0, 133, 67}, {133, 137, 4}}}},
		// oztek: the code has no pipe code and is not in the wire.
		{"oztek", "oztek", b001, "a!", want{enc: "normal", shift: "none", units: 7, runes: 7, segs: 1, rem: 153, text: "a! B001", wire: "a|26|", params: `{"tur":"Normal"}`}},
		// After -ascii, untouched by it.
		{"ascii", "gsm", Options{ASCII: true, OpCode: "Z9Z9"}, "Işık", want{enc: "normal", shift: "none", units: 9, runes: 9, segs: 1, rem: 151, text: "Isik Z9Z9", wire: "Isik"}},
		{"empty", "gsm", b001, "", want{enc: "normal", shift: "none", rem: 160, params: "{}", errs: []Issue{{Code: "empty"}}}},
	})
	for _, bad := range []string{"B01", "B0011", "b001", "B-01", "ÇÇ", " B01", "B001 ", "B00\n"} {
		_, err := Analyze("gsm", Options{OpCode: bad}, "a")
		assert.ErrorIs(t, err, ErrOpCode, "opcode %q", bad)
	}
	for _, good := range []string{"B001", "B038", "ZZZZ", "0000"} {
		_, err := Analyze("gsm", Options{OpCode: good}, "a")
		assert.NoError(t, err, "opcode %q", good)
	}
}

// TestBiSMSWarnings: SPEC 3.6 items 6 and 8 with the operator code of 3.7.
func TestBiSMSWarnings(t *testing.T) {
	a, s := func(n int) string { return rep("a", n) }, func(n int) string { return rep("ş", n) }
	b := "bisms"
	b001 := Options{OpCode: "B001"}
	runCases(t, []ruleCase{
		// replaced at each changed rune's offset in text, with the caller's rune.
		{"replaced", b, Options{}, "x€y\nz~", want{enc: "normal", shift: "none", units: 6, runes: 6, segs: 1, rem: 154, text: "xEy z ", wire: "xEy z ",
			warns: []Issue{{"replaced", 1, '€'}, {"replaced", 3, '\n'}, {"replaced", 5, '~'}}}},
		{"substitutions", b, Options{}, "|^{[}]\\", want{enc: "normal", shift: "none", units: 7, runes: 7, segs: 1, rem: 153, text: "I'(())/", wire: "I'(())/",
			warns: []Issue{{"replaced", 0, '|'}, {"replaced", 1, '^'}, {"replaced", 2, '{'}, {"replaced", 3, '['}, {"replaced", 4, '}'}, {"replaced", 5, ']'}, {"replaced", 6, '\\'}}}},
		{"turkish offsets", b, Options{}, "ş€ş", want{enc: "turkish", shift: "none", units: 5, runes: 3, segs: 1, rem: 150, text: "şEş", wire: "şEş",
			warns: []Issue{{"replaced", 2, '€'}}}},
		{"invalid byte", b, Options{}, "a\xffb", want{enc: "normal", shift: "none", units: 3, runes: 3, segs: 1, rem: 157, text: "a b", wire: "a b",
			errs: []Issue{{"invalid_utf8", 1, ffd}}, warns: []Issue{{"replaced", 1, ffd}}}},
		{"literal U+FFFD", b, Options{}, "a\uFFFDb", want{enc: "normal", shift: "none", units: 3, runes: 3, segs: 1, rem: 157, text: "a b", wire: "a b",
			warns: []Issue{{"replaced", 1, ffd}}}},
		// The rune after user options: é after -nfc, U+0301 without.
		{"nfc é", b, Options{NFC: true}, "e\u0301", want{enc: "normal", shift: "none", units: 1, runes: 1, segs: 1, rem: 159, text: " ", wire: " ",
			warns: []Issue{{"replaced", 0, 'é'}}}},
		{"no nfc", b, Options{}, "e\u0301", want{enc: "normal", shift: "none", units: 2, runes: 2, segs: 1, rem: 158, text: "e ", wire: "e ",
			warns: []Issue{{"replaced", 1, '\u0301'}}}},
		// Runes changed by -smart / -ascii are the caller's choice: no warning.
		{"smart", b, Options{Smart: true}, "x\u00A0“y”", want{enc: "normal", shift: "none", units: 5, runes: 5, segs: 1, rem: 155, text: "x \"y\"", wire: "x \"y\""}},
		{"no smart", b, Options{}, "x\u00A0y", want{enc: "normal", shift: "none", units: 3, runes: 3, segs: 1, rem: 157, text: "x y", wire: "x y",
			warns: []Issue{{"replaced", 1, '\u00A0'}}}},
		{"ascii", b, Options{ASCII: true}, "₺â", want{enc: "normal", shift: "none", units: 3, runes: 3, segs: 1, rem: 157, text: "TLa", wire: "TLa"}},
		// Truncation: truncated at len(text), or where the code starts.
		{"918", b, Options{}, a(918), want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 1, text: a(917), wire: a(917),
			warns: []Issue{{Code: "truncated", Offset: 917}}}},
		{"912+5", b, b001, a(912), want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, text: a(912) + " B001", wire: a(912)}},
		{"913+5", b, b001, a(913), want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 1, text: a(912) + " B001", wire: a(912),
			warns: []Issue{{Code: "truncated", Offset: 912}}}},
		{"1000+5", b, b001, a(1000), want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 88, text: a(912) + " B001", wire: a(912),
			warns: []Issue{{Code: "truncated", Offset: 912}}}},
		// Turkish: 882 − 5 = 877 for the caller's text, 438 ş (876 units) fit.
		{"turkish 500+5", b, b001, s(500), want{enc: "turkish", shift: "none", units: 881, runes: 443, segs: 6, rem: 1, cut: 62, text: s(438) + " B001", wire: s(438),
			warns: []Issue{{Code: "truncated", Offset: 876}}}},
		// A replaced rune before the cut, then the cut.
		{"replaced and truncated", b, b001, "€" + a(1000), want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 89, text: "E" + a(911) + " B001", wire: "E" + a(911),
			warns: []Issue{{"replaced", 0, '€'}, {Code: "truncated", Offset: 912}}}},
		// A replaced rune that truncation dropped gets no warning.
		{"replaced dropped", b, Options{}, a(917) + "~", want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 1, text: a(917), wire: a(917),
			warns: []Issue{{Code: "truncated", Offset: 917}}}},
		// The first bad byte dropped by truncation: invalid_utf8 where the
		// runes were cut (here where the code starts).
		{"bad byte dropped", b, b001, a(917) + "\xff", want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 6, text: a(912) + " B001", wire: a(912),
			errs: []Issue{{"invalid_utf8", 912, ffd}}, warns: []Issue{{Code: "truncated", Offset: 912}}}},
		{"bad byte dropped no code", b, Options{}, a(917) + "\xff", want{enc: "normal", shift: "none", units: 917, runes: 917, segs: 6, rem: 0, cut: 1, text: a(917), wire: a(917),
			errs: []Issue{{"invalid_utf8", 917, ffd}}, warns: []Issue{{Code: "truncated", Offset: 917}}}},
	})
}

// TestEsemes: SPEC 3.4 suffixes in text, not in wire; params with JSON
// booleans.
func TestEsemes(t *testing.T) {
	e := "esemes"
	runCases(t, []ruleCase{
		{"plain", e, Options{}, "a", want{enc: "normal", shift: "none", units: 1, runes: 1, segs: 1, rem: 159, text: "a", wire: "a",
			params: `{"endpoint":"normal","izin_link":false,"izin_telefon":false}`}},
		{"link", e, Options{Link: true}, "Merhaba", want{enc: "turkish", shift: "single", units: 62, runes: 59, segs: 1, rem: 93, text: "Merhaba" + link, wire: "Merhaba",
			params: `{"endpoint":"tr","izin_link":true,"izin_telefon":false}`}},
		{"phone", e, Options{Phone: true}, "a", want{enc: "turkish", shift: "single", units: 79, runes: 70, segs: 1, rem: 76, text: "a" + phone, wire: "a",
			params: `{"endpoint":"tr","izin_link":false,"izin_telefon":true}`}},
		{"link first", e, Options{Phone: true, Link: true}, "a", want{enc: "turkish", shift: "single", units: 134, runes: 122, segs: 1, rem: 21, text: "a" + link + phone, wire: "a",
			params: `{"endpoint":"tr","izin_link":true,"izin_telefon":true}`}},
		{"suffix then code", e, Options{Phone: true, OpCode: "B001"}, "a", want{enc: "turkish", shift: "single", units: 84, runes: 75, segs: 1, rem: 71, text: "a" + phone + " B001", wire: "a",
			params: `{"endpoint":"tr","izin_link":false,"izin_telefon":true}`}},
		// -ascii changes the caller's text, never the suffix.
		{"ascii", e, Options{ASCII: true, Link: true}, "ş", want{enc: "turkish", shift: "single", units: 56, runes: 53, segs: 1, rem: 99, text: "s" + link, wire: "s"}},
		// The suffix can push the text over a part: 101 a + 55 = 156 > 155.
		{"two parts", e, Options{Link: true}, rep("a", 101), want{enc: "turkish", shift: "single", units: 156, runes: 153, segs: 2, rem: 142, text: rep("a", 101) + link, wire: rep("a", 101),
			parts: []Part{{0, 149, 149}, {149, 156, 7}}}},
		{"unknown", e, Options{}, "aж", want{enc: "normal", shift: "none", units: 2, runes: 2, segs: 1, rem: 158, text: "aж", wire: "aж",
			errs: []Issue{{"unknown_char", 1, 'ж'}}}},
		{"empty", e, Options{Link: true, Phone: true, OpCode: "B001"}, "", want{enc: "normal", shift: "none", rem: 160,
			params: `{"endpoint":"normal","izin_link":true,"izin_telefon":true}`, errs: []Issue{{Code: "empty"}}}},
	})
}

// TestNFC: SPEC 3.9 -nfc, first of the user options.
func TestNFC(t *testing.T) {
	runCases(t, []ruleCase{
		{"decomposed", "gsm", Options{}, "s\u0327", want{enc: "ucs2", shift: "none", units: 2, runes: 2, segs: 1, rem: 68, text: "s\u0327", wire: "s\u0327"}},
		{"nfc", "gsm", Options{NFC: true}, "s\u0327", want{enc: "turkish", shift: "locking", units: 1, runes: 1, segs: 1, rem: 154, text: "ş", wire: "ş"}},
		{"nfc İ", "nodeapi", Options{NFC: true}, "I\u0307", want{enc: "turkish", shift: "single", units: 2, runes: 1, segs: 1, rem: 153, text: "İ", wire: "İ", params: `{"encoding":1}`}},
		{"nfc ğ", "verimor", Options{NFC: true}, "g\u0306", want{enc: "turkish", shift: "locking", units: 1, runes: 1, segs: 1, rem: 154, text: "ğ", wire: "ğ"}},
		{"oztek without", "oztek", Options{}, "s\u0327", want{enc: "normal", shift: "none", units: 2, runes: 2, segs: 1, rem: 158, text: "s\u0327", wire: "s\u0327",
			errs: []Issue{{"unknown_char", 1, '\u0327'}}}},
		{"oztek nfc", "oztek", Options{NFC: true}, "s\u0327", want{enc: "turkish", shift: "none", units: 2, runes: 1, segs: 1, rem: 153, text: "ş", wire: "|65|"}},
		// Invalid bytes survive NFC and are still reported.
		{"bad byte", "gsm", Options{NFC: true}, "s\u0327\xff", want{enc: "ucs2", shift: "none", units: 2, runes: 2, segs: 1, rem: 68, text: "ş\uFFFD", wire: "ş\uFFFD",
			errs: []Issue{{"invalid_utf8", 2, ffd}}}},
		// -nfc, then -ascii.
		{"nfc ascii", "gsm", Options{NFC: true, ASCII: true}, "s\u0327", want{enc: "normal", shift: "none", units: 1, runes: 1, segs: 1, rem: 159, text: "s", wire: "s"}},
		{"ascii alone", "gsm", Options{ASCII: true}, "s\u0327", want{enc: "ucs2", shift: "none", units: 2, runes: 2, segs: 1, rem: 68, text: "s\u0327", wire: "s\u0327"}},
		// -nfc, then -smart: the soft hyphen blocks the composition, and
		// removing it afterwards does not compose.
		{"nfc smart", "gsm", Options{NFC: true, Smart: true}, "e\u00AD\u0301", want{enc: "ucs2", shift: "none", units: 2, runes: 2, segs: 1, rem: 68, text: "e\u0301", wire: "e\u0301"}},
		// The vendor suffix is not normalised (nothing to do) and the caller's text is.
		{"esemes", "esemes", Options{NFC: true, Link: true}, "c\u0327", want{enc: "turkish", shift: "single", units: 57, runes: 53, segs: 1, rem: 98, text: "ç" + link, wire: "ç"}},
	})
}

// TestSmartEntries checks every entry of SPEC 3.9's -smart list, read from
// its sentence, and a few neighbours that are not in it.
func TestSmartEntries(t *testing.T) {
	entries := map[string][]rune{
		`"`:   {'“', '”', '„', '‟', '«', '»', '″'},
		`'`:   {'‘', '’', '‚', '‛', '′', '´', '\u0060', '‹', '›'},
		"-":   {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212},
		"...": {'…'},
		" ":   {0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000},
		"":    {0x00AD, 0x200B, 0x2060, 0xFEFF},
	}
	n := 0
	for repl, rs := range entries {
		for _, r := range rs {
			n++
			in := "a" + string(r) + "b"
			got, err := Analyze("gsm", Options{Smart: true}, in)
			require.NoError(t, err)
			assert.Equal(t, "a"+repl+"b", got.Text, "-smart %q (%U)", in, r)
			assert.Equal(t, "normal", got.Encoding, "-smart %q (%U)", in, r)
			assert.Equal(t, 2+len(repl), got.Units, "-smart %q (%U)", in, r)
			plain, err := Analyze("gsm", Options{}, in)
			require.NoError(t, err)
			assert.Equal(t, in, plain.Text, "without -smart %q", in)
			asc, err := Analyze("gsm", Options{ASCII: true}, in)
			require.NoError(t, err)
			assert.Equal(t, in, asc.Text, "-ascii leaves %q", in)
		}
	}
	assert.Equal(t, 43, n)
	assert.Len(t, smartFold, n, "the table holds exactly the SPEC's entries")
	for _, r := range []rune{0x2016, 0x200C, 0x200D, 0x2017, 0x201F + 1, 0x2039 - 1, 0x02BC, 0x2033 + 1, 0x1FFF, 0x200E, 0x2061, 0xFEFE, '"', '\'', '-'} {
		in := "a" + string(r) + "b"
		got, err := Analyze("gsm", Options{Smart: true}, in)
		require.NoError(t, err)
		assert.Equal(t, in, got.Text, "-smart leaves %q (%U)", in, r)
	}
	// The only text is removed: nothing is left before the suffix.
	got, err := Analyze("gsm", Options{Smart: true, OpCode: "B001"}, "\u00AD\uFEFF")
	require.NoError(t, err)
	assert.Equal(t, []Issue{{Code: "empty"}}, got.Errors, "-smart removing every rune")
	assert.Equal(t, "", got.Text)
	assert.Equal(t, 0, got.Segments)
	assert.Equal(t, 160, got.Remaining)
}

// TestASCIIEntries checks every entry of SPEC 3.9's -ascii list.
func TestASCIIEntries(t *testing.T) {
	entries := []struct {
		r    rune
		repl string
	}{
		{'ç', "c"}, {'ğ', "g"}, {'ı', "i"}, {'İ', "I"}, {'ö', "o"}, {'ş', "s"}, {'ü', "u"},
		{'Ç', "C"}, {'Ğ', "G"}, {'Ö', "O"}, {'Ş', "S"}, {'Ü', "U"},
		{'â', "a"}, {'î', "i"}, {'û', "u"}, {'Â', "A"}, {'Î', "I"}, {'Û', "U"},
		{'₺', "TL"},
	}
	for _, e := range entries {
		in := "x" + string(e.r) + "y"
		got, err := Analyze("gsm", Options{ASCII: true}, in)
		require.NoError(t, err)
		assert.Equal(t, "x"+e.repl+"y", got.Text, "-ascii %q", in)
		assert.Equal(t, "normal", got.Encoding, "-ascii %q", in)
		assert.Equal(t, 2+len(e.repl), got.Units, "-ascii %q", in)
		sm, err := Analyze("gsm", Options{Smart: true}, in)
		require.NoError(t, err)
		assert.Equal(t, in, sm.Text, "-smart leaves %q", in)
	}
	assert.Len(t, asciiFold, len(entries), "the table holds exactly the SPEC's entries")
	for _, r := range []rune{'I', 'i', 'Ä', 'é', 'ô', 'Ô', 'ä', '€', '$', 'ǧ', 'ș'} {
		in := "x" + string(r) + "y"
		got, err := Analyze("gsm", Options{ASCII: true}, in)
		require.NoError(t, err)
		assert.Equal(t, in, got.Text, "-ascii leaves %q", in)
	}
	// -smart then -ascii together.
	got, err := Analyze("gsm", Options{Smart: true, ASCII: true}, "“Kâğıthane’de” 5₺…")
	require.NoError(t, err)
	assert.Equal(t, `"Kagithane'de" 5TL...`, got.Text)
}

// TestIssueOrder: SPEC 3.7 issue order and SPEC 5 runes.
func TestIssueOrder(t *testing.T) {
	runCases(t, []ruleCase{
		// invalid_utf8, unknown_char, too_long at one offset.
		{"oztek three at one offset", "oztek", Options{}, rep("a", 918) + "\xff", want{enc: "normal", shift: "none", units: 919, runes: 919, segs: 7, rem: 152,
			text: rep("a", 918) + "\uFFFD", wire: rep("a", 918) + "\uFFFD",
			errs: []Issue{{"invalid_utf8", 918, ffd}, {"unknown_char", 918, ffd}, {"too_long", 918, ffd}}}},
		{"by offset", "esemes", Options{}, "ж\xff\xfe", want{enc: "normal", shift: "none", units: 3, runes: 3, segs: 1, rem: 157,
			text: "ж\uFFFD\uFFFD", wire: "ж\uFFFD\uFFFD",
			errs: []Issue{{"unknown_char", 0, 'ж'}, {"invalid_utf8", 2, ffd}, {"unknown_char", 2, ffd}, {"unknown_char", 5, ffd}}}},
		{"ESC is no character", "esemes", Options{}, "\x1b", want{enc: "normal", shift: "none", units: 1, runes: 1, segs: 1, rem: 159, text: "\x1b", wire: "\x1b",
			errs: []Issue{{"unknown_char", 0, 0x1B}}}},
		{"ambiguous pipe", "oztek", Options{}, "|61|62|", want{enc: "normal", shift: "none", units: 10, runes: 7, segs: 1, rem: 150, text: "|61|62|", wire: "|61|62|",
			warns: []Issue{{"ambiguous_pipe", 0, '|'}, {"ambiguous_pipe", 3, '|'}}}},
		{"ambiguous pipe before ö", "oztek", Options{}, "|12ö", want{enc: "turkish", shift: "none", units: 5, runes: 4, segs: 1, rem: 150, text: "|12ö", wire: "|12|62|",
			warns: []Issue{{"ambiguous_pipe", 0, '|'}}}},
		{"pipe before the code", "oztek", Options{OpCode: "B001"}, "|12", want{enc: "normal", shift: "none", units: 9, runes: 8, segs: 1, rem: 151, text: "|12 B001", wire: "|12"}},
	})
}

// TestGSMTables checks the 3GPP tables as written out here against the
// facts of SPEC 2, and against package gsm7 rune by rune.
func TestGSMTables(t *testing.T) {
	for name, tbl := range map[string]string{"default": gsmDefault, "locking": gsmTurkishLocking} {
		rs := []rune(tbl)
		require.Len(t, rs, 128, name)
		assert.Equal(t, rune(0x1B), rs[0x1B], name)
		assert.Equal(t, ' ', rs[0x20], name)
		assert.Equal(t, '@', rs[0], name)
		assert.Equal(t, 'à', rs[0x7F], name)
	}
	assert.Equal(t, 'Ç', []rune(gsmDefault)[0x09])
	assert.Equal(t, 'ç', []rune(gsmTurkishLocking)[0x60])
	assert.Equal(t, '€', []rune(gsmTurkishLocking)[0x04])
	var lacks []rune
	for _, r := range gsmDefault {
		if !strings.ContainsRune(gsmTurkishLocking, r) {
			lacks = append(lacks, r)
		}
	}
	assert.Equal(t, "èìØøÆæ¡¿", string(lacks))
	assert.Equal(t, 10, utf8.RuneCountInString(gsmDefaultExt))
	assert.Equal(t, 17, utf8.RuneCountInString(gsmTurkishSingle))

	alphabets := []struct {
		name string
		s    scheme
		a    gsm7.Alphabet
	}{
		{"default", candDefault, gsm7.DefaultAlphabet},
		{"locking", candLocking, gsm7.TurkishLockingAlphabet},
		{"single", candSingle, gsm7.TurkishSingleAlphabet},
	}
	for _, al := range alphabets {
		for r := rune(0); r < 0x2200; r++ {
			if got, w := al.s.units(r), al.a.Septets(r); got != w {
				t.Errorf("%s %U: got %d; want %d (gsm7)", al.name, r, got, w)
			}
		}
	}
}
