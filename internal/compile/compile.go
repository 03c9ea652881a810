// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package compile turns a profile description (package segment) into the
// engine's tables (engine.Rules): the per-rune unit words, the substitution
// table, the capacities from the header layout, and the speed hints the
// engine relies on — plain bytes, dominance and extension between schemes —
// derived here, never written by hand. The built-in profiles are compiled
// by the generator of package builtin; LoadProfile compiles at run time
// with the same code.
package compile

import (
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/smsseg/smsseg/gsm7"
	"github.com/smsseg/smsseg/internal/engine"
	"github.com/smsseg/smsseg/segment"
)

func errf(path, format string, a ...any) error {
	return &segment.Error{Path: path, Msg: fmt.Sprintf(format, a...)}
}

// unitsFunc returns what a rune costs in one scheme: 0 (cannot carry), 1
// or 2.
type unitsFunc func(r rune) int

var lockingTables = [...]gsm7.Table{0: gsm7.Default, 1: gsm7.TurkishLocking}
var shiftTables = [...]gsm7.Table{0: gsm7.DefaultExtension, 1: gsm7.TurkishSingleShift}

func schemeUnits(sc *segment.Scheme) unitsFunc {
	a := sc.Alphabet
	var base unitsFunc
	switch {
	case a.GSM7 != nil:
		al := gsm7.Alphabet{Locking: lockingTables[a.GSM7.Locking], Shift: shiftTables[a.GSM7.Single]}
		base = al.Septets
	case a.UCS2 != nil:
		base = func(r rune) int {
			if r >= 0x10000 {
				return 2
			}
			return 1
		}
	default:
		one, two := map[rune]bool{}, map[rune]bool{}
		for _, r := range a.Table.One {
			one[r] = true
		}
		for _, r := range a.Table.Two {
			two[r] = true
		}
		base = func(r rune) int {
			switch {
			case one[r]:
				return 1
			case two[r]:
				return 2
			}
			return 0
		}
	}
	if len(a.Units) == 0 {
		return base
	}
	over := map[rune]int{}
	for k, v := range a.Units {
		r := []rune(k)[0]
		over[r] = v
	}
	return func(r rune) int {
		if v, ok := over[r]; ok {
			return v
		}
		return base(r)
	}
}

