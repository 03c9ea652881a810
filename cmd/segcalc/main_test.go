// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// binary is the segcalc built once by TestMain for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	if w := flag.Lookup("test.fuzzworker"); w != nil && w.Value.String() == "true" {
		os.Exit(m.Run()) // a fuzz worker (restarted often) runs no end-to-end test: build nothing
	}
	dir, err := os.MkdirTemp("", "segcalc-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "segcalc")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// segcalc calls run with stdin and returns the exit status and the outputs.
func segcalc(stdin string, args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

// result is the JSON object of SPEC 5, decoded strictly.
type result struct {
	Vendor     string          `json:"vendor"`
	Encoding   string          `json:"encoding"`
	Shift      string          `json:"shift"`
	Units      int             `json:"units"`
	Runes      int             `json:"runes"`
	Segments   int             `json:"segments"`
	Remaining  int             `json:"remaining"`
	Truncated  int             `json:"truncated"`
	Text       string          `json:"text"`
	Wire       string          `json:"wire"`
	Parts      []part          `json:"parts"`
	Recipients int64           `json:"recipients"`
	Credits    int64           `json:"credits"`
	Params     json.RawMessage `json:"params"`
	Errors     []issue         `json:"errors"`
	Warnings   []issue         `json:"warnings"`
}

type part struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Units int `json:"units"`
}

type issue struct {
	Code    string  `json:"code"`
	Offset  int     `json:"offset"`
	Rune    *string `json:"rune"`
	Message string  `json:"message"`
}

var fieldOrder = []string{"vendor", "encoding", "shift", "units", "runes", "segments", "remaining",
	"truncated", "text", "wire", "parts", "recipients", "credits", "params", "errors", "warnings"}

// decode decodes one JSON object strictly and checks its keys and their order.
func decode(t *testing.T, line string) result {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields()
	var r result
	require.NoError(t, dec.Decode(&r), "line %q", line)
	require.False(t, dec.More(), "trailing data in %q", line)

	require.Equal(t, fieldOrder, jsonKeys(t, line))
	require.NotNil(t, r.Errors, "errors must be an array")
	require.NotNil(t, r.Warnings, "warnings must be an array")
	require.NotNil(t, r.Parts, "parts must be an array")
	require.True(t, len(r.Params) > 0 && r.Params[0] == '{', "params must be an object: %s", r.Params)
	return r
}

// jsonKeys returns the keys of the JSON object line, in order.
func jsonKeys(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	_, err := dec.Token() // {
	require.NoError(t, err)
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	return keys
}

func decodeOne(t *testing.T, stdout string) result {
	t.Helper()
	require.True(t, strings.HasSuffix(stdout, "\n"), "output %q must end in a newline", stdout)
	require.Equal(t, 1, strings.Count(stdout, "\n"), "want one line: %q", stdout)
	return decode(t, strings.TrimSuffix(stdout, "\n"))
}

func issueCodes(is []issue) []string {
	var s []string
	for _, i := range is {
		s = append(s, fmt.Sprintf("%s@%d", i.Code, i.Offset))
	}
	return s
}

func TestJSONFields(t *testing.T) {
	code, out, errOut := segcalc("", "-json", "-vendor", "oztek", "Selam\nAhmet\n.Bugün %50 indirim var.")
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, errOut)
	r := decodeOne(t, out)
	assert.Equal(t, result{
		Vendor: "oztek", Encoding: "turkish", Shift: "none", Units: 37, Runes: 35, Segments: 1,
		Remaining: 118, Truncated: 0,
		Text:  "Selam\nAhmet\n.Bugün %50 indirim var.",
		Wire:  "Selam|61|Ahmet|61|.Bug|63|n |30|50 indirim var.",
		Parts: []part{{0, 36, 37}}, Recipients: 1, Credits: 1,
		Params: json.RawMessage(`{"tur":"Turkce"}`), Errors: []issue{}, Warnings: []issue{},
	}, r)
}

