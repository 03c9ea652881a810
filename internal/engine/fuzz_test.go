// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"math/bits"
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/vectors"
	"github.com/smsseg/smsseg/sanitize"
)

// infoOf packs the units of a rune in schemes 0, 1 and 2.
func infoOf(a, b, c uint16) uint16 { return a | b<<2 | c<<4 }

// fuzzInfo returns the Info table of the fuzz rules: printable ASCII is
// plain, the word scanner's special bytes and a few letters cost 0, 1 or 2
// in each of three schemes, and the last scheme carries every rune any other
// carries (Validate). With quote, '"' is not plain either (SWARExtra).
// Tab, backtick, DEL and the other controls are unknown.
func fuzzInfo(quote bool) *[0x800]uint16 {
	var info [0x800]uint16
	plain := infoOf(1, 1, 1)
	for r := 0x20; r < 0x7F; r++ {
		info[r] = plain
	}
	for r, v := range map[rune]uint16{
		'[': infoOf(2, 1, 1), ']': infoOf(1, 2, 1), '{': infoOf(2, 2, 2), '}': infoOf(0, 2, 1),
		'~': infoOf(0, 0, 1), '^': infoOf(2, 0, 2), '\\': infoOf(1, 1, 2), '|': infoOf(2, 2, 1),
		'`': 0, '\n': plain, '\r': infoOf(2, 2, 2), '\f': infoOf(2, 2, 1), 0x1B: infoOf(0, 1, 1),
		'ç': infoOf(0, 2, 1), 'ş': infoOf(0, 2, 1), 'ğ': infoOf(0, 1, 2), 'ı': infoOf(0, 2, 2),
		'İ': infoOf(0, 1, 1), 'Ş': infoOf(0, 2, 1), 'Ğ': infoOf(0, 2, 1), 'ö': plain, 'ü': plain,
		'Ö': plain, 'Ü': plain, 'Ç': infoOf(1, 1, 2), 'é': infoOf(1, 0, 1), 'ß': infoOf(0, 0, 1),
		'Δ': infoOf(1, 1, 2), 'ñ': infoOf(2, 0, 1),
	} {
		info[r] = v
	}
	if quote {
		info['"'] = infoOf(1, 2, 1)
	}
	return &info
}

var (
	fuzzInfoPlain = fuzzInfo(false)
	fuzzInfoQuote = fuzzInfo(true)
)

// Bits of the configuration byte of FuzzSplit.
const (
	cfgCheapest = 1 << iota
	cfgBilling0 // bits 1–2: 0 greedy, 1 ceil + MaxError, 2 ranges + MaxTruncate, 3 ceil + MaxTruncate
	cfgBilling1
	cfgASCII
	cfgSmart
	cfgSuffix
	cfgQuote
	cfgOpCode
)

// bismsSubst is the BiSMS substitution (sanitize.BiSMSRune) as a table.
var bismsSubst = func() *Subst {
	var lo [0x800]rune
	for r := range lo {
		lo[r] = sanitize.BiSMSRune(rune(r))
	}
	return &Subst{Lo: &lo, Hi: []RuneMap{{From: 0x20AC, To: sanitize.BiSMSRune(0x20AC)}}, Others: ' '}
}()

// fuzzRules returns the rules and options cfg selects: three schemes with
// small capacities, so that short inputs split into many parts.
func fuzzRules(cfg byte) (*Rules, Options) {
	rl := &Rules{
		Name: "fuzz",
		Schemes: []Scheme{
			{Class: ClassNormal, Single: 12, Multi: 7, Multi16: 6, Max: 30, Ranges: []int{12, 14, 21, 28, 30}},
			{Class: ClassTurkish, Shift: Single, Single: 11, Multi: 5, Multi16: 4, Max: 25, Ranges: []int{11, 15, 20, 25}},
			{Class: ClassUCS2, Coding: UCS2, Single: 9, Multi: 6, Multi16: 6, Max: 20, Ranges: []int{9, 12, 18, 20}},
		},
		Info: fuzzInfoPlain, Hi: []RuneInfo{{Rune: 0x20AC, Info: infoOf(2, 1, 1)}}, BMP: infoOf(0, 0, 1), Astral: infoOf(0, 0, 2),
		Plain:    infoOf(1, 1, 1),
		Suffixes: []Suffix{{Name: "x", Text: "x{ç€😀"}},
	}
	if cfg&cfgCheapest != 0 {
		rl.Choice = Cheapest
	}
	switch cfg >> 1 & 3 {
	case 1:
		rl.Billing, rl.OverMax = Ceil, MaxError
	case 2:
		rl.Billing, rl.OverMax, rl.Subst = Ranges, MaxTruncate, bismsSubst
	case 3:
		rl.Billing, rl.OverMax, rl.Subst = Ceil, MaxTruncate, bismsSubst
	}
	if cfg&cfgQuote != 0 {
		rl.Info, rl.SWARExtra = fuzzInfoQuote, '"'
	}
	opt := Options{ASCII: cfg&cfgASCII != 0, Smart: cfg&cfgSmart != 0, Ref16: cfg&cfgCheapest != 0 && cfg&cfgSuffix != 0}
	if cfg&cfgSuffix != 0 {
		opt.Suffixes = 1
	}
	if cfg&cfgOpCode != 0 {
		opt.OpCode = "B001"
	}
	return rl, opt
}

