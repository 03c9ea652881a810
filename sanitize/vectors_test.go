// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/vectors"
	"github.com/smsseg/smsseg/sanitize"
)

// TestVectorsDeliveredText rebuilds the delivered text of every golden
// vector that states one from this package's rewrites alone, in SPEC 3.7's
// order: user options (-nfc, -smart, -ascii), then the vendor substitution (bisms),
// then the vendor suffix (esemes), then the operator code. A truncated text
// must be a prefix, but for the operator code, which truncation keeps.
// Vectors whose input is segcalc's standard input (BOM, -charset) are left
// to the command's tests.
func TestVectorsDeliveredText(t *testing.T) {
	files, err := vectors.All()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		p, _ := smsseg.Lookup(f.Profile)
		for _, v := range f.Tests {
			if v.Expect.Text == nil || len(v.Input) == 0 || v.CommandOnly() {
				continue
			}
			in := string(v.Input)
			var ts []transform.Transformer
			s := in
			if v.Options.NFC {
				s = string(sanitize.AppendNFC(nil, s))
				ts = append(ts, sanitize.NFC)
			}
			if v.Options.Smart {
				s = string(sanitize.AppendSmart(nil, s))
				ts = append(ts, sanitize.Smart)
			}
			if v.Options.ASCII {
				s = string(sanitize.AppendASCII(nil, s))
				ts = append(ts, sanitize.ASCII)
			}
			if f.Profile == "bisms" {
				s = string(sanitize.AppendBiSMS(nil, s))
				ts = append(ts, sanitize.BiSMS)
			}
			s = perByteReplacement(s)
			if len(ts) > 0 {
				chained, _, err := transform.String(transform.Chain(ts...), in)
				if err != nil || perByteReplacement(chained) != s {
					t.Errorf("%s #%d: Chain gives %q, %v; the Append helpers %q", f.Profile, v.ID, chained, err, s)
				}
			}
			if len(v.Options.OptOut) > 0 {
				for _, name := range []string{"link", "phone"} {
					for _, o := range v.Options.OptOut {
						if o == name {
							suf, _ := p.Suffix(name)
							s += " " + suf
						}
					}
				}
			}
			want := string(*v.Expect.Text)
			if code := " " + v.Options.OpCode; v.Options.OpCode != "" {
				if !strings.HasSuffix(want, code) {
					t.Errorf("%s #%d: text %.40q… does not end in the operator code %q", f.Profile, v.ID, want, code)
				}
				if v.Expect.Truncated > 0 {
					want = strings.TrimSuffix(want, code)
				} else {
					s += code
				}
			}
			if v.Expect.Truncated > 0 {
				if !strings.HasPrefix(s, want) {
					t.Errorf("%s #%d: truncated text %.40q… is not a prefix of %.40q…", f.Profile, v.ID, want, s)
				}
			} else if s != want {
				t.Errorf("%s #%d (%s): rebuilt %q; want %q", f.Profile, v.ID, v.Comment, s, want)
			}
			checked++
		}
	}
	if checked < 40 {
		t.Fatalf("only %d vectors state a delivered text", checked)
	}
}

// perByteReplacement turns every invalid byte into U+FFFD, as the engine
// reads input (utf8.DecodeRune); valid text is returned unchanged.
func perByteReplacement(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += n
	}
	return b.String()
}