func TestJSONIssues(t *testing.T) {
	// esemes: TAB and the emoji are unknown; the bad byte is invalid_utf8
	// and, as U+FFFD, unknown too.
	code, out, _ := segcalc("a\tb\xff😀", "-json", "-raw", "-vendor", "esemes")
	require.Equal(t, 1, code)
	r := decodeOne(t, out)
	assert.Equal(t, []string{"unknown_char@1", "invalid_utf8@3", "unknown_char@3", "unknown_char@6"}, issueCodes(r.Errors))
	require.NotNil(t, r.Errors[0].Rune)
	assert.Equal(t, "\t", *r.Errors[0].Rune)
	assert.Equal(t, "\uFFFD", *r.Errors[1].Rune)
	assert.Equal(t, "😀", *r.Errors[3].Rune)
	assert.Contains(t, r.Errors[0].Message, "U+0009")
	assert.Equal(t, "a\tb\uFFFD😀", r.Text)

	// empty: no "rune" key at all.
	code, out, _ = segcalc("", "-json")
	require.Equal(t, 1, code)
	assert.Contains(t, out, `"errors":[{"code":"empty","offset":0,"message":"the message is empty"}]`)
	r = decodeOne(t, out)
	assert.Nil(t, r.Errors[0].Rune)
	assert.Equal(t, result{Vendor: "gsm", Encoding: "normal", Shift: "none", Remaining: 160,
		Parts: []part{}, Recipients: 1, Params: json.RawMessage(`{}`),
		Errors: []issue{{Code: "empty", Message: "the message is empty"}}, Warnings: []issue{}}, r)

	// oztek warning and too_long.
	code, out, _ = segcalc("", "-json", "-vendor", "oztek", "--", "|61|62| "+strings.Repeat("a", 920))
	require.Equal(t, 1, code)
	r = decodeOne(t, out)
	assert.Equal(t, []string{"ambiguous_pipe@0", "ambiguous_pipe@3"}, issueCodes(r.Warnings))
	assert.Equal(t, []string{"too_long@915"}, issueCodes(r.Errors))
	assert.Contains(t, r.Errors[0].Message, "918")
}

func TestJSONStringEscaping(t *testing.T) {
	// Every control character, quote, backslash, DEL, U+2028 and an astral
	// rune: the output must be JSON that decodes back to the same text.
	var b strings.Builder
	for c := rune(0); c < 0x20; c++ {
		b.WriteRune(c)
	}
	b.WriteString("\"\\\x7f\u2028\u2029😀</script>")
	in := b.String()
	code, out, _ := segcalc("", "-json", "--", in)
	require.Equal(t, 0, code)
	r := decodeOne(t, out)
	assert.Equal(t, in, r.Text)
	assert.Equal(t, in, r.Wire)

	// Round trip: decode to a generic value, encode with encoding/json,
	// decode again: the same value.
	var v1, v2 any
	require.NoError(t, json.Unmarshal([]byte(out), &v1))
	again, err := json.Marshal(v1)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(again, &v2))
	assert.Equal(t, v1, v2)
}

func TestStdinNewline(t *testing.T) {
	for _, tc := range []struct {
		stdin string
		raw   bool
		want  string
	}{
		{"abc\n", false, "abc"},
		{"abc\r\n", false, "abc"},
		{"abc", false, "abc"},
		{"abc\n\n", false, "abc\n"},
		{"abc\r", false, "abc\r"},
		{"abc\n\r\n", false, "abc\n"},
		{"\n", false, ""},
		{"abc\n", true, "abc\n"},
		{"abc\r\n", true, "abc\r\n"},
		{"abc", true, "abc"},
	} {
		args := []string{"-json"}
		if tc.raw {
			args = append(args, "-raw")
		}
		_, out, _ := segcalc(tc.stdin, args...)
		r := decodeOne(t, out)
		assert.Equal(t, tc.want, r.Text, "stdin %q raw %v", tc.stdin, tc.raw)
	}
}

func TestTextArguments(t *testing.T) {
	// Joined with single spaces; never trimmed; stdin ignored.
	_, out, _ := segcalc("ignored", "-json", "Merhaba", "dünya\n", " x")
	assert.Equal(t, "Merhaba dünya\n  x", decodeOne(t, out).Text)
	// "--" lets a text look like a flag.
	code, out, _ := segcalc("", "-json", "--", "-json", "-5")
	require.Equal(t, 0, code)
	assert.Equal(t, "-json -5", decodeOne(t, out).Text)
	// An explicit empty argument is an empty message, not stdin.
	code, out, _ = segcalc("from stdin", "-json", "")
	require.Equal(t, 1, code)
	assert.Equal(t, []string{"empty@0"}, issueCodes(decodeOne(t, out).Errors))
}

