// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"math/bits"
	"unicode/utf8"
)

// A Rune is one delivered rune, as a Walker yields it.
type Rune struct {
	R    rune // the delivered rune
	Off  int  // its byte offset in the delivered text
	Src  rune // the rune before the vendor substitution (after the user options)
	In   int  // byte offset in the input of the rune it comes from; -1 in the tail
	Bad  bool // the U+FFFD of an invalid input byte
	Tail bool // a rune of a vendor suffix or of the operator code
}

// Replaced reports whether the vendor substitution changed the rune.
func (r Rune) Replaced() bool { return r.R != r.Src }

// A Walker yields the delivered runes of an analysed text one by one: the
// input decoded (an invalid byte is one U+FFFD), through the user options and
// the vendor substitution (the same delivery step the counter takes), up to
// the truncation cut, then the tail. It is a value the caller owns, and
// allocates nothing.
type Walker[T text] struct {
	rl      *Rules
	opt     Options
	s       T
	i       int
	pend    string // rest of an option expansion
	pendIn  int
	tailIdx int    // next tail piece: suffix index, len(Suffixes) for the operator code
	tail    string // rest of the current tail piece
	inTail  bool
	off     int
	cut     int // output offset where the caller's text stops
	end     int // TextLen
}

// Init makes w walk the delivered text of s, which res is the analysis of
// under rl and opt.
func (w *Walker[T]) Init(rl *Rules, opt *Options, res *Result, s T) {
	*w = Walker[T]{rl: rl, opt: *opt, s: s, cut: noLimit, end: res.TextLen}
	if res.Cut >= 0 {
		w.cut = res.Cut
	}
	if res.Scheme < 0 {
		w.end = 0
	}
}

// Offset returns the output offset of the next rune.
func (w *Walker[T]) Offset() int { return w.off }

// Next returns the next delivered rune; ok is false at the end.
func (w *Walker[T]) Next() (r Rune, ok bool) {
	for w.off < w.end {
		if !w.inTail {
			if w.off >= w.cut {
				w.inTail = true
				continue
			}
			if len(w.pend) > 0 {
				src := rune(w.pend[0])
				w.pend = w.pend[1:]
				return w.yield(Rune{R: w.rl.substRune(src), Src: src, In: w.pendIn}), true
			}
			if w.i >= len(w.s) {
				w.inTail = true
				continue
			}
			in := w.i
			c, size := decode(w.s, w.i)
			w.i += size
			bad := size == 1 && c == utf8.RuneError
			if repl, ok := option(c, &w.opt); ok {
				if repl == "" {
					continue // removed
				}
				c, w.pend, w.pendIn = rune(repl[0]), repl[1:], in
			}
			return w.yield(Rune{R: w.rl.substRune(c), Src: c, In: in, Bad: bad}), true
		}
		if len(w.tail) > 0 {
			c, size := decode(w.tail, 0)
			w.tail = w.tail[size:]
			return w.yield(Rune{R: c, Src: c, In: -1, Tail: true}), true
		}
		if !w.nextTailPiece() {
			break
		}
		return w.yield(Rune{R: ' ', Src: ' ', In: -1, Tail: true}), true
	}
	return Rune{Off: w.off, In: -1}, false
}

// nextTailPiece moves to the next selected suffix or the operator code.
func (w *Walker[T]) nextTailPiece() bool {
	n := len(w.rl.Suffixes)
	for w.tailIdx < n {
		k := w.tailIdx
		w.tailIdx++
		if w.opt.Suffixes&(1<<k) != 0 {
			w.tail = w.rl.Suffixes[k].Text
			return true
		}
	}
	if w.tailIdx == n && w.opt.OpCode != "" {
		w.tailIdx++
		w.tail = w.opt.OpCode
		return true
	}
	return false
}

func (w *Walker[T]) yield(r Rune) Rune {
	r.Off = w.off
	w.off += runeLen(r.R)
	return r
}

// Verbatim reports whether an input of n bytes, analysed into res, is its
// own delivered text: no option, substitution or tail applies, and no
// invalid byte grew into a 3-byte U+FFFD (nor did truncation cut it).
func Verbatim(rl *Rules, opt *Options, res *Result, n int) bool {
	return !opt.Smart && !opt.ASCII && rl.Subst == nil && res.Tail == n && res.TextLen == n && res.Cut < 0
}

