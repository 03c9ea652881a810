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
	"golang.org/x/text/unicode/norm"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/naive"
	"github.com/smsseg/smsseg/internal/vectors"
	"github.com/smsseg/smsseg/sanitize"
)

// addVectors seeds f with the input of every golden vector that a library
// caller can pass (command-only vectors, whose input is standard input
// bytes, are skipped), with the vector's options as the option bits (see
// optionsOf).
func addVectors(f *testing.F) {
	files, err := vectors.All()
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		for _, v := range file.Tests {
			if v.CommandOnly() {
				continue
			}
			o := v.Options
			opt := naive.Options{NFC: o.NFC, ASCII: o.ASCII, Smart: o.Smart, OpCode: o.OpCode}
			for _, w := range o.OptOut {
				opt.Link = opt.Link || w == "link"
				opt.Phone = opt.Phone || w == "phone"
			}
			f.Add(string(v.Input), optionBits(opt, o.Recipients))
		}
	}
}

// addSeeds adds inputs that reach the options and profiles the vectors
// touch least: decomposed Turkish letters (-nfc), the operator code at the
// BiSMS and Verimor limits, and both esemes suffixes.
func addSeeds(f *testing.F) {
	all := byte(numOpts - 1)
	f.Add("Merhaba “dünya” – İyi günler…", all)
	f.Add("S\u0327ekerI\u0307 g\u0306u\u0308zel c\u0327ay o\u0308\u00ad\u0327", byte(optNFC|optSmart))
	f.Add("s\u0327\u0301 e\u0301", byte(optNFC|optASCII))
	f.Add(strings.Repeat("ş", 440)+"abc", byte(optOpCode))
	f.Add(strings.Repeat("a", 917), byte(optOpCode|optRecipients))
	f.Add(strings.Repeat("{", 535)+"a", byte(optOpCode))
	f.Add(strings.Repeat("€", 77)+"ş", byte(0))
	f.Add(strings.Repeat("😀", 234)+"x", byte(optOpCode))
	f.Add("Kampanya |61|62|ç", byte(optLink|optPhone|optOpCode))
}

// maxFuzzLen bounds the input a fuzz target analyses, so that each input
// stays cheap (CI runs each target for 10 s); longer inputs are cut (a cut
// inside a rune leaves invalid UTF-8, which is fine input too). 2048 bytes
// still reach every capacity and vendor limit of SPEC 2, 3.5, 3.6 and 3.8.
const maxFuzzLen = 2048

func cut(text string, max int) string {
	if len(text) > max {
		return text[:max]
	}
	return text
}