func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		want result // fields compared: vendor, encoding, shift, units, segments, credits, text, params
	}{
		{"default gsm", []string{"Merhaba dunya"}, 0,
			result{Vendor: "gsm", Encoding: "normal", Shift: "none", Units: 13, Segments: 1, Credits: 1, Text: "Merhaba dunya", Params: json.RawMessage(`{}`)}},
		{"gsm turkish", []string{"şeker"}, 0,
			result{Vendor: "gsm", Encoding: "turkish", Shift: "locking", Units: 5, Segments: 1, Credits: 1, Text: "şeker", Params: json.RawMessage(`{}`)}},
		{"vendor case-insensitive", []string{"-vendor", "NodeAPI", "şeker"}, 0,
			result{Vendor: "nodeapi", Encoding: "turkish", Shift: "single", Units: 6, Segments: 1, Credits: 1, Text: "şeker", Params: json.RawMessage(`{"encoding":1}`)}},
		{"kobikom", []string{"-vendor", "kobikom", "şeker"}, 0,
			result{Vendor: "kobikom", Encoding: "turkish", Shift: "single", Units: 6, Segments: 1, Credits: 1, Text: "şeker", Params: json.RawMessage(`{"datacoding":0,"languageCode":"ES","type":""}`)}},
		{"recipients", []string{"-recipients", "2500", strings.Repeat("a", 161)}, 0,
			result{Vendor: "gsm", Encoding: "normal", Shift: "none", Units: 161, Segments: 2, Credits: 5000, Text: strings.Repeat("a", 161), Params: json.RawMessage(`{}`)}},
		{"recipients max", []string{"-recipients", "1000000000", "a"}, 0,
			result{Vendor: "gsm", Encoding: "normal", Shift: "none", Units: 1, Segments: 1, Credits: 1000000000, Text: "a", Params: json.RawMessage(`{}`)}},
		{"ascii", []string{"-ascii", "şeker"}, 0,
			result{Vendor: "gsm", Encoding: "normal", Shift: "none", Units: 5, Segments: 1, Credits: 1, Text: "seker", Params: json.RawMessage(`{}`)}},
		{"smart", []string{"-smart", "“a” – b…"}, 0,
			result{Vendor: "gsm", Encoding: "normal", Shift: "none", Units: 10, Segments: 1, Credits: 1, Text: `"a" - b...`, Params: json.RawMessage(`{}`)}},
		{"no smart", []string{"“a”"}, 0,
			result{Vendor: "gsm", Encoding: "ucs2", Shift: "none", Units: 3, Segments: 1, Credits: 1, Text: "“a”", Params: json.RawMessage(`{}`)}},
		{"optout link", []string{"-vendor", "esemes", "-optout", "link", "Hi"}, 0,
			result{Vendor: "esemes", Encoding: "turkish", Shift: "single", Units: 57, Segments: 1, Credits: 1,
				Text: "Hi SMS Listemizden çıkmak için http://iptal.biz/xxxxxx", Params: json.RawMessage(`{"endpoint":"tr","izin_link":true,"izin_telefon":false}`)}},
		{"optout phone,link", []string{"-vendor", "esemes", "-optout", "phone,link", "Hi"}, 0,
			result{Vendor: "esemes", Encoding: "turkish", Shift: "single", Units: 135, Segments: 1, Credits: 1,
				Text:   "Hi SMS Listemizden çıkmak için http://iptal.biz/xxxxxx SMS Listemizden çıkmak için 02162120750 numarasını 1 kez çaldırınız.",
				Params: json.RawMessage(`{"endpoint":"tr","izin_link":true,"izin_telefon":true}`)}},
		{"bisms substitutions", []string{"-vendor", "bisms", "a{b}|€\tc"}, 0,
			result{Vendor: "bisms", Encoding: "normal", Shift: "none", Units: 8, Segments: 1, Credits: 1, Text: "a(b)IE c", Params: json.RawMessage(`{}`)}},
		{"oztek unknown", []string{"-vendor", "oztek", "a\tb"}, 1,
			result{Vendor: "oztek", Encoding: "normal", Shift: "none", Units: 3, Segments: 1, Credits: 1, Text: "a\tb", Params: json.RawMessage(`{"tur":"Normal"}`)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := segcalc("", append([]string{"-json"}, tc.args...)...)
			require.Equal(t, tc.code, code, "stderr %q", errOut)
			r := decodeOne(t, out)
			got := result{Vendor: r.Vendor, Encoding: r.Encoding, Shift: r.Shift, Units: r.Units,
				Segments: r.Segments, Credits: r.Credits, Text: r.Text, Params: r.Params}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRecipientsField(t *testing.T) {
	_, out, _ := segcalc("", "-json", "-recipients", "+007", "a")
	r := decodeOne(t, out)
	assert.Equal(t, int64(7), r.Recipients)
	assert.Equal(t, int64(7), r.Credits)
}

// TestUsageErrors: every usage error is one line on stderr starting
// "segcalc: ", nothing on stdout, status 2.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		stdin string
		want  string // in the message
	}{
		{[]string{"-vendor", "foo", "x"}, "", `unknown vendor "foo"; use one of: gsm, oztek, esemes, nodeapi, kobikom, bisms, verimor, or all (segcalc -vendors lists them)`},
		{[]string{"-vendor"}, "", "flag needs an argument: -vendor"},
		{[]string{"-nosuchflag"}, "", "flag provided but not defined: -nosuchflag; segcalc -h lists the flags"},
		{[]string{"-json=maybe", "x"}, "", "-json"},
		{[]string{"-recipients", "0", "x"}, "", `-recipients wants a whole number from 1 to 1000000000, not "0"`},
		{[]string{"-recipients", "-3", "x"}, "", `not "-3"`},
		{[]string{"-recipients", "1.5", "x"}, "", `not "1.5"`},
		{[]string{"-recipients", "abc", "x"}, "", `not "abc"`},
		{[]string{"-recipients", "", "x"}, "", `not ""`},
		{[]string{"-recipients", "1e3", "x"}, "", `not "1e3"`},
		{[]string{"-recipients", "9223372036854775808", "x"}, "", `not "9223372036854775808"`},
		{[]string{"-recipients", "1000000001", strings.Repeat("a", 161)}, "", `not "1000000001"`},
		{[]string{"-lines", "-recipients", "9223372036854775807"}, "a\n", `not "9223372036854775807"`},
		{[]string{"-optout", "link", "x"}, "", "-optout works only with a vendor that has opt-out suffixes (esemes), not gsm"},
		{[]string{"-vendor", "oztek", "-optout", "phone", "x"}, "", "not oztek"},
		{[]string{"-vendor", "esemes", "-optout", "mail", "x"}, "", `-optout wants link, phone or a comma-separated list of them, not "mail"`},
		{[]string{"-vendor", "esemes", "-optout", "", "x"}, "", `not an empty list`},
		{[]string{"-vendor", "esemes", "-optout", "link,", "x"}, "", `not "link,"`},
		{[]string{"-lines", "x"}, "", "-lines reads the messages from standard input; drop the TEXT arguments or drop -lines"},
		{[]string{"hello", "-json"}, "", "flag -json comes after the text; put flags before TEXT"},
		{[]string{"hello", "--vendor=bisms"}, "", "flag --vendor=bisms comes after the text"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errOut := segcalc(tc.stdin, tc.args...)
			assert.Equal(t, 2, code)
			if !strings.Contains(strings.Join(tc.args, " "), "-lines") {
				assert.Empty(t, out)
			}
			assert.True(t, strings.HasPrefix(errOut, "segcalc: "), "stderr %q", errOut)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "stderr must be one line: %q", errOut)
			assert.Contains(t, errOut, tc.want)
		})
	}
}

