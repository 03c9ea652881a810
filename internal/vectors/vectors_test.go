// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package vectors

import (
	"encoding/json"
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
	errorCodes = map[string]bool{"invalid_utf8": true, "unknown_char": true, "empty": true, "too_long": true}
	warnCodes  = map[string]bool{"ambiguous_pipe": true}
	profiles   = map[string]bool{"gsm": true, "oztek": true, "esemes": true, "nodeapi": true, "kobikom": true, "bisms": true}
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

			for i, is := range e.Errors {
				assert.True(t, errorCodes[is.Code], name("error code %q"), is.Code)
				assert.True(t, is.Offset >= 0 && is.Offset <= len(text), name("error offset"))
				if i > 0 {
					prev := e.Errors[i-1]
					assert.LessOrEqual(t, prev.Offset, is.Offset, name("errors not ordered by offset"))
					if prev.Offset == is.Offset {
						assert.False(t, prev.Code == "unknown_char" && is.Code == "invalid_utf8",
							name("invalid_utf8 must precede unknown_char"))
					}
				}
			}
			for _, is := range e.Warnings {
				assert.True(t, warnCodes[is.Code], name("warning code %q"), is.Code)
				assert.True(t, is.Offset >= 0 && is.Offset < len(text), name("warning offset"))
			}
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
