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
		t := u.text(a.p.Folds() & FoldNFC)
		n := len(t)
		if a.p.drop {
			n = 0
			for i := 0; i < len(t); {
				r, size := utf8.DecodeRuneInString(t[i:])
				if keeps(rl, f, r, t[i:i+size]) {
					n += size
				}
				i += size
			}
		}
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
