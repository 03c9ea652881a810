// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// ErrUnencodable is the kind of every UnencodableError: errors.Is(err,
// ErrUnencodable) reports whether an encoder stopped at a rune its Alphabet
// cannot carry.
var ErrUnencodable = errors.New("gsm7: rune not in alphabet")

// ErrInvalidSeptet is the kind of every InvalidSeptetError.
var ErrInvalidSeptet = errors.New("gsm7: invalid septet")

// An UnencodableError reports the first rune an Encoding's encoder cannot
// carry (it is in neither the locking nor the shift table of its Alphabet)
// and its byte offset in the UTF-8 input. A byte that is not valid UTF-8 is
// reported as utf8.RuneError at its offset, as utf8.DecodeRune reads it.
//
// The encoder consumes all input before the rune and writes its septets, then
// stops; it never substitutes. Wrap the encoder with
// encoding.ReplaceUnsupported to substitute '?' instead: UnencodableError
// provides the Replacement method that wrapper looks for.
type UnencodableError struct {
	Rune   rune
	Offset int // in bytes from the start of the input (since the last Reset)
}

func (e UnencodableError) Error() string {
	return fmt.Sprintf("gsm7: rune %U %q at byte offset %d is not in the alphabet", e.Rune, e.Rune, e.Offset)
}

// Unwrap returns ErrUnencodable.
func (e UnencodableError) Unwrap() error { return ErrUnencodable }

// Replacement returns the septet encoding.ReplaceUnsupported writes in place
// of the rune: 0x3F, '?' in every table that has a locking role here.
func (e UnencodableError) Replacement() byte { return 0x3F }

// An InvalidSeptetError reports input a decoder cannot read, and its byte
// offset in the input: a byte 0x80 or above (not a septet), or an Esc that
// ends the input with no septet after it (Byte is then Esc).
type InvalidSeptetError struct {
	Byte   byte
	Offset int // in bytes from the start of the input (since the last Reset)
}

func (e InvalidSeptetError) Error() string {
	if e.Byte == Esc {
		return fmt.Sprintf("gsm7: escape 0x1B at byte offset %d ends the input", e.Offset)
	}
	return fmt.Sprintf("gsm7: byte %#02x at byte offset %d is not a septet", e.Byte, e.Offset)
}

// Unwrap returns ErrInvalidSeptet.
func (e InvalidSeptetError) Unwrap() error { return ErrInvalidSeptet }

// An Encoding is a golang.org/x/text/encoding.Encoding between UTF-8 and
// unpacked GSM 7-bit text in one Alphabet: the encoded form holds one septet
// per byte (0x00 to 0x7F), a rune of the shift table written as Esc (0x1B)
// followed by its septet. Pack the septets with AppendPack for the air
// interface.
//
// The encoder writes a rune of the locking table as one septet, even when
// the shift table holds it too (€ in TurkishLocking7bit), and a rune only in
// the shift table as two. At a rune in neither it stops with an
// UnencodableError. It reports transform.ErrShortSrc when the input ends
// inside a UTF-8 sequence and more input may follow.
//
// The decoder reads a septet through the locking table and Esc plus a septet
// through the shift table. Following TS 23.038 6.2.1.1, Esc plus a septet the
// shift table leaves unused decodes as that septet's rune in the locking
// table, and Esc Esc (reserved for a further extension table) decodes as one
// space. A byte 0x80 or above, or an Esc at the very end of the input, stops
// it with an InvalidSeptetError; an Esc at the end of src with more input to
// come gives transform.ErrShortSrc.
//
// Both transformers keep the count of bytes they have consumed (the sum of
// the nSrc they returned), so an error's offset is from the start of the
// input however it was split across Transform calls; Reset sets the count to
// zero. (encoding.ReplaceUnsupported skips each replaced rune without the
// encoder seeing it, so behind that wrapper offsets exclude the replaced
// runes; the wrapper handles every UnencodableError anyway.)
type Encoding struct {
	a    Alphabet
	name string
}

