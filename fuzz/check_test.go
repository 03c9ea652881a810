// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package fuzz

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
	segment "github.com/smsseg/smsseg/internal/engine"
	"github.com/smsseg/smsseg/internal/naive"
)

// A combo is a profile with user options, and the same options for the
// reference.
type combo struct {
	vendor string
	p      smsseg.Profile
	opt    naive.Options
}

func (c combo) String() string {
	s := c.vendor
	if c.opt.ASCII {
		s += " -ascii"
	}
	if c.opt.Smart {
		s += " -smart"
	}
	if c.opt.Link || c.opt.Phone {
		s += " -optout"
		if c.opt.Link {
			s += " link"
		}
		if c.opt.Phone {
			s += " phone"
		}
	}
	return s
}

// plain returns c without options and suffixes.
func (c combo) plain() combo {
	p, _ := smsseg.Lookup(c.vendor)
	return combo{vendor: c.vendor, p: p}
}

// makeCombo builds a combo; it panics on a bad vendor.
func makeCombo(vendor string, opt naive.Options) combo {
	p, ok := smsseg.Lookup(vendor)
	if !ok {
		panic("no profile " + vendor)
	}
	p = p.WithASCII(opt.ASCII).WithSmart(opt.Smart)
	var o smsseg.OptOut
	if opt.Link {
		o |= smsseg.OptOutLink
	}
	if opt.Phone {
		o |= smsseg.OptOutPhone
	}
	p, err := p.WithOptOut(o)
	if err != nil {
		panic(err)
	}
	return combo{vendor, p, opt}
}

// Option bits of the fuzz targets' second argument.
const (
	optASCII = 1 << iota
	optSmart
	optLink  // esemes only
	optPhone // esemes only
	numOpts  = 1 << 4
)

// optionsOf decodes the option bits (higher bits are ignored).
func optionsOf(bits byte) naive.Options {
	return naive.Options{ASCII: bits&optASCII != 0, Smart: bits&optSmart != 0, Link: bits&optLink != 0, Phone: bits&optPhone != 0}
}

// optionBits encodes a vector's options.
func optionBits(o naive.Options) byte {
	var b byte
	for i, on := range []bool{o.ASCII, o.Smart, o.Link, o.Phone} {
		if on {
			b |= 1 << i
		}
	}
	return b
}

// combosByOpts[bits] holds every profile with the options of bits; the
// opt-out bits apply to esemes only.
var combosByOpts = func() (cs [numOpts][]combo) {
	for bits := range cs {
		for _, p := range smsseg.Profiles() {
			opt := optionsOf(byte(bits))
			if p.Name() != "esemes" {
				opt.Link, opt.Phone = false, false
			}
			cs[bits] = append(cs[bits], makeCombo(p.Name(), opt))
		}
	}
	return cs
}()

// combosFor returns every profile with the options of bits.
func combosFor(bits byte) []combo { return combosByOpts[bits%numOpts] }

// greedyBilled reports whether the profile bills the parts of the greedy
// split (SPEC 3.1–3.4), so that segments == len(parts).
func greedyBilled(vendor string) bool {
	switch vendor {
	case "gsm", "nodeapi", "kobikom", "esemes":
		return true
	}
	return false
}

// checker reports a failure of one combo on one input.
type checker struct {
	t    testing.TB
	c    combo
	text string
}

func (k *checker) fatalf(format string, args ...any) {
	k.t.Helper()
	k.t.Fatalf("%s, input %q: %s", k.c, k.text, fmt.Sprintf(format, args...))
}

func eq[T comparable](k *checker, what string, got, want T) {
	if got != want {
		k.t.Helper()
		k.fatalf("%s: got %v; want %v", what, got, want)
	}
}

func eqRune(k *checker, what string, got, want rune) {
	if got != want {
		k.t.Helper()
		k.fatalf("%s: got %q (%U); want %q (%U)", what, got, got, want, want)
	}
}