// refRune is one delivered rune of the reference.
type refRune struct {
	r        rune
	bad      bool
	replaced bool
	tail     bool
}

// refDeliver materialises the delivered runes one at a time.
func refDeliver(rl *Rules, opt Options, s string) []refRune {
	var out []refRune
	add := func(r rune, bad bool) {
		d := r
		if rl.Subst != nil {
			d = sanitize.BiSMSRune(r)
		}
		out = append(out, refRune{r: d, bad: bad, replaced: d != r})
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		bad := r == utf8.RuneError && size == 1
		i += size
		if opt.Smart {
			if repl, ok := sanitize.SmartRune(r); ok {
				for _, c := range repl {
					add(c, false)
				}
				continue
			}
		}
		if opt.ASCII {
			if repl, ok := sanitize.ASCIIRune(r); ok {
				for _, c := range repl {
					add(c, false)
				}
				continue
			}
		}
		add(r, bad)
	}
	tail := ""
	for k, suf := range rl.Suffixes {
		if opt.Suffixes&(1<<k) != 0 {
			tail += " " + suf.Text
		}
	}
	if opt.OpCode != "" {
		tail += " " + opt.OpCode
	}
	for _, r := range tail {
		out = append(out, refRune{r: r, tail: true})
	}
	return out
}

// refGreedy splits one rune at a time (SPEC 4): a rune that does not fit
// whole starts the next part.
func refGreedy(units []int, offs []int, single, multi int) []Part {
	total := 0
	for _, u := range units {
		total += u
	}
	if total <= single {
		return []Part{{0, offs[len(units)], total}}
	}
	var parts []Part
	start, cur := 0, 0
	for i, u := range units {
		if cur+u > multi {
			parts = append(parts, Part{offs[start], offs[i], cur})
			start, cur = i, 0
		}
		cur += u
	}
	return append(parts, Part{offs[start], offs[len(units)], cur})
}

// refBilling is the Billing of types.go, spelled out.
func refBilling(rl *Rules, s, units, parts, multi int) int {
	sc := rl.Schemes[s]
	switch rl.Billing {
	case Ceil:
		if units <= sc.Single {
			return 1
		}
		return (units + multi - 1) / multi
	case Ranges:
		for i, hi := range sc.Ranges {
			if units <= hi {
				return i + 1
			}
		}
		return len(sc.Ranges)
	}
	if units <= sc.Single {
		return 1
	}
	return parts
}

// refResult is what the reference computes.
type refResult struct {
	scheme, units, runes, segments, remaining, truncated, errors, warnings int
	text                                                                   string
	parts                                                                  []Part
	first                                                                  Issue
}