// AppendText appends the delivered text of s, as analysed in res, to dst.
func AppendText[T text](dst []byte, rl *Rules, opt *Options, res *Result, s T) []byte {
	if Verbatim(rl, opt, res, len(s)) {
		return append(dst, s...)
	}
	var w Walker[T]
	w.Init(rl, opt, res, s)
	for {
		r, ok := w.Next()
		if !ok {
			return dst
		}
		dst = utf8.AppendRune(dst, r.R)
	}
}

// A PartIter yields the parts of an analysed text: from the boundaries the
// counting pass kept, or, past MaxBounds boundaries, from a walk through the
// greedy split ([place]). The caller owns it; it allocates nothing.
type PartIter[T text] struct {
	rl     *Rules
	res    partInfo
	k      int // parts returned
	w      Walker[T]
	scheme int
	pos    int // greedy state of the walk
	next   int
	start  int
	cur    int
	walk   bool
	done   bool
	s      T   // the input, for the direct scan
	i      int // direct scan: input offset
}

// partInfo is what a PartIter needs of a Result (a copy: the iterator
// keeps no pointer to the caller's result).
type partInfo struct {
	Parts, Units, TextLen, Multi int
	AllPlain, Direct             bool
	Ones                         bool // Direct, and every rune costs 1 unit (Units == Runes)
	Bounds                       [MaxBounds]int32
	BoundUnits                   [MaxBounds]uint8
}

// Init makes it walk the parts of s, which res is the analysis of.
func (it *PartIter[T]) Init(rl *Rules, opt *Options, res *Result, s T) {
	*it = PartIter[T]{rl: rl, scheme: res.Scheme, res: partInfo{Parts: res.Parts, Units: res.Units, TextLen: res.TextLen,
		Multi: res.Multi, Bounds: res.Bounds, BoundUnits: res.BoundUnits, AllPlain: res.AllPlain,
		Direct: Verbatim(rl, opt, res, len(s))}, s: s}
	it.res.Ones = it.res.Direct && res.Units == res.Runes && res.BadOff < 0
	if res.Scheme < 0 {
		it.done = true
		return
	}
	if res.Parts-1 > MaxBounds || res.TextLen > 1<<31-1 {
		it.walk = true
		it.w.Init(rl, opt, res, s)
		it.next = res.Multi
	}
}

// Next returns the next part; ok is false after the last.
func (it *PartIter[T]) Next() (p Part, ok bool) {
	if it.done {
		return Part{}, false
	}
	res := &it.res
	if res.Parts == 1 {
		it.done = true
		return Part{Start: 0, End: res.TextLen, Units: res.Units}, true
	}
	if res.AllPlain {
		// Plain bytes only: a part every Multi bytes.
		start := it.k * res.Multi
		it.k++
		if it.k == res.Parts {
			it.done = true
			return Part{Start: start, End: res.TextLen, Units: res.TextLen - start}, true
		}
		return Part{Start: start, End: start + res.Multi, Units: res.Multi}, true
	}
	if !it.walk {
		k := it.k
		it.k++
		start := 0
		if k > 0 {
			start = int(res.Bounds[k-1])
		}
		if k == res.Parts-1 {
			it.done = true
			units := res.Units
			for j := 0; j < k; j++ {
				units -= int(res.BoundUnits[j])
			}
			return Part{Start: start, End: res.TextLen, Units: units}, true
		}
		return Part{Start: start, End: int(res.Bounds[k]), Units: int(res.BoundUnits[k])}, true
	}
	if res.Ones {
		return it.nextOnes()
	}
	if res.Direct {
		return it.nextDirect()
	}
	for {
		r, ok := it.w.Next()
		if !ok {
			it.done = true
			return Part{Start: it.start, End: res.TextLen, Units: it.cur}, true
		}
		u := it.rl.Units(it.scheme, r.R)
		if u == 0 {
			u = 1
		}
		npos, nnext, starts := place(it.pos, it.next, u, res.Multi)
		it.pos = npos + u
		if starts {
			p := Part{Start: it.start, End: r.Off, Units: it.cur}
			it.next, it.start, it.cur = nnext, r.Off, u
			return p, true
		}
		it.cur += u
	}
}