func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		stdin string
		code  int
	}{
		{[]string{"ok"}, "", 0},
		{nil, "ok\n", 0},
		{[]string{"-vendor", "oztek", "|12|3"}, "", 0}, // a warning is not an error
		{nil, "", 1},                                   // empty
		{nil, "\n", 1},                                 // empty after the newline is dropped
		{[]string{"-raw"}, "\xff", 1},                  // invalid UTF-8
		{[]string{"-vendor", "esemes", "€😀"}, "", 1},   // unknown_char
		{[]string{"-vendor", "oztek", strings.Repeat("a", 919)}, "", 1},
		{[]string{"-vendor", "bisms", strings.Repeat("a", 1000)}, "", 0}, // truncation is not an error
		{[]string{"-lines"}, "a\nb\n", 0},
		{[]string{"-lines"}, "a\n\nb\n", 1},
		{[]string{"-h"}, "", 0},
		{[]string{"-version"}, "", 0},
		{[]string{"-vendors"}, "", 0},
		{[]string{"-vendor", "x"}, "", 2},
	} {
		code, _, errOut := segcalc(tc.stdin, tc.args...)
		assert.Equal(t, tc.code, code, "args %q stdin %q: stderr %q", tc.args, tc.stdin, errOut)
	}
}

func TestLines(t *testing.T) {
	in := "Merhaba\n\nşeker\r\n\r\n" + strings.Repeat("a", 161) + "\nson"
	code, out, errOut := segcalc(in, "-lines", "-json", "-recipients", "3")
	require.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 6, "one result per input line, the last without \\n included")
	want := []struct {
		text   string
		seg    int
		errors []string
	}{
		{"Merhaba", 1, nil},
		{"", 0, []string{"empty@0"}},
		{"şeker", 1, nil}, // the \r is dropped
		{"", 0, []string{"empty@0"}},
		{strings.Repeat("a", 161), 2, nil},
		{"son", 1, nil},
	}
	for i, l := range lines {
		r := decode(t, l)
		assert.Equal(t, want[i].text, r.Text, "line %d", i+1)
		assert.Equal(t, want[i].seg, r.Segments, "line %d", i+1)
		assert.Equal(t, want[i].errors, issueCodes(r.Errors), "line %d", i+1)
		assert.Equal(t, int64(3*want[i].seg), r.Credits, "line %d", i+1)
	}
	assert.Equal(t, "segcalc: 6 messages, 5 segments, 15 credits for accepted messages; 2 with errors, which the vendor would reject (0 credits)\n", errOut)

	// No input: no messages.
	code, out, errOut = segcalc("", "-lines", "-json")
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
	assert.Equal(t, "segcalc: 0 messages, 0 segments, 0 credits, 0 with errors\n", errOut)

	// -raw has no effect with -lines.
	_, out, _ = segcalc("a\r\n", "-lines", "-raw", "-json")
	assert.Equal(t, "a", decodeOne(t, out).Text)

	// A lone "\n" is one empty message; "\r" alone too.
	code, out, _ = segcalc("\n\r\n", "-lines", "-json")
	assert.Equal(t, 1, code)
	assert.Equal(t, 2, strings.Count(out, `"code":"empty"`))
}