// refAnalyze analyses s under rl one delivered rune at a time, costing each
// with Rules.Units.
func refAnalyze(rl *Rules, opt Options, s string) refResult {
	rs := refDeliver(rl, opt, s)
	if !slices.ContainsFunc(rs, func(d refRune) bool { return !d.tail }) {
		// The options removed the whole text: empty, no tail (SPEC 3.7).
		return refResult{scheme: -1, remaining: rl.Schemes[0].Single, errors: 1, first: Issue{Code: Empty}}
	}
	multi := func(sc int) int {
		if opt.Ref16 {
			return rl.Schemes[sc].Multi16
		}
		return rl.Schemes[sc].Multi
	}
	known := func(r rune) bool {
		for i := range rl.Schemes {
			if rl.Units(i, r) > 0 {
				return true
			}
		}
		return false
	}
	costs := func(sc int, rs []refRune) []int {
		u := make([]int, len(rs))
		for i, d := range rs {
			if u[i] = rl.Units(sc, d.r); u[i] == 0 {
				u[i] = 1 // unknown (or not carried: the scheme does not qualify)
			}
		}
		return u
	}
	offsets := func(rs []refRune) []int {
		offs := make([]int, len(rs)+1)
		for i, d := range rs {
			offs[i+1] = offs[i] + utf8.RuneLen(d.r)
		}
		return offs
	}
	sum := func(u []int) (n int) {
		for _, x := range u {
			n += x
		}
		return n
	}
	offs := offsets(rs)
	best, bestSeg := -1, 0
	for sc := range rl.Schemes {
		qualifies := true
		for _, d := range rs {
			if known(d.r) && rl.Units(sc, d.r) == 0 {
				qualifies = false
			}
		}
		if !qualifies {
			continue
		}
		u := costs(sc, rs)
		seg := refBilling(rl, sc, sum(u), len(refGreedy(u, offs, rl.Schemes[sc].Single, multi(sc))), multi(sc))
		if best < 0 || (rl.Choice == Cheapest && seg < bestSeg) {
			best, bestSeg = sc, seg
		}
		if rl.Choice == FirstQualifying {
			break
		}
	}
	if best < 0 {
		best = len(rl.Schemes) - 1
	}
	res := refResult{scheme: best}
	u := costs(best, rs)
	var tooLong Issue
	cut := false
	if rl.OverMax == MaxTruncate {
		// The tail (suffixes, operator code) is never dropped: the text
		// before it keeps the longest prefix that leaves room for it.
		tailUnits, nText := 0, len(rs)
		for i, d := range rs {
			if d.tail {
				tailUnits += u[i]
				nText = min(nText, i)
			}
		}
		limit := rl.Schemes[best].Max - tailUnits
		total := 0
		for i := 0; i < nText; i++ {
			if total+u[i] > limit {
				res.truncated = nText - i
				rs = append(rs[:i:i], rs[nText:]...)
				u = append(u[:i:i], u[nText:]...)
				cut = true
				break
			}
			total += u[i]
		}
	} else if rl.OverMax == MaxError {
		total := 0
		for i, x := range u {
			if total+x > rl.Schemes[best].Max {
				tooLong = Issue{Code: TooLong, Offset: offs[i], Rune: rs[i].r}
				res.errors++
				break
			}
			total += x
		}
	}
	offs = offsets(rs)
	sc := rl.Schemes[best]
	res.units, res.runes = sum(u), len(rs)
	res.parts = refGreedy(u, offs, sc.Single, multi(best))
	res.segments = refBilling(rl, best, res.units, len(res.parts), multi(best))
	switch rl.Billing {
	case Ceil:
		if res.segments == 1 {
			res.remaining = sc.Single - res.units
		} else {
			res.remaining = res.segments*multi(best) - res.units
		}
	case Ranges:
		res.remaining = sc.Ranges[res.segments-1] - res.units
	default:
		if len(res.parts) == 1 {
			res.remaining = sc.Single - res.units
		} else {
			res.remaining = multi(best) - res.parts[len(res.parts)-1].Units
		}
	}
	res.remaining = max(res.remaining, 0)
	var text []byte
	var issues []Issue
	for i, d := range rs {
		text = utf8.AppendRune(text, d.r)
		if d.bad && !slices.ContainsFunc(issues, func(is Issue) bool { return is.Code == InvalidUTF8 }) {
			issues = append(issues, Issue{Code: InvalidUTF8, Offset: offs[i], Rune: utf8.RuneError})
		}
		if !known(d.r) {
			issues = append(issues, Issue{Code: UnknownChar, Offset: offs[i], Rune: d.r})
		}
		if d.replaced {
			res.warnings++
		}
	}
	if cut {
		res.warnings++
	}
	res.text = string(text)
	cutAt := len(text)
	for i, d := range rs {
		if d.tail {
			cutAt = offs[i]
			break
		}
	}
	if res.truncated > 0 && !slices.ContainsFunc(issues, func(is Issue) bool { return is.Code == InvalidUTF8 }) &&
		!utf8.ValidString(s) {
		issues = append(issues, Issue{Code: InvalidUTF8, Offset: cutAt, Rune: utf8.RuneError})
	}
	if tooLong.Code != 0 {
		issues = append(issues, tooLong)
	}
	res.errors += len(issues)
	if tooLong.Code != 0 {
		res.errors-- // counted above
	}
	if len(issues) > 0 {
		res.first = issues[0]
		for _, is := range issues[1:] {
			if is.Offset < res.first.Offset {
				res.first = is
			}
		}
	}
	return res
}