// nextOnes is Next for a text that is its own delivered text (Verbatim),
// valid UTF-8, whose every rune costs 1 unit: the greedy split cuts it
// every Multi runes, so a part ends where Multi more runes start
// (skipRunes).
func (it *PartIter[T]) nextOnes() (Part, bool) {
	start := it.i
	end, runes := skipRunes(it.s, start, it.res.Multi)
	it.i = end
	if end >= len(it.s) {
		it.done = true
		return Part{Start: start, End: len(it.s), Units: runes}, true
	}
	return Part{Start: start, End: end, Units: runes}, true
}

// contBytes returns, in the low bit of each byte, whether that byte of w is
// a UTF-8 continuation byte (10xxxxxx).
func contBytes(w uint64) uint64 { return (w &^ (w << 1)) >> 7 & lsb }

// skipRunes returns the offset of the start of the rune k runes after the
// one at s[i] (a rune start of valid UTF-8), or len(s), and how many runes
// it passed (k, or fewer at the end of s). A rune start is a byte that is
// not a continuation byte; whole 32-byte blocks are counted at once.
func skipRunes[T text](s T, i, k int) (int, int) {
	n, left := len(s), k
	for i+32 <= n {
		b := s[i : i+32]
		c := contBytes(load64(b, 0)) + contBytes(load64(b, 8)) + contBytes(load64(b, 16)) + contBytes(load64(b, 24))
		starts := 32 - int((c*lsb)>>56)
		if starts > left {
			break
		}
		left -= starts
		i += 32
	}
	for i+8 <= n {
		starts := 8 - int((contBytes(load64(s, i))*lsb)>>56)
		if starts > left {
			break
		}
		left -= starts
		i += 8
	}
	for ; i < n; i++ {
		if s[i]&0xC0 != 0x80 {
			if left == 0 {
				return i, k
			}
			left--
		}
	}
	return n, k - left
}

// nextDirect is Next for a text that is its own delivered text (Verbatim):
// it walks the input itself, and skips whole words of plain bytes that fit
// the current part.
func (it *PartIter[T]) nextDirect() (Part, bool) {
	rl := it.rl
	multi, s, n := it.res.Multi, it.s, len(it.s)
	extra := uint64(rl.SWARExtra) * lsb
	swar := !rl.NoSWAR
	sh := 2 * uint(it.scheme)
	info := rl.Info
	i, cur := it.i, it.cur
	for i < n {
		if swar && i+8 <= n {
			// The bytes before the first marked one are plain: 1 unit
			// each, as many as fit the part.
			k := 8
			if m := special(load64(s, i), extra); m != 0 {
				k = bits.TrailingZeros64(m) >> 3
			}
			k = min(k, multi-cur)
			cur += k
			i += k
			if k == 8 {
				continue
			}
		}
		u, size := 0, 1
		if b := s[i]; b < 0x80 {
			u = int(info[b]>>sh) & 3
		} else if b >= 0xC2 && b < 0xE0 && i+1 < n && s[i+1]&0xC0 == 0x80 {
			u, size = int(info[rune(b&0x1F)<<6|rune(s[i+1]&0x3F)]>>sh)&3, 2
		} else {
			var r rune
			r, size = decode(s, i)
			u = int(rl.info(r)>>sh) & 3
		}
		if u == 0 {
			u = 1 // unknown: counts 1
		}
		if cur+u > multi {
			p := Part{Start: it.start, End: i, Units: cur}
			it.start, it.cur, it.i = i, 0, i
			return p, true
		}
		cur += u
		i += size
	}
	it.i, it.cur = i, cur
	it.done = true
	return Part{Start: it.start, End: n, Units: cur}, true
}

