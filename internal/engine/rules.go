// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"errors"
	"strconv"
)

// Rules is one profile as data: the schemes it may choose, how it chooses,
// the units every rune costs under each scheme, how it bills and what it does
// past its maximum. A vendor is a Rules value; see the root package for the
// six that ship.
//
// Units are looked up, never computed: Info holds, for every rune below
// U+0800, two bits per scheme (bits 2i and 2i+1 for Schemes[i]) giving the
// units the rune costs in that scheme, 0 meaning the scheme cannot carry it.
// Euro, BMP and Astral give the same for U+20AC, for every other rune below
// U+10000 and for every rune above. A rune whose info is 0 in every scheme is
// unknown to the profile: it is an UnknownChar error, costs 1 unit and is
// ignored when choosing the scheme.
type Rules struct {
	Name    string
	Schemes []Scheme
	Choice  Choice
	// Dominators, for Choice == Cheapest, has bit i in Dominators[j] when
	// scheme j can never be cheaper than scheme i on a text both carry
	// (ties go to the earlier): while i qualifies, j is not counted. With
	// FirstQualifying every earlier scheme dominates. Validate checks each
	// claim (see there).
	Dominators [MaxSchemes]uint8
	// Extends has bit i in Extends[j] when scheme j costs exactly what
	// scheme i costs on every rune i carries (j only adds runes, as the
	// Turkish single shift adds to the default alphabet). It lets the engine
	// skip the rescan of a prefix that cost 1 per rune in i. Validate
	// checks each claim.
	Extends [MaxSchemes]uint8
	Info    *[0x800]uint8
	Euro    uint8
	BMP     uint8
	Astral  uint8

	// Plain is the info value of a rune that costs 1 unit in every scheme
	// (Info[b] == Plain for such ASCII bytes). SWARExtra is the one printable
	// ASCII byte outside [\]^_`{|}~ that is not plain (0 if none): the
	// word-at-a-time scanner checks it besides the fixed set.
	Plain     uint8
	SWARExtra byte

	Subst Subst
	Wire  Wire

	Billing Billing
	// Ranges, for Billing == Ranges, holds per scheme the inclusive upper
	// bound of units for 1, 2, ... segments.
	Ranges [MaxSchemes][]int

	OverMax OverMax
	Max     [MaxSchemes]int // per scheme, when OverMax != NoMax

	// Suffixes are vendor texts a caller may append (esemes opt-out), each
	// preceded by one space.
	Suffixes []string

	Params []ParamSpec
}

// ParamBy says what a vendor parameter's value depends on.
type ParamBy uint8

const (
	// ByEncoding: Values[Encoding].
	ByEncoding ParamBy = iota
	// BySegments: Values[0] for one segment, Values[1] for more.
	BySegments
)

// A ParamSpec defines one vendor request parameter derived from the analysis,
// such as Öztek's "tur" or Kobikom's "type".
type ParamSpec struct {
	Key    string
	By     ParamBy
	Values [3]Value
}

// A Value is a vendor parameter value: a string or an integer.
type Value struct {
	Str   string
	Int   int
	IsInt bool
}

// AppendJSON appends v as JSON.
func (v Value) AppendJSON(dst []byte) []byte {
	if v.IsInt {
		return strconv.AppendInt(dst, int64(v.Int), 10)
	}
	return appendJSONString(dst, v.Str)
}

// appendJSONString appends s as a JSON string (RFC 8259): quote, backslash
// and control bytes escaped, everything else as it is.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// Params are the vendor request parameters of an analysed text. They refer to
// the Rules' static data and allocate nothing.
type Params struct {
	specs    []ParamSpec
	enc      Encoding
	segments int
}

// MakeParams returns the parameters rl derives for a text of class enc billed
// in segments.
func MakeParams(rl *Rules, enc Encoding, segments int) Params {
	return Params{specs: rl.Params, enc: enc, segments: segments}
}

// Len returns the number of parameters.
func (p Params) Len() int { return len(p.specs) }

