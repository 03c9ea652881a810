// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"iter"

	"github.com/smsseg/smsseg/internal/engine"
)

// A Mark is a rune of the delivered text that matters for the cost: one that
// costs 2 units in the chosen scheme, that ruled a cheaper (earlier) scheme
// out, that the vendor replaced, or that the vendor rejects.
type Mark struct {
	Offset int  // byte offset in the delivered text
	Rune   rune // the delivered rune
	Src    rune // the rune before the vendor's substitution (Rune unless Replaced)
	Units  int  // what it costs in the chosen scheme (1 for a rejected rune)
	// RuledOut has bit i set when this is the rune that ruled scheme i
	// (Profile.Schemes order) out: the first rune of the text it cannot
	// carry. Only schemes before the chosen one are reported.
	RuledOut uint8
	// Forced is set on every rune that puts the text in its class: no scheme
	// of a lower class (normal < turkish < ucs2) before the chosen one
	// carries it.
	Forced   bool
	Replaced bool // the vendor delivers Rune instead of Src
	Rejected bool // the vendor cannot carry it (an unknown_char error)
	Tail     bool // part of a vendor suffix or of the operator code
}

// TwoUnits reports whether the rune costs 2 units in the chosen scheme.
func (m Mark) TwoUnits() bool { return m.Units == 2 }

// RuledOut returns the rune that ruled the profile's scheme i out, with its
// offset in the delivered text, and false when scheme i carries the whole
// text (or i is out of range).
func (a Analysis) RuledOut(i int) (Mark, bool) {
	r := a.res()
	if i < 0 || i >= len(a.p.rules().Schemes) || r.Kill[i].Offset < 0 {
		return Mark{}, false
	}
	k := r.Kill[i]
	m := Mark{Offset: k.Offset, Rune: k.Rune, Src: k.Rune, RuledOut: 1 << i}
	if r.Scheme >= 0 {
		m.Units = max(a.p.rules().Units(r.Scheme, k.Rune), 1)
	}
	return m, true
}

// Marks returns an iterator over the runes that matter (see Mark), in text
// order. It allocates nothing per rune.
func (a Analysis) Marks() iter.Seq[Mark] {
	return func(yield func(Mark) bool) {
		rl, r := a.p.rules(), a.res()
		if r.Scheme < 0 {
			return
		}
		var killed uint8 // the schemes before the chosen one that were ruled out
		for i := 0; i < r.Scheme; i++ {
			if r.Kill[i].Offset >= 0 {
				killed |= 1 << i
			}
		}
		var w engine.Walker[string]
		w.Init(rl, &a.p.opt, r, a.text)
		for {
			c, ok := w.Next()
			if !ok {
				return
			}
			m := Mark{Offset: c.Off, Rune: c.R, Src: c.Src, Replaced: c.Replaced(), Tail: c.Tail}
			m.Units = rl.Units(r.Scheme, c.R)
			if m.Units == 0 {
				m.Units = 1
				m.Rejected = !rl.Carries(c.R)
			}
			for k := killed; k != 0; k &= k - 1 {
				i := 0
				for k>>i&1 == 0 {
					i++
				}
				if r.Kill[i].Offset == c.Off {
					m.RuledOut |= 1 << i
				}
			}
			if r.Scheme > 0 && !m.Rejected {
				chosen := rl.Schemes[r.Scheme].Class
				m.Forced = chosen != engine.ClassNormal
				for i := 0; i < r.Scheme && m.Forced; i++ {
					if rl.Schemes[i].Class < chosen && rl.Units(i, c.R) != 0 {
						m.Forced = false
					}
				}
			}
			if m.Units == 2 || m.RuledOut != 0 || m.Forced || m.Replaced || m.Rejected {
				if !yield(m) {
					return
				}
			}
		}
	}
}

// A Cost is what a text costs under one scheme.
type Cost struct {
	Units, Segments, Parts int
}

// CostIn returns what the text would cost under the profile's scheme i, and
// false when scheme i cannot carry it (RuledOut) or i is out of range.
func (a Analysis) CostIn(i int) (Cost, bool) {
	rl, r := a.p.rules(), a.res()
	if i < 0 || i >= len(rl.Schemes) || r.Scheme < 0 || r.Kill[i].Offset >= 0 {
		return Cost{}, false
	}
	if i == r.Scheme {
		return Cost{Units: r.Units, Segments: r.Segments, Parts: r.Parts}, true
	}
	x := engine.AnalyzeIn(rl, &a.p.opt, a.text, i)
	return Cost{Units: x.Units, Segments: x.Segments, Parts: x.Parts}, true
}