// AppendParts appends the parts of s, as analysed in res, to dst: straight
// from the result for a one-part text, an all-plain text and the parts the
// counting pass kept, else through a PartIter.
func AppendParts[T text](dst []Part, rl *Rules, opt *Options, res *Result, s T) []Part {
	switch {
	case res.Scheme < 0:
		return dst
	case res.Parts == 1:
		return append(dst, Part{Start: 0, End: res.TextLen, Units: res.Units})
	case res.AllPlain:
		m := res.Multi
		for k := 0; k < res.Parts-1; k++ {
			dst = append(dst, Part{Start: k * m, End: (k + 1) * m, Units: m})
		}
		last := (res.Parts - 1) * m
		return append(dst, Part{Start: last, End: res.TextLen, Units: res.TextLen - last})
	case res.Parts-1 <= MaxBounds && res.TextLen <= 1<<31-1:
		start, units := 0, res.Units
		for k := 0; k < res.Parts-1; k++ {
			end, u := int(res.Bounds[k]), int(res.BoundUnits[k])
			dst = append(dst, Part{Start: start, End: end, Units: u})
			start, units = end, units-u
		}
		return append(dst, Part{Start: start, End: res.TextLen, Units: units})
	}
	var it PartIter[T]
	it.Init(rl, opt, res, s)
	for {
		p, ok := it.Next()
		if !ok {
			return dst
		}
		dst = append(dst, p)
	}
}

// issueSlot holds the issues of one rune while the ambiguous_pipe window
// (the rune and the three after it) is open.
type issueSlot struct {
	n   int
	off int // the rune's offset
	is  [5]Issue
}

// WalkIssues yields the errors and warnings of s, as analysed in res, in
// order of offset (at one offset: invalid_utf8, unknown_char, too_long;
// replaced, ambiguous_pipe, truncated). hasCode, when not nil, is the wire's
// pipe-code test: a literal "|DD|" or "|DD" before a rune with a code is an
// AmbiguousPipe warning. It stops when yield returns false.
//
// A rune's issues are held until three more runes are read, since only then
// is it known whether a '|' starts an ambiguous pipe code.
func WalkIssues[T text](rl *Rules, opt *Options, res *Result, s T, hasCode func(rune) bool, yield func(Issue) bool) {
	if res.Scheme < 0 {
		yield(res.FirstError) // empty (or too large)
		return
	}
	var w Walker[T]
	w.Init(rl, opt, res, s)
	seenBad, tooLong, cut := false, false, res.Cut < 0
	var win [4]issueSlot // win[k%4]: the slot of rune k
	var rs [4]rune
	k := 0                         // runes read
	flush := func(upto int) bool { // emits the slots of runes before upto
		for j := max(k-4, 0); j < upto; j++ {
			sl := &win[j%4]
			for _, is := range sl.is[:sl.n] {
				if !yield(is) {
					return false
				}
			}
			sl.n = 0
		}
		return true
	}
	for {
		r, ok := w.Next()
		if !cut && (!ok || r.Tail) {
			cut = true
			if !flush(k) {
				return
			}
			if !seenBad && res.BadOff >= 0 {
				seenBad = true
				if !yield(Issue{Code: InvalidUTF8, Offset: res.BadOff, Rune: utf8.RuneError}) {
					return
				}
			}
			if !yield(Issue{Code: Truncated, Offset: res.Cut}) {
				return
			}
			// The window restarts after the cut: nothing before it is held.
			win = [4]issueSlot{}
			k, rs = 0, [4]rune{}
		}
		if !ok {
			flush(k)
			return
		}
		// Rune k-3 starts an ambiguous pipe when this one completes it.
		if hasCode != nil && k >= 3 && rs[(k-3)%4] == '|' && isDigit(rs[(k-2)%4]) && isDigit(rs[(k-1)%4]) && (r.R == '|' || hasCode(r.R)) {
			sl := &win[(k-3)%4]
			sl.is[sl.n] = Issue{Code: AmbiguousPipe, Offset: sl.off, Rune: '|'}
			sl.n++
		}
		// Rune k-3 is complete now: emit it and everything before.
		if k >= 3 && !flush(k-2) {
			return
		}
		sl := &win[k%4]
		sl.n = 0
		sl.off = r.Off
		rs[k%4] = r.R
		add := func(is Issue) { sl.is[sl.n] = is; sl.n++ }
		if r.Bad && !seenBad {
			seenBad = true
			add(Issue{Code: InvalidUTF8, Offset: r.Off, Rune: utf8.RuneError})
		}
		if !rl.Carries(r.R) {
			add(Issue{Code: UnknownChar, Offset: r.Off, Rune: r.R})
		}
		if !tooLong && res.TooLong.Offset == r.Off {
			tooLong = true
			add(Issue{Code: TooLong, Offset: r.Off, Rune: r.R})
		}
		if r.Replaced() {
			add(Issue{Code: Replaced, Offset: r.Off, Rune: r.Src})
		}
		k++
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