var (
	// Default7bit encodes DefaultAlphabet: the GSM 7-bit default alphabet
	// with its extension table (TS 23.038 6.2.1 and 6.2.1.1).
	Default7bit = &Encoding{DefaultAlphabet, "GSM 7-bit default alphabet"}
	// TurkishSingle7bit encodes TurkishSingleAlphabet: the default alphabet
	// with the Turkish national language single shift table (TS 23.038
	// A.3.1), which a message selects with the single shift information
	// element of TS 23.040 9.2.3.24.15.
	TurkishSingle7bit = &Encoding{TurkishSingleAlphabet, "GSM 7-bit Turkish single shift"}
	// TurkishLocking7bit encodes TurkishLockingAlphabet: the Turkish
	// national language locking shift table (TS 23.038 A.2.1) with the
	// default extension table, which a message selects with the locking
	// shift information element of TS 23.040 9.2.3.24.16.
	TurkishLocking7bit = &Encoding{TurkishLockingAlphabet, "GSM 7-bit Turkish locking shift"}
)

var _ encoding.Encoding = Default7bit

// Alphabet returns the Alphabet e encodes.
func (e *Encoding) Alphabet() Alphabet { return e.a }

// String returns the name of e, such as "GSM 7-bit default alphabet".
func (e *Encoding) String() string { return e.name }

// NewEncoder returns an Encoder from UTF-8 to e's unpacked septets.
func (e *Encoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: &encoder{a: e.a}}
}

// NewDecoder returns a Decoder from e's unpacked septets to UTF-8.
func (e *Encoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: &decoder{a: e.a}}
}

type encoder struct {
	a   Alphabet
	off int // bytes consumed since Reset
}

func (t *encoder) Reset() { t.off = 0 }

func (t *encoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[nSrc:])
			if size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
				err = transform.ErrShortSrc
				break
			}
		}
		if s, ok := t.a.Locking.Encode(r); ok {
			if nDst >= len(dst) {
				err = transform.ErrShortDst
				break
			}
			dst[nDst] = s
			nDst++
		} else if s, ok := t.a.Shift.Encode(r); ok {
			if nDst+2 > len(dst) {
				err = transform.ErrShortDst
				break
			}
			dst[nDst] = Esc
			dst[nDst+1] = s
			nDst += 2
		} else {
			err = UnencodableError{Rune: r, Offset: t.off + nSrc}
			break
		}
		nSrc += size
	}
	t.off += nSrc
	return nDst, nSrc, err
}

type decoder struct {
	a   Alphabet
	off int // bytes consumed since Reset
}

func (t *decoder) Reset() { t.off = 0 }

func (t *decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c, size := src[nSrc], 1
		if c >= 0x80 {
			err = InvalidSeptetError{Byte: c, Offset: t.off + nSrc}
			break
		}
		var r rune
		if c == Esc {
			if nSrc+1 >= len(src) {
				if !atEOF {
					err = transform.ErrShortSrc
				} else {
					err = InvalidSeptetError{Byte: Esc, Offset: t.off + nSrc}
				}
				break
			}
			c, size = src[nSrc+1], 2
			if c >= 0x80 {
				err = InvalidSeptetError{Byte: c, Offset: t.off + nSrc + 1}
				break
			}
			if c == Esc {
				r = ' '
			} else if x, ok := t.a.Shift.Decode(c); ok {
				r = x
			} else {
				r = decodeTables[t.a.Locking][c]
			}
		} else {
			r = decodeTables[t.a.Locking][c]
		}
		if r < utf8.RuneSelf {
			if nDst >= len(dst) {
				err = transform.ErrShortDst
				break
			}
			dst[nDst] = byte(r)
			nDst++
		} else {
			if nDst+utf8.RuneLen(r) > len(dst) {
				err = transform.ErrShortDst
				break
			}
			nDst += utf8.EncodeRune(dst[nDst:], r)
		}
		nSrc += size
	}
	t.off += nSrc
	return nDst, nSrc, err
}
