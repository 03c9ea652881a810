// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package fuzz

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/naive"
	"github.com/smsseg/smsseg/internal/vectors"
	"github.com/smsseg/smsseg/sanitize"
)

// addVectors seeds f with the input of every golden vector, with the
// vector's options as the option bits (see optionsOf) when withOpts.
func addVectors(f *testing.F, withOpts bool) {
	files, err := vectors.All()
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		for _, v := range file.Tests {
			if !withOpts {
				f.Add(string(v.Input))
				continue
			}
			opt := naive.Options{ASCII: v.Options.ASCII, Smart: v.Options.Smart}
			for _, w := range v.Options.OptOut {
				opt.Link = opt.Link || w == "link"
				opt.Phone = opt.Phone || w == "phone"
			}
			f.Add(string(v.Input), optionBits(opt))
		}
	}
}

// maxFuzzLen bounds the input a fuzz target analyses, so that each input
// stays cheap (CI runs each target for 10 s); longer inputs are cut (a cut
// inside a rune leaves invalid UTF-8, which is fine input too). 2048 bytes
// still reach every capacity and vendor limit of SPEC 2, 3.5 and 3.6.
const maxFuzzLen = 2048

func cut(text string, max int) string {
	if len(text) > max {
		return text[:max]
	}
	return text
}

// FuzzAnalyze holds every profile, with the options the second argument
// selects (bits: -ascii, -smart, esemes link, esemes phone), to the naive
// reference and to the invariants of SPEC 1, 3 and 4 (see check).
func FuzzAnalyze(f *testing.F) {
	addVectors(f, true)
	f.Add("Merhaba “dünya” – İyi günler…", byte(numOpts-1))
	f.Fuzz(func(t *testing.T, text string, opts byte) {
		text = cut(text, maxFuzzLen)
		for _, c := range combosFor(opts) {
			check(t, c, text)
		}
	})
}

// maxMonotoneLen bounds FuzzMonotone's input: it analyses every prefix.
const maxMonotoneLen = 1024

// firstQualifying reports whether the vendor takes the first qualifying
// scheme (SPEC 3.2–3.6), so that appending a rune can only move it to a
// later scheme.
func firstQualifying(vendor string) bool { return vendor != "gsm" }

// FuzzMonotone checks, for every rune-boundary prefix of the input (an
// invalid byte is one rune) under every profile with the options of the
// second argument, that appending a rune never lowers the billed segments,
// and never lowers the units unless the chosen scheme changes to one where
// some runes cost less; and that a normal gsm text stays normal under its
// prefixes unless a prefix holding € is cheaper under the Turkish locking
// table.
//
// The last exception is SPEC 3.1 at work, not a bug: € costs 2 septets in
// the default alphabet and 1 in the Turkish locking table, so 81 € bill 2
// segments as normal but 1 as turkish/locking, while 81 € and an è (which
// the locking table lacks) are normal. The units may fall in exactly these
// cases, by the SPEC: gsm switching scheme (€ is 1 septet under locking; a
// GSM 2-septet rune is 1 UTF-16 unit), and nodeapi and kobikom switching to
// UCS-2 ({ costs 2 septets but 1 UTF-16 unit). They never fall for oztek
// (its units do not depend on the class), esemes (the Turkish single shift
// costs every default-alphabet rune the same) and bisms before truncation
// (turkish costs 1 or 2 where normal costs 1).
//
// Segments never fall: the greedy split gives the fewest parts of any cut
// into contiguous parts, which one more rune cannot lower; gsm takes the
// minimum over a shrinking set of growing counts; a GSM part holds at least
// 74 runes and a UCS-2 part at most 67, so a switch to UCS-2 never bills
// fewer; the oztek formulas and bisms tables grow with the units and are
// lower for turkish. bisms is skipped once the longer text is truncated: a
// Turkish letter that makes the class turkish can push the text over 882
// units and drop runes. esemes with suffixes inserts the rune before the
// suffix, which the same arguments cover.
func FuzzMonotone(f *testing.F) {
	addVectors(f, true)
	f.Add(strings.Repeat("€", 81)+"è", byte(0))
	f.Fuzz(func(t *testing.T, text string, opts byte) {
		checkMonotone(t, cut(text, maxMonotoneLen), opts)
	})
}

// checkMonotone is the body of FuzzMonotone.
func checkMonotone(t testing.TB, text string, opts byte) {
	var ends []int
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		ends = append(ends, i)
	}
	encs := make([]smsseg.Encoding, len(ends))
	for _, c := range combosFor(opts) {
		k := &checker{t, c, text}
		var prev smsseg.Result
		for n, end := range ends {
			r := c.p.Analyze(text[:end])
			if n > 0 {
				monotone(k, prev, r, text[:end])
			}
			prev = r
			encs[n] = r.Encoding
		}
		if c.vendor != "gsm" || len(ends) == 0 || prev.Encoding != smsseg.Normal {
			continue
		}
		for n, end := range ends {
			if encs[n] == smsseg.Normal {
				continue
			}
			pre := text[:end]
			r := c.p.Analyze(pre)
			want, _ := naive.Analyze(c.vendor, c.opt, pre)
			if !strings.ContainsRune(pre, '€') || r.Shift != smsseg.Locking ||
				want.Candidates[1].Segments >= want.Candidates[0].Segments {
				k.fatalf("prefix %q of a normal text is %s/%s", pre, r.Encoding, r.Shift)
			}
		}
	}
}

