// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/smsseg/smsseg/turkish"
)

// kind selects a rewrite; it is the only state of a Transformer.
type kind uint8

const (
	kindNone kind = iota // the zero Transformer: only invalid bytes change
	kindBiSMS
	kindSmart
	kindASCII
	kindSmartASCII // -smart then -ascii, for Options
)

// A Transformer is one of the rewrites of this package as a
// transform.SpanningTransformer. It is a small value without state: it may be
// copied, shared between goroutines and reused without Reset.
//
// Transform reads each rune as utf8.DecodeRune does and writes its rewrite.
// It consumes whole runes only: it returns transform.ErrShortDst, with the
// progress made so far, when dst cannot take the next rune's output, and
// transform.ErrShortSrc when atEOF is false and src ends in an incomplete but
// possibly valid UTF-8 sequence. At EOF, or when no continuation could make it
// valid, a bad byte is one U+FFFD.
//
// The zero Transformer rewrites nothing but invalid bytes, which it writes
// as U+FFFD.
type Transformer struct {
	transform.NopResetter
	k kind
}

var (
	// BiSMS applies SPEC 3.6 steps 1 and 2, as BiSMSRune does to each rune:
	// the substitutions, then a space for every rune outside BiSMSAccepted.
	// Its output is never longer than its input and holds as many runes.
	BiSMS = Transformer{k: kindBiSMS}

	// Smart folds typographic punctuation and invisible characters
	// (-smart), as SmartRune does to each rune; the removed runes write
	// nothing. Its output is never longer than its input, but for invalid
	// bytes, each of which becomes the three bytes of U+FFFD.
	Smart = Transformer{k: kindSmart}

	// ASCII transliterates Turkish text to ASCII (-ascii), as ASCIIRune does
	// to each rune. Its output is never longer than its input, but for
	// invalid bytes, each of which becomes the three bytes of U+FFFD; it
	// keeps the rune count but for ₺, which becomes the two runes TL.
	ASCII = Transformer{k: kindASCII}
)

// NFC is the -nfc option: Unicode Normalization Form C (UAX #15), as
// golang.org/x/text/unicode/norm implements it; it is norm.NFC itself, a
// transform.SpanningTransformer without state. It composes the decomposed
// Turkish letters (s U+0327 → ş, c U+0327 → ç, g U+0306 → ğ, I U+0307 → İ,
// o U+0308 → ö, u U+0308 → ü, and their capitals; ı has no decomposition)
// and â î û from a, i, u and U+0302. Unlike Smart and ASCII it keeps invalid
// bytes as they are, and it needs context: its Transform may return
// transform.ErrShortSrc for a complete rune that a combining mark could
// still follow.
const NFC = norm.NFC

// Options returns the user options of SPEC 3.9 that are set, chained in
// SPEC 3.7's order: -nfc, then -smart, then -ascii. The output is always
// valid UTF-8: each invalid byte becomes one U+FFFD, as utf8.DecodeRune
// reads it, whichever options are set (even none).
//
// Without nfc the result is a Transformer, which has no state; with nfc it
// is a transform.Chain, which has state: call Reset, or Options again, before
// reusing it on new input, and do not share it between goroutines.
func Options(nfc, smart, ascii bool) transform.Transformer {
	k := kindNone
	switch {
	case smart && ascii:
		k = kindSmartASCII
	case smart:
		k = kindSmart
	case ascii:
		k = kindASCII
	}
	if nfc {
		return transform.Chain(NFC, Transformer{k: k})
	}
	return Transformer{k: k}
}

var _ transform.SpanningTransformer = Transformer{}

// Transform implements transform.Transformer.
func (t Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return run(t.k, dst, src, atEOF)
}

// Span implements transform.SpanningTransformer: src[:n] is text that
// Transform would copy unchanged.
func (t Transformer) Span(src []byte, atEOF bool) (n int, err error) {
	return span(t.k, src, atEOF)
}

// AppendBiSMS appends s rewritten as BiSMS does to dst and returns the
// extended buffer. It does not allocate when dst has room for len(s) more
// bytes.
func AppendBiSMS(dst []byte, s string) []byte {
	return appendKind(kindBiSMS, dst, s)
}

// AppendSmart appends s rewritten as Smart does to dst and returns the
// extended buffer. It does not allocate when dst has room for len(s) more
// bytes and s is valid UTF-8 (3·len(s) is enough for any s).
func AppendSmart(dst []byte, s string) []byte {
	return appendKind(kindSmart, dst, s)
}

// AppendASCII appends s rewritten as ASCII does to dst and returns the
// extended buffer. It does not allocate when dst has room for len(s) more
// bytes and s is valid UTF-8 (3·len(s) is enough for any s).
func AppendASCII(dst []byte, s string) []byte {
	return appendKind(kindASCII, dst, s)
}