func TestLinesLong(t *testing.T) {
	// A 200 KB line, far past bufio.Scanner's 64 KiB default, between two
	// short ones.
	long := strings.Repeat("abcdefghij", 20_000)
	code, out, errOut := segcalc("x\n"+long+"\ny\n", "-lines", "-json", "-vendor", "gsm")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	r := decode(t, lines[1])
	assert.Equal(t, long, r.Text)
	assert.Equal(t, 200_000, r.Units)
	assert.Equal(t, (200_000+152)/153, r.Segments)
	assert.Equal(t, "y", decode(t, lines[2]).Text)
	assert.Equal(t, "segcalc: 3 messages, 1310 segments, 1310 credits, 0 with errors\n", errOut)

	// bisms truncates it.
	_, out, _ = segcalc(long+"\n", "-lines", "-json", "-vendor", "bisms")
	r = decodeOne(t, out)
	assert.Equal(t, 917, r.Units)
	assert.Equal(t, 200_000-917, r.Truncated)
}

func TestLinesHuman(t *testing.T) {
	code, out, errOut := segcalc("Merhaba\n\nşeker\n"+strings.Repeat("a", 161)+"\n", "-lines", "-vendor", "nodeapi", "-recipients", "2")
	require.Equal(t, 1, code)
	assert.Equal(t, "1: normal · 7 units · 1 segment · 153 remaining · 2 credits · ok\n"+
		"2: normal · 0 units · 0 segments · 160 remaining · 0 credits · error empty\n"+
		"3: turkish single · 6 units · 1 segment · 149 remaining · 2 credits · ok\n"+
		"4: normal · 161 units · 2 segments · 145 remaining · 4 credits · ok\n", out)
	assert.Equal(t, "segcalc: 4 messages, 4 segments, 8 credits for accepted messages; 1 with errors, which the vendor would reject (0 credits)\n", errOut)

	_, out, _ = segcalc(strings.Repeat("a", 152)+"{"+strings.Repeat("b", 152)+"\n", "-lines", "-vendor", "oztek")
	assert.Equal(t, "1: normal · 306 units · 2 segments (3 parts) · 0 remaining · 2 credits · ok\n", out)
	_, out, _ = segcalc(strings.Repeat("a", 920)+"\n", "-lines", "-vendor", "bisms")
	assert.Equal(t, "1: normal · 917 units · 6 segments · 0 remaining · 3 runes truncated · 6 credits · ok · 1 warning\n", out)

	_, out, _ = segcalc("|61|62|"+strings.Repeat("a", 914)+"\t\n", "-lines", "-vendor", "oztek")
	assert.Equal(t, "1: normal · 925 units · 7 segments · 146 remaining · 7 credits · 2 errors, first too_long at byte 915 · 2 warnings\n", out)
}