// candidates returns the runes from U+0800 whose units may differ from
// their class (BMP or astral) in some scheme: the GSM tables' runes, the
// vendor tables' and the overrides'.
func candidates(d *segment.Description) []rune {
	set := map[rune]bool{}
	for t := gsm7.Table(0); t < 4; t++ {
		for s := byte(0); s < 0x80; s++ {
			if r, ok := t.Decode(s); ok && r >= 0x800 {
				set[r] = true
			}
		}
	}
	for _, sc := range d.Schemes {
		if t := sc.Alphabet.Table; t != nil {
			for _, r := range t.One + t.Two {
				set[r] = true
			}
		}
		for k := range sc.Alphabet.Units {
			set[[]rune(k)[0]] = true
		}
	}
	var rs []rune
	for r := range set {
		if r >= 0x800 {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return rs
}

// Compile validates d and builds its tables.
func Compile(d segment.Description) (*engine.Rules, error) {
	d = d.Clone()
	if err := d.Validate(); err != nil {
		return nil, err
	}
	n := len(d.Schemes)
	units := make([]unitsFunc, n)
	for i := range d.Schemes {
		units[i] = schemeUnits(&d.Schemes[i])
	}
	info := func(r rune) uint16 {
		var in uint16
		for i, f := range units {
			in |= uint16(f(r)) << (2 * i)
		}
		return in
	}
	rl := &engine.Rules{Name: d.Name, Title: d.Title}
	var tab [0x800]uint16
	for r := range tab {
		tab[r] = info(rune(r))
	}
	rl.Info = &tab
	rl.BMP, rl.Astral = info(0x4E00), info(0x1F600) // no table lists either: each stands for its class
	for _, r := range candidates(&d) {
		def := rl.BMP
		if r >= 0x10000 {
			def = rl.Astral
		}
		if in := info(r); in != def {
			rl.Hi = append(rl.Hi, engine.RuneInfo{Rune: r, Info: in})
		}
	}
	for i := 0; i < n; i++ {
		rl.Plain |= 1 << (2 * i)
	}

	switch d.Choice {
	case "cheapest":
		rl.Choice = engine.Cheapest
	}
	switch d.Billing {
	case "ceil":
		rl.Billing = engine.Ceil
	case "table":
		rl.Billing = engine.Ranges
	}
	switch d.OverMax {
	case "error":
		rl.OverMax = engine.MaxError
	case "truncate":
		rl.OverMax = engine.MaxTruncate
	}
	if d.Wire == "oztek-pipe" {
		rl.Wire = engine.WirePipe
	}
	for i := range d.Schemes {
		rl.Schemes = append(rl.Schemes, scheme(&d.Schemes[i]))
	}
	if err := lastCarriesAll(rl, n); err != nil {
		return nil, err
	}
	if d.Substitute != nil {
		rl.Subst = subst(d.Substitute)
		if rl.OverMax == engine.MaxTruncate {
			if err := substCarried(rl, n); err != nil {
				return nil, err
			}
		}
	}
	for i, sf := range d.Suffixes {
		for off, r := range sf.Text {
			if !rl.Carries(r) {
				return nil, errf("suffixes["+strconv.Itoa(i)+"].text", "%q (U+%04X) at byte %d is carried by no scheme of the profile", r, r, off)
			}
		}
		rl.Suffixes = append(rl.Suffixes, engine.Suffix{Name: sf.Name, Text: sf.Text})
	}
	for _, p := range d.Params {
		rl.Params = append(rl.Params, param(&d, p))
	}
	deriveSWAR(rl)
	deriveDominance(rl)
	return rl, nil
}

// scheme builds one compiled scheme, with the capacities of the header
// layout when the description gives none (TS 23.040 9.2.3.24: 1 octet of
// header length, 5 for an 8-bit concatenation element or 6 for a 16-bit
// one, 3 per national language shift element).
func scheme(sc *segment.Scheme) engine.Scheme {
	out := engine.Scheme{ID: sc.ID, Max: sc.Max, Ranges: slices.Clone(sc.Ranges)}
	switch sc.Class {
	case "turkish":
		out.Class = engine.ClassTurkish
	case "ucs2":
		out.Class = engine.ClassUCS2
	}
	a := sc.Alphabet
	ies := 0
	switch {
	case a.GSM7 != nil:
		out.Coding = engine.GSM7
		out.Locking, out.SingleShift = uint8(a.GSM7.Locking), uint8(a.GSM7.Single)
		if a.GSM7.Locking != 0 {
			out.Shift = engine.Locking
			ies++
		} else if a.GSM7.Single != 0 {
			out.Shift = engine.Single
			ies++
		}
	case a.UCS2 != nil:
		out.Coding = engine.UCS2
	default:
		out.Coding = engine.VendorTable
	}
	if c := sc.Capacity; c != nil {
		out.Single, out.Multi, out.Multi16 = c.Single, c.Multi, c.Multi
		return out
	}
	capOf := engine.Septets
	if a.UCS2 != nil {
		capOf = engine.UCS2Units
	}
	single := 0
	if ies > 0 {
		single = 1 + 3*ies
	}
	out.Single, out.Multi, out.Multi16 = capOf(single), capOf(1+5+3*ies), capOf(1+6+3*ies)
	return out
}

// forInfo calls f with every distinct info word class: each rune below
// U+0800, the Hi runes, and the BMP and astral words.
func forInfo(rl *engine.Rules, f func(r rune, in uint16)) {
	for r, in := range rl.Info {
		f(rune(r), in)
	}
	for _, h := range rl.Hi {
		f(h.Rune, h.Info)
	}
	f(0x4E00, rl.BMP)
	f(0x1F600, rl.Astral)
}

func lastCarriesAll(rl *engine.Rules, n int) error {
	last := 2 * (n - 1)
	var bad rune = -1
	forInfo(rl, func(r rune, in uint16) {
		if bad < 0 && in != 0 && (in>>last)&3 == 0 {
			bad = r
		}
	})
	if bad >= 0 {
		return errf("schemes["+strconv.Itoa(n-1)+"].alphabet",
			"the last scheme must carry every rune the others carry, so that every text has a scheme; it cannot carry %q (U+%04X)", bad, bad)
	}
	return nil
}

func subst(sd *segment.Substitution) *engine.Subst {
	m := map[rune]rune{}
	for k, v := range sd.Map {
		m[[]rune(k)[0]] = []rune(v)[0]
	}
	keep := map[rune]bool{}
	for _, r := range sd.Keep {
		keep[r] = true
	}
	others := rune(-1)
	if sd.Others != nil {
		others = []rune(*sd.Others)[0]
	}
	apply := func(r rune) rune {
		if t, ok := m[r]; ok {
			r = t
		}
		if others >= 0 && !keep[r] {
			return others
		}
		return r
	}
	var lo [0x800]rune
	for r := range lo {
		lo[r] = apply(rune(r))
	}
	st := &engine.Subst{Lo: &lo, Others: others}
	// Runes from U+0800 that do not simply become Others.
	hi := map[rune]rune{}
	for r := range m {
		if r >= 0x800 {
			hi[r] = apply(r)
		}
	}
	for r := range keep {
		if r >= 0x800 {
			hi[r] = apply(r)
		}
	}
	for r, t := range hi {
		if others < 0 && t == r {
			continue
		}
		st.Hi = append(st.Hi, engine.RuneMap{From: r, To: t})
	}
	sort.Slice(st.Hi, func(i, j int) bool { return st.Hi[i].From < st.Hi[j].From })
	if st.Hi == nil {
		st.Hi = []engine.RuneMap{}
	}
	return st
}

// substCarried checks that a truncating profile delivers only runes its
// last scheme carries (so truncation never meets an unknown rune).
func substCarried(rl *engine.Rules, n int) error {
	carried := func(r rune) bool { return rl.Units(n-1, r) != 0 }
	for r, t := range rl.Subst.Lo {
		if !carried(t) {
			return errf("substitute", "%q (U+%04X) is delivered as %q, which the last scheme cannot carry", rune(r), r, t)
		}
	}
	for _, h := range rl.Subst.Hi {
		if !carried(h.To) {
			return errf("substitute", "%q is delivered as %q, which the last scheme cannot carry", h.From, h.To)
		}
	}
	if !carried(rl.Subst.Others) {
		return errf("substitute.others", "%q cannot be carried by the last scheme", rl.Subst.Others)
	}
	return nil
}

func value(v segment.Value) engine.Value {
	switch {
	case v.Int != nil:
		return engine.Value{Kind: engine.Int, Int: *v.Int}
	case v.Bool != nil:
		return engine.Value{Kind: engine.Bool, Bool: *v.Bool}
	case v.Str != nil:
		return engine.Value{Kind: engine.String, Str: *v.Str}
	}
	return engine.Value{}
}

func param(d *segment.Description, p segment.Param) engine.Param {
	out := engine.Param{Key: p.Key}
	get := func(k string) engine.Value {
		v, _ := segment.ParseValue(p.Values[k])
		return value(v)
	}
	switch p.By {
	case "segments":
		out.By = engine.BySegments
		out.Values = []engine.Value{get("one"), get("more")}
	case "suffix":
		out.By = engine.BySuffix
		out.Suffix = slices.IndexFunc(d.Suffixes, func(s segment.Suffix) bool { return s.Name == p.Suffix })
	default:
		out.By = engine.ByScheme
		for _, sc := range d.Schemes {
			out.Values = append(out.Values, get(sc.ID))
		}
	}
	return out
}

// special0Byte reports whether the word scanner always stops at b.
func special0Byte(b byte) bool {
	return b < 0x20 || b >= 0x7B || (b >= 0x5B && b <= 0x60)
}

// deriveSWAR finds the printable ASCII bytes outside the scanner's fixed set
// that are not plain (cost other than 1 somewhere, or the vendor changes
// them): none, one (SWARExtra) or more (NoSWAR).
func deriveSWAR(rl *engine.Rules) {
	var extra []byte
	for b := 0x20; b < 0x7F; b++ {
		if special0Byte(byte(b)) {
			continue
		}
		changed := rl.Subst != nil && rl.Subst.Lo[b] != rune(b)
		if rl.Info[b] != rl.Plain || changed {
			extra = append(extra, byte(b))
		}
	}
	switch len(extra) {
	case 0:
	case 1:
		rl.SWARExtra = extra[0]
	default:
		rl.NoSWAR = true
	}
}

// deriveDominance sets Dominators (cheapest choice only) and Extends from
// the tables, by sufficient conditions proven in the comments.
func deriveDominance(rl *engine.Rules) {
	n := len(rl.Schemes)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			if i != j && extends(rl, j, i) {
				rl.Extends[j] |= 1 << i
			}
			if rl.Choice == engine.Cheapest && i < j && dominates(rl, i, j) {
				rl.Dominators[j] |= 1 << i
			}
		}
	}
}

