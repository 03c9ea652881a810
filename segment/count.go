// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package segment

import (
	"math/bits"
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

// special32 is special over s[i:i+32], for the bulk loop: zero when all 32
// bytes are plain.
func special32[T text](s T, i int, extra uint64) uint64 {
	b := s[i : i+32]
	return special(load64(b, 0), extra) | special(load64(b, 8), extra) |
		special(load64(b, 16), extra) | special(load64(b, 24), extra)
}

// special marks (high bit of each byte) the bytes of w that may not be plain:
// bytes >= 0x80, control bytes < 0x20, [\]^_` (0x5B–0x60), {|}~ DEL (>= 0x7B)
// and the profile's extra byte. Carries and borrows only move towards higher
// bytes, so the lowest marked byte is exact: every byte below it is plain
// printable ASCII outside those ranges.
func special(w uint64, extra uint64) uint64 {
	m := w & msb
	lt20 := ^(w + (0x80-0x20)*lsb)
	ge5B := w + (0x80-0x5B)*lsb
	ge61 := w + (0x80-0x61)*lsb
	ge7B := w + (0x80-0x7B)*lsb
	m |= (lt20 | (ge5B &^ ge61) | ge7B) & msb
	if extra != 0 {
		x := w ^ extra
		m |= (x - lsb) &^ x & msb
	}
	return m
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
	cur   int
	parts int
	r     rune
}

// counter is the state of one pass. All of it lives on the caller's stack.
type counter struct {
	rl       *Rules
	n        int // number of schemes
	alive    uint8
	total    [MaxSchemes]int
	cur      [MaxSchemes]int
	parts    [MaxSchemes]int
	kill     [MaxSchemes]Cause
	snap     [MaxSchemes]snapshot
	runes    int
	off      int // output byte offset
	plain    int // pending run of plain ASCII bytes, not yet added
	unknown  int
	firstUnk Cause
	badOff   int // output offset of the first invalid byte, -1 if none
	sawPipe  bool
	hasMax   bool
}

func (c *counter) init(rl *Rules) {
	c.rl = rl
	c.n = len(rl.Schemes)
	c.alive = uint8(1)<<c.n - 1
	for s := 0; s < c.n; s++ {
		c.parts[s] = 1
		c.kill[s].Offset = -1
	}
	c.firstUnk.Offset = -1
	c.badOff = -1
	c.hasMax = rl.OverMax != NoMax
}

// flush adds the pending run of plain ASCII runes to every live scheme.
func (c *counter) flush() {
	k := c.plain
	if k == 0 {
		return
	}
	c.plain = 0
	if c.hasMax {
		c.flushMax(k)
		return
	}
	for s := 0; s < c.n; s++ {
		if c.alive&(1<<s) != 0 {
			c.addRun(s, k)
		}
	}
	c.runes += k
	c.off += k
}

// addRun adds k runes of 1 unit each to scheme s.
func (c *counter) addRun(s, k int) {
	m := c.rl.Schemes[s].Multi
	c.total[s] += k
	cur := c.cur[s] + k
	if cur > m {
		extra := cur - m
		np := (extra + m - 1) / m
		c.parts[s] += np
		cur = extra - (np-1)*m
	}
	c.cur[s] = cur
}

// flushMax is flush for profiles with a maximum: a run that crosses a
// scheme's maximum is split there so the snapshot is exact.
func (c *counter) flushMax(k int) {
	for s := 0; s < c.n; s++ {
		if c.alive&(1<<s) == 0 {
			continue
		}
		if !c.snap[s].set && c.total[s]+k > c.rl.Max[s] {
			need := c.rl.Max[s] - c.total[s]
			if need > 0 {
				c.addRun(s, need)
			}
			c.snap[s] = snapshot{set: true, units: c.total[s], runes: c.runes + need, off: c.off + need,
				cur: c.cur[s], parts: c.parts[s]}
			c.addRun(s, k-need)
			continue
		}
		c.addRun(s, k)
	}
	c.runes += k
	c.off += k
}

// emit counts one delivered rune r, whose UTF-8 form takes size bytes.
func (c *counter) emit(r rune, size int) {
	in := c.rl.info(r)
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
	for s := 0; s < c.n; s++ {
		bit := uint8(1) << s
		if c.alive&bit == 0 {
			continue
		}
		u := int(in>>(2*s)) & 3
		if u == 0 {
			c.alive &^= bit
			c.kill[s] = Cause{Rune: r, Offset: c.off}
			continue
		}
		if c.hasMax && !c.snap[s].set && c.total[s]+u > c.rl.Max[s] {
			c.snap[s] = snapshot{set: true, units: c.total[s], runes: c.runes, off: c.off,
				cur: c.cur[s], parts: c.parts[s], r: r}
		}
		c.total[s] += u
		if c.cur[s]+u > c.rl.Schemes[s].Multi {
			c.parts[s]++
			c.cur[s] = u
		} else {
			c.cur[s] += u
		}
	}
	c.runes++
	c.off += size
}

// input counts one input rune through the user options and the vendor
// substitution; bad is true when it stands for an invalid byte.
func (c *counter) input(r rune, opt Options) {
	if r >= 0x80 {
		if opt.ASCII {
			r = sanitize.ASCIIRune(r)
		}
		if opt.Smart {
			if repl, ok := sanitize.SmartRune(r); ok {
				for i := 0; i < len(repl); i++ {
					c.subst(rune(repl[i]))
				}
				return
			}
		}
	}
	c.subst(r)
}

func (c *counter) subst(r rune) {
	if c.rl.Subst == SubstBiSMS {
		r = sanitize.BiSMSRune(r)
	}
	c.emit(r, runeLen(r))
}

// Analyze analyses text under rl with the options opt. It allocates nothing.
func Analyze[T text](rl *Rules, opt Options, s T) Result {
	if len(s) == 0 {
		return emptyResult(rl)
	}
	var c counter
	c.init(rl)
	plainInfo := rl.Plain
	extra := uint64(rl.SWARExtra) * lsb
	n := len(s)
	i := 0
	for i < n {
		// Bulk: 32 plain bytes at a time, branch-free inside.
		for i+32 <= n && special32(s, i, extra) == 0 {
			c.plain += 32
			i += 32
		}
		if i+8 > n {
			if i == n {
				break
			}
		} else {
			m := special(load64(s, i), extra)
			if m == 0 {
				c.plain += 8
				i += 8
				continue
			}
			k := bits.TrailingZeros64(m) >> 3
			c.plain += k
			i += k
		}
		b := s[i]
		if b < 0x80 {
			if rl.Info[b] == plainInfo {
				c.plain++
				i++
				continue
			}
			c.flush()
			c.subst(rune(b))
			i++
			continue
		}
		c.flush()
		r, size := decode(s, i)
		if size == 1 && c.badOff < 0 {
			c.badOff = c.off
		}
		c.input(r, opt)
		i += size
	}
	c.flush()
	if opt.Suffixes != 0 {
		for k, suf := range rl.Suffixes {
			if opt.Suffixes&(1<<k) == 0 {
				continue
			}
			c.emit(' ', 1)
			for _, r := range suf {
				c.emit(r, runeLen(r))
			}
		}
	}
	res := c.finish()
	if c.sawPipe && rl.Wire == WirePipe {
		res.Warnings = countWarnings(rl, opt, &res, s)
	}
	return res
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
// greedy part count parts.
func (rl *Rules) segmentsOf(s, u, parts int) int {
	sc := &rl.Schemes[s]
	switch rl.Billing {
	case Ceil:
		if u <= sc.Single {
			return 1
		}
		return (u + sc.Multi - 1) / sc.Multi
	case Ranges:
		for i, hi := range rl.Ranges[s] {
			if u <= hi {
				return i + 1
			}
		}
		return len(rl.Ranges[s])
	}
	if u <= sc.Single {
		return 1
	}
	return parts
}

func (c *counter) finish() Result {
	rl := c.rl
	// Choose the scheme. With no live scheme (every scheme ruled out by a
	// rune another scheme carries), the last scheme is used.
	best := -1
	bestSeg := 0
	for s := 0; s < c.n; s++ {
		if c.alive&(1<<s) == 0 {
			continue
		}
		seg := rl.segmentsOf(s, c.total[s], c.parts[s])
		if best < 0 || (rl.Choice == Cheapest && seg < bestSeg) {
			best, bestSeg = s, seg
		}
		if rl.Choice == FirstQualifying {
			break
		}
	}
	if best < 0 {
		best = c.n - 1
	}
	s := best
	sc := &rl.Schemes[s]
	units, runes, parts, cur, textLen := c.total[s], c.runes, c.parts[s], c.cur[s], c.off
	res := Result{
		Encoding: sc.Encoding,
		Shift:    sc.Shift,
		Forced:   Cause{Offset: -1},
		scheme:   int8(s),
	}
	if s > 0 && c.kill[0].Offset >= 0 {
		res.Forced = c.kill[0]
	}
	badOff := c.badOff
	if c.hasMax && c.snap[s].set {
		sn := &c.snap[s]
		switch rl.OverMax {
		case MaxTruncate:
			res.Truncated = runes - sn.runes
			units, runes, parts, cur, textLen = sn.units, sn.runes, sn.parts, sn.cur, sn.off
			if badOff > textLen {
				badOff = textLen
			}
		case MaxError:
			res.Errors++
			res.FirstError = Issue{Code: TooLong, Offset: sn.off, Rune: sn.r}
		}
	}
	if units <= sc.Single {
		parts = 1
	}
	seg := rl.segmentsOf(s, units, parts)
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