// AppendNFC appends the Normalization Form C of s to dst, as NFC writes it,
// and returns the extended buffer. Unlike norm.NFC.AppendString it never
// reads dst: a combining mark at the start of s does not compose with the end
// of dst. It does not allocate when s is already in NFC (the quick check of
// UAX #15 passes, as it does for Turkish text without combining marks) and
// dst has room for len(s) more bytes.
func AppendNFC(dst []byte, s string) []byte {
	if n := NFC.QuickSpanString(s); n == len(s) {
		return append(dst, s...)
	}
	// With an empty out, norm appends the NFC of s alone into out's spare
	// capacity; keep it in place when it did not have to grow.
	free := dst[len(dst):]
	out := NFC.AppendString(free, s)
	if len(out) <= cap(free) && (len(out) == 0 || &out[0] == &free[:1][0]) {
		return dst[:len(dst)+len(out)]
	}
	return append(dst, out...)
}

// runeError is the encoding of utf8.RuneError, the output of Smart, ASCII and
// the zero Transformer for an invalid byte.
const runeError = "\uFFFD"

// fold returns the output of k for a rune of at least two bytes, or for an
// invalid byte (r == utf8.RuneError and size == 1): keep is true when the
// output is the input bytes themselves, else the output is repl.
func (k kind) fold(r rune, size int) (repl string, keep bool) {
	switch k {
	case kindBiSMS:
		if r == '€' {
			return "E", false
		}
		if turkish.IsLetter(r) {
			return "", true
		}
		return " ", false
	case kindSmart:
		if repl, ok := SmartRune(r); ok {
			return repl, false
		}
	case kindASCII:
		if repl, ok := ASCIIRune(r); ok {
			return repl, false
		}
	case kindSmartASCII:
		// -smart writes ASCII only, which -ascii keeps.
		if repl, ok := SmartRune(r); ok {
			return repl, false
		}
		if repl, ok := ASCIIRune(r); ok {
			return repl, false
		}
	}
	if size == 1 {
		return runeError, false
	}
	return "", true
}

// asciiByte returns the output of k for the ASCII byte c: always one byte.
func (k kind) asciiByte(c byte) byte {
	switch k {
	case kindBiSMS:
		return bismsASCII[c]
	case kindSmart, kindSmartASCII:
		if c == '`' {
			return '\''
		}
	}
	return c
}

// decode reads the rune at the start of s (which begins with a byte ≥ 0x80)
// as utf8.DecodeRune does. short is true when atEOF is false and s is an
// incomplete prefix of a possibly valid encoding.
func decode[T string | []byte](s T, atEOF bool) (r rune, size int, short bool) {
	var b [utf8.UTFMax]byte
	n := copy(b[:], s)
	r, size = utf8.DecodeRune(b[:n])
	short = size == 1 && !atEOF && !utf8.FullRune(b[:n])
	return r, size, short
}

// run is the body of Transform, for []byte and string sources alike.
func run[T string | []byte](k kind, dst []byte, src T, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if c := src[nSrc]; c < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = k.asciiByte(c)
			nDst++
			nSrc++
			continue
		}
		r, size, short := decode(src[nSrc:], atEOF)
		if short {
			return nDst, nSrc, transform.ErrShortSrc
		}
		repl, keep := k.fold(r, size)
		if keep {
			if len(dst)-nDst < size {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		} else {
			if len(dst)-nDst < len(repl) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], repl)
		}
		nSrc += size
	}
	return nDst, nSrc, nil
}

// span is the body of Span, for []byte and string sources alike.
func span[T string | []byte](k kind, src T, atEOF bool) (n int, err error) {
	for n < len(src) {
		if c := src[n]; c < utf8.RuneSelf {
			if k.asciiByte(c) != c {
				return n, transform.ErrEndOfSpan
			}
			n++
			continue
		}
		r, size, short := decode(src[n:], atEOF)
		if short {
			return n, transform.ErrShortSrc
		}
		if _, keep := k.fold(r, size); !keep {
			return n, transform.ErrEndOfSpan
		}
		n += size
	}
	return n, nil
}

// appendKind is the body of the Append helpers: the unchanged prefix is
// copied whole, the rest goes through run into dst's spare capacity, which
// grows only when run stops short of it.
func appendKind(k kind, dst []byte, s string) []byte {
	n, _ := span(k, s, true)
	dst = append(dst, s[:n]...)
	s = s[n:]
	for len(s) > 0 {
		nDst, nSrc, err := run(k, dst[len(dst):cap(dst)], s, true)
		dst = dst[:len(dst)+nDst]
		s = s[nSrc:]
		if err != nil { // transform.ErrShortDst: at EOF there is no other
			dst = slices.Grow(dst, len(s)+utf8.UTFMax)
		}
	}
	return dst
}
