// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package vectors

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mandatory lists the expect fields every vector must state (see the vector
// format: encoding, shift, counts, errors and warnings).
var mandatory = []string{
	"encoding", "shift", "units", "runes", "segments", "remaining",
	"truncated", "errors", "warnings",
}

var (
	encodings  = map[string]bool{"normal": true, "turkish": true, "ucs2": true}
	shifts     = map[string]bool{"none": true, "locking": true, "single": true}
	errorCodes = map[string]bool{"invalid_utf8": true, "unknown_char": true, "empty": true, "too_long": true, "too_large": true}
	warnCodes  = map[string]bool{"replaced": true, "ambiguous_pipe": true, "truncated": true}
	profiles   = map[string]bool{"gsm": true, "oztek": true, "esemes": true, "nodeapi": true, "kobikom": true, "bisms": true, "verimor": true}

	// errorRank and warnRank are the SPEC 3.7 orders of issues at one offset.
	errorRank = map[string]int{"empty": 0, "too_large": 0, "invalid_utf8": 1, "unknown_char": 2, "too_long": 3}
	warnRank  = map[string]int{"replaced": 1, "ambiguous_pipe": 2, "truncated": 3}
)

func TestAllLoad(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	require.NotEmpty(t, all)
	for _, f := range all {
		assert.True(t, profiles[f.Profile], "unknown profile %q", f.Profile)
		assert.NotEmpty(t, f.Tests, "%s: no vectors", f.Profile)
	}
}

func TestLoadUnknown(t *testing.T) {
	_, err := Load("nosuchvendor")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "vectors: ")
}

// TestMandatoryFields reads the files raw, because a missing integer decodes
// as 0 and a missing array as nil in the typed structs.
func TestMandatoryFields(t *testing.T) {
	for _, p := range Profiles() {
		b, err := files.ReadFile(p + ".json")
		require.NoError(t, err)
		var raw struct {
			Tests []struct {
				ID     int                        `json:"id"`
				Expect map[string]json.RawMessage `json:"expect"`
			} `json:"tests"`
		}
		require.NoError(t, json.Unmarshal(b, &raw), p)
		for _, tc := range raw.Tests {
			for _, k := range mandatory {
				_, ok := tc.Expect[k]
				assert.True(t, ok, "%s id %d: expect.%s missing", p, tc.ID, k)
			}
			for _, k := range []string{"errors", "warnings", "parts"} {
				if v, ok := tc.Expect[k]; ok {
					assert.NotEqual(t, "null", string(v), "%s id %d: expect.%s is null; use []", p, tc.ID, k)
				}
			}
		}
	}
}

// TestConsistency checks the arithmetic every vector must satisfy whatever
// the profile: it catches slips made while working the vectors by hand.
func TestConsistency(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	for _, f := range all {
		for _, tc := range f.Tests {
			name := func(what string) string {
				return f.Profile + " id " + itoa(tc.ID) + ": " + what
			}
			e := tc.Expect
			assert.Positive(t, tc.ID, name("id"))
			assert.True(t, encodings[e.Encoding], name("encoding %q"), e.Encoding)
			assert.True(t, shifts[e.Shift], name("shift %q"), e.Shift)

			text := string(tc.Input)
			if e.Text != nil {
				text = string(*e.Text)
			}
			if !utf8.ValidString(string(tc.Input)) {
				assert.NotNil(t, e.Text, name("input is invalid UTF-8 but text is not stated"))
			}
			assert.True(t, utf8.ValidString(text), name("delivered text is invalid UTF-8"))
			assert.Equal(t, utf8.RuneCountInString(text), e.Runes, name("runes"))

			if e.Parts != nil {
				pos, units := 0, 0
				for _, p := range e.Parts {
					assert.Equal(t, pos, p.Start, name("part start"))
					assert.GreaterOrEqual(t, p.End, p.Start, name("part end"))
					if p.Start >= 0 && p.End <= len(text) && p.Start <= p.End {
						assert.True(t, utf8.ValidString(text[p.Start:p.End]), name("part cuts a rune"))
					}
					pos = p.End
					units += p.Units
				}
				assert.Equal(t, len(text), pos, name("parts do not cover the text"))
				assert.Equal(t, e.Units, units, name("part units do not add up"))
			}

			recipients := tc.Options.Recipients
			if recipients == 0 {
				recipients = 1
			}
			if recipients != 1 {
				assert.NotNil(t, e.Credits, name("credits missing with recipients"))
			}
			if e.Credits != nil {
				assert.Equal(t, int64(e.Segments)*recipients, *e.Credits, name("credits"))
			}
			if len(e.Params) > 0 {
				var obj map[string]any
				assert.NoError(t, json.Unmarshal(e.Params, &obj), name("params must be an object"))
				assert.NotNil(t, obj, name("params must be an object"))
			}

			checkIssues(t, name, text, e.Errors, errorCodes, errorRank)
			checkIssues(t, name, text, e.Warnings, warnCodes, warnRank)
		}
	}
}