// FuzzAnalyze holds every profile, with the options the second argument
// selects (bits: -ascii, -smart, esemes link, esemes phone, -nfc, -opcode
// B001, -recipients 10⁹), to the naive reference and to the invariants of
// SPEC 1, 3, 4 and 5 (see check): class, shift, scheme, units, runes,
// segments, parts, remaining, truncated, credits, delivered text, wire,
// params and every error and warning with its offset and rune; the
// iterators against the Append methods, AnalyzeBytes against Analyze, the
// JSON object parsed field by field, Marks, RuledOut and CostIn.
func FuzzAnalyze(f *testing.F) {
	addVectors(f)
	addSeeds(f)
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
// scheme (SPEC 3.2–3.6, 3.8), so that appending a rune can only move it to
// a later scheme.
func firstQualifying(vendor string) bool { return vendor != "gsm" }

// FuzzMonotone checks, for every rune-boundary prefix of the input (an
// invalid byte is one rune) under every profile with the options of the
// second argument, that appending a rune never lowers the billed segments
// nor the runes, and never lowers the units unless the scheme changes to
// one where some runes cost less; and that a normal gsm text stays normal
// under its prefixes unless a prefix holding € is cheaper under the Turkish
// locking table.
//
// The last exception is SPEC 3.1 at work, not a bug: € costs 2 septets in
// the default alphabet and 1 in the Turkish locking table, so 81 € bill 2
// segments as normal but 1 as turkish/locking, while 81 € and an è (which
// the locking table lacks) are normal. The units may fall in exactly these
// cases, by the SPEC: gsm switching scheme (€ is 1 septet under locking; a
// GSM 2-septet rune is 1 UTF-16 unit), and nodeapi, kobikom and verimor
// switching to UCS-2 ({ costs 2 septets but 1 UTF-16 unit). They never fall
// otherwise: oztek's units do not depend on the class, the Turkish single
// shift (nodeapi, kobikom, esemes) and verimor's Turkish locking table
// (where € still costs 2) cost every default-alphabet rune they carry the
// same, and bisms before truncation costs 1 or 2 as turkish where normal
// costs 1.
//
// Segments never fall: the greedy split gives the fewest parts of any cut
// into contiguous parts, which one more rune cannot lower; gsm takes the
// minimum over a shrinking set of growing counts; a GSM part holds at least
// 74 runes and a UCS-2 part at most 67, so a switch to UCS-2 never bills
// fewer; the oztek formulas and bisms tables grow with the units and are
// lower for turkish. bisms is skipped once the longer text is truncated: a
// Turkish letter that makes the class turkish can push the text over 882
// units and drop runes. The esemes suffixes and the operator code come
// after the caller's text, so the rune goes in before them, which the same
// arguments cover.
//
// The runes stay the same only when -smart removes the new rune (a soft
// hyphen). With -nfc a combining mark composes with the rune before it, so
// the input is normalised first and only prefixes that are NFC themselves
// are compared (for those -nfc changes nothing).
func FuzzMonotone(f *testing.F) {
	addVectors(f)
	addSeeds(f)
	f.Add(strings.Repeat("€", 81)+"è", byte(0))
	f.Fuzz(func(t *testing.T, text string, opts byte) {
		checkMonotone(t, cut(text, maxMonotoneLen), opts)
	})
}

// checkMonotone is the body of FuzzMonotone.
func checkMonotone(t testing.TB, text string, opts byte) {
	if opts&optNFC != 0 {
		text = norm.NFC.String(text)
	}
	var ends []int
	var added []rune // the input rune that ends each prefix
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		ends = append(ends, i)
		added = append(added, r)
	}
	classes := make([]smsseg.Class, len(ends))
	skip := make([]bool, len(ends)) // prefix n is not NFC (with -nfc)
	for n, end := range ends {
		skip[n] = opts&optNFC != 0 && !norm.NFC.IsNormalString(text[:end])
	}
	for _, c := range combosFor(opts) {
		k := &checker{t, c, text}
		var prev smsseg.Analysis
		for n, end := range ends {
			a := c.p.Analyze(text[:end])
			if n > 0 && !skip[n] && !skip[n-1] {
				removed := false
				if c.opt.Smart {
					repl, ok := sanitize.SmartRune(added[n])
					removed = ok && repl == ""
				}
				monotone(k, prev, a, text[:end], removed)
			}
			prev = a
			classes[n] = a.Class()
		}
		if c.vendor != "gsm" || len(ends) == 0 || prev.Class() != smsseg.Normal {
			continue
		}
		for n, end := range ends {
			if classes[n] == smsseg.Normal || skip[n] {
				continue
			}
			pre := text[:end]
			a := c.p.Analyze(pre)
			want, _ := naive.Analyze(c.vendor, c.opt, pre)
			if !strings.ContainsRune(pre, '€') || a.Shift() != smsseg.Locking ||
				want.Candidates[1].Segments >= want.Candidates[0].Segments {
				k.fatalf("prefix %q of a normal text is %s/%s", pre, a.Class(), a.Shift())
			}
		}
	}
}

// monotone checks one step: next is prev's text with one more input rune,
// which -smart removed when removed is set.
func monotone(k *checker, prev, next smsseg.Analysis, text string, removed bool) {
	k.t.Helper()
	v := k.c.vendor
	if v == "bisms" && next.Truncated() > 0 {
		return
	}
	if next.Segments() < prev.Segments() {
		k.fatalf("prefix %q: segments fell from %d to %d", text, prev.Segments(), next.Segments())
	}
	ps, ns := schemeIndex(prev), schemeIndex(next)
	if firstQualifying(v) && ns < ps {
		k.fatalf("prefix %q: scheme went back from %d to %d", text, ps, ns)
	}
	if (ns == ps || v != "gsm" && next.Class() != smsseg.UCS2) && next.Units() < prev.Units() {
		k.fatalf("prefix %q: units fell from %d to %d (scheme %d to %d)", text, prev.Units(), next.Units(), ps, ns)
	}
	switch {
	case removed && next.Runes() != prev.Runes():
		k.fatalf("prefix %q: -smart removed the last rune, yet runes went from %d to %d", text, prev.Runes(), next.Runes())
	case !removed && next.Runes() <= prev.Runes():
		k.fatalf("prefix %q: runes did not grow (%d to %d)", text, prev.Runes(), next.Runes())
	}
}

