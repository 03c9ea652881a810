// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/engine"
	"github.com/smsseg/smsseg/sanitize"
	"golang.org/x/text/unicode/norm"
)

// Folds is a set of the changes a caller can make to a text before sending
// it: the user options of SPEC 3.9 and removing the runes the vendor
// rejects. Suggestions and fold policies are expressed in it; each member
// is one segcalc flag.
type Folds uint8

// The folds, in the order they apply (SPEC 3.7: -nfc, then -smart, then
// -ascii; -drop last, on what the options made of each rune).
const (
	FoldNFC   Folds = 1 << iota // -nfc: Unicode NFC (WithNFC)
	FoldSmart                   // -smart: typographic punctuation (WithSmart)
	FoldASCII                   // -ascii: Turkish letters to ASCII (WithASCII)
	FoldDrop                    // -drop: remove the runes the vendor rejects (WithDrop)

	// AllFolds is every fold.
	AllFolds = FoldNFC | FoldSmart | FoldASCII | FoldDrop
)

var foldFlags = [...]string{"-nfc", "-smart", "-ascii", "-drop"}

// AppendFlags appends the segcalc flags of f, space-separated, in the order
// of the constants ("-smart -ascii").
func (f Folds) AppendFlags(dst []byte) []byte {
	first := true
	for i, name := range foldFlags {
		if f&(1<<i) != 0 {
			if !first {
				dst = append(dst, ' ')
			}
			first = false
			dst = append(dst, name...)
		}
	}
	return dst
}

// Flags returns the segcalc flags of f in a new slice, such as ["-ascii"].
func (f Folds) Flags() []string {
	var s []string
	for i, name := range foldFlags {
		if f&(1<<i) != 0 {
			s = append(s, name)
		}
	}
	return s
}

// String returns the flags of f joined by spaces, or "none".
func (f Folds) String() string {
	if f&AllFolds == 0 {
		return "none"
	}
	return string(f.AppendFlags(nil))
}

// Count returns the number of folds in f.
func (f Folds) Count() int {
	n := 0
	for f &= AllFolds; f != 0; f &= f - 1 {
		n++
	}
	return n
}

// WithDrop returns p removing, from the caller's text, every rune whose
// delivered form (after the options and the vendor substitution) the vendor
// rejects (segcalc -drop): the unknown_char errors go away with the runes.
// A text that holds such a rune costs one allocation, for the copy the
// Analysis then refers to.
func (p Profile) WithDrop(on bool) Profile { p.drop = on; return p }

// Drop reports whether WithDrop is on.
func (p Profile) Drop() bool { return p.drop }

// Folds returns the options set on p as a Folds.
func (p Profile) Folds() Folds {
	var f Folds
	if p.nfc {
		f |= FoldNFC
	}
	if p.opt.Smart {
		f |= FoldSmart
	}
	if p.opt.ASCII {
		f |= FoldASCII
	}
	if p.drop {
		f |= FoldDrop
	}
	return f
}

// With returns p with the options of f turned on (those already on stay
// on): p.With(s.Folds) analyses what a Suggestion promises.
func (p Profile) With(f Folds) Profile {
	return p.setFolds(p.Folds() | f)
}

// setFolds sets exactly the options of f.
func (p Profile) setFolds(f Folds) Profile {
	p.nfc = f&FoldNFC != 0
	p.opt.Smart = f&FoldSmart != 0
	p.opt.ASCII = f&FoldASCII != 0
	p.drop = f&FoldDrop != 0
	return p
}

// optsOf returns opt with -smart and -ascii as f says.
func optsOf(opt engine.Options, f Folds) engine.Options {
	opt.Smart = f&FoldSmart != 0
	opt.ASCII = f&FoldASCII != 0
	return opt
}

// foldRune applies -smart and -ascii of f to r as the engine does (SPEC
// 3.9): ok is true when they replace r by repl (ASCII, possibly empty).
func foldRune(r rune, f Folds) (repl string, ok bool) {
	if r < utf8.RuneSelf && r != '`' {
		return "", false
	}
	if f&FoldSmart != 0 {
		if repl, ok := sanitize.SmartRune(r); ok {
			return repl, true
		}
	}
	if f&FoldASCII != 0 {
		if repl, ok := sanitize.ASCIIRune(r); ok {
			return repl, true
		}
	}
	return "", false
}

// carriesAll reports whether the vendor carries every rune s delivers
// (after its substitution); an invalid byte is a U+FFFD.
func carriesAll(rl *engine.Rules, s string) bool {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if rl.Subst == nil && rl.Info[b] == 0 || rl.Subst != nil && !rl.Carries(rl.SubstRune(rune(b))) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !rl.Carries(rl.SubstRune(r)) {
			return false
		}
		i += size
	}
	return true
}

// keeps reports whether -drop keeps the caller's rune r (its bytes raw),
// under the options of opt.
func keeps(rl *engine.Rules, f Folds, r rune, raw string) bool {
	if repl, ok := foldRune(r, f); ok {
		return carriesAll(rl, repl)
	}
	return carriesAll(rl, raw)
}

