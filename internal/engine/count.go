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

// info returns the per-scheme units of r under rl.
func (rl *Rules) info(r rune) uint8 {
	switch {
	case uint32(r) < 0x800:
		return rl.Info[r]
	case r == 0x20AC:
		return rl.Euro
	case r < 0x10000:
		return rl.BMP
	}
	return rl.Astral
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

// snapshot is the state of one scheme just before its units first passed
// the maximum: where truncation cuts, or where TooLong is reported.
type snapshot struct {
	set   bool
	units int
	runes int
	off   int
	pos   int  // units + waste at that point (see counter)
	r     rune // the rune that passed the maximum
}

// counter is the state of one pass. All of it lives on the caller's stack.
//
// Every delivered rune costs at least 1 unit in every scheme, so the units
// of scheme s are runes + twos[s], where twos[s] counts the runes that cost 2
// there. A rune that costs 1 in every counted scheme (a plain rune) only
// increments runes: the schemes are touched only by the few runes that cost
// 2 somewhere or that a live scheme cannot carry. For the greedy split, a
// scheme's position pos = units + waste counts the units of every part as if
// full: a 2-unit rune that meets one free unit at the end of a part wastes
// it and starts the next part. nextB is the end of the current part in that
// coordinate, kept ahead of pos lazily.
//
// A live scheme is counted (active) only while no live scheme dominates it
// (Rules.Dominators): a dominated scheme cannot be chosen, so its units are
// not needed. When its last dominator is ruled out, the scheme is counted
// over the text so far by a second pass on that prefix (rescan), then kept
// up to date like the others. So a Turkish text under gsm counts only the
// Turkish locking scheme, where every Turkish letter costs 1.
//
// For a profile with a maximum, limit is the rune count at which the next
// counted scheme could pass its maximum: plain runes are counted fast only
// below it, so the rune that passes is always seen by emitSlow.
type counter struct {
	rl         *Rules
	n          int
	alive      uint8 // bit s: scheme s can still carry the text
	active     uint8 // bit s: scheme s is counted (alive, no live dominator)
	pending    uint8 // schemes to activate by a rescan
	activeBits uint8 // the 2-bit info fields of the active schemes
	aliveLow   uint8 // the low bit of the 2-bit info fields of the live schemes
	runes      int   // delivered runes so far
	off        int   // output bytes so far
	limit      int
	twos       [MaxSchemes]int
	waste      [MaxSchemes]int
	nextB      [MaxSchemes]int
	kill       [MaxSchemes]Cause
	snap       [MaxSchemes]snapshot
	unknown    int
	firstUnk   Cause
	badOff     int // output offset of the first invalid byte, when bad
	bad        bool
	sawPipe    bool
	hasMax     bool
}

const noLimit = int(^uint(0) >> 1)

func (c *counter) init(rl *Rules) {
	c.rl = rl
	c.n = len(rl.Schemes)
	c.alive = uint8(1)<<c.n - 1
	c.hasMax = rl.OverMax != NoMax
	// nextB starts at 0: the first 2-unit rune of a scheme sets it.
	if rl.Choice == FirstQualifying {
		c.active = 1
	} else {
		for s, d := range rl.Dominators[:c.n] {
			if d == 0 {
				c.active |= 1 << s
			}
		}
	}
	c.setBits()
}

// dominators returns the schemes that dominate scheme s (see Rules.Dominators).
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

// expand spreads bits 0..3 of x to bits 0, 2, 4, 6.
func expand(x uint8) uint8 {
	x = (x | x<<2) & 0x33
	return (x | x<<1) & 0x55
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
	if !c.hasMax {
		return
	}
	for s := 0; s < c.n; s++ {
		if c.active&(1<<s) != 0 && !c.snap[s].set {
			c.limit = min(c.limit, c.rl.Max[s]-c.twos[s])
		}
	}
}

// compress gathers bits 0, 2, 4, 6 of x into bits 0..3.
func compress(x uint8) uint8 {
	x &= 0x55
	x = (x | x>>1) & 0x33
	return (x | x>>2) & 0x0F
}

// plain reports whether a rune of info in costs 1 unit in every counted
// scheme and is carried by every live one, so that it may be counted
// without touching the schemes.
func (c *counter) plain(in uint8) bool {
	return (in^c.rl.Plain)&c.activeBits == 0 && (in|in>>1)&c.aliveLow == c.aliveLow && c.runes < c.limit
}

// emit counts one delivered rune r, whose UTF-8 form takes size bytes.
func (c *counter) emit(r rune, size int) {
	c.emitInfo(r, c.rl.info(r), size)
}

// emitInfo is emit with the rune's info already looked up.
func (c *counter) emitInfo(r rune, in uint8, size int) {
	if in == 0 || (in|in>>1)&c.aliveLow != c.aliveLow || c.runes+2 > c.limit || r == '|' {
		c.emitSlow(r, in, size)
		return
	}
	c.addTwos(compress((in>>1)&^in) & c.active)
	c.runes++
	c.off += size
}

// zeroPrefix reports whether scheme j's state over the text so far is
// known to be zero: a scheme j extends (Rules.Extends) was counted from the
// start (counted schemes always were), saw no 2-unit rune, and the text so
// far is below j's maximum.
func (c *counter) zeroPrefix(j int, counted uint8) bool {
	for m := c.rl.Extends[j&(MaxSchemes-1)] & counted; m != 0; m &= m - 1 {
		i := bits.TrailingZeros8(m) & (MaxSchemes - 1)
		if c.twos[i] == 0 && (!c.hasMax || c.runes+2 <= c.rl.Max[j&(MaxSchemes-1)]) {
			return true
		}
	}
	return false
}

// addTwos adds a 2-unit rune to each scheme in mask.
func (c *counter) addTwos(mask uint8) {
	for ; mask != 0; mask &= mask - 1 {
		c.add2(bits.TrailingZeros8(mask))
	}
}

// add2 adds a 2-unit rune to scheme s (before runes is incremented).
func (c *counter) add2(s int) {
	s &= MaxSchemes - 1
	if pos := c.runes + c.twos[s] + c.waste[s]; pos+2 > c.nextB[s] {
		c.boundary(s, pos)
	}
	c.twos[s]++
	if c.hasMax && !c.snap[s].set {
		c.limit = min(c.limit, c.rl.Max[s]-c.twos[s])
	}
}

// boundary moves nextB past pos and, when one unit is left in the part,
// wastes it: the 2-unit rune starts the next part.
func (c *counter) boundary(s, pos int) {
	m := c.rl.Schemes[s].Multi
	if pos >= c.nextB[s] {
		c.nextB[s] = (pos/m + 1) * m
	}
	if pos+2 > c.nextB[s] {
		c.waste[s]++
		c.nextB[s] += m
	}
}

// emitSlow is emitInfo for unknown runes, runes that rule a scheme out and
// runes that may take a scheme past its maximum.
func (c *counter) emitSlow(r rune, in uint8, size int) {
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
	low, high := in&0x55, (in>>1)&0x55
	activeBefore := c.active
	if zeros := compress(^(high | low)) & c.alive; zeros != 0 {
		c.alive &^= zeros
		c.active &^= zeros
		c.pending &^= zeros
		for zeros != 0 {
			s := bits.TrailingZeros8(zeros)
			zeros &= zeros - 1
			c.kill[s] = Cause{Rune: r, Offset: c.off}
		}
		// Schemes whose last dominator died are counted from now on, after
		// a rescan of the text so far (this rune included) — unless a scheme
		// they extend was counted all along and found no 2-unit rune: then
		// every rune so far cost 1 in them too, and their state is zero.
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
	if c.hasMax {
		for s := 0; s < c.n; s++ {
			if c.active&(1<<s) == 0 || c.snap[s].set {
				continue
			}
			u := 1 + int(twos>>s&1)
			if units := c.runes + c.twos[s]; units+u > c.rl.Max[s] {
				c.snap[s] = snapshot{set: true, units: units, runes: c.runes, off: c.off,
					pos: units + c.waste[s], r: r}
			}
		}
	}
	c.addTwos(twos)
	c.runes++
	c.off += size
	c.setBits()
}

// deliver maps an input rune through the user options and the vendor
// substitution (SPEC 3.7): it returns the delivered rune, or, when -smart
// replaces r by several ASCII bytes, those bytes (each still to go through
// the substitution) in repl.
func (rl *Rules) deliver(r rune, opt Options) (out rune, repl string) {
	if r >= 0x80 {
		if opt.ASCII {
			r = sanitize.ASCIIRune(r)
		}
		if opt.Smart {
			if repl, ok := sanitize.SmartRune(r); ok {
				return -1, repl
			}
		}
	}
	return rl.substRune(r), ""
}

// substRune applies the vendor substitution to r.
func (rl *Rules) substRune(r rune) rune {
	if rl.Subst == SubstBiSMS {
		return sanitize.BiSMSRune(r)
	}
	return r
}

// input counts one input rune through the user options and the vendor
// substitution.
func (c *counter) input(r rune, opt Options) {
	r, repl := c.rl.deliver(r, opt)
	if repl == "" {
		c.emit(r, runeLen(r))
		return
	}
	for i := 0; i < len(repl); i++ {
		c.subst(rune(repl[i]))
	}
}

// subst counts one rune that only the vendor substitution may change.
func (c *counter) subst(r rune) {
	r = c.rl.substRune(r)
	c.emit(r, runeLen(r))
}

// Analyze analyses text under rl with the options opt. It allocates nothing.
func Analyze[T text](rl *Rules, opt Options, s T) Result {
	if len(s) == 0 {
		return emptyResult(rl)
	}
	var c counter
	c.init(rl)
	if c.hasMax && rl.cannotPassMax(len(s), opt) {
		// A rune costs at most 2 units and a byte gives at most one rune:
		// this text cannot reach any maximum, so nothing needs watching.
		c.hasMax = false
		c.setLimit()
	}
	countInput(&c, rl, opt, s)
	if opt.Suffixes != 0 {
		countSuffix(&c, rl, opt, s, -1)
	}
	res := c.finish()
	if c.sawPipe && rl.Wire == WirePipe {
		res.Warnings = countWarnings(rl, opt, &res, s)
	}
	return res
}

// countInput counts the delivered runes of the input s.
func countInput[T text](c *counter, rl *Rules, opt Options, s T) {
	extra := uint64(0)
	if rl.SWARExtra != 0 && indexByte(s, rl.SWARExtra) >= 0 {
		// Only a text that holds the extra byte pays for looking for it.
		extra = uint64(rl.SWARExtra) * lsb
	}
	simple := !opt.ASCII && !opt.Smart && rl.Subst == NoSubst
	n := len(s)
	i := 0
	for i < n {
		if i+8 <= n && c.runes+8 <= c.limit {
			// Plain words: 8 bytes at a time, then 32 at a time once two
			// words in a row were plain. The first marked byte ends the run.
			end := n
			if c.limit != noLimit {
				end = min(n, i+c.limit-c.runes)
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
		}
		b := s[i]
		if b < 0x80 {
			i++
			if c.plain(rl.Info[b]) {
				c.runes++
				c.off++
				continue
			}
			c.subst(rune(b))
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
				goto next
			}
			r, repl := rl.deliver(r, opt)
			if repl != "" {
				for k := 0; k < len(repl); k++ {
					c.subst(rune(repl[k]))
				}
			} else if in := rl.Info[r]; c.plain(in) {
				c.runes++
				c.off += runeLen(r)
				continue
			} else {
				c.emitInfo(r, in, runeLen(r))
			}
		} else {
			r, size := decode(s, i)
			if size == 1 && !c.bad {
				c.bad, c.badOff = true, c.off
			}
			i += size
			c.input(r, opt)
		}
	next:
		if c.pending != 0 {
			rescan(c, rl, opt, s[:i], 0)
		}
	}
}

// countSuffix counts the chosen vendor suffixes, each preceded by a space;
// with upto >= 0 only their first upto runes. s is the whole input (for a
// rescan).
func countSuffix[T text](c *counter, rl *Rules, opt Options, s T, upto int) {
	k := 0
	for idx, suf := range rl.Suffixes {
		if opt.Suffixes&(1<<idx) == 0 {
			continue
		}
		for j := -1; j < len(suf); {
			if k == upto {
				return
			}
			r, size := ' ', 1
			if j >= 0 {
				r, size = decode(suf, j)
			}
			j += size
			c.emit(r, runeLen(r))
			k++
			if c.pending != 0 {
				rescan(c, rl, opt, s, k)
			}
		}
	}
}

// rescan counts the schemes c.pending over the text so far: the input s
// (the whole input, or the prefix that ends with the current rune) and the
// first sufRunes runes of the suffixes. It is the one second pass of the
// engine, taken when a scheme's last dominator is ruled out (see counter).
func rescan[T text](c *counter, rl *Rules, opt Options, s T, sufRunes int) {
	mask := c.pending
	c.pending = 0
	sub := counter{rl: rl, n: c.n, alive: mask, active: mask, hasMax: c.hasMax}
	sub.setBits()
	countInput(&sub, rl, opt, s)
	if sufRunes > 0 {
		countSuffix(&sub, rl, opt, s, sufRunes)
	}
	for m := mask; m != 0; m &= m - 1 {
		j := bits.TrailingZeros8(m)
		c.twos[j], c.waste[j], c.nextB[j], c.snap[j] = sub.twos[j], sub.waste[j], sub.nextB[j], sub.snap[j]
	}
	c.active |= mask & c.alive
	c.setBits()
}

func emptyResult(rl *Rules) Result {
	return Result{
		Encoding:   Normal,
		Shift:      NoShift,
		Remaining:  rl.Schemes[0].Single,
		Errors:     1,
		FirstError: Issue{Code: Empty},
		Forced:     Cause{Offset: -1},
		Params:     MakeParams(rl, Normal, 0),
		scheme:     -1,
	}
}

// segmentsOf returns the billed segments of scheme s for units u and the
// greedy position pos (see counter).
func (rl *Rules) segmentsOf(s, u, pos int) int {
	sc := &rl.Schemes[s]
	if u <= sc.Single {
		if rl.Billing != Ranges {
			return 1
		}
	}
	switch rl.Billing {
	case Ceil:
		return (u + sc.Multi - 1) / sc.Multi
	case Ranges:
		for i, hi := range rl.Ranges[s] {
			if u <= hi {
				return i + 1
			}
		}
		return len(rl.Ranges[s])
	}
	parts, _ := partsOf(pos, sc.Multi)
	return parts
}

func (c *counter) finish() Result {
	rl := c.rl
	// Choose the scheme. Rules keep a last scheme that carries every rune
	// any scheme carries, so one is always alive; if not, the last is used.
	best := -1
	bestSeg := 0
	for s := 0; s < c.n; s++ {
		if c.active&(1<<s) == 0 {
			continue
		}
		units := c.runes + c.twos[s]
		seg := rl.segmentsOf(s, units, units+c.waste[s])
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
	sc := &rl.Schemes[s]
	units, runes, textLen := c.runes+c.twos[s], c.runes, c.off
	pos := units + c.waste[s]
	res := Result{
		Encoding: sc.Encoding,
		Shift:    sc.Shift,
		Forced:   Cause{Offset: -1},
		scheme:   int8(s),
	}
	if s > 0 && c.alive&1 == 0 {
		res.Forced = c.kill[0]
	}
	badOff := -1
	if c.bad {
		badOff = c.badOff
	}
	if c.hasMax && c.snap[s].set {
		sn := &c.snap[s]
		switch rl.OverMax {
		case MaxTruncate:
			res.Truncated = runes - sn.runes
			units, runes, pos, textLen = sn.units, sn.runes, sn.pos, sn.off
			if badOff > textLen {
				badOff = textLen
			}
		case MaxError:
			res.Errors++
			res.FirstError = Issue{Code: TooLong, Offset: sn.off, Rune: sn.r}
		}
	}
	parts, cur := 1, units
	if units > sc.Single {
		parts, cur = partsOf(pos, sc.Multi)
	}
	seg := rl.segmentsOf(s, units, pos)
	res.Units, res.Runes, res.Parts, res.Segments, res.TextLen = units, runes, parts, seg, textLen
	switch rl.Billing {
	case Ceil:
		if seg == 1 {
			res.Remaining = sc.Single - units
		} else {
			res.Remaining = seg*sc.Multi - units
		}
	case Ranges:
		res.Remaining = rl.Ranges[s][seg-1] - units
	default:
		if parts == 1 {
			res.Remaining = sc.Single - units
		} else {
			res.Remaining = sc.Multi - cur
		}
	}
	if res.Remaining < 0 {
		res.Remaining = 0
	}
	// Errors, ordered by offset; at one offset invalid_utf8, then
	// unknown_char, then too_long.
	if c.unknown > 0 {
		res.Errors += c.unknown
		res.FirstError = earlier(Issue{Code: UnknownChar, Offset: c.firstUnk.Offset, Rune: c.firstUnk.Rune}, res.FirstError)
	}
	if badOff >= 0 {
		res.Errors++
		res.FirstError = earlier(Issue{Code: InvalidUTF8, Offset: badOff, Rune: utf8.RuneError}, res.FirstError)
	}
	res.Params = MakeParams(rl, res.Encoding, seg)
	return res
}

// earlier returns a if it comes first (or b is unset), else b.
func earlier(a, b Issue) Issue {
	if b.Code == 0 || (a.Code != 0 && a.Offset <= b.Offset) {
		return a
	}
	return b
}

// partsOf returns the parts of a greedy split whose position (units +
// waste, see counter) is pos, and the units of the last part.
func partsOf(pos, multi int) (parts, last int) {
	if pos == 0 {
		return 1, 0
	}
	parts = (pos + multi - 1) / multi
	return parts, pos - (parts-1)*multi
}

// cannotPassMax reports whether a text of n input bytes, with the suffixes
// opt selects, stays within every scheme's maximum whatever it holds.
func (rl *Rules) cannotPassMax(n int, opt Options) bool {
	runes := n
	for k, suf := range rl.Suffixes {
		if opt.Suffixes&(1<<k) != 0 {
			runes += 1 + len(suf)
		}
	}
	for s := range rl.Schemes {
		if 2*runes > rl.Max[s] {
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