// FuzzDifferential compares the streaming analysis of a text (Analyze,
// nothing materialised) with the analysis of its materialised delivered
// text (AppendText) under the same profile without options, suffixes or
// operator code, for every profile with the options of the second
// argument. They must agree on class, shift, units, runes, segments,
// remaining, parts and every error but invalid_utf8 (the delivered text
// holds U+FFFD where the input had bad bytes; offsets are into the
// delivered text in both runs); the second run truncates and replaces
// nothing (so the first run's replaced and truncated warnings have no
// counterpart), and its wire is the first run's wire followed by the
// suffixes and operator code, which are now the caller's text. This holds,
// for every profile, because each rewrite's output is a fixed point:
//   - -smart and -ascii output holds no rune they would change, so the
//     second run may also keep those options (checked as well);
//   - -nfc output is NFC, but -smart and -ascii after it can undo that (ş
//     U+0301 is NFC, s U+0301 is not), so the second run keeps -nfc only
//     without them;
//   - the bisms substitutions are idempotent: every output rune is in the
//     accepted set, which maps to itself;
//   - the esemes suffixes and the operator code are already in the
//     delivered text, so the second run must not add them again; and with a
//     suffix it must not apply -ascii, which would transliterate the
//     suffix's ç and ı (the first run appends the suffix after the
//     options), so the "keep the options" run is skipped for esemes with a
//     suffix and -ascii.
//
// Where it does not hold: a truncated bisms text whose Turkish letters were
// all dropped. Its class was decided before truncation (SPEC 3.6 step 6),
// but the delivered text alone is normal; there the second run must be
// normal, untruncated and count one unit per rune, and nothing else is
// compared.
func FuzzDifferential(f *testing.F) {
	addVectors(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, opts byte) {
		checkDifferential(t, cut(text, maxFuzzLen), opts)
	})
}

// checkDifferential is the body of FuzzDifferential.
func checkDifferential(t testing.TB, text string, opts byte) {
	for _, c := range combosFor(opts) {
		k := &checker{t, c, text}
		a1 := c.p.Analyze(text)
		d := string(a1.AppendText(nil))
		tail := ""
		if schemeIndex(a1) >= 0 {
			tail = tailOf(c)
		}
		plain := c.plain()
		a2 := plain.p.Analyze(d)
		if c.vendor == "bisms" && a1.Truncated() > 0 && a1.Class() == smsseg.Turkish &&
			!strings.ContainsAny(d, naive.BiSMSTriggers) {
			eq(k, "second run class", a2.Class(), smsseg.Normal)
			eq(k, "second run truncated", a2.Truncated(), 0)
			eq(k, "second run units", a2.Units(), a2.Runes())
			continue
		}
		sameAnalysis(k, plain, a1, a2, d, tail)
		if c.vendor == "esemes" && (c.opt.Link || c.opt.Phone) && c.opt.ASCII {
			continue
		}
		keep := naive.Options{Smart: c.opt.Smart, ASCII: c.opt.ASCII, NFC: c.opt.NFC && !c.opt.Smart && !c.opt.ASCII}
		if keep != (naive.Options{}) {
			c3 := makeCombo(c.vendor, keep, 1)
			sameAnalysis(k, c3, a1, c3.p.Analyze(d), d, tail)
		}
	}
}

// sameAnalysis checks that a2 = c2.p.Analyze(d), d the delivered text of a1
// (the analysis of the input under k.c) and tail the suffixes and operator
// code at its end, agrees with a1.
func sameAnalysis(k *checker, c2 combo, a1, a2 smsseg.Analysis, d, tail string) {
	k.t.Helper()
	eq(k, c2.String()+": delivered is a fixed point", string(a2.AppendText(nil)), d)
	eq(k, c2.String()+": class", a2.Class(), a1.Class())
	eq(k, c2.String()+": shift", a2.Shift(), a1.Shift())
	eq(k, c2.String()+": units", a2.Units(), a1.Units())
	eq(k, c2.String()+": runes", a2.Runes(), a1.Runes())
	eq(k, c2.String()+": segments", a2.Segments(), a1.Segments())
	eq(k, c2.String()+": remaining", a2.Remaining(), a1.Remaining())
	eq(k, c2.String()+": truncated", a2.Truncated(), 0)
	eq(k, c2.String()+": TextLen", a2.TextLen(), a1.TextLen())
	eq(k, c2.String()+": PartCount", a2.PartCount(), a1.PartCount())
	eqSlice(k, c2.String()+": parts", a2.AppendParts(nil), a1.AppendParts(nil))
	eq(k, c2.String()+": wire", string(a2.AppendWire(nil)), string(a1.AppendWire(nil))+tail)
	if c2.vendor == "esemes" {
		v1, _ := a1.Params().Get("endpoint")
		v2, _ := a2.Params().Get("endpoint")
		eq(k, c2.String()+": endpoint", v2.String(), v1.String())
	} else {
		eq(k, c2.String()+": params", a2.Params().String(), a1.Params().String())
	}
	var want []smsseg.Issue
	for _, is := range a1.AppendIssues(nil) {
		switch is.Code {
		case smsseg.InvalidUTF8, smsseg.Replaced, smsseg.Truncated:
		default:
			want = append(want, is)
		}
	}
	eqSlice(k, c2.String()+": issues but invalid_utf8, replaced and truncated", a2.AppendIssues(nil), want)
}