// dropRejected returns s without the runes the vendor rejects (WithDrop):
// s itself when it has none, else a copy.
func dropRejected(rl *engine.Rules, opt *engine.Options, s string) string {
	var f Folds
	if opt.Smart {
		f |= FoldSmart
	}
	if opt.ASCII {
		f |= FoldASCII
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !keeps(rl, f, r, s[i:i+size]) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if keeps(rl, f, r, s[i:i+size]) {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// appendForm appends what u, a piece of the caller's text (already NFC
// when f holds FoldNFC), becomes under the folds f before the vendor's
// substitution: -smart and -ascii replacements, and with FoldDrop without
// the runes the vendor rejects.
func appendForm(dst []byte, rl *engine.Rules, u string, f Folds) []byte {
	for i := 0; i < len(u); {
		r, size := utf8.DecodeRuneInString(u[i:])
		piece := u[i : i+size]
		if repl, ok := foldRune(r, f); ok {
			piece = repl
		}
		i += size
		if f&FoldDrop != 0 && !carriesAll(rl, piece) {
			continue
		}
		dst = append(dst, piece...)
	}
	return dst
}

// A unit is one editable piece of the caller's text: a rune, or an NFC
// segment that normalisation changes (so that an edit never splits a
// letter from its combining mark).
type unit struct {
	off, u16 int    // byte and UTF-16 offsets in the caller's text
	raw      string // its bytes in the caller's text
	nfc      string // its NFC form when that differs from raw, else "" (an allocation: rare)
	plain    bool   // a run of ASCII bytes no option changes (nextRun)
}

// unitIter walks the caller's text in units. It allocates nothing and
// holds no pointer but its text (so that the walks built on it stay on
// their caller's stack).
type unitIter struct {
	s      string
	i, u16 int
	nfc    bool // split at NFC segment boundaries: the text is not NFC
}

// newUnitIter walks s; split says whether to walk NFC segments (pass
// false for a text that is NFC already: its segments are its runes).
func newUnitIter(s string, split bool) unitIter {
	return unitIter{s: s, nfc: split}
}

func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n++
		if r >= 0x10000 {
			n++
		}
		i += size
	}
	return n
}

// nextRun returns, when the text at w is ASCII other than the grave
// accent (which no option but -drop changes), the whole run of such bytes
// as one plain unit, and otherwise the next unit. In an NFC walk it
// returns single units: an ASCII letter may take a combining mark.
func (w *unitIter) nextRun() (u unit, ok bool) {
	i := w.i
	if w.nfc || i >= len(w.s) || w.s[i] >= utf8.RuneSelf || w.s[i] == '`' {
		return w.next()
	}
	j := i + 1
	for j+8 <= len(w.s) && plain8(w.s[j:j+8]) {
		j += 8
	}
	for j < len(w.s) && w.s[j] < utf8.RuneSelf && w.s[j] != '`' {
		j++
	}
	w.i = j
	u = unit{off: i, u16: w.u16, raw: w.s[i:j], plain: true}
	w.u16 += j - i
	return u, true
}

// plain8 reports whether the 8 bytes of s are ASCII and none is the grave
// accent (a word at a time: no high bit, and no zero byte in s XOR 0x60 in every byte).
func plain8(s string) bool {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	x := v ^ 0x6060606060606060
	return v&msb == 0 && (x-lsb)&^x&msb == 0
}

// next returns the next unit; ok is false at the end.
func (w *unitIter) next() (u unit, ok bool) {
	if w.i >= len(w.s) {
		return unit{}, false
	}
	start := w.i
	size := 1
	if w.s[start] >= utf8.RuneSelf {
		_, size = utf8.DecodeRuneInString(w.s[start:])
	}
	end := start + size
	if w.nfc {
		// A segment runs to the next rune with an NFC boundary before it.
		for end < len(w.s) && w.s[end] >= utf8.RuneSelf && !norm.NFC.PropertiesString(w.s[end:]).BoundaryBefore() {
			_, n := utf8.DecodeRuneInString(w.s[end:])
			end += n
		}
	}
	u = unit{off: start, u16: w.u16, raw: w.s[start:end]}
	if w.nfc && end-start > size || w.nfc && !norm.NFC.IsNormalString(u.raw) {
		if n := nfcString(u.raw); n != u.raw {
			u.nfc = n
		} else if end-start > size {
			// Normal already: walk it rune by rune.
			end = start + size
			u.raw = w.s[start:end]
		}
	}
	w.i = end
	if end-start == size {
		w.u16++
		if size == 4 {
			w.u16++
		}
	} else {
		w.u16 += utf16Len(u.raw)
	}
	return u, true
}

// text returns the unit's text under f: its NFC form when f holds FoldNFC.
func (u *unit) text(f Folds) string {
	if f&FoldNFC != 0 && u.nfc != "" {
		return u.nfc
	}
	return u.raw
}
