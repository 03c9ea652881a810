// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"unicode/utf8"
	"unsafe"

	"github.com/smsseg/smsseg/internal/engine"
)

// Input returns the caller's text as passed to Analyze (before -nfc,
// -drop, the options and the vendor's changes).
func (a Analysis) Input() string { return a.src }

// InputOffset maps a byte offset of the delivered text (a part boundary,
// an issue or a mark) to a byte offset of the caller's text: the start of
// the caller's rune (or NFC-composed letter) the delivered rune at off
// comes from. A rune of the vendor suffix or the operator code, and an
// offset at or past the end of the delivered text, map to len(Input()).
// It walks the text once and allocates nothing.
func (a Analysis) InputOffset(off int) int {
	rl, r := a.p.rules(), a.res()
	if off <= 0 {
		return 0
	}
	in := len(a.text)
	var w engine.Walker[string]
	w.Init(rl, &a.p.opt, r, a.text)
	for {
		c, ok := w.Next()
		if !ok || c.Tail {
			return len(a.src)
		}
		if c.Off+utf8.RuneLen(c.R) > off {
			in = c.In
			break
		}
	}
	return a.srcOffset(in)
}

// srcOffset maps an offset of the engine's input (a.text) to the caller's
// text: they differ only by -nfc and -drop.
func (a *Analysis) srcOffset(in int) int {
	if len(a.text) == len(a.src) && (len(a.src) == 0 || unsafeSame(a.text, a.src)) {
		return in
	}
	rl := a.p.rules()
	f := a.p.Folds() & (FoldSmart | FoldASCII)
	w := newUnitIter(a.src, a.p.nfc && !isNFC(a.src))
	out := 0
	for {
		u, ok := w.next()
		if !ok {
			return len(a.src)
		}
		n := keptLen(rl, f, a.p.drop, u.text(a.p.Folds()&FoldNFC))
		if out+n > in {
			return u.off
		}
		out += n
	}
}

func unsafeSame(x, y string) bool {
	return len(x) == len(y) && (len(x) == 0 || unsafe.StringData(x) == unsafe.StringData(y))
}

// InputUTF16 converts a byte offset of the caller's text to UTF-16 code
// units, what a browser textarea and JavaScript count (a rune above U+FFFF
// is 2, an invalid byte 1). An offset inside a rune counts that rune; one
// past the end is the length. It allocates nothing.
func (a Analysis) InputUTF16(in int) int {
	in = min(max(in, 0), len(a.src))
	return utf16Len(a.src[:in])
}

// An InputMap maps offsets of the delivered text to the caller's text in
// one forward pass, for many offsets at once (every part, issue or mark of
// a long text): Map must be called with offsets that do not decrease. It
// is a value the caller owns; it allocates nothing.
type InputMap struct {
	a         *Analysis
	w         engine.Walker[string]
	cur       engine.Rune
	have      bool
	done      bool
	same      bool     // the engine's input is the caller's text
	uw        unitIter // -nfc or -drop: the caller's units
	out       int      // engine-input bytes of the units consumed
	uoff, un  int      // the pending unit: its offset and its length in the engine's input
	upend     bool
	u16, u16s int // UTF-16 units of a.src[:u16s]
	last      int
}

// Init makes m map the offsets of a, which must not change while m is in
// use.
func (m *InputMap) Init(a *Analysis) {
	*m = InputMap{a: a}
	m.w.Init(a.p.rules(), &a.p.opt, a.res(), a.text)
	m.same = len(a.text) == len(a.src) && unsafeSame(a.text, a.src)
	if !m.same {
		m.uw = newUnitIter(a.src, a.p.nfc && !isNFC(a.src))
	}
}

// Map returns the byte offset in the caller's text (as InputOffset) and in
// UTF-16 code units (as InputUTF16) of the delivered-text offset off. An
// offset smaller than the one before maps as that one did.
func (m *InputMap) Map(off int) (in, utf16 int) {
	a := m.a
	if off < m.last {
		off = m.last
	}
	m.last = off
	if off <= 0 {
		return 0, 0
	}
	for !m.done && (!m.have || m.cur.Off+utf8.RuneLen(m.cur.R) <= off) {
		c, ok := m.w.Next()
		if !ok || c.Tail {
			m.done = true
			break
		}
		m.cur, m.have = c, true
	}
	if m.done {
		in = len(a.src)
	} else if m.same {
		in = m.cur.In
	} else {
		in = m.srcOffset(m.cur.In)
	}
	if in > m.u16s {
		m.u16 += utf16Len(a.src[m.u16s:in])
		m.u16s = in
	}
	return in, m.u16
}

// srcOffset is Analysis.srcOffset for increasing offsets.
func (m *InputMap) srcOffset(e int) int {
	a, rl := m.a, m.a.p.rules()
	f := a.p.Folds() & (FoldSmart | FoldASCII)
	for {
		if !m.upend {
			u, ok := m.uw.next()
			if !ok {
				return len(a.src)
			}
			n := keptLen(rl, f, a.p.drop, u.text(a.p.Folds()&FoldNFC))
			m.uoff, m.un, m.upend = u.off, n, true
		}
		if m.out+m.un > e {
			return m.uoff
		}
		m.out += m.un
		m.upend = false
	}
}

// keptLen returns the bytes of the unit text t that stay in the delivered
// text: all of them, or with drop only the runes the vendor keeps.
func keptLen(rl *engine.Rules, f Folds, drop bool, t string) int {
	if !drop {
		return len(t)
	}
	n := 0
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if keeps(rl, f, r, t[i:i+size]) {
			n += size
		}
		i += size
	}
	return n
}