func TestTextPieces(t *testing.T) {
	tests := []struct {
		in   string
		want Text
	}{
		{`"abc"`, "abc"},
		{`["a", {"repeat": "ş", "count": 2}, {"hex": "ff"}, "b"]`, "aşş\xffb"},
		{`[{"repeat": "x", "count": 0}]`, ""},
	}
	for _, tt := range tests {
		var got Text
		require.NoError(t, json.Unmarshal([]byte(tt.in), &got), tt.in)
		assert.Equal(t, tt.want, got, "Text from %q", tt.in)
	}
	for _, bad := range []string{`3`, `[{"hex": "zz"}]`, `[{"nope": 1}]`} {
		var got Text
		assert.Error(t, json.Unmarshal([]byte(bad), &got), "Text from %q", bad)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// checkIssues checks one list of expected issues against the delivered
// text: known codes, offsets inside the text (at len(text) only for
// invalid_utf8 and truncated, which SPEC 3.6/3.7 place there when the rune
// was cut away), SPEC 3.7 order, and the stated rune against the text.
func checkIssues(t *testing.T, name func(string) string, text string, list []Issue, known map[string]bool, rank map[string]int) {
	t.Helper()
	for i, is := range list {
		assert.True(t, known[is.Code], name("issue code %q"), is.Code)
		atEnd := is.Code == "invalid_utf8" || is.Code == "truncated" || is.Code == "empty" || is.Code == "too_large"
		if atEnd {
			assert.True(t, is.Offset >= 0 && is.Offset <= len(text), name("%s offset %d outside the text"), is.Code, is.Offset)
		} else {
			assert.True(t, is.Offset >= 0 && is.Offset < len(text), name("%s offset %d outside the text"), is.Code, is.Offset)
		}
		if is.Offset > 0 && is.Offset < len(text) {
			assert.True(t, utf8.RuneStart(text[is.Offset]), name("%s offset %d inside a rune"), is.Code, is.Offset)
		}
		if i > 0 {
			prev := list[i-1]
			ordered := prev.Offset < is.Offset || prev.Offset == is.Offset && rank[prev.Code] <= rank[is.Code]
			assert.True(t, ordered, name("%s@%d listed after %s@%d (SPEC 3.7 order)"), is.Code, is.Offset, prev.Code, prev.Offset)
		}
		switch is.Code {
		case "empty", "truncated", "too_large":
			assert.Nil(t, is.Rune, name("%s has no rune"), is.Code)
		case "unknown_char", "too_long", "ambiguous_pipe":
			if is.Rune != nil && is.Offset < len(text) {
				r, _ := utf8.DecodeRuneInString(text[is.Offset:])
				assert.Equal(t, *is.Rune, string(r), name(is.Code+" rune differs from the text"))
			}
		case "invalid_utf8":
			if is.Offset < len(text) {
				r, _ := utf8.DecodeRuneInString(text[is.Offset:])
				// bisms turns the U+FFFD into a space (SPEC 3.6 step 2).
				assert.True(t, r == utf8.RuneError || r == ' ', name("invalid_utf8 at a rune that is neither U+FFFD nor a space"))
			}
		}
	}
}

// capacities are the single and multi-part capacities of SPEC 2 / 3.8 by
// class, for the profiles whose segments are the parts of the greedy split.
var capacities = map[string][2]int{"normal": {160, 153}, "turkish": {155, 149}, "ucs2": {70, 67}}

// bismsBounds are the upper bounds of the SPEC 3.6 table, by class.
var bismsBounds = map[string][]int{
	"normal":  {160, 306, 459, 612, 765, 917},
	"turkish": {155, 292, 439, 587, 735, 882},
}

// esemesSuffix are the opt-out texts of SPEC 3.4, each with its space.
var esemesSuffix = map[string]string{
	"link":  " SMS Listemizden çıkmak için http://iptal.biz/xxxxxx",
	"phone": " SMS Listemizden çıkmak için 02162120750 numarasını 1 kez çaldırınız.",
}

// TestProfileArithmetic checks, per profile, the rules of SPEC 3 that need
// no table lookup: segments and remaining from units and parts, the
// parameters from the class, the shift names, the wire as the text without
// the esemes suffixes and the operator code, the empty result, bisms'
// truncated warning and the too_long limits. It cannot say whether a
// vector's units are right; it says whether its numbers agree.
func TestProfileArithmetic(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	for _, f := range all {
		for _, tc := range f.Tests {
			name := func(what string) string {
				return f.Profile + " id " + itoa(tc.ID) + ": " + what
			}
			e := tc.Expect
			text := string(tc.Input)
			if e.Text != nil {
				text = string(*e.Text)
			}
			var params map[string]any
			if len(e.Params) > 0 {
				require.NoError(t, json.Unmarshal(e.Params, &params), name("params"))
			}
			empty := len(e.Errors) > 0 && (e.Errors[0].Code == "empty" || e.Errors[0].Code == "too_large")
			if empty {
				assert.Len(t, e.Errors, 1, name("empty/too_large comes alone"))
				assert.Equal(t, "", text, name("empty text"))
				assert.Equal(t, "normal", e.Encoding, name("empty encoding"))
				assert.Equal(t, "none", e.Shift, name("empty shift"))
				assert.Zero(t, e.Units+e.Runes+e.Segments+e.Truncated, name("empty counts"))
				assert.Equal(t, 160, e.Remaining, name("empty remaining"))
				assert.NotNil(t, e.Parts, name("empty parts must be stated as []"))
				assert.Empty(t, e.Parts, name("empty parts"))
				assert.Empty(t, e.Warnings, name("empty warnings"))
			} else {
				assert.NotEqual(t, "", text, name("text empty without error empty"))
			}

			// The operator code (SPEC 3.7) ends every non-empty text.
			code := ""
			if tc.Options.OpCode != "" && !empty {
				code = " " + tc.Options.OpCode
				assert.True(t, strings.HasSuffix(text, code), name("text does not end with the operator code"))
			}
			// Wire = text without the esemes suffixes and the operator code.
			if e.Wire != nil && f.Profile != "oztek" {
				want := strings.TrimSuffix(text, code)
				if f.Profile == "esemes" && !empty {
					for _, w := range []string{"phone", "link"} {
						if slices.Contains(tc.Options.OptOut, w) {
							assert.True(t, strings.HasSuffix(want, esemesSuffix[w]), name("text lacks the "+w+" suffix"))
							want = strings.TrimSuffix(want, esemesSuffix[w])
						}
					}
				}
				assert.Equal(t, want, string(*e.Wire), name("wire is not the text without suffixes and code"))
			}
			if f.Profile == "esemes" && (len(tc.Options.OptOut) > 0 || tc.Options.OpCode != "") && !empty {
				assert.NotNil(t, e.Wire, name("esemes vector with a suffix or code must state wire"))
			}
			if tc.Options.OpCode != "" && f.Profile != "oztek" && !empty {
				assert.NotNil(t, e.Wire, name("vector with -opcode must state wire"))
			}

			switch f.Profile {
			case "gsm", "nodeapi", "kobikom", "esemes", "verimor":
				if e.Parts != nil && !empty {
					c := capacities[e.Encoding]
					assert.Equal(t, len(e.Parts), e.Segments, name("segments = parts"))
					if len(e.Parts) == 1 {
						assert.LessOrEqual(t, e.Units, c[0], name("one part over the single capacity"))
						assert.Equal(t, c[0]-e.Units, e.Remaining, name("remaining (one part)"))
					} else if len(e.Parts) > 1 {
						assert.Greater(t, e.Units, c[0], name("several parts but the text fits one"))
						last := e.Parts[len(e.Parts)-1]
						assert.Equal(t, c[1]-last.Units, e.Remaining, name("remaining (last part)"))
						for i, p := range e.Parts {
							assert.LessOrEqual(t, p.Units, c[1], name("part over the multi-part capacity"))
							if i < len(e.Parts)-1 {
								// Only a 2-unit rune that does not fit leaves a part one short.
								assert.GreaterOrEqual(t, p.Units, c[1]-1, name("part not full"))
							}
						}
					}
				}
			case "oztek":
				single, multi := 160, 153
				if e.Encoding == "turkish" {
					single, multi = 155, 147
				}
				if !empty {
					segs, rem := 1, single-e.Units
					if e.Units > single {
						segs = (e.Units + multi - 1) / multi
						rem = segs*multi - e.Units
					}
					assert.Equal(t, segs, e.Segments, name("oztek segments formula"))
					assert.Equal(t, rem, e.Remaining, name("oztek remaining formula"))
				}
				assert.Equal(t, e.Units > 918, hasCode(e.Errors, "too_long"), name("too_long iff units > 918"))
			case "bisms":
				if !empty {
					bounds := bismsBounds[e.Encoding]
					require.NotNil(t, bounds, name("bisms class"))
					assert.LessOrEqual(t, e.Units, bounds[5], name("bisms units over the maximum"))
					for i, b := range bounds {
						if e.Units <= b {
							assert.Equal(t, i+1, e.Segments, name("bisms segments from the table"))
							assert.Equal(t, b-e.Units, e.Remaining, name("bisms remaining"))
							break
						}
					}
				}
				n := 0
				for _, w := range e.Warnings {
					if w.Code == "truncated" {
						n++
						want := len(text) - len(code)
						assert.Equal(t, want, w.Offset, name("truncated offset: len(text) or where the operator code starts"))
					}
				}
				assert.Equal(t, e.Truncated > 0, n == 1, name("one truncated warning iff runes were dropped"))
				assert.LessOrEqual(t, n, 1, name("at most one truncated warning"))
			}
			if f.Profile != "bisms" {
				assert.Zero(t, e.Truncated, name("only bisms truncates"))
			}
			if f.Profile == "verimor" {
				max := map[string]int{"normal": 1071, "turkish": 1043, "ucs2": 469}[e.Encoding]
				assert.Equal(t, e.Units > max, hasCode(e.Errors, "too_long"), name("too_long iff units over the verimor maximum"))
			}

			// Shift names (SPEC 3.7) and parameters (SPEC 3.2–3.8).
			turkish := e.Encoding == "turkish"
			switch f.Profile {
			case "gsm":
				if turkish {
					assert.Contains(t, []string{"locking", "single"}, e.Shift, name("gsm turkish shift"))
				}
			case "nodeapi", "kobikom", "esemes":
				if turkish {
					assert.Equal(t, "single", e.Shift, name("turkish shift"))
				}
			case "verimor":
				if turkish {
					assert.Equal(t, "locking", e.Shift, name("turkish shift"))
				}
			}
			if !turkish || f.Profile == "oztek" || f.Profile == "bisms" {
				assert.Equal(t, "none", e.Shift, name("shift"))
			}
			if params == nil {
				continue
			}
			class := map[string]int{"normal": 0, "turkish": 1, "ucs2": 2}[e.Encoding]
			switch f.Profile {
			case "gsm", "bisms":
				assert.Empty(t, params, name("params"))
			case "nodeapi":
				assert.Equal(t, map[string]any{"encoding": float64(class)}, params, name("params"))
			case "verimor":
				assert.Equal(t, map[string]any{"datacoding": float64(class)}, params, name("params"))
			case "kobikom":
				want := map[string]any{"datacoding": 0.0, "languageCode": "", "type": ""}
				if e.Encoding == "ucs2" {
					want["datacoding"] = 8.0
				}
				if turkish {
					want["languageCode"] = "ES"
				}
				if e.Segments > 1 {
					want["type"] = "longSMS"
				}
				assert.Equal(t, want, params, name("params"))
			case "oztek":
				want := "Normal"
				if turkish {
					want = "Turkce"
				}
				assert.Equal(t, map[string]any{"tur": want}, params, name("params"))
			case "esemes":
				want := map[string]any{
					"endpoint":     map[bool]string{false: "normal", true: "tr"}[turkish],
					"izin_link":    slices.Contains(tc.Options.OptOut, "link"),
					"izin_telefon": slices.Contains(tc.Options.OptOut, "phone"),
				}
				assert.Equal(t, want, params, name("params"))
			}
		}
	}
}

func hasCode(list []Issue, code string) bool {
	for _, is := range list {
		if is.Code == code {
			return true
		}
	}
	return false
}

// bismsSubst and bismsAccepted are SPEC 3.6 steps 1 and 2.
var (
	bismsSubst    = map[string]byte{"|": 'I', "^": '\'', "€": 'E', "{": '(', "[": '(', "}": ')', "]": ')', "\\": '/'}
	bismsAccepted = "ABCDEFGĞHIİJKLMNOPRSŞTUVYZÖÜQWXÇ abcçdefgğhıijklmnoprsştuvyzöüqwx @*:!$_#()+-;,<>=./'?\"%&0123456789"
)

// TestBismsReplaced checks every replaced warning against SPEC 3.6: the
// caller's rune is stated, is not in the accepted set, and the delivered
// byte at the offset is its substitute (step 1) or a space (step 2).
func TestBismsReplaced(t *testing.T) {
	f, err := Load("bisms")
	require.NoError(t, err)
	for _, tc := range f.Tests {
		text := string(tc.Input)
		if tc.Expect.Text != nil {
			text = string(*tc.Expect.Text)
		}
		for _, w := range tc.Expect.Warnings {
			if w.Code != "replaced" {
				continue
			}
			ctx := "bisms id " + itoa(tc.ID) + " replaced@" + itoa(w.Offset)
			if !assert.NotNil(t, w.Rune, ctx+": rune not stated") || w.Offset >= len(text) {
				continue
			}
			assert.NotContains(t, bismsAccepted, *w.Rune, ctx+": an accepted rune is not replaced")
			want, ok := bismsSubst[*w.Rune]
			if !ok {
				want = ' '
			}
			assert.Equal(t, string(want), text[w.Offset:w.Offset+1], ctx+": delivered substitute")
		}
	}
}

func TestCheck(t *testing.T) {
	text := Text("x")
	bad := []Test{
		{Stdin: true, Argv: true, Expect: Expect{Text: &text}},
		{Charset: "utf-16le"},
		{Stdin: true, Charset: "latin1", Expect: Expect{Text: &text}},
		{Stdin: true},
		{Options: Options{OpCode: "b001"}},
		{Options: Options{OpCode: "B0011"}},
		{Expect: Expect{Errors: []Issue{{Code: "unknown_char", Rune: new("ab")}}}},
	}
	for i, tc := range bad {
		assert.Error(t, tc.check(), "bad test %d", i)
	}
	good := Test{Stdin: true, Charset: "windows-1254", Options: Options{OpCode: "B001"}, Expect: Expect{Text: &text,
		Warnings: []Issue{{Code: "replaced", Rune: new("ş")}}}}
	assert.NoError(t, good.check())
}