// dominates reports whether scheme i, earlier than j, never loses to j on a
// text both carry (greedy billing, no maximum), by one of two sufficient
// conditions:
//
//   - every rune both carry costs no more in i than in j, and i's
//     capacities are at least j's: the greedy split is monotone in the rune
//     costs, so j needs at least as many parts;
//   - every rune costs at most 2 in i and at least 1 in j, i's single
//     capacity is at least twice j's and half of i's part capacity at least
//     j's: so a GSM 7-bit scheme always beats or ties UCS-2 (155 ≥ 2·70,
//     74 ≥ 67).
func dominates(rl *engine.Rules, i, j int) bool {
	if rl.Billing != engine.Greedy || rl.OverMax != engine.NoMax {
		return false
	}
	si, sj := rl.Schemes[i], rl.Schemes[j]
	pointwise := si.Single >= sj.Single && si.Multi >= sj.Multi && si.Multi16 >= sj.Multi16
	halves := si.Single >= 2*sj.Single && si.Multi/2 >= sj.Multi && si.Multi16/2 >= sj.Multi16
	forInfo(rl, func(_ rune, in uint16) {
		ui, uj := int(in>>(2*i))&3, int(in>>(2*j))&3
		if ui == 0 || uj == 0 {
			return // a text with this rune rules one of them out
		}
		if ui > uj {
			pointwise = false
		}
		if ui > 2 {
			halves = false
		}
	})
	return pointwise || halves
}

// extends reports whether scheme j costs what scheme i costs on every rune
// i carries.
func extends(rl *engine.Rules, j, i int) bool {
	ok := true
	forInfo(rl, func(_ rune, in uint16) {
		ui, uj := int(in>>(2*i))&3, int(in>>(2*j))&3
		if ui != 0 && uj != ui {
			ok = false
		}
	})
	return ok
}
