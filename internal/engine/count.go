// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/smsseg/smsseg/sanitize"
)

// text is the type set of the inputs: every entry point has a string and a
// []byte twin sharing one body.
type text interface{ ~string | ~[]byte }

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// load64 reads s[i:i+8] as a little-endian word (the compiler merges the
// byte loads into one).
func load64[T text](s T, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// The SWAR range constants of special0: adding cXX to a byte x < 0x80 sets
// its high bit exactly when x >= 0xXX, and never carries out of the byte.
const (
	c20 = (0x80 - 0x20) * lsb
	c5B = (0x80 - 0x5B) * lsb
	c61 = (0x80 - 0x61) * lsb
	c7B = (0x80 - 0x7B) * lsb
)

// special0 marks (high bit of each byte) the bytes of w that may not be
// plain: bytes >= 0x80, control bytes < 0x20, [\]^_` (0x5B–0x60) and {|}~ DEL
// (>= 0x7B). Carries only move towards higher bytes, so the lowest marked
// byte is exact: every byte below it is plain printable ASCII.
func special0(w uint64) uint64 {
	return (w | ^(w + c20) | ((w + c5B) &^ (w + c61)) | (w + c7B)) & msb
}

// special is special0 that also marks the profile's extra byte (extra is
// that byte times lsb, or 0): a zero-byte test of w^extra, whose borrows
// also only move towards higher bytes.
func special(w uint64, extra uint64) uint64 {
	m := special0(w)
	if extra != 0 {
		x := w ^ extra
		m |= (x - lsb) &^ x & msb
	}
	return m
}

// plainBlocks0 returns the end of the run of whole 32-byte blocks of plain
// bytes (special0) from s[i:], stopping before end. It is special0 unrolled
// over four words, with its constants passed in as arguments so that they
// stay in registers across the loop.
//
//go:noinline
func plainBlocks0[T text](s T, i, end int, k20, k5B, k61, k7B uint64) int {
	for ; i+32 <= end; i += 32 {
		b := s[i : i+32]
		w0, w1, w2, w3 := load64(b, 0), load64(b, 8), load64(b, 16), load64(b, 24)
		a0 := w0 | ^(w0 + k20) | ((w0 + k5B) &^ (w0 + k61)) | (w0 + k7B)
		a1 := w1 | ^(w1 + k20) | ((w1 + k5B) &^ (w1 + k61)) | (w1 + k7B)
		a2 := w2 | ^(w2 + k20) | ((w2 + k5B) &^ (w2 + k61)) | (w2 + k7B)
		a3 := w3 | ^(w3 + k20) | ((w3 + k5B) &^ (w3 + k61)) | (w3 + k7B)
		if (a0|a1|a2|a3)&msb != 0 {
			break
		}
	}
	return i
}

// plainBlocksX is plainBlocks0 for special with an extra byte x.
//
//go:noinline
func plainBlocksX[T text](s T, i, end int, k20, k5B, k61, k7B, x uint64) int {
	for ; i+32 <= end; i += 32 {
		b := s[i : i+32]
		w0, w1, w2, w3 := load64(b, 0), load64(b, 8), load64(b, 16), load64(b, 24)
		e0, e1, e2, e3 := w0^x, w1^x, w2^x, w3^x
		a0 := w0 | ^(w0 + k20) | ((w0 + k5B) &^ (w0 + k61)) | (w0 + k7B) | ((e0 - lsb) &^ e0)
		a1 := w1 | ^(w1 + k20) | ((w1 + k5B) &^ (w1 + k61)) | (w1 + k7B) | ((e1 - lsb) &^ e1)
		a2 := w2 | ^(w2 + k20) | ((w2 + k5B) &^ (w2 + k61)) | (w2 + k7B) | ((e2 - lsb) &^ e2)
		a3 := w3 | ^(w3 + k20) | ((w3 + k5B) &^ (w3 + k61)) | (w3 + k7B) | ((e3 - lsb) &^ e3)
		if (a0|a1|a2|a3)&msb != 0 {
			break
		}
	}
	return i
}

// decode reads the rune at s[i] exactly as utf8.DecodeRune does: an invalid
// byte is (utf8.RuneError, 1).
func decode[T text](s T, i int) (rune, int) {
	n := len(s) - i
	b0 := s[i]
	if b0 < 0x80 {
		return rune(b0), 1
	}
	if b0 < 0xC2 || b0 > 0xF4 || n < 2 {
		return utf8.RuneError, 1
	}
	b1 := s[i+1]
	if b0 < 0xE0 {
		if b1&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	lo, hi := byte(0x80), byte(0xBF)
	switch b0 {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if b1 < lo || b1 > hi || n < 3 {
		return utf8.RuneError, 1
	}
	b2 := s[i+2]
	if b2&0xC0 != 0x80 {
		return utf8.RuneError, 1
	}
	if b0 < 0xF0 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	if n < 4 {
		return utf8.RuneError, 1
	}
	b3 := s[i+3]
	if b3&0xC0 != 0x80 {
		return utf8.RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// info returns the info word of r under rl (see Rules).
func (rl *Rules) info(r rune) uint16 {
	if uint32(r) < 0x800 {
		return rl.Info[r]
	}
	if len(rl.Hi) != 0 {
		if in, ok := rl.hiInfo(r); ok {
			return in
		}
	}
	if r < 0x10000 {
		return rl.BMP
	}
	return rl.Astral
}

// hiInfo looks r up in the sorted Hi list.
func (rl *Rules) hiInfo(r rune) (uint16, bool) {
	lo, hi := 0, len(rl.Hi)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rl.Hi[m].Rune < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(rl.Hi) && rl.Hi[lo].Rune == r {
		return rl.Hi[lo].Info, true
	}
	return 0, false
}

// Units returns what r costs in scheme s: 1 or 2, or 0 when s cannot carry
// r (or s is out of range).
func (rl *Rules) Units(s int, r rune) int {
	if s < 0 || s >= len(rl.Schemes) {
		return 0
	}
	return int(rl.info(r)>>(2*uint(s))) & 3
}

// Carries reports whether some scheme of rl carries r.
func (rl *Rules) Carries(r rune) bool { return rl.info(r) != 0 }

// substRune applies the vendor substitution to r.
func (rl *Rules) substRune(r rune) rune {
	sb := rl.Subst
	if sb == nil {
		return r
	}
	if uint32(r) < 0x800 {
		return sb.Lo[r]
	}
	lo, hi := 0, len(sb.Hi)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if sb.Hi[m].From < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(sb.Hi) && sb.Hi[lo].From == r {
		return sb.Hi[lo].To
	}
	if sb.Others >= 0 {
		return sb.Others
	}
	return r
}

// SubstRune returns the rune the vendor delivers for r (r itself when the
// vendor changes nothing).
func (rl *Rules) SubstRune(r rune) rune { return rl.substRune(r) }

// option applies the user options -smart and -ascii (SPEC 3.9) to r: ok
// is true when they replace r by repl (ASCII bytes, possibly none).
func option(r rune, opt *Options) (repl string, ok bool) {
	if r < 0x80 && r != '`' { // -smart folds the backtick, the one ASCII rune an option changes
		return "", false
	}
	if opt.Smart {
		if repl, ok := sanitize.SmartRune(r); ok {
			return repl, true
		}
	}
	if opt.ASCII {
		if repl, ok := sanitize.ASCIIRune(r); ok {
			return repl, true
		}
	}
	return "", false
}

// runeLen is utf8.RuneLen for a valid rune.
func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// place is the greedy split of SPEC 4 for one scheme, in position
// coordinates: pos counts the units of every closed part as if it were full
// (a rune that does not fit whole leaves the rest of its part empty), next is
// the end of the current part. A rune of u units at pos starts a new part
// when it does not fit: place returns the new pos (where the rune starts),
// the new next and whether a part starts there. Every caller of the split —
// the counter, the part walker — goes through it.
func place(pos, next, u, multi int) (npos, nnext int, starts bool) {
	if pos+u <= next {
		return pos, next, false
	}
	return next, next + multi, true
}

// snapshot is the state of one scheme just before its units first passed
// the maximum: where truncation cuts, or where TooLong is reported.
type snapshot struct {
	set   bool
	units int
	runes int
	off   int
	pos   int // units + waste at that point
	rep   int // runes the substitution replaced so far
	r     rune
}

// counter is the state of one pass. All of it lives on the caller's stack.
//
// Every delivered rune costs at least 1 unit in every scheme, so the units
// of scheme s are runes + twos[s], where twos[s] counts the runes that cost 2
// there. A rune that costs 1 in every counted scheme (a plain rune) only
// increments runes: the schemes are touched only by the few runes that cost
// 2 somewhere or that a live scheme cannot carry, and by the rune that
// starts a part. The greedy split ([place]) runs in position coordinates:
// pos = units + waste, where waste counts the units left empty at the end of
// parts; nextB is the end of the current part. In the stretch of plain runes
// before nextB every rune fits, so limit — the smallest rune count at which
// some counted scheme starts a part or may pass its maximum — is all the
// fast paths check: the rune that reaches it is seen by emitSlow.
//
// A live scheme is counted (active) only while no live scheme dominates it
// (Rules.Dominators): a dominated scheme cannot be chosen, so its units are
// not needed. When its last dominator is ruled out, the scheme is counted
// over the text so far by a second pass on that prefix (rescan), then kept
// up to date like the others.
type counter struct {
	rl         *Rules
	n          int
	alive      uint8  // bit s: scheme s can still carry the text
	active     uint8  // bit s: scheme s is counted (alive, no live dominator)
	pending    uint8  // schemes to activate by a rescan
	lazy       uint8  // schemes past MaxBounds boundaries with no 2-unit rune by then: their parts are counted, not tracked (see lazy2)
	activeBits uint16 // the 2-bit info fields of the active schemes
	aliveLow   uint16 // the low bit of the 2-bit info fields of the live schemes
	hasMax     bool
	reserved   bool // MaxTruncate with a tail: maxes hold textMax during the text, no limit in the tail
	bad        bool
	sawPipe    bool
	runes      int // delivered runes so far
	off        int // output bytes so far
	limit      int
	stop       int // output offset at which the caller's text is cut (second pass of a truncation)
	unknown    int
	replaced   int
	badOff     int // output offset of the first invalid byte, when bad
	firstUnk   Cause
	twos       [MaxSchemes]int
	waste      [MaxSchemes]int
	nextB      [MaxSchemes]int
	nb         [MaxSchemes]int
	multi      [MaxSchemes]int
	maxes      [MaxSchemes]int
	textMax    [MaxSchemes]int
	kill       [MaxSchemes]Cause
	snap       [MaxSchemes]snapshot
	bounds     [MaxSchemes][MaxBounds]int32
	bunits     [MaxSchemes][MaxBounds]uint8
	// A scheme that reaches MaxBounds boundaries having counted a 2-unit
	// rune stays tracked (its boundaries found by limit, as before them,
	// no longer kept): adding its 2-unit runes to the packed counts of
	// fastRun costs less than a lazy2 call for each. A scheme whose runes
	// all cost 1 so far goes lazy: for it, stopping the count at each part
	// would cost more than nothing.
	//
	// sink, when not nil (AnalyzeParts), receives the parts of the tracked
	// schemes past MaxBounds (the sunk ones): their first MaxBounds parts
	// when they reach them, then each part as it closes, interleaved, each
	// marked with its scheme in Start; analyzeSlow keeps the chosen
	// scheme's. A lazy scheme's parts are found afterwards by AppendParts
	// (for 1-unit runes, by counting runes: PartIter.nextOnes).
	sink *[]Part
	sunk uint8
}

const noLimit = int(^uint(0) >> 1)

func (c *counter) init(rl *Rules, opt *Options, schemes uint8) {
	c.rl = rl
	c.n = len(rl.Schemes)
	c.alive = schemes
	c.stop = noLimit
	c.hasMax = rl.OverMax != NoMax
	for s := range rl.Schemes {
		sc := &rl.Schemes[s]
		m := sc.Multi
		if opt.Ref16 {
			m = sc.Multi16
		}
		c.multi[s] = m
		c.nextB[s] = m
		c.maxes[s] = sc.Max
	}
	switch {
	case schemes != 1<<c.n-1:
		c.active = schemes
	case rl.Choice == FirstQualifying:
		c.active = 1
	default:
		for s, d := range rl.Dominators[:c.n] {
			if d == 0 {
				c.active |= 1 << s
			}
		}
	}
	c.setBits()
}

// dominators returns the schemes that dominate scheme s.
func (rl *Rules) dominators(s int) uint8 {
	if rl.Choice == FirstQualifying {
		return uint8(1)<<s - 1
	}
	return rl.Dominators[s&(MaxSchemes-1)]
}

// undominated returns the live schemes that no live scheme dominates.
func (c *counter) undominated() uint8 {
	var m uint8
	for s := 0; s < c.n; s++ {
		if c.alive&(1<<s) != 0 && c.rl.dominators(s)&c.alive == 0 {
			m |= 1 << s
		}
	}
	return m
}

// expand spreads bits 0..7 of x to bits 0, 2, ..., 14.
func expand(x uint8) uint16 {
	v := uint16(x)
	v = (v | v<<4) & 0x0F0F
	v = (v | v<<2) & 0x3333
	return (v | v<<1) & 0x5555
}

// compress gathers bits 0, 2, ..., 14 of x into bits 0..7.
func compress(x uint16) uint8 {
	x &= 0x5555
	x = (x | x>>1) & 0x3333
	x = (x | x>>2) & 0x0F0F
	return uint8(x | x>>4)
}

// setBits recomputes activeBits, aliveLow and limit from alive and active.
func (c *counter) setBits() {
	c.activeBits = expand(c.active) * 3
	c.aliveLow = expand(c.alive)
	c.setLimit()
}

// setLimit recomputes limit (see counter).
func (c *counter) setLimit() {
	c.limit = noLimit
	for m := c.active; m != 0; m &= m - 1 {
		s := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		if c.lazy&(1<<s) == 0 {
			c.limit = min(c.limit, c.nextB[s]-c.twos[s]-c.waste[s])
		}
		if c.hasMax && !c.snap[s].set {
			c.limit = min(c.limit, c.maxes[s]-c.twos[s])
		}
	}
}

// plain reports whether a rune of info in costs 1 unit in every counted
// scheme and is carried by every live one, and fits where the counted
// schemes stand, so that it may be counted without touching them.
func (c *counter) plain(in uint16) bool {
	return (in^c.rl.Plain)&c.activeBits == 0 && (in|in>>1)&c.aliveLow == c.aliveLow && c.runes < c.limit
}

// emit counts one delivered rune r, whose UTF-8 form takes size bytes.
func (c *counter) emit(r rune, size int) {
	c.emitInfo(r, c.rl.info(r), size)
}

// emitInfo is emit with the rune's info already looked up.
func (c *counter) emitInfo(r rune, in uint16, size int) {
	if in == 0 || (in|in>>1)&c.aliveLow != c.aliveLow || c.runes+2 > c.limit || r == '|' {
		c.emitSlow(r, in, size)
		return
	}
	for m := compress((in>>1)&^in) & c.active; m != 0; m &= m - 1 {
		s := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		if c.lazy&(1<<s) != 0 {
			c.lazy2(s)
		} else {
			c.twos[s]++
			c.limit = min(c.limit, c.nextB[s]-c.twos[s]-c.waste[s])
		}
		if c.hasMax && !c.snap[s].set {
			c.limit = min(c.limit, c.maxes[s]-c.twos[s])
		}
	}
	c.runes++
	c.off += size
}

// zeroPrefix reports whether scheme j's state over the text so far is
// known to be that of a scheme it extends (Rules.Extends) which was counted
// from the start, saw no 2-unit rune and started no part, the text being
// below j's maximum: every rune so far cost 1 in j too.
func (c *counter) zeroPrefix(j int, counted uint8) bool {
	for m := c.rl.Extends[j&(MaxSchemes-1)] & counted; m != 0; m &= m - 1 {
		i := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		if c.twos[i] == 0 && c.runes+2 <= c.multi[j&(MaxSchemes-1)] && (!c.hasMax || c.runes+2 <= c.maxes[j&(MaxSchemes-1)]) {
			return true
		}
	}
	return false
}

// emitSlow is emitInfo for unknown runes, runes that rule a scheme out,
// runes that start a part and runes that may take a scheme past its
// maximum.
func (c *counter) emitSlow(r rune, in uint16, size int) {
	if in == 0 {
		c.unknown++
		if c.unknown == 1 {
			c.firstUnk = Cause{Rune: r, Offset: c.off}
		}
		in = c.rl.Plain
	}
	if r == '|' {
		c.sawPipe = true
	}
	low, high := in&0x5555, (in>>1)&0x5555
	activeBefore := c.active
	if zeros := compress(^(high | low)) & c.alive; zeros != 0 {
		c.alive &^= zeros
		c.active &^= zeros
		c.pending &^= zeros
		for zeros != 0 {
			s := bits.TrailingZeros8(zeros) & (MaxSchemes - 1)
			zeros &= zeros - 1
			c.kill[s] = Cause{Rune: r, Offset: c.off}
		}
		// Schemes whose last dominator died are counted from now on, after
		// a rescan of the text so far (this rune included) — unless their
		// state over the prefix is known (zeroPrefix).
		for m := c.undominated() &^ c.active; m != 0; m &= m - 1 {
			j := bits.TrailingZeros8(m)
			if c.zeroPrefix(j, activeBefore) {
				c.active |= 1 << j
			} else {
				c.pending |= 1 << j
			}
		}
	}
	twos := compress(high&^low) & c.active
	for m := c.active; m != 0; m &= m - 1 {
		s := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		u := 1 + int(twos>>s&1)
		units := c.runes + c.twos[s]
		if c.hasMax && !c.snap[s].set && units+u > c.maxes[s] {
			c.snap[s] = snapshot{set: true, units: units, runes: c.runes, off: c.off,
				pos: units + c.waste[s], rep: c.replaced, r: r}
		}
		if c.lazy&(1<<s) != 0 {
			if u == 2 {
				c.lazy2(s)
			}
			continue
		}
		pos := units + c.waste[s]
		npos, next, starts := place(pos, c.nextB[s], u, c.multi[s])
		if starts {
			k := c.nb[s]
			if k >= MaxBounds {
				// A scheme tracked past MaxBounds: its part goes to the sink,
				// if there is one.
				if c.sunk&(1<<s) != 0 {
					*c.sink = append(*c.sink, Part{Start: s, End: c.off, Units: pos - k*c.multi[s]})
				}
			} else if c.off <= 1<<31-1 {
				c.bounds[s][k] = int32(c.off)
				c.bunits[s][k] = uint8(pos - k*c.multi[s])
			}
			c.nb[s]++
			if c.nb[s] == MaxBounds {
				if c.twos[s] > 0 {
					// Tracked on (see counter.sink): cheaper than lazy2.
					if c.sink != nil {
						c.openSink(s)
					}
				} else {
					c.lazy |= 1 << s // every boundary kept: from here on only count
				}
			}
			c.waste[s] += npos - pos
			c.nextB[s] = next
		}
		if u == 2 {
			c.twos[s]++
		}
	}
	c.runes++
	c.off += size
	c.setBits()
}

// openSink makes scheme s, which has just reached MaxBounds boundaries,
// sunk: its parts so far go to the sink, and it stays tracked.
func (c *counter) openSink(s int) {
	s &= MaxSchemes - 1
	c.sunk |= 1 << s
	for k := range MaxBounds {
		*c.sink = append(*c.sink, Part{Start: s, End: int(c.bounds[s][k]), Units: int(c.bunits[s][k])})
	}
}

// lazy2 adds a 2-unit rune to a lazy scheme s (before runes is
// incremented): the greedy split of [place], with the end of the current
// part caught up only here, since 1-unit runes never waste a unit.
func (c *counter) lazy2(s int) { c.lazy2at(s, c.runes) }

// lazy2at is lazy2 when runes runes are counted so far.
func (c *counter) lazy2at(s, runes int) {
	s &= MaxSchemes - 1
	m := c.multi[s]
	if pos := runes + c.twos[s] + c.waste[s]; pos+2 > c.nextB[s] {
		if pos >= c.nextB[s] {
			c.nextB[s] = (pos/m + 1) * m
		}
		if pos+2 > c.nextB[s] {
			c.waste[s]++
			c.nextB[s] += m
		}
	}
	c.twos[s]++
}

// input counts one input rune r through the
// user options and the vendor substitution.
func (c *counter) input(r rune, opt *Options) {
	if repl, ok := option(r, opt); ok {
		for i := 0; i < len(repl); i++ {
			c.subst(rune(repl[i]))
		}
		return
	}
	c.subst(r)
}

// subst counts one rune that only the vendor substitution may change.
func (c *counter) subst(r rune) {
	if c.off >= c.stop {
		return
	}
	d := c.rl.substRune(r)
	c.emit(d, runeLen(d))
	if d != r {
		c.replaced++ // after emit: a snapshot taken there counts the runes before
	}
}

// Analyze analyses s under rl with the options opt. It allocates nothing.
func Analyze[T text](rl *Rules, opt *Options, s T) Result {
	var r Result
	AnalyzeTo(&r, rl, opt, s)
	return r
}

// AnalyzeTo is Analyze writing the result into *res (every field), so that
// a caller that keeps the result in a larger value does not copy it.
func AnalyzeTo[T text](res *Result, rl *Rules, opt *Options, s T) {
	if analyzeQuick(res, rl, opt, s) {
		return
	}
	analyzeSlow(res, rl, opt, s, nil)
}

// analyzeQuick is AnalyzeTo for an empty text and a text that is all plain
// (the closed form); it reports false, writing nothing, for any other.
func analyzeQuick[T text](res *Result, rl *Rules, opt *Options, s T) bool {
	if len(s) == 0 {
		*res = emptyResult(rl, opt)
		return true
	}
	if !rl.NoSWAR && (opt.OpCode == "" && opt.Suffixes&(uint8(1)<<len(rl.Suffixes)-1) == 0) && allPlain(rl, s) {
		plainResult(res, rl, opt, s)
		return true
	}
	return false
}

// AnalyzeParts is AnalyzeTo followed by AppendParts(dst, …), in one pass
// for any number of parts: the counting pass appends to dst the parts of
// every scheme that passes MaxBounds boundaries having counted a 2-unit rune
// (see counter.sink), and keeps the chosen scheme's when the text is not
// truncated. Otherwise (a scheme of 1-unit runes or a lazy one chosen, a
// truncation's second pass) the parts come from AppendParts, as after
// AnalyzeTo.
func AnalyzeParts[T text](dst []Part, res *Result, rl *Rules, opt *Options, s T) []Part {
	if analyzeQuick(res, rl, opt, s) {
		return AppendParts(dst, rl, opt, res, s)
	}
	base := len(dst)
	if analyzeSlow(res, rl, opt, s, &dst) {
		return dst
	}
	return AppendParts(dst[:base], rl, opt, res, s)
}

// analyzeSlow is AnalyzeTo for a text that is not all plain: the counting
// pass. With a sink (AnalyzeParts) it reports whether *sink now ends with
// every part of the result; it then has appended the last one.
func analyzeSlow[T text](res *Result, rl *Rules, opt *Options, s T, sink *[]Part) bool {
	var c counter
	c.init(rl, opt, uint8(1)<<len(rl.Schemes)-1)
	c.sink = sink
	base := 0 // the caller's parts before the sink's
	if sink != nil {
		base = len(*sink)
	}
	truncTail := false
	if c.hasMax && rl.cannotPassMax(len(s), opt) {
		// A rune costs at most 2 units and an input byte gives at most
		// three delivered runes: this text cannot reach any maximum.
		c.hasMax = false
		c.setLimit()
	} else if c.hasMax && rl.OverMax == MaxTruncate && hasTail(rl, opt) {
		// The suffixes and the operator code are never truncated: the
		// caller's text must leave room for them.
		truncTail = true
		c.reserveTail(opt)
	}
	countInput(&c, rl, opt, s)
	if c.runes == 0 {
		// The options removed every rune (soft hyphens, zero-width spaces):
		// nothing to send, as for an empty text (SPEC 3.7).
		*res = emptyResult(rl, opt)
		return false
	}
	tail, textRunes := c.off, c.runes
	if truncTail {
		c.unlimitTail()
	}
	countTail(&c, rl, opt, s, -1)
	c.finish(res, opt, tail)
	if truncTail && res.Cut >= 0 {
		res.Truncated -= c.runes - textRunes // the tail is never dropped
		// The text was cut: count it again up to the cut, under the
		// chosen scheme, then the tail after it.
		var c2 counter
		c2.init(rl, opt, 1<<res.Scheme)
		c2.hasMax = false
		c2.stop = res.Cut
		c2.setLimit()
		countInput(&c2, rl, opt, s)
		tail2 := c2.off
		countTail(&c2, rl, opt, s, -1)
		var r2 Result
		c2.finish(&r2, opt, tail2)
		r2.Truncated, r2.Cut, r2.Kill, r2.SawPipe = res.Truncated, res.Cut, res.Kill, res.SawPipe
		r2.Warnings++ // truncated
		if r2.BadOff < 0 && res.BadOff >= 0 {
			// The first invalid byte was dropped: reported at the cut.
			r2.BadOff = res.Cut
			r2.Errors++
			r2.FirstError = earlier(Issue{Code: InvalidUTF8, Offset: res.Cut, Rune: utf8.RuneError}, r2.FirstError)
		}
		*res = r2
		return false
	}
	sc := res.Scheme
	if c.sunk&(1<<sc) == 0 || res.Cut >= 0 || c.nb[sc&(MaxSchemes-1)] != res.Parts-1 || res.TextLen > 1<<31-1 {
		return false // (no sink: nothing sunk)
	}
	// Keep the chosen scheme's parts, in place, each starting where the one
	// before it ends.
	ps := *sink
	out, start, units := base, 0, res.Units
	for _, p := range ps[base:] {
		if p.Start == sc {
			ps[out] = Part{Start: start, End: p.End, Units: p.Units}
			out++
			start, units = p.End, units-p.Units
		}
	}
	*sink = append(ps[:out], Part{Start: start, End: res.TextLen, Units: units})
	return true
}

// allPlain reports whether every byte of s is plain printable ASCII: a
// rune that costs 1 unit in every scheme and that no option or
// substitution changes (the bytes the word scanner passes over).
func allPlain[T text](rl *Rules, s T) bool {
	if rl.SWARExtra != 0 && indexByte(s, rl.SWARExtra) >= 0 {
		return false // the text holds the one printable byte that is not plain
	}
	n := len(s)
	i := plainBlocks0(s, 0, n, c20, c5B, c61, c7B)
	if i+32 <= n {
		return false // a block with a marked byte
	}
	for ; i+8 <= n; i += 8 {
		if special0(load64(s, i)) != 0 {
			return false
		}
	}
	for ; i < n; i++ {
		if special0(uint64(s[i]))&0x80 != 0 {
			return false
		}
	}
	return true
}

// plainResult is the analysis of a text s of plain runes only (allPlain)
// and no tail, in closed form: every scheme carries it at one unit a rune,
// and the greedy split cuts it every multi runes.
func plainResult[T text](r *Result, rl *Rules, opt *Options, s T) {
	n := len(s)
	best, bestSeg := 0, 0
	for k := range rl.Schemes {
		// The scheme is chosen on the whole text, before any truncation.
		seg := rl.segmentsOf(k, n, plainParts(rl, opt, k, n), multiOf(rl, opt, k))
		if k == 0 || (rl.Choice == Cheapest && seg < bestSeg) {
			best, bestSeg = k, seg
		}
		if rl.Choice == FirstQualifying || bestSeg == 1 {
			break
		}
	}
	sc := &rl.Schemes[best]
	multi := multiOf(rl, opt, best)
	units := plainKept(rl, best, n)
	parts := plainParts(rl, opt, best, units)
	*r = Result{} // then field by field, not from a literal copied from the stack
	r.Scheme, r.Units, r.Runes, r.Parts, r.TextLen, r.Tail, r.Multi = best, units, units, parts, units, units, multi
	r.TooLong.Offset, r.Cut, r.BadOff, r.AllPlain = -1, -1, -1, true
	for k := range r.Kill {
		r.Kill[k].Offset = -1
	}
	if rl.OverMax != NoMax && n > sc.Max {
		if rl.OverMax == MaxTruncate {
			r.Truncated, r.Cut, r.Warnings = n-units, units, 1
		} else {
			r.Errors = 1
			r.TooLong = Cause{Rune: rune(s[sc.Max]), Offset: sc.Max}
			r.FirstError = Issue{Code: TooLong, Offset: sc.Max, Rune: rune(s[sc.Max])}
		}
	}
	for k := 1; k < parts && k <= MaxBounds; k++ {
		r.Bounds[k-1], r.BoundUnits[k-1] = int32(k*multi), uint8(multi)
	}
	r.Segments = rl.segmentsOf(best, units, parts, multi)
	r.Remaining = rl.remaining(best, units, parts, r.Segments, multi, units-(parts-1)*multi)
}

// plainKept returns how many of n plain runes scheme s keeps: Max when the
// profile truncates past it, else all.
func plainKept(rl *Rules, s, n int) int {
	if rl.OverMax == MaxTruncate && n > rl.Schemes[s].Max {
		return rl.Schemes[s].Max
	}
	return n
}

func plainParts(rl *Rules, opt *Options, s, units int) int {
	if units <= rl.Schemes[s].Single {
		return 1
	}
	m := multiOf(rl, opt, s)
	return (units + m - 1) / m
}

func multiOf(rl *Rules, opt *Options, s int) int {
	if opt.Ref16 {
		return rl.Schemes[s].Multi16
	}
	return rl.Schemes[s].Multi
}

// hasTail reports whether opt appends suffixes or an operator code.
func hasTail(rl *Rules, opt *Options) bool {
	return opt.OpCode != "" || opt.Suffixes&(uint8(1)<<len(rl.Suffixes)-1) != 0
}

// reserveTail lowers every scheme's maximum by the units of the tail.
func (c *counter) reserveTail(opt *Options) {
	for s := range c.rl.Schemes {
		u := 0
		forTail(c.rl, opt, func(r rune) {
			if x := c.rl.Units(s, r); x > 0 {
				u += x
			} else {
				u++
			}
		})
		c.maxes[s] = max(c.maxes[s]-u, 0)
	}
	c.reserved, c.textMax = true, c.maxes
	c.setLimit()
}

// unlimitTail lifts the maxima for the tail, which reserveTail made room
// for: it never passes them, and is never cut.
func (c *counter) unlimitTail() {
	for s := range c.rl.Schemes {
		c.maxes[s] = noLimit
	}
	c.setLimit()
}

// forTail calls f for every rune of the tail opt selects: each selected
// suffix preceded by a space, then the operator code preceded by a space.
func forTail(rl *Rules, opt *Options, f func(r rune)) {
	for k, suf := range rl.Suffixes {
		if opt.Suffixes&(1<<k) == 0 {
			continue
		}
		f(' ')
		for _, r := range suf.Text {
			f(r)
		}
	}
	if opt.OpCode != "" {
		f(' ')
		for _, r := range opt.OpCode {
			f(r)
		}
	}
}

// countInput counts the delivered runes of the input s.
func countInput[T text](c *counter, rl *Rules, opt *Options, s T) {
	extra := uint64(0)
	if rl.SWARExtra != 0 && indexByte(s, rl.SWARExtra) >= 0 {
		// Only a text that holds the extra byte pays for looking for it.
		extra = uint64(rl.SWARExtra) * lsb
	}
	simple := !opt.ASCII && !opt.Smart && rl.Subst == nil
	swar := !rl.NoSWAR
	n := len(s)
	i := 0
	fast := swar && !opt.ASCII && !opt.Smart
	for i < n {
		if c.off >= c.stop {
			return
		}
		if fast {
			if i = fastRun(c, rl, opt, s, i, extra); i >= n {
				break
			}
			if c.off >= c.stop {
				return
			}
		} else if swar && i+8 <= n && c.runes+8 <= c.limit {
			// Plain words: 8 bytes at a time, then 32 at a time once two
			// words in a row were plain. The first marked byte ends the run.
			end := n
			if c.limit != noLimit {
				end = min(n, i+c.limit-c.runes)
			}
			if c.stop != noLimit {
				end = min(end, i+c.stop-c.off)
			}
			j, m, clean := i, uint64(0), 0
			for j+8 <= end {
				if m = special(load64(s, j), extra); m != 0 {
					break
				}
				j += 8
				if clean++; clean >= 2 {
					if extra == 0 {
						j = plainBlocks0(s, j, end, c20, c5B, c61, c7B)
					} else {
						j = plainBlocksX(s, j, end, c20, c5B, c61, c7B, extra)
					}
				}
			}
			if m != 0 {
				j += bits.TrailingZeros64(m) >> 3
			}
			c.runes += j - i
			c.off += j - i
			i = j
			if i >= n {
				break
			}
			if c.off >= c.stop {
				return
			}
		}
		b := s[i]
		if b < 0x80 {
			i++
			if c.plain(rl.Info[b]) && (rl.Subst == nil || rl.Subst.Lo[b] == rune(b)) && (b != '`' || !opt.Smart) && b != '|' {
				c.runes++
				c.off++
				continue
			}
			c.input(rune(b), opt)
		} else if b >= 0xC2 && b < 0xE0 && i+1 < n && s[i+1]&0xC0 == 0x80 {
			// Two-byte runes (the Turkish letters among them).
			r := rune(b&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
			if simple {
				if in := rl.Info[r]; c.plain(in) {
					c.runes++
					c.off += 2
					continue
				} else {
					c.emitInfo(r, in, 2)
				}
			} else {
				c.input(r, opt)
			}
		} else {
			r, size := decode(s, i)
			if size == 1 && !c.bad {
				c.bad, c.badOff = true, c.off
			}
			i += size
			c.input(r, opt)
		}
		if c.pending != 0 {
			rescan(c, rl, opt, s[:i], 0)
		}
	}
}

// fastRun counts the input s from i on, with the options off, and returns
// the offset where it stopped: len(s), the first invalid byte, or c.stop.
//
// It keeps the counter's state in registers over the runes that take no
// decision: a rune carried by every live scheme, costing 1 or 2 units in
// each counted one, left alone by the substitution (a '|' sets sawPipe). Plain bytes
// (special) go 8 at a time. budget, the runes it may count so, starts at
// limit - runes and drops by 1 for a rune of 1 unit everywhere and by 2 for
// a rune of 2 units somewhere (a scheme's limit falls by one for each of its
// 2-unit runes), so every rune it counts is one [counter.plain] or
// [counter.emitInfo] would count without emitSlow; a 2-unit rune of a lazy
// scheme goes to lazy2 at once. Any other rune is handed to counter.input
// with the state written back, and the run goes on from the new state.
func fastRun[T text](c *counter, rl *Rules, opt *Options, s T, i int, extra uint64) int {
	n := len(s)
	info := rl.Info
	var lo *[0x800]rune
	if rl.Subst != nil {
		lo = rl.Subst.Lo
	}
	plain := rl.Plain
	for {
		end := n // runes start before end
		if c.stop != noLimit {
			end = min(n, i+c.stop-c.off)
		}
		if i >= end {
			return i
		}
		budget := c.limit - c.runes
		ab, al, active := c.activeBits, c.aliveLow, c.active
		twoable := active &^ c.lazy
		// tw counts the 2-unit runes of the schemes of twoable, one byte
		// each (spreadTable), nTwo of them; added to c.twos when the run
		// hands back, or before a byte could overflow.
		var tw uint64
		nTwo := 0
		sawTwo, slow, subst := false, false, false
		var r rune
		var in uint16
		size := 1
		start, runes := i, 0
		for {
			for i+8 <= end && runes+8 <= budget {
				m := special(load64(s, i), extra)
				if m == 0 {
					i += 8
					runes += 8
					continue
				}
				k := bits.TrailingZeros64(m) >> 3
				i += k
				runes += k
				goto one
			}
			if i >= end {
				break
			}
		one:
			if b := s[i]; b < 0x80 {
				r, size = rune(b), 1
				in = info[r]
				if lo != nil && lo[r] != r {
					slow, subst = true, true
					break
				}
			} else if b >= 0xC2 && b < 0xE0 && i+1 < n && s[i+1]&0xC0 == 0x80 {
				r, size = rune(b&0x1F)<<6|rune(s[i+1]&0x3F), 2
				in = info[r]
				if lo != nil && lo[r] != r {
					slow, subst = true, true
					break
				}
			} else {
				if r, size = decode(s, i); size == 1 {
					break // invalid: the caller's
				}
				in = rl.info(r)
				if lo != nil && rl.substRune(r) != r {
					slow, subst = true, true
					break
				}
			}
			if runes >= budget || (in|in>>1)&al != al || in == 0 {
				slow = true
				break
			}
			if r == '|' {
				c.sawPipe = true
			}
			if (in^plain)&ab != 0 {
				if two := compress((in>>1)&^in) & active; two != 0 {
					if runes+2 > budget {
						slow = true
						break
					}
					if lz := two &^ twoable; lz != 0 {
						for m := lz; m != 0; m &= m - 1 {
							c.lazy2at(bits.TrailingZeros8(m), c.runes+runes)
						}
					}
					tw += spreadTable[two&twoable]
					if nTwo++; nTwo == 255 {
						c.addTwos(tw, twoable)
						tw, nTwo = 0, 0
					}
					sawTwo = true
					budget--
				}
			}
			i += size
			runes++
		}
		c.runes += runes
		c.off += i - start
		if sawTwo {
			c.addTwos(tw, twoable)
			c.setLimit()
		}
		if !slow {
			return i
		}
		if subst {
			c.input(r, opt)
		} else {
			c.emitInfo(r, in, size) // what input does with the options off and r unchanged
		}
		i += size
		if c.pending != 0 {
			rescan(c, rl, opt, s[:i], 0)
		}
	}
}

// addTwos adds to c.twos the counts packed in tw (byte k for scheme k) of
// the schemes in m.
func (c *counter) addTwos(tw uint64, m uint8) {
	for ; m != 0 && tw != 0; m &= m - 1 {
		k := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		c.twos[k] += int(tw >> (8 * k) & 0xFF)
	}
}

// spreadTable[x] spreads the bits of x over the bytes of a word, bit k to
// byte k.
var spreadTable = func() (t [256]uint64) {
	for x := range t {
		for k := 0; k < 8; k++ {
			if x&(1<<k) != 0 {
				t[x] |= 1 << (8 * k)
			}
		}
	}
	return t
}()

// countTail counts the tail (suffixes and operator code); with upto >= 0
// only its first upto runes. s is the whole input (for a rescan).
func countTail[T text](c *counter, rl *Rules, opt *Options, s T, upto int) {
	k := 0
	emit := func(r rune) bool {
		if k == upto {
			return false
		}
		c.emit(r, runeLen(r))
		k++
		if c.pending != 0 {
			rescan(c, rl, opt, s, k)
		}
		return true
	}
	for idx, suf := range rl.Suffixes {
		if opt.Suffixes&(1<<idx) == 0 {
			continue
		}
		if !emit(' ') {
			return
		}
		for _, r := range suf.Text {
			if !emit(r) {
				return
			}
		}
	}
	if opt.OpCode != "" {
		if !emit(' ') {
			return
		}
		for _, r := range opt.OpCode {
			if !emit(r) {
				return
			}
		}
	}
}

// rescan counts the schemes c.pending over the text so far: the input s
// (the whole input, or the prefix that ends with the current rune) and the
// first tailRunes runes of the tail. It is the one second pass of the
// counter, taken when a scheme's last dominator is ruled out (see counter).
func rescan[T text](c *counter, rl *Rules, opt *Options, s T, tailRunes int) {
	mask := c.pending
	c.pending = 0
	sub := counter{rl: rl, n: c.n, alive: mask, active: mask, hasMax: c.hasMax, stop: c.stop,
		multi: c.multi, maxes: c.maxes, nextB: c.multi, reserved: c.reserved, textMax: c.textMax}
	if c.reserved {
		sub.maxes = c.textMax
	}
	sub.setBits()
	countInput(&sub, rl, opt, s)
	if tailRunes > 0 {
		if sub.reserved {
			sub.unlimitTail()
		}
		countTail(&sub, rl, opt, s, tailRunes)
	}
	for m := mask; m != 0; m &= m - 1 {
		j := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		c.twos[j], c.waste[j], c.nextB[j], c.snap[j] = sub.twos[j], sub.waste[j], sub.nextB[j], sub.snap[j]
		c.nb[j], c.bounds[j], c.bunits[j] = sub.nb[j], sub.bounds[j], sub.bunits[j]
	}
	c.lazy = c.lazy&^mask | sub.lazy&mask
	c.active |= mask & c.alive
	c.setBits()
}

func emptyResult(rl *Rules, opt *Options) Result {
	r := Result{
		Scheme:     -1,
		Remaining:  rl.Schemes[0].Single,
		Errors:     1,
		FirstError: Issue{Code: Empty},
		TooLong:    Cause{Offset: -1},
		Cut:        -1,
		BadOff:     -1,
		Multi:      rl.Schemes[0].Multi,
	}
	for s := range r.Kill {
		r.Kill[s].Offset = -1
	}
	return r
}

// segmentsOf returns the billed segments of scheme s for units u and parts.
func (rl *Rules) segmentsOf(s, u, parts, multi int) int {
	sc := &rl.Schemes[s]
	switch rl.Billing {
	case Ceil:
		if u <= sc.Single {
			return 1
		}
		return (u + multi - 1) / multi
	case Ranges:
		for i, hi := range sc.Ranges {
			if u <= hi {
				return i + 1
			}
		}
		return len(sc.Ranges)
	}
	return parts
}

// remaining is SPEC 4's remaining for scheme s: units that still fit
// before the billed count grows, given the units, the parts, the billed
// segments, the part capacity and the units of the last part.
func (rl *Rules) remaining(s, units, parts, seg, multi, last int) int {
	sc := &rl.Schemes[s]
	var r int
	switch {
	case rl.Billing == Ceil && seg > 1:
		r = seg*multi - units
	case rl.Billing == Ranges:
		r = sc.Ranges[seg-1] - units
	case parts == 1:
		r = sc.Single - units
	default:
		r = multi - last
	}
	return max(r, 0)
}

// partsOf returns the parts of scheme s for its units and greedy position
// (units + waste): every part before the last is full in position
// coordinates.
func (c *counter) partsOf(s, units, pos int) int {
	if units <= c.rl.Schemes[s].Single || pos <= 0 {
		return 1
	}
	return (pos + c.multi[s] - 1) / c.multi[s]
}

// partsNow is partsOf for the state of scheme s now: a scheme that is not
// lazy keeps nextB = (nb+1)*multi with nb*multi < pos <= nextB, so its parts
// are nb+1, without a division.
func (c *counter) partsNow(s, units int) int {
	s &= MaxSchemes - 1
	if c.lazy&(1<<s) != 0 || units <= c.rl.Schemes[s].Single {
		return c.partsOf(s, units, units+c.waste[s])
	}
	return c.nb[s] + 1
}

func (c *counter) finish(res *Result, opt *Options, tail int) {
	rl := c.rl
	// Choose the scheme. The last scheme carries every rune any scheme
	// carries (the compiler checks it), so one is always alive; if not,
	// the last is used.
	best, bestSeg := -1, 0
	for s := 0; s < c.n; s++ {
		if c.active&(1<<s) == 0 {
			continue
		}
		units := c.runes + c.twos[s]
		seg := rl.segmentsOf(s, units, c.partsNow(s, units), c.multi[s])
		if best < 0 || (rl.Choice == Cheapest && seg < bestSeg) {
			best, bestSeg = s, seg
		}
		if rl.Choice == FirstQualifying || bestSeg == 1 {
			break // nothing later can beat it: ties go to the earlier scheme
		}
	}
	if best < 0 {
		best = c.n - 1
	}
	s := best
	multi := c.multi[s]
	units, runes, textLen := c.runes+c.twos[s], c.runes, c.off
	pos := units + c.waste[s]
	// Field by field: a composite literal would be built on the stack and
	// copied.
	*res = Result{}
	res.Scheme, res.TooLong.Offset, res.Cut, res.Tail, res.Multi, res.SawPipe = s, -1, -1, tail, multi, c.sawPipe
	for k := 0; k < c.n; k++ {
		if c.alive&(1<<k) == 0 {
			res.Kill[k] = c.kill[k]
		} else {
			res.Kill[k].Offset = -1
		}
	}
	for k := c.n; k < MaxSchemes; k++ {
		res.Kill[k].Offset = -1
	}
	badOff := -1
	if c.bad {
		badOff = c.badOff
	}
	replaced := c.replaced
	if c.hasMax && c.snap[s].set {
		sn := &c.snap[s]
		switch rl.OverMax {
		case MaxTruncate:
			res.Truncated = runes - sn.runes
			res.Cut = sn.off
			units, runes, pos, textLen = sn.units, sn.runes, sn.pos, sn.off
			res.Tail = textLen
			if badOff > textLen {
				badOff = textLen
			}
			res.Warnings++ // truncated
			replaced = sn.rep
		case MaxError:
			res.Errors++
			res.TooLong = Cause{Rune: sn.r, Offset: sn.off}
			res.FirstError = Issue{Code: TooLong, Offset: sn.off, Rune: sn.r}
		}
	}
	var parts int
	if pos == c.runes+c.twos[s]+c.waste[s] {
		parts = c.partsNow(s, units)
	} else {
		parts = c.partsOf(s, units, pos) // a snapshot's
	}
	cur := units
	if parts > 1 {
		cur = pos - (parts-1)*multi
	}
	for k := range min(c.nb[s], MaxBounds) {
		res.Bounds[k], res.BoundUnits[k] = c.bounds[s][k], c.bunits[s][k]
	}
	seg := rl.segmentsOf(s, units, parts, multi)
	res.Units, res.Runes, res.Parts, res.Segments, res.TextLen = units, runes, parts, seg, textLen
	res.Remaining = rl.remaining(s, units, parts, seg, multi, cur)
	res.Warnings += replaced
	// Errors, ordered by offset; at one offset invalid_utf8, then
	// unknown_char, then too_long.
	if c.unknown > 0 {
		res.Errors += c.unknown
		res.FirstError = earlier(Issue{Code: UnknownChar, Offset: c.firstUnk.Offset, Rune: c.firstUnk.Rune}, res.FirstError)
	}
	res.BadOff = badOff
	if badOff >= 0 {
		res.Errors++
		res.FirstError = earlier(Issue{Code: InvalidUTF8, Offset: badOff, Rune: utf8.RuneError}, res.FirstError)
	}
}

// earlier returns a if it comes first (or b is unset), else b.
func earlier(a, b Issue) Issue {
	if b.Code == 0 || (a.Code != 0 && a.Offset <= b.Offset) {
		return a
	}
	return b
}

// cannotPassMax reports whether a text of n input bytes, with the tail opt
// selects, stays within every scheme's maximum whatever it holds (each
// input byte gives at most three delivered runes, -smart's "...", each of at
// most 2 units).
func (rl *Rules) cannotPassMax(n int, opt *Options) bool {
	if n > 1<<20 {
		return false
	}
	runes := 3 * n
	if opt.OpCode != "" {
		runes += 1 + len(opt.OpCode)
	}
	for k, suf := range rl.Suffixes {
		if opt.Suffixes&(1<<k) != 0 {
			runes += 1 + len(suf.Text)
		}
	}
	for s := range rl.Schemes {
		if 2*runes > rl.Schemes[s].Max {
			return false
		}
	}
	return true
}

// indexByte is strings.IndexByte / bytes.IndexByte for either type.
func indexByte[T text](s T, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// AnalyzeIn analyses s as Analyze does, but under scheme i alone, as if it
// were the profile's only choice (for explanations: what a scheme the
// profile did not choose would cost). Runes scheme i cannot carry count 1.
func AnalyzeIn[T text](rl *Rules, opt *Options, s T, i int) Result {
	if len(s) == 0 || i < 0 || i >= len(rl.Schemes) {
		return emptyResult(rl, opt)
	}
	var c counter
	c.init(rl, opt, 1<<i)
	c.hasMax = false
	c.setLimit()
	countInput(&c, rl, opt, s)
	tail := c.off
	countTail(&c, rl, opt, s, -1)
	c.active, c.alive = 1<<i, 1<<i
	var r Result
	c.finish(&r, opt, tail)
	return r
}