// At returns the i'th parameter, in the vendor's order.
func (p Params) At(i int) (key string, v Value) {
	s := &p.specs[i]
	switch s.By {
	case BySegments:
		if p.segments > 1 {
			return s.Key, s.Values[1]
		}
		return s.Key, s.Values[0]
	default:
		return s.Key, s.Values[p.enc]
	}
}

// Get returns the value of the parameter named key.
func (p Params) Get(key string) (Value, bool) {
	for i := range p.specs {
		if k, v := p.At(i); k == key {
			return v, true
		}
	}
	return Value{}, false
}

// AppendJSON appends the parameters as a JSON object, keys in vendor order.
func (p Params) AppendJSON(dst []byte) []byte {
	dst = append(dst, '{')
	for i := range p.specs {
		if i > 0 {
			dst = append(dst, ',')
		}
		k, v := p.At(i)
		dst = appendJSONString(dst, k)
		dst = append(dst, ':')
		dst = v.AppendJSON(dst)
	}
	return append(dst, '}')
}

// MarshalJSON implements json.Marshaler.
func (p Params) MarshalJSON() ([]byte, error) { return p.AppendJSON(nil), nil }

// String returns the parameters as JSON.
func (p Params) String() string { return string(p.AppendJSON(nil)) }

// Options are the caller's choices for one analysis (SPEC 5): ASCII
// transliteration, typographic folding and the vendor suffixes to append
// (bit i selects Rules.Suffixes[i]).
type Options struct {
	ASCII    bool
	Smart    bool
	Suffixes uint8
}

// Result is the analysis of one text: everything the segcalc JSON of SPEC 5
// holds except the materialised strings, part list and issue list (see
// AppendText, AppendParts, AppendIssues).
type Result struct {
	Encoding  Encoding
	Shift     Shift
	Units     int // units of the delivered text
	Runes     int // runes of the delivered text
	Segments  int // billed segments
	Parts     int // parts of the greedy split (may differ from Segments for vendor tables)
	Remaining int // units that still fit before the billed count grows
	Truncated int // runes dropped from the end (bisms)
	TextLen   int // byte length of the delivered text

	Errors     int   // number of errors
	Warnings   int   // number of warnings
	FirstError Issue // the first error by offset; Code 0 when Errors == 0

	// Forced is why the text is not in the first scheme (the normal class):
	// the first rune that scheme cannot carry and its byte offset in the
	// delivered text. Offset is -1 when the first scheme was chosen, or when
	// it could carry the text but a later scheme was cheaper (gsm: many €
	// under the Turkish locking table).
	Forced Cause

	Params Params

	scheme int8 // index of the chosen scheme; -1 for empty text
}

// A Cause is the rune that ruled a scheme out.
type Cause struct {
	Rune   rune
	Offset int // byte offset in the delivered text; -1 when none
}

// OK reports whether the text has no errors.
func (r *Result) OK() bool { return r.Errors == 0 }

// Scheme returns the index in Rules.Schemes of the chosen scheme, or -1 for
// an empty text.
func (r *Result) Scheme() int { return int(r.scheme) }

// Credits returns segments × recipients (SPEC 1), or ok false when recipients
// is not positive or the product overflows an int64.
func (r *Result) Credits(recipients int64) (credits int64, ok bool) {
	if recipients < 1 {
		return 0, false
	}
	s := int64(r.Segments)
	if s != 0 && recipients > (1<<63-1)/s {
		return 0, false
	}
	return s * recipients, true
}