// monotone checks one step: next is prev's text with one more input rune.
func monotone(k *checker, prev, next smsseg.Result, text string) {
	k.t.Helper()
	v := k.c.vendor
	if v == "bisms" && next.Truncated > 0 {
		return
	}
	if next.Segments < prev.Segments {
		k.fatalf("prefix %q: segments fell from %d to %d", text, prev.Segments, next.Segments)
	}
	if firstQualifying(v) && next.Scheme() < prev.Scheme() {
		k.fatalf("prefix %q: scheme went back from %d to %d", text, prev.Scheme(), next.Scheme())
	}
	sameScheme := next.Scheme() == prev.Scheme()
	if (sameScheme || v == "oztek" || v == "esemes" || v == "bisms") && next.Units < prev.Units {
		k.fatalf("prefix %q: units fell from %d to %d (scheme %d to %d)", text, prev.Units, next.Units, prev.Scheme(), next.Scheme())
	}
	if next.Runes <= prev.Runes {
		k.fatalf("prefix %q: runes did not grow (%d to %d)", text, prev.Runes, next.Runes)
	}
}

// FuzzDifferential compares the streaming analysis of a text (Analyze,
// nothing materialised) with the analysis of its materialised delivered
// text (AppendText) under the same profile without options or suffixes,
// for every profile with the options of the second argument. They must
// agree on encoding, shift, units, runes, segments, remaining, parts, wire,
// warnings and every error but invalid_utf8 (the delivered text holds
// U+FFFD where the input had bad bytes; offsets are into the delivered text
// in both runs). This holds, for every profile, because each rewrite's
// output is a fixed point:
//   - -ascii and -smart output holds no rune they would change, so the
//     second run may also keep the options (checked as well);
//   - the bisms substitutions are idempotent: every output rune is in the
//     accepted set, which maps to itself;
//   - the esemes suffix is already in the delivered text, so the second run
//     must not add it again; and with a suffix, it must not apply -ascii
//     either, which would transliterate the suffix's ç and ı (the first run
//     appends the suffix after the options), so the "keep the options" run
//     is skipped for esemes with a suffix.
//
// Where it does not hold: a truncated bisms text whose Turkish letters were
// all dropped. Its class was decided before truncation (SPEC 3.6 step 6),
// but the delivered text alone is normal; there the second run must be
// normal, untruncated and count one unit per rune, and nothing else is
// compared.
func FuzzDifferential(f *testing.F) {
	addVectors(f, true)
	f.Fuzz(func(t *testing.T, text string, opts byte) {
		checkDifferential(t, cut(text, maxFuzzLen), opts)
	})
}

// checkDifferential is the body of FuzzDifferential.
func checkDifferential(t testing.TB, text string, opts byte) {
	for _, c := range combosFor(opts) {
		k := &checker{t, c, text}
		r1 := c.p.Analyze(text)
		d := string(c.p.AppendTextOf(nil, &r1, text))
		plain := c.plain()
		r2 := plain.p.Analyze(d)
		if c.vendor == "bisms" && r1.Truncated > 0 && r1.Encoding == smsseg.Turkish &&
			!strings.ContainsAny(d, naive.BiSMSTriggers) {
			eq(k, "second run encoding", r2.Encoding, smsseg.Normal)
			eq(k, "second run truncated", r2.Truncated, 0)
			eq(k, "second run units", r2.Units, r2.Runes)
			continue
		}
		sameAnalysis(k, plain, r1, r2, text, d)
		if c.vendor != "esemes" || !(c.opt.Link || c.opt.Phone) {
			sameAnalysis(k, c, r1, c.p.Analyze(d), text, d)
		}
	}
}