func TestTotalsCredits128(t *testing.T) {
	// Each message's credits fit an int64 (recipients are capped at 10^9);
	// the sum is 128-bit, so no batch can overflow it.
	var s sum128
	for i := 0; i < 3; i++ {
		s.add(9223372036854775807)
	}
	assert.Equal(t, "27670116110564327421", s.String())
	code, _, errOut := segcalc("a\nb\nc\n", "-lines", "-recipients", "1000000000")
	require.Equal(t, 0, code)
	assert.Equal(t, "segcalc: 3 messages, 3 segments, 3000000000 credits, 0 with errors\n", errOut)
	_, _, errOut = segcalc("a\n", "-lines")
	assert.Equal(t, "segcalc: 1 message, 1 segment, 1 credit, 0 with errors\n", errOut)
}

func TestHumanPlain(t *testing.T) {
	code, out, errOut := segcalc("", "-vendor", "bisms", "Merhaba dünya, siparişiniz kargoya verildi.")
	require.Equal(t, 0, code)
	assert.Empty(t, errOut)
	for _, want := range []string{
		"vendor      bisms",
		"encoding    turkish\n",
		"  why       not normal: 'ü' (U+00FC) at byte 9 is not in it\n",
		"units       44 (43 characters, 45 bytes)\n",
		"segments    1\n",
		"remaining   111 ",
		"credits     1 = 1 segment × 1 recipient\n",
		"params      {} (none)\n",
		"errors      none\n",
		"── part 1/1 · 44 units ──\nMerhaba d<ü>nya, sipari<[ş]>iniz kargoya verildi.\n",
		"legend: [x] costs 2 units · <x> forced the turkish encoding\n",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "\x1b[", "no colour when stdout is not a terminal")
}

func TestHumanParts(t *testing.T) {
	// 152 'a' then '{' (2 septets) cannot fit part 1 of 153: it moves whole.
	in := strings.Repeat("a", 152) + "{" + strings.Repeat("b", 10)
	_, out, _ := segcalc("", in)
	assert.Contains(t, out, "── part 1/2 · 152 units ──\n"+strings.Repeat("a", 152)+"\n")
	assert.Contains(t, out, "── part 2/2 · 12 units ──\n[{]"+strings.Repeat("b", 10)+"\n")
	assert.Contains(t, out, "segments    2\n")

	// Oztek: billed segments and parts differ; the wire is shown.
	in = strings.Repeat("a", 152) + "{" + strings.Repeat("b", 152)
	_, out, _ = segcalc("", "-vendor", "oztek", "-recipients", "3", in)
	assert.Contains(t, out, "segments    2 billed; the text splits into 3 parts\n")
	assert.Contains(t, out, "credits     6 = 2 segments × 3 recipients\n")
	assert.Contains(t, out, "── wire: the message field sent to oztek ──\n"+strings.Repeat("a", 152)+"|46|"+strings.Repeat("b", 152)+"\n")

	// Control characters are drawn visibly; a newline keeps its break.
	_, out, _ = segcalc("", "-vendor", "oztek", "a\nb")
	assert.Contains(t, out, "── part 1/1 · 4 units ──\na[↵]\nb\n")
}

