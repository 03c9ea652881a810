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
