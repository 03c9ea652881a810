// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"unicode/utf8"

	"github.com/smsseg/smsseg/codes"
)

// walker yields the delivered runes of a text one by one: the input decoded
// (an invalid byte is one U+FFFD), through the user options and the vendor
// substitution, then the chosen suffixes, up to limit bytes of output.
type walker[T text] struct {
	rl    *Rules
	opt   Options
	s     T
	i     int
	pend  string // rest of a -smart expansion
	sufs  uint8  // suffixes still to emit
	suf   string // the suffix being emitted
	off   int    // output offset of the next rune
	limit int
}

func newWalker[T text](rl *Rules, opt Options, s T, limit int) walker[T] {
	return walker[T]{rl: rl, opt: opt, s: s, sufs: opt.Suffixes, limit: limit}
}

// next returns the next delivered rune and its output offset; bad is true
// for the U+FFFD of an invalid byte; ok is false at the end.
func (w *walker[T]) next() (r rune, off int, bad, ok bool) {
	if w.off >= w.limit {
		return 0, w.off, false, false
	}
	switch {
	case len(w.pend) > 0:
		r = w.rl.substRune(rune(w.pend[0]))
		w.pend = w.pend[1:]
	case w.i < len(w.s):
		var size int
		r, size = decode(w.s, w.i)
		w.i += size
		bad = size == 1 && r == utf8.RuneError
		var repl string
		if r, repl = w.rl.deliver(r, w.opt); repl != "" {
			r, w.pend = w.rl.substRune(rune(repl[0])), repl[1:]
		}
	case len(w.suf) > 0:
		var size int
		r, size = decode(w.suf, 0)
		w.suf = w.suf[size:]
	case w.sufs != 0:
		k := 0
		for w.sufs&(1<<k) == 0 {
			k++
		}
		w.sufs &^= 1 << k
		if k >= len(w.rl.Suffixes) {
			return 0, w.off, false, false
		}
		w.suf = w.rl.Suffixes[k]
		r = ' '
	default:
		return 0, w.off, false, false
	}
	off = w.off
	w.off += runeLen(r)
	return r, off, bad, true
}

// units returns what r costs in scheme s; an unknown rune costs 1.
func (rl *Rules) units(s int, r rune) int {
	u := int(rl.info(r)>>(2*s)) & 3
	if u == 0 {
		return 1
	}
	return u
}

// verbatim reports whether an input of n bytes, analysed into res, is its
// own delivered text: no option, substitution or suffix applies, and no
// invalid byte grew into a 3-byte U+FFFD (nor did truncation cut it).
func verbatim(rl *Rules, opt Options, res *Result, n int) bool {
	return opt == (Options{}) && rl.Subst == NoSubst && res.TextLen == n
}

// AppendText appends the delivered text of s, as analysed in res, to dst.
func AppendText[T text](dst []byte, rl *Rules, opt Options, res *Result, s T) []byte {
	if verbatim(rl, opt, res, len(s)) {
		return append(dst, s...)
	}
	w := newWalker(rl, opt, s, res.TextLen)
	for {
		r, _, _, ok := w.next()
		if !ok {
			return dst
		}
		dst = utf8.AppendRune(dst, r)
	}
}

