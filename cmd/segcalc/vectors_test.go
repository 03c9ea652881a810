// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/vectors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVectors runs every golden vector through run() with -json and the
// vector's options, and compares the output field by field with expect.
// A vector with valid UTF-8 goes both as a TEXT argument and on standard
// input with -raw (the two outputs must be identical); one with invalid
// bytes only on standard input; a "stdin" vector only on standard input,
// without -raw and in its charset; an "argv" vector only as an argument.
func TestVectors(t *testing.T) {
	all, err := vectors.All()
	require.NoError(t, err)
	require.NotEmpty(t, all)
	n := 0
	for _, f := range all {
		for _, tc := range f.Tests {
			t.Run(f.Profile+"/"+strconv.Itoa(tc.ID), func(t *testing.T) {
				n++
				input := string(tc.Input)
				args := []string{"-json", "-vendor", f.Profile}
				o := tc.Options
				if o.NFC {
					args = append(args, "-nfc")
				}
				if o.OpCode != "" {
					args = append(args, "-opcode", o.OpCode)
				}
				if tc.Charset != "" {
					args = append(args, "-charset", tc.Charset)
				}
				if o.ASCII {
					args = append(args, "-ascii")
				}
				if o.Smart {
					args = append(args, "-smart")
				}
				if len(o.OptOut) > 0 {
					args = append(args, "-optout", strings.Join(o.OptOut, ","))
				}
				recipients := o.Recipients
				if recipients == 0 {
					recipients = 1
				}
				args = append(args, "-recipients", strconv.FormatInt(recipients, 10))

				var code int
				var out, errOut string
				switch {
				case tc.Stdin:
					code, out, errOut = segcalc(input, args...)
				case tc.Argv || hasBOM(input):
					// On standard input these bytes would be a byte order
					// mark (SPEC 5); the vector means them as text.
					code, out, errOut = segcalc("", append(args, "--", input)...)
				default:
					code, out, errOut = segcalc(input, append(args, "-raw")...)
					if utf8.ValidString(input) {
						code2, out2, _ := segcalc("", append(args, "--", input)...)
						assert.Equal(t, code, code2, "argv vs stdin exit status")
						assert.Equal(t, out, out2, "argv vs stdin output")
					}
				}
				require.NotEqual(t, 2, code, "usage error: %s", errOut)
				r := decodeOne(t, out)
				e := tc.Expect
				ctx := f.Profile + " id " + strconv.Itoa(tc.ID) + " (" + tc.Comment + ")"
				assert.Equal(t, f.Profile, r.Vendor, ctx)
				assert.Equal(t, e.Encoding, r.Encoding, "%s: encoding", ctx)
				assert.Equal(t, e.Shift, r.Shift, "%s: shift", ctx)
				assert.Equal(t, e.Units, r.Units, "%s: units", ctx)
				assert.Equal(t, e.Runes, r.Runes, "%s: runes", ctx)
				assert.Equal(t, e.Segments, r.Segments, "%s: segments", ctx)
				assert.Equal(t, e.Remaining, r.Remaining, "%s: remaining", ctx)
				assert.Equal(t, e.Truncated, r.Truncated, "%s: truncated", ctx)
				assert.Equal(t, recipients, r.Recipients, "%s: recipients", ctx)
				assert.Equal(t, int64(e.Segments)*recipients, r.Credits, "%s: credits = segments × recipients", ctx)
				if e.Credits != nil {
					assert.Equal(t, *e.Credits, r.Credits, "%s: credits", ctx)
				}
				if e.Text != nil {
					assert.Equal(t, string(*e.Text), r.Text, "%s: text", ctx)
				}
				if e.Wire != nil {
					assert.Equal(t, string(*e.Wire), r.Wire, "%s: wire", ctx)
				} else if f.Profile != "oztek" && f.Profile != "esemes" && o.OpCode == "" {
					assert.Equal(t, r.Text, r.Wire, "%s: wire equals text", ctx)
				}
				if e.Parts != nil {
					want := make([]part, len(e.Parts))
					for i, p := range e.Parts {
						want[i] = part{p.Start, p.End, p.Units}
					}
					assert.Equal(t, want, r.Parts, "%s: parts", ctx)
				}
				if len(e.Params) > 0 {
					assert.JSONEq(t, string(e.Params), string(r.Params), "%s: params", ctx)
				}
				if e.Errors != nil {
					assert.Equal(t, issueStrings(e.Errors), codesWith(r.Errors, e.Errors), "%s: errors", ctx)
				}
				if e.Warnings != nil {
					assert.Equal(t, issueStrings(e.Warnings), codesWith(r.Warnings, e.Warnings), "%s: warnings", ctx)
				}
				wantCode := 0
				if len(r.Errors) > 0 {
					wantCode = 1
				}
				assert.Equal(t, wantCode, code, "%s: exit status", ctx)
			})
		}
	}
	t.Logf("%d vectors", n)
}

func issueStrings(is []vectors.Issue) []string {
	var s []string
	for _, i := range is {
		x := i.Code + "@" + strconv.Itoa(i.Offset)
		if i.Rune != nil {
			x += "/" + *i.Rune
		}
		s = append(s, x)
	}
	return s
}

// codesWith renders got as issueStrings renders want: with the rune where
// the vector states one.
func codesWith(got []issue, want []vectors.Issue) []string {
	var s []string
	for k, i := range got {
		x := i.Code + "@" + strconv.Itoa(i.Offset)
		if k < len(want) && want[k].Rune != nil && i.Rune != nil {
			x += "/" + *i.Rune
		}
		s = append(s, x)
	}
	return s
}

// hasBOM reports whether s starts with bytes segcalc reads as a byte order
// mark on standard input.
func hasBOM(s string) bool {
	return strings.HasPrefix(s, "\xEF\xBB\xBF") || strings.HasPrefix(s, "\xFF\xFE") || strings.HasPrefix(s, "\xFE\xFF")
}