// FuzzChainReader feeds the input one byte at a time through
// transform.NewReader over sanitize.Options(nfc, smart, ascii) — chained
// with sanitize.BiSMS for bisms, the one vendor with a substitution — for
// every profile with the options of the second argument. The output must
// be the profile's delivered text without its suffixes and operator code
// when nothing is truncated, and begin with it (holding Truncated more
// runes) when something is; transform.String must give the same.
func FuzzChainReader(f *testing.F) {
	addVectors(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, opts byte) {
		text = cut(text, maxFuzzLen)
		for _, c := range combosFor(opts) {
			checkChain(t, c, text)
		}
	})
}

// chainOf returns the transformer that rewrites a text as c delivers it,
// before its suffixes and operator code.
func chainOf(c combo) transform.Transformer {
	t := sanitize.Options(c.opt.NFC, c.opt.Smart, c.opt.ASCII)
	if c.vendor == "bisms" {
		return transform.Chain(t, sanitize.BiSMS)
	}
	return t
}

// checkChain is the body of FuzzChainReader for one combo.
func checkChain(t testing.TB, c combo, text string) {
	t.Helper()
	got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(text)), chainOf(c)))
	if err != nil {
		t.Fatalf("%s, input %q: %v", c, text, err)
	}
	a := c.p.Analyze(text)
	want := string(a.AppendText(nil))
	if schemeIndex(a) >= 0 {
		tail := tailOf(c)
		if !strings.HasSuffix(want, tail) {
			t.Fatalf("%s, input %q: delivered %q does not end with %q", c, text, want, tail)
		}
		want = want[:len(want)-len(tail)]
	}
	if a.Truncated() == 0 {
		if string(got) != want {
			t.Fatalf("%s, input %q: chain gave %q; engine %q", c, text, got, want)
		}
	} else if !strings.HasPrefix(string(got), want) ||
		utf8.RuneCount(got)-utf8.RuneCountInString(want) != a.Truncated() {
		t.Fatalf("%s, input %q: chain gave %q; engine %q truncated by %d runes", c, text, got, want, a.Truncated())
	}
	s, _, err := transform.String(chainOf(c), text)
	if err != nil || s != string(got) {
		t.Fatalf("%s, input %q: transform.String gave %q, %v; reader %q", c, text, s, err, got)
	}
}

// TestMonotoneExceptions pins the cases FuzzMonotone allows, which follow
// from the SPEC: a prefix of a normal gsm text that is turkish, and units
// that fall when a rune changes the scheme or makes bisms truncate.
func TestMonotoneExceptions(t *testing.T) {
	type want struct {
		class            smsseg.Class
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
		{smsseg.Verimor, strings.Repeat("{", 90) + "😀", want{smsseg.UCS2, smsseg.NoShift, 92, 2, 0}},
		// Verimor's Turkish locking table still costs € 2 (SPEC 3.8):
		// 77 × 2 + 1 = 155 fills one part exactly; gsm costs € 1 there.
		{smsseg.Verimor, strings.Repeat("€", 77) + "ş", want{smsseg.Turkish, smsseg.Locking, 155, 1, 0}},
		{smsseg.GSM, strings.Repeat("€", 77) + "ş", want{smsseg.Turkish, smsseg.Locking, 78, 1, 0}},
		{smsseg.BiSMS, strings.Repeat("a", 890), want{smsseg.Normal, smsseg.NoShift, 890, 6, 0}},
		// ş makes the class turkish (max 882): 8 a's and the ş are dropped.
		{smsseg.BiSMS, strings.Repeat("a", 890) + "ş", want{smsseg.Turkish, smsseg.NoShift, 882, 6, 9}},
	} {
		a := tc.p.Analyze(tc.text)
		got := want{a.Class(), a.Shift(), a.Units(), a.Segments(), a.Truncated()}
		assert.Equal(t, tc.want, got, "%s %.20q…", tc.p, tc.text)
		ref, err := naive.Analyze(tc.p.Name(), naive.Options{}, tc.text)
		require.NoError(t, err)
		assert.Equal(t, []any{tc.want.class.String(), tc.want.shift.String(), tc.want.units, tc.want.segs, tc.want.cut},
			[]any{ref.Encoding, ref.Shift, ref.Units, ref.Segments, ref.Truncated}, "reference: %s %.20q…", tc.p, tc.text)
	}
}