func eqSlice[T comparable](k *checker, what string, got, want []T) {
	k.t.Helper()
	if len(got) != len(want) {
		k.fatalf("%s: got %v; want %v", what, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			k.fatalf("%s [%d]: got %v; want %v (all: got %v; want %v)", what, i, got[i], want[i], got, want)
		}
	}
}

var recipientCounts = []int64{1, 3, 1000, 1 << 40}

// check analyses text under c and holds the result to the reference and to
// the invariants of SPEC 1, 3 and 4. It returns the engine's result.
func check(t testing.TB, c combo, text string) smsseg.Result {
	t.Helper()
	k := &checker{t, c, text}
	p := c.p
	r := p.Analyze(text)
	if rb := p.AnalyzeBytes([]byte(text)); !reflect.DeepEqual(r, rb) {
		k.fatalf("AnalyzeBytes differs: got %+v; want %+v", rb, r)
	}
	if r2 := p.Analyze(text); !reflect.DeepEqual(r, r2) {
		k.fatalf("not deterministic: got %+v; want %+v", r2, r)
	}
	want, err := naive.Analyze(c.vendor, c.opt, text)
	if err != nil {
		k.fatalf("reference: %v", err)
	}

	// Field by field against the reference.
	eq(k, "encoding", r.Encoding.String(), want.Encoding)
	eq(k, "shift", r.Shift.String(), want.Shift)
	eq(k, "scheme", r.Scheme(), want.Scheme)
	eq(k, "units", r.Units, want.Units)
	eq(k, "runes", r.Runes, want.Runes)
	eq(k, "segments", r.Segments, want.Segments)
	eq(k, "remaining", r.Remaining, want.Remaining)
	eq(k, "truncated", r.Truncated, want.Truncated)
	delivered := string(p.AppendTextOf(nil, &r, text))
	eq(k, "text", delivered, want.Text)
	eq(k, "AppendText", string(p.AppendText(nil, text)), delivered)
	eq(k, "TextLen", r.TextLen, len(delivered))
	wire := string(p.AppendWireOf(nil, &r, text))
	eq(k, "wire", wire, want.Wire)
	eq(k, "AppendWire", string(p.AppendWire(nil, text)), wire)
	eq(k, "params", r.Params.String(), want.Params)

	parts := p.AppendPartsOf(nil, &r, text)
	eqSlice(k, "AppendParts", p.AppendParts(nil, text), parts)
	var gotParts []naive.Part
	for _, pt := range parts {
		gotParts = append(gotParts, naive.Part{Start: pt.Start, End: pt.End, Units: pt.Units})
	}
	eqSlice(k, "parts", gotParts, want.Parts)
	eq(k, "Parts", r.Parts, len(want.Parts))

	issues := p.AppendIssuesOf(nil, &r, text)
	eqSlice(k, "AppendIssues", p.AppendIssues(nil, text), issues)
	var gotErr, gotWarn []naive.Issue
	var firstErr smsseg.Issue
	for _, is := range issues {
		x := naive.Issue{Code: is.Code.String(), Offset: is.Offset}
		if is.Code.IsWarning() {
			gotWarn = append(gotWarn, x)
			continue
		}
		if len(gotErr) == 0 {
			firstErr = is
		}
		gotErr = append(gotErr, x)
	}
	eqSlice(k, "errors", gotErr, want.Errors)
	eqSlice(k, "warnings", gotWarn, want.Warnings)
	for _, is := range issues {
		var at rune
		if is.Offset < len(delivered) {
			at, _ = utf8.DecodeRuneInString(delivered[is.Offset:])
		}
		switch is.Code {
		case smsseg.InvalidUTF8:
			eqRune(k, "AppendIssues: invalid_utf8 rune", is.Rune, utf8.RuneError)
		case smsseg.Empty:
			eqRune(k, "AppendIssues: empty rune", is.Rune, 0)
		default:
			eqRune(k, "AppendIssues: "+is.Code.String()+" rune", is.Rune, at)
		}
	}
	eq(k, "Errors", r.Errors, len(want.Errors))
	eq(k, "Warnings", r.Warnings, len(want.Warnings))
	eq(k, "FirstError = first error of AppendIssues", r.FirstError, firstErr)
	eq(k, "OK", r.OK(), len(want.Errors) == 0)
	eq(k, "Forced", r.Forced, segment.Cause{Rune: want.Forced, Offset: want.ForcedOffset})

	// Invariants that do not need the reference.
	if !utf8.ValidString(delivered) {
		k.fatalf("delivered text is not valid UTF-8: %q", delivered)
	}
	if r.Remaining < 0 {
		k.fatalf("remaining %d < 0", r.Remaining)
	}
	for _, n := range recipientCounts {
		got, ok := r.Credits(n)
		eq(k, "credits ok", ok, true)
		eq(k, "credits", got, int64(r.Segments)*n)
	}
	if _, ok := r.Credits(0); ok {
		k.fatalf("Credits(0) accepted")
	}
	if r.Scheme() < 0 {
		eq(k, "empty: units", r.Units, 0)
		eq(k, "empty: parts", len(parts), 0)
		eq(k, "empty: segments", r.Segments, 0)
		return r
	}
	sc := p.Schemes()[r.Scheme()]
	eq(k, "scheme encoding", sc.Encoding, r.Encoding)
	eq(k, "scheme shift", sc.Shift, r.Shift)
	capacity := sc.Single
	if len(parts) > 1 {
		capacity = sc.Multi
	}
	if greedyBilled(c.vendor) {
		eq(k, "segments == len(parts)", r.Segments, len(parts))
	}
	// Parts tile the text at rune boundaries (so never inside an ESC pair
	// or a surrogate pair), within capacity, and their units add up.
	end, units := 0, 0
	var concat strings.Builder
	for i, pt := range parts {
		if pt.Start != end {
			k.fatalf("part %d starts at %d; previous ends at %d", i, pt.Start, end)
		}
		if pt.End < pt.Start || pt.End > len(delivered) {
			k.fatalf("part %d: bad range %v", i, pt)
		}
		if pt.Start < len(delivered) && !utf8.RuneStart(delivered[pt.Start]) {
			k.fatalf("part %d starts inside a rune", i)
		}
		if pt.Units > capacity {
			k.fatalf("part %d holds %d units, capacity %d", i, pt.Units, capacity)
		}
		u := 0
		for _, c := range delivered[pt.Start:pt.End] {
			n := p.RuneUnits(r.Scheme(), c)
			if n == 0 {
				for s := range p.Schemes() {
					if p.RuneUnits(s, c) != 0 {
						k.fatalf("chosen scheme cannot carry %q, which scheme %d carries", c, s)
					}
				}
				n = 1 // unknown to the profile
			}
			u += n
		}
		if pt.Units != u {
			k.fatalf("part %d holds %d units; its runes' RuneUnits add up to %d", i, pt.Units, u)
		}
		units += u
		end = pt.End
		concat.WriteString(delivered[pt.Start:pt.End])
	}
	eq(k, "parts end", end, len(delivered))
	eq(k, "parts concatenated", concat.String(), delivered)
	eq(k, "units = sum of RuneUnits", r.Units, units)
	if c.vendor == "gsm" {
		// The cheapest qualifying candidate, ties to the earlier.
		for j, cand := range want.Candidates {
			if !cand.Qualifies {
				if j == r.Scheme() {
					k.fatalf("chose candidate %d, which does not qualify", j)
				}
				continue
			}
			if cand.Segments < r.Segments || (j < r.Scheme() && cand.Segments == r.Segments) {
				k.fatalf("candidate %d (%s/%s) needs %d segments; chosen %d needs %d",
					j, cand.Encoding, cand.Shift, cand.Segments, r.Scheme(), r.Segments)
			}
		}
	}
	return r
}
