// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// The naive reference: a map and a regexp built from the SPEC list in the
// tests, independent of the generated tables and of codeAt/pipeAt.
var (
	naiveWire   = map[rune]string{}
	naiveRune   = map[string]rune{}
	naiveCodeRE *regexp.Regexp
)

func init() {
	var alts []string
	for _, c := range specCodes {
		naiveWire[c.r] = c.wire
		naiveRune[c.wire] = c.r
		alts = append(alts, c.wire[1:3])
	}
	naiveCodeRE = regexp.MustCompile(`\|(?:` + strings.Join(alts, "|") + `)\|`)
}

func naiveEncode(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if w, ok := naiveWire[r]; ok {
			b.WriteString(w)
		} else {
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
	return b.String()
}

func naiveDecode(s string) string {
	return naiveCodeRE.ReplaceAllStringFunc(s, func(w string) string { return string(naiveRune[w]) })
}

func naiveAmbiguous(s string) []int {
	var offs []int
	isDigit := func(b byte) bool { return '0' <= b && b <= '9' }
	for i := 0; i+3 < len(s); i++ {
		if s[i] != '|' || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i+3:])
		if _, coded := naiveWire[r]; r == '|' || coded {
			offs = append(offs, i)
		}
	}
	return offs
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(seedText)
	f.Add(seedWire)
	for _, tt := range encodeTests {
		f.Add(tt.in)
	}
	for _, tt := range decodeTests {
		f.Add(tt.in)
	}
	for _, tt := range ambiguousTests {
		f.Add(tt.in)
	}
	f.Fuzz(fuzzBody)
}

func fuzzBody(t *testing.T, s string) {
	enc := string(AppendEncode(nil, s))
	if want := naiveEncode(s); enc != want {
		t.Fatalf("AppendEncode(nil, %q) = %q; want %q", s, enc, want)
	}
	if n := EncodedLen(s); n != len(enc) {
		t.Fatalf("EncodedLen(%q) = %d; want %d", s, n, len(enc))
	}
	if got := string(AppendEncodeBytes(nil, []byte(s))); got != enc {
		t.Fatalf("AppendEncodeBytes(nil, %q) = %q; want %q", s, got, enc)
	}
	dec := string(AppendDecode(nil, s))
	if want := naiveDecode(s); dec != want {
		t.Fatalf("AppendDecode(nil, %q) = %q; want %q", s, dec, want)
	}
	if got := string(AppendDecodeBytes(nil, []byte(s))); got != dec {
		t.Fatalf("AppendDecodeBytes(nil, %q) = %q; want %q", s, got, dec)
	}
	amb := AppendAmbiguous(nil, s)
	if want := naiveAmbiguous(s); !equalInts(amb, want) {
		t.Fatalf("AppendAmbiguous(nil, %q) = %v; want %v", s, amb, want)
	}
	if n := CountAmbiguous(s); n != len(amb) {
		t.Fatalf("CountAmbiguous(%q) = %d; want %d", s, n, len(amb))
	}
	// The property of SPEC 3.5: without an ambiguous bar the wire
	// decodes back to the text. It holds for invalid UTF-8 too, since
	// both directions copy such bytes unchanged.
	if len(amb) == 0 {
		if rt := string(AppendDecode(nil, enc)); rt != s {
			t.Fatalf("AppendDecode(AppendEncode(%q)) = %q (wire %q)", s, rt, enc)
		}
	}
	if got, _, err := transform.String(Encoder{}, s); err != nil || got != enc {
		t.Fatalf("transform.String(Encoder{}, %q) = %q, %v; want %q", s, got, err, enc)
	}
	if got, _, err := transform.String(Decoder{}, s); err != nil || got != dec {
		t.Fatalf("transform.String(Decoder{}, %q) = %q, %v; want %q", s, got, err, dec)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