// sameAnalysis checks that r2 = c2.p.Analyze(d), d the delivered text of
// r1 (the analysis of text under k.c), agrees with r1.
func sameAnalysis(k *checker, c2 combo, r1, r2 smsseg.Result, text, d string) {
	k.t.Helper()
	p1, p2 := k.c.p, c2.p
	eq(k, "delivered is a fixed point", string(p2.AppendTextOf(nil, &r2, d)), d)
	eq(k, "encoding", r2.Encoding, r1.Encoding)
	eq(k, "shift", r2.Shift, r1.Shift)
	eq(k, "units", r2.Units, r1.Units)
	eq(k, "runes", r2.Runes, r1.Runes)
	eq(k, "segments", r2.Segments, r1.Segments)
	eq(k, "remaining", r2.Remaining, r1.Remaining)
	eq(k, "second run truncated", r2.Truncated, 0)
	eq(k, "TextLen", r2.TextLen, r1.TextLen)
	eqSlice(k, "parts", p2.AppendPartsOf(nil, &r2, d), p1.AppendPartsOf(nil, &r1, text))
	eq(k, "wire", string(p2.AppendWireOf(nil, &r2, d)), string(p1.AppendWireOf(nil, &r1, text)))
	var want []smsseg.Issue
	for _, is := range p1.AppendIssuesOf(nil, &r1, text) {
		if is.Code != smsseg.InvalidUTF8 {
			want = append(want, is)
		}
	}
	eqSlice(k, "issues but invalid_utf8", p2.AppendIssuesOf(nil, &r2, d), want)
}

// FuzzChainReader feeds the input one byte at a time through
// transform.Chain(sanitize.Smart, sanitize.ASCII, sanitize.BiSMS) and
// transform.NewReader: the output must be the delivered text of
// BiSMS.WithASCII(true).WithSmart(true) when nothing is truncated, and
// begin with it (holding Truncated more runes) when something is.
func FuzzChainReader(f *testing.F) {
	addVectors(f, false)
	p := smsseg.BiSMS.WithASCII(true).WithSmart(true)
	f.Fuzz(func(t *testing.T, text string) {
		text = cut(text, maxFuzzLen)
		chain := transform.Chain(sanitize.Smart, sanitize.ASCII, sanitize.BiSMS)
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(text)), chain))
		if err != nil {
			t.Fatalf("input %q: %v", text, err)
		}
		r := p.Analyze(text)
		want := p.AppendTextOf(nil, &r, text)
		if r.Truncated == 0 {
			if string(got) != string(want) {
				t.Fatalf("input %q: chain gave %q; engine %q", text, got, want)
			}
		} else if !strings.HasPrefix(string(got), string(want)) ||
			utf8.RuneCount(got)-utf8.RuneCount(want) != r.Truncated {
			t.Fatalf("input %q: chain gave %q; engine %q truncated by %d runes", text, got, want, r.Truncated)
		}
		s, _, err := transform.String(chain, text)
		if err != nil || s != string(got) {
			t.Fatalf("input %q: transform.String gave %q, %v; reader %q", text, s, err, got)
		}
	})
}

// TestMonotoneExceptions pins the cases FuzzMonotone allows, which follow
// from the SPEC: a prefix of a normal gsm text that is turkish, and units
// that fall when a rune changes the scheme or makes bisms truncate.
func TestMonotoneExceptions(t *testing.T) {
	type want struct {
		enc              smsseg.Encoding
		shift            smsseg.Shift
		units, segs, cut int
	}
	for _, tc := range []struct {
		p    smsseg.Profile
		text string
		want want
	}{
		// 81 € cost 162 septets (2 parts) in the default alphabet, 81 (1
		// part) in the Turkish locking table.
		{smsseg.GSM, strings.Repeat("€", 81), want{smsseg.Turkish, smsseg.Locking, 81, 1, 0}},
		// è is not in the locking table: the whole text is normal.
		{smsseg.GSM, strings.Repeat("€", 81) + "è", want{smsseg.Normal, smsseg.NoShift, 163, 2, 0}},
		{smsseg.NodeAPI, strings.Repeat("{", 90), want{smsseg.Normal, smsseg.NoShift, 180, 2, 0}},
		// The emoji forces UCS-2, where { is one unit.
		{smsseg.NodeAPI, strings.Repeat("{", 90) + "😀", want{smsseg.UCS2, smsseg.NoShift, 92, 2, 0}},
		{smsseg.BiSMS, strings.Repeat("a", 890), want{smsseg.Normal, smsseg.NoShift, 890, 6, 0}},
		// ş makes the class turkish (max 882): 8 a's and the ş are dropped.
		{smsseg.BiSMS, strings.Repeat("a", 890) + "ş", want{smsseg.Turkish, smsseg.NoShift, 882, 6, 9}},
	} {
		r := tc.p.Analyze(tc.text)
		got := want{r.Encoding, r.Shift, r.Units, r.Segments, r.Truncated}
		assert.Equal(t, tc.want, got, "%s %.20q…", tc.p, tc.text)
		ref, err := naive.Analyze(tc.p.Name(), naive.Options{}, tc.text)
		require.NoError(t, err)
		assert.Equal(t, []any{tc.want.enc.String(), tc.want.shift.String(), tc.want.units, tc.want.segs, tc.want.cut},
			[]any{ref.Encoding, ref.Shift, ref.Units, ref.Segments, ref.Truncated}, "reference: %s %.20q…", tc.p, tc.text)
	}
}