// naiveSpecialIndex is the index of the first byte of b that special marks
// (naiveSpecial, internal_test.go), or len(b).
func naiveSpecialIndex(b []byte, extra byte) int {
	for i, c := range b {
		if naiveSpecial(c, extra) {
			return i
		}
	}
	return len(b)
}

// FuzzSplit checks the engine's counting, greedy split and billing against
// a one-rune-at-a-time reference on fuzz rules chosen by cfg (see
// fuzzRules), the word scanner (special, special0, plainBlocks) against a
// byte loop,
// and decode against utf8.DecodeRune at every offset.
func FuzzSplit(f *testing.F) {
	files, err := vectors.All()
	if err != nil {
		f.Fatal(err)
	}
	n := 0
	for _, file := range files {
		for _, v := range file.Tests {
			f.Add(string(v.Input), byte(n))
			n++
		}
	}
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa{", byte(cfgBilling1))
	f.Add("abc\"def\"ghi\"jkl\"mno", byte(cfgQuote|cfgCheapest))
	f.Fuzz(func(t *testing.T, s string, cfg byte) {
		if len(s) > 1024 {
			s = s[:1024]
		}
		rl, opt := fuzzRules(cfg)
		checkSplit(t, rl, &opt, s, cfg)
		checkScan(t, s, cfg)
	})
}

func checkSplit(t *testing.T, rl *Rules, opt *Options, s string, cfg byte) {
	res := Analyze(rl, opt, s)
	if len(s) == 0 {
		if res.FirstError.Code != Empty || res.Scheme != -1 {
			t.Fatalf("cfg %#x: empty text gives %+v", cfg, res)
		}
		return
	}
	if rb := Analyze(rl, opt, []byte(s)); !reflect.DeepEqual(rb, res) {
		t.Fatalf("cfg %#x input %q: []byte twin gives %+v; string %+v", cfg, s, rb, res)
	}
	want := refAnalyze(rl, *opt, s)
	got := refResult{scheme: res.Scheme, units: res.Units, runes: res.Runes, segments: res.Segments,
		remaining: res.Remaining, truncated: res.Truncated, errors: res.Errors, warnings: res.Warnings,
		text: string(AppendText(nil, rl, opt, &res, s)), parts: AppendParts(nil, rl, opt, &res, s), first: res.FirstError}
	if !equalRef(got, want) {
		t.Fatalf("cfg %#x input %q:\n got %+v\nwant %+v", cfg, s, got, want)
	}
	if res.Parts != len(want.parts) || res.TextLen != len(want.text) {
		t.Fatalf("cfg %#x input %q: Parts %d TextLen %d; want %d %d", cfg, s, res.Parts, res.TextLen, len(want.parts), len(want.text))
	}
	// AnalyzeParts gives the same result and appends the same parts after
	// what dst holds.
	prefix := []Part{{Start: -1, End: -2, Units: -3}}
	var sunk Result
	if got := AnalyzeParts(slices.Clip(prefix), &sunk, rl, opt, s); !reflect.DeepEqual(sunk, res) || !slices.Equal(got[:1], prefix) || !slices.Equal(got[1:], want.parts) {
		t.Fatalf("cfg %#x input %q: AnalyzeParts gives %v, %+v; want %v, %+v", cfg, s, got, sunk, want.parts, res)
	}
	// The issues walk agrees with the counts.
	nErr, nWarn := 0, 0
	var first Issue
	WalkIssues(rl, opt, &res, s, nil, func(is Issue) bool {
		if is.Code.IsWarning() {
			nWarn++
		} else {
			if nErr == 0 {
				first = is
			}
			nErr++
		}
		return true
	})
	if nErr != res.Errors || nWarn != res.Warnings || first != res.FirstError {
		t.Fatalf("cfg %#x input %q: walk %d errors (first %+v), %d warnings; counted %d (%+v), %d", cfg, s, nErr, first, nWarn, res.Errors, res.FirstError, res.Warnings)
	}
	// The parts walk agrees with the counting pass.
	slow := res
	slow.Parts, slow.AllPlain = MaxBounds+2, false
	if res.Parts > 1 {
		if walked := AppendParts(nil, rl, opt, &slow, s); !slices.Equal(walked, want.parts) {
			t.Fatalf("cfg %#x input %q: walked parts %v; want %v", cfg, s, walked, want.parts)
		}
	}
}

func equalRef(a, b refResult) bool {
	return a.scheme == b.scheme && a.units == b.units && a.runes == b.runes && a.segments == b.segments &&
		a.remaining == b.remaining && a.truncated == b.truncated && a.errors == b.errors && a.warnings == b.warnings &&
		a.text == b.text && slices.Equal(a.parts, b.parts) && a.first == b.first
}

func checkScan(t *testing.T, s string, cfg byte) {
	b := []byte(s)
	// The word scanner: the lowest marked byte is exact, for no extra
	// byte, for '"' and for a byte chosen by cfg.
	for _, extra := range []byte{0, '"', cfg} {
		x := uint64(extra) * lsb
		for i := 0; i+8 <= len(b); i++ {
			m := special(load64(s, i), x)
			got := 8
			if m != 0 {
				got = bits.TrailingZeros64(m) >> 3
			}
			if want := naiveSpecialIndex(b[i:i+8], extra); got != want {
				t.Fatalf("special(% x, extra %#x): first marked byte %d; want %d", b[i:i+8], extra, got, want)
			}
			if extra == 0 {
				if m0 := special0(load64(b, i)); m0 != m {
					t.Fatalf("special0(% x) = %#x; special(..., 0) = %#x", b[i:i+8], m0, m)
				}
			}
		}
		// plainBlocks stops before the first 32-byte block holding a
		// marked byte, or before end. next[i] is the first marked byte
		// at or after i.
		next := make([]int, len(b)+1)
		next[len(b)] = len(b)
		for i := len(b) - 1; i >= 0; i-- {
			next[i] = next[i+1]
			if naiveSpecial(b[i], extra) {
				next[i] = i
			}
		}
		for i := 0; i < len(b); i++ {
			for _, end := range []int{len(b), len(b) - 1, i + 40} {
				end = min(end, len(b))
				want := i
				for want+32 <= end && next[want] >= want+32 {
					want += 32
				}
				if got := plainBlocks(s, i, end, x); got != want {
					t.Fatalf("plainBlocks(%q, %d, %d, extra %#x) = %d; want %d", s, i, end, extra, got, want)
				}
				if got := plainBlocks(b, i, end, x); got != want {
					t.Fatalf("plainBlocks([]byte %q, %d, %d, extra %#x) = %d; want %d", s, i, end, extra, got, want)
				}
			}
		}
	}
	// skipRunes lands where a rune-by-rune walk does, from every rune
	// start of a valid text.
	if utf8.ValidString(s) {
		var starts []int // starts[j]: offset of rune j
		for i := range s {
			starts = append(starts, i)
		}
		for j, i := range starts {
			for _, k := range []int{0, 1, 2, 7, 8, 9, 31, 32, 33, 67, 153, len(s)} {
				want, passed := len(s), len(starts)-j
				if j+k < len(starts) {
					want, passed = starts[j+k], k
				}
				if got, n := skipRunes(s, i, k); got != want || n != passed {
					t.Fatalf("skipRunes(%q, %d, %d) = %d, %d; want %d, %d", s, i, k, got, n, want, passed)
				}
				if got, n := skipRunes(b, i, k); got != want || n != passed {
					t.Fatalf("skipRunes([]byte %q, %d, %d) = %d, %d; want %d, %d", s, i, k, got, n, want, passed)
				}
			}
		}
	}
	// decode reads every offset (continuation bytes included) as
	// utf8.DecodeRune does, for both twins.
	for i := range b {
		wr, ws := utf8.DecodeRune(b[i:])
		gr, gs := decode(b, i)
		sr, ss := decode(s, i)
		if gr != wr || gs != ws || sr != wr || ss != ws {
			t.Fatalf("decode(% x): []byte (%U, %d), string (%U, %d); want (%U, %d)", b[i:min(i+4, len(b))], gr, gs, sr, ss, wr, ws)
		}
	}
}

// plainBlocks is the block scan as countInput calls it.
func plainBlocks[T text](s T, i, end int, extra uint64) int {
	if extra == 0 {
		return plainBlocks0(s, i, end, c20, c5B, c61, c7B)
	}
	return plainBlocksX(s, i, end, c20, c5B, c61, c7B, extra)
}