// AppendWire appends the vendor's message field for s to dst: the delivered
// text, with Öztek pipe codes for a WirePipe profile.
func AppendWire[T text](dst []byte, rl *Rules, opt Options, res *Result, s T) []byte {
	if rl.Wire != WirePipe {
		return AppendText(dst, rl, opt, res, s)
	}
	if verbatim(rl, opt, res, len(s)) {
		switch v := any(s).(type) {
		case string:
			return codes.AppendEncode(dst, v)
		case []byte:
			return codes.AppendEncodeBytes(dst, v)
		}
	}
	w := newWalker(rl, opt, s, res.TextLen)
	for {
		r, _, _, ok := w.next()
		if !ok {
			return dst
		}
		if c, ok := codes.Lookup(r); ok {
			dst = append(dst, '|', '0'+c/10, '0'+c%10, '|')
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
}

// AppendParts appends the parts of the greedy split of s (SPEC 4) under the
// scheme res chose.
func AppendParts[T text](dst []Part, rl *Rules, opt Options, res *Result, s T) []Part {
	if res.scheme < 0 {
		return dst
	}
	sc := &rl.Schemes[res.scheme]
	if res.Units <= sc.Single {
		return append(dst, Part{Start: 0, End: res.TextLen, Units: res.Units})
	}
	if verbatim(rl, opt, res, len(s)) {
		return appendPartsDirect(dst, rl, int(res.scheme), s)
	}
	w := newWalker(rl, opt, s, res.TextLen)
	start, cur := 0, 0
	for {
		r, off, _, ok := w.next()
		if !ok {
			break
		}
		u := rl.units(int(res.scheme), r)
		if cur+u > sc.Multi {
			dst = append(dst, Part{Start: start, End: off, Units: cur})
			start, cur = off, 0
		}
		cur += u
	}
	return append(dst, Part{Start: start, End: res.TextLen, Units: cur})
}

// AppendIssues appends the errors and warnings of s to dst, ordered by
// offset (at one offset: invalid_utf8, unknown_char, too_long; a warning
// before the errors of the rune that completes it).
func AppendIssues[T text](dst []Issue, rl *Rules, opt Options, res *Result, s T) []Issue {
	if res.scheme < 0 {
		return append(dst, Issue{Code: Empty})
	}
	return walkIssues(dst, rl, opt, res, s, nil)
}

func walkIssues[T text](dst []Issue, rl *Rules, opt Options, res *Result, s T, count *int) []Issue {
	w := newWalker(rl, opt, s, res.TextLen)
	scheme := int(res.scheme)
	total := 0
	seenBad, tooLong := false, false
	pipes := rl.Wire == WirePipe
	// the last three runes, for ambiguous_pipe: r3 is the oldest.
	var r1, r2, r3 rune
	o3 := 0
	var o1, o2 int
	for {
		r, off, bad, ok := w.next()
		if !ok {
			if !seenBad && count == nil && res.Truncated > 0 && hasInvalid(w.s, w.i) {
				dst = append(dst, Issue{Code: InvalidUTF8, Offset: res.TextLen, Rune: utf8.RuneError})
			}
			return dst
		}
		if pipes && r3 == '|' && isDigit(r2) && isDigit(r1) && (r == '|' || codes.HasCode(r)) {
			if count != nil {
				*count++
			} else {
				dst = append(dst, Issue{Code: AmbiguousPipe, Offset: o3, Rune: '|'})
			}
		}
		r3, o3, r2, o2, r1, o1 = r2, o2, r1, o1, r, off
		if count != nil {
			continue
		}
		if bad && !seenBad {
			seenBad = true
			dst = append(dst, Issue{Code: InvalidUTF8, Offset: off, Rune: utf8.RuneError})
		}
		if rl.info(r) == 0 {
			dst = append(dst, Issue{Code: UnknownChar, Offset: off, Rune: r})
		}
		if rl.OverMax == MaxError && !tooLong {
			total += rl.units(scheme, r)
			if total > rl.Max[scheme] {
				tooLong = true
				dst = append(dst, Issue{Code: TooLong, Offset: off, Rune: r})
			}
		}
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// countWarnings counts the ambiguous_pipe warnings of s.
func countWarnings[T text](rl *Rules, opt Options, res *Result, s T) int {
	n := 0
	walkIssues(nil, rl, opt, res, s, &n)
	return n
}

// hasInvalid reports whether s[i:] holds an invalid byte.
func hasInvalid[T text](s T, i int) bool {
	for i < len(s) {
		r, size := decode(s, i)
		if size == 1 && r == utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}

// RuneUnits returns the units r costs in scheme i, or 0 when scheme i
// cannot carry r (or i is out of range).
func (rl *Rules) RuneUnits(i int, r rune) int {
	if i < 0 || i >= len(rl.Schemes) {
		return 0
	}
	return int(rl.info(r)>>(2*i)) & 3
}

// appendPartsDirect is AppendParts for a text that is its own delivered
// text (no option, substitution, suffix or invalid byte): it walks the input
// and skips plain words whole.
func appendPartsDirect[T text](dst []Part, rl *Rules, scheme int, s T) []Part {
	multi := rl.Schemes[scheme].Multi
	extra := uint64(rl.SWARExtra) * lsb
	sh := 2 * uint(scheme)
	start, cur := 0, 0
	for i, n := 0, len(s); i < n; {
		if i+8 <= n && cur+8 <= multi && special(load64(s, i), extra) == 0 {
			cur += 8
			i += 8
			continue
		}
		u, size := 0, 1
		if b := s[i]; b < 0x80 {
			u = int(rl.Info[b]>>sh) & 3
		} else {
			var r rune
			r, size = decode(s, i)
			u = int(rl.info(r)>>sh) & 3
		}
		if u == 0 {
			u = 1 // unknown: counts 1
		}
		if cur+u > multi {
			dst = append(dst, Part{Start: start, End: i, Units: cur})
			start, cur = i, 0
		}
		cur += u
		i += size
	}
	return append(dst, Part{Start: start, End: len(s), Units: cur})
}
