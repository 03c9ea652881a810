// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

// A PartIter walks the parts of an analysed text one by one, without a
// slice: the caller owns it (a value, reusable with Init), as with
// norm.Iter. The parts are those AppendParts returns.
type PartIter struct {
	w       walker[string]
	rl      *Rules
	scheme  int
	multi   int
	textLen int
	start   int
	carry   int  // units of the rune that starts the next part
	carried bool // a rune was read ahead into the next part
	done    bool
}

// Init makes it walk the parts of s, which res is the analysis of under rl
// and opt.
func (it *PartIter) Init(rl *Rules, opt Options, res *Result, s string) {
	*it = PartIter{w: newWalker(rl, opt, s, res.TextLen), rl: rl, scheme: int(res.scheme), textLen: res.TextLen}
	if res.scheme < 0 {
		it.done = true
		return
	}
	sc := &rl.Schemes[res.scheme]
	it.multi = sc.Multi
	if res.Units <= sc.Single {
		it.multi = noLimit // one part
	}
}

// Done reports whether every part has been returned.
func (it *PartIter) Done() bool { return it.done }

// Next returns the next part; after the last one Done reports true. Next
// allocates nothing.
func (it *PartIter) Next() Part {
	if it.done {
		return Part{Start: it.textLen, End: it.textLen}
	}
	start, cur := it.start, 0
	if it.carried {
		cur, it.carried = it.carry, false
	}
	for {
		r, off, _, ok := it.w.next()
		if !ok {
			it.done = true
			return Part{Start: start, End: it.textLen, Units: cur}
		}
		u := it.rl.units(it.scheme, r)
		if cur+u > it.multi {
			it.start, it.carry, it.carried = off, u, true
			return Part{Start: start, End: off, Units: cur}
		}
		cur += u
	}
}