func TestHumanWhy(t *testing.T) {
	// gsm: the Turkish table was cheaper although every rune is in the default alphabet.
	_, out, _ := segcalc("", strings.Repeat("€", 100))
	assert.Contains(t, out, "encoding    turkish (locking shift)\n")
	assert.Contains(t, out, "  why       not normal: every character fits, but it takes 2 segments (200 units) where turkish (locking shift) takes 1 segment\n")
	// nodeapi: one rune rules out both GSM schemes.
	_, out, _ = segcalc("", "-vendor", "nodeapi", "ş“")
	assert.Contains(t, out, "encoding    ucs2\n")
	assert.Contains(t, out, "  why       not normal: 'ş' (U+015F) at byte 0 is not in it\n")
	assert.Contains(t, out, "  why       not turkish (single shift): '“' (U+201C) at byte 2 is not in it\n")
	assert.Contains(t, out, "ş<“>\n", "only the rune no GSM scheme carries forced ucs2")
	_, out, _ = segcalc("", "-vendor", "nodeapi", "a“")
	assert.Contains(t, out, "  why       neither normal nor turkish (single shift): '“' (U+201C) at byte 1 is in neither\n")
}

func TestHumanErrors(t *testing.T) {
	code, out, _ := segcalc("a\tb\xff\n", "-vendor", "esemes")
	require.Equal(t, 1, code)
	assert.Contains(t, out, "errors      3\n")
	assert.Contains(t, out, "  unknown_char at byte 1, '\\t': U+0009 is not in the esemes character set")
	assert.Contains(t, out, "  invalid_utf8 at byte 3, '�': ")
	assert.Contains(t, out, "a«␉»b«�»\n")
	assert.Contains(t, out, "«x» has an error (see errors)")

	// Empty.
	code, out, _ = segcalc("", "")
	require.Equal(t, 1, code)
	assert.Contains(t, out, "errors      1\n  empty: the message is empty\n")
	assert.Contains(t, out, "── no text: nothing to send ──")

	// Many errors: the list is cut at maxListed.
	_, out, _ = segcalc("", "-vendor", "esemes", strings.Repeat("\t", 25))
	assert.Contains(t, out, "errors      25\n")
	assert.Contains(t, out, "  … and 5 more (segcalc -json lists them all)\n")

	// Truncation.
	_, out, _ = segcalc("", "-vendor", "bisms", strings.Repeat("a", 920))
	assert.Contains(t, out, "truncated   3 characters dropped from the end (the bisms maximum is 917 units)\n")
}

func TestHumanColor(t *testing.T) {
	var o, e bytes.Buffer
	c := &cli{stdin: strings.NewReader(""), stdout: &o, stderr: &e, color: true}
	require.Equal(t, 0, c.run([]string{"-vendor", "bisms", "dün{ş"}))
	out := o.String()
	assert.Contains(t, out, "d\x1b[1;35mü\x1b[0mn(\x1b[4;33;1;35mş\x1b[0m\n")
	assert.Contains(t, out, "\x1b[2m── part 1/1 · 6 units ──\x1b[0m")
	assert.NotContains(t, out, "<ü>")

	// JSON is never coloured.
	o.Reset()
	require.Equal(t, 0, c.run([]string{"-json", "dün{ş"}))
	assert.NotContains(t, o.String(), "\x1b")
}