// Validate checks the invariants the engine relies on and returns the first
// one rl breaks:
//   - 1 to MaxSchemes schemes, capacities 0 < Multi <= Single;
//   - every ASCII byte the word scanner passes over (see special) is plain:
//     it costs 1 unit in every scheme and no substitution changes it;
//   - the last scheme carries every rune any other scheme carries, so a
//     text always has a qualifying scheme;
//   - Ranges (Billing == Ranges) and Max (OverMax != NoMax) are set for
//     every scheme, and a profile that truncates carries every rune.
func (rl *Rules) Validate() error {
	n := len(rl.Schemes)
	if n == 0 || n > MaxSchemes || rl.Info == nil {
		return errors.New("segment: " + rl.Name + ": want 1 to 4 schemes and an Info table")
	}
	plain := uint8(0)
	for i, sc := range rl.Schemes {
		if sc.Multi <= 0 || sc.Multi > sc.Single {
			return errors.New("segment: " + rl.Name + ": bad capacities")
		}
		plain |= 1 << (2 * i)
		if rl.Billing == Ranges && len(rl.Ranges[i]) == 0 {
			return errors.New("segment: " + rl.Name + ": missing Ranges")
		}
		if rl.OverMax != NoMax && rl.Max[i] <= 0 {
			return errors.New("segment: " + rl.Name + ": missing Max")
		}
	}
	if rl.Plain != plain {
		return errors.New("segment: " + rl.Name + ": Plain must have 1 unit in every scheme")
	}
	extra := uint64(rl.SWARExtra) * lsb
	for b := 0; b < 0x80; b++ {
		if special(uint64(b), extra)&0xFF != 0 {
			continue
		}
		if rl.Info[b] != plain {
			return errors.New("segment: " + rl.Name + ": byte " + strconv.QuoteRune(rune(b)) + " is not plain; set SWARExtra")
		}
	}
	last := 2 * (n - 1)
	check := func(in uint8) bool { return in == 0 || (in>>last)&3 != 0 }
	for r := range rl.Info {
		if !check(rl.Info[r]) {
			return errors.New("segment: " + rl.Name + ": last scheme cannot carry " + strconv.QuoteRune(rune(r)))
		}
	}
	if !check(rl.Euro) || !check(rl.BMP) || !check(rl.Astral) {
		return errors.New("segment: " + rl.Name + ": last scheme cannot carry every rune")
	}
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			if rl.Dominators[j]&(1<<i) == 0 {
				continue
			}
			if rl.Choice != Cheapest || i >= j || !rl.dominates(i, j) {
				return errors.New("segment: " + rl.Name + ": scheme " + strconv.Itoa(i) + " does not dominate scheme " + strconv.Itoa(j))
			}
		}
	}
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			if rl.Extends[j]&(1<<i) != 0 && (i == j || !rl.extends(j, i)) {
				return errors.New("segment: " + rl.Name + ": scheme " + strconv.Itoa(j) + " does not extend scheme " + strconv.Itoa(i))
			}
		}
	}
	if rl.OverMax == MaxTruncate && rl.Subst == NoSubst {
		return errors.New("segment: " + rl.Name + ": a truncating profile must substitute every rune it cannot carry")
	}
	return nil
}

// dominates reports whether scheme i, earlier than j, is never beaten by j
// on a text both carry, by one of two sufficient conditions (Greedy billing):
//
//   - every rune both carry costs no more in i than in j, and i's
//     capacities are at least j's: the greedy split is monotone in the
//     rune costs (each part of the costlier split starts no later), so j
//     needs at least as many parts;
//   - every rune costs at most 2 in i and at least 1 in j, i's single
//     capacity is at least twice j's, and a full part of i (at least
//     Multi-1 units, so at least ceil((Multi-1)/2) runes) holds at least as
//     many runes as a part of j can: so a GSM 7-bit scheme always beats or
//     ties UCS-2 (155 >= 2*70, 74 >= 67).
func (rl *Rules) dominates(i, j int) bool {
	if rl.Billing != Greedy {
		return false
	}
	si, sj := rl.Schemes[i], rl.Schemes[j]
	pointwise := si.Single >= sj.Single && si.Multi >= sj.Multi
	halves := si.Single >= 2*sj.Single && si.Multi/2 >= sj.Multi
	check := func(in uint8) {
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
	}
	for _, in := range rl.Info {
		check(in)
	}
	check(rl.Euro)
	check(rl.BMP)
	check(rl.Astral)
	return pointwise || halves
}

// extends reports whether scheme j costs what scheme i costs on every rune
// i carries.
func (rl *Rules) extends(j, i int) bool {
	ok := true
	check := func(in uint8) {
		ui, uj := int(in>>(2*i))&3, int(in>>(2*j))&3
		if ui != 0 && uj != ui {
			ok = false
		}
	}
	for _, in := range rl.Info {
		check(in)
	}
	check(rl.Euro)
	check(rl.BMP)
	check(rl.Astral)
	return ok
}