func TestHelpVersionVendors(t *testing.T) {
	code, out, errOut := segcalc("", "-h")
	require.Equal(t, 0, code)
	assert.Empty(t, errOut)
	for _, want := range []string{"Usage:", "segcalc [flags] [TEXT ...]", "Examples:", "-vendor NAME",
		"-recipients N", "-optout LIST", "Exit status:", "2  usage error"} {
		assert.Contains(t, out, want)
	}

	code, out, _ = segcalc("", "-version")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "segcalc "), out)

	code, out, _ = segcalc("", "-vendors")
	require.Equal(t, 0, code)
	for _, want := range []string{
		"gsm — ", "oztek — ", "esemes — ", "nodeapi — ", "kobikom — ", "bisms — ", "verimor — ",
		"turkish-locking    turkish (locking shift), gsm7         155        149        -\n",
		"ucs2               ucs2, ucs2                             70         67        -\n",
		"normal             [160 306 459 612 765 917]\n",
		"turkish            [155 292 439 587 735 882]\n",
		"turkish-locking    turkish (locking shift), gsm7         155        149     1043\n",
		"maximum     past it: error too_long",
		"maximum     past it: runes dropped from the end (truncated)",
		"-optout link appends \" SMS Listemizden çıkmak için http://iptal.biz/xxxxxx\"",
		"params      tur (by scheme): normal → \"Normal\", turkish → \"Turkce\"\n",
		"type (by segments (one, more)): one → \"\", more → \"longSMS\"\n",
		"2 units     turkish            \\n \\r [ ] ^ { | } ~ ç Ğ ğ İ ı Ş ş €\n",
		"class       turkish            needed for: Ç Ö Ü ç ö ü Ğ ğ İ ı Ş ş\n",
		"2 units     turkish-locking    \\f [ \\ ] ^ { | } ~ €\n",
		"izin_link: true when -optout link is given, else false",
		"substitutes [ → (, \\ → /, ] → ), ^ → ', { → (, | → I, } → ), € → E\n",
		"wire        pipe codes: @ |01|",
	} {
		assert.Contains(t, out, want)
	}
}

// TestBatchAllocs: the batch path allocates a fixed amount whatever the
// number of lines.
func TestBatchAllocs(t *testing.T) {
	allocs := func(n int, vendor string) float64 {
		in := batchInput(n)
		return testing.AllocsPerRun(3, func() {
			run([]string{"-lines", "-json", "-vendor", vendor}, strings.NewReader(in), io.Discard, io.Discard)
		})
	}
	for _, v := range []string{"gsm", "oztek", "bisms", "esemes"} {
		small, large := allocs(100, v), allocs(5000, v)
		assert.Less(t, large-small, 20.0, "%s: %v allocations for 100 lines, %v for 5000", v, small, large)
	}
}

// End-to-end, through the built binary.
func TestBinary(t *testing.T) {
	cmd := func(stdin string, args ...string) (int, string, string) {
		c := exec.Command(binary, args...)
		c.Stdin = strings.NewReader(stdin)
		var o, e bytes.Buffer
		c.Stdout, c.Stderr = &o, &e
		err := c.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		return code, o.String(), e.String()
	}

	code, out, errOut := cmd("Merhaba d\xfcnya\n", "-json")
	assert.Equal(t, 1, code, "invalid UTF-8 (Latin-1 ü)")
	r := decodeOne(t, out)
	assert.Equal(t, []string{"invalid_utf8@9"}, issueCodes(r.Errors))
	assert.Equal(t, "ucs2", r.Encoding)
	assert.Empty(t, errOut)

	code, out, errOut = cmd("", "-vendor", "nope", "x")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Equal(t, "segcalc: unknown vendor \"nope\"; use one of: gsm, oztek, esemes, nodeapi, kobikom, bisms, verimor, or all (segcalc -vendors lists them)\n", errOut)

	code, out, _ = cmd("", "-json", "-vendor", "bisms", "Merhaba dünya, siparişiniz kargoya verildi.")
	assert.Equal(t, 0, code)
	r = decodeOne(t, out)
	assert.Equal(t, "turkish", r.Encoding)
	assert.Equal(t, 44, r.Units)

	code, out, errOut = cmd("a\nb\n", "-lines", "-json", "-vendor", "kobikom")
	assert.Equal(t, 0, code)
	assert.Equal(t, 2, strings.Count(out, "\n"))
	assert.Equal(t, "segcalc: 2 messages, 2 segments, 2 credits, 0 with errors\n", errOut)

	code, out, _ = cmd("", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Exit status:")
}
