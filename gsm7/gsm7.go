// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package gsm7 holds the GSM 7-bit alphabets of 3GPP TS 23.038: the default
// alphabet and its extension table (section 6.2.1 and 6.2.1.1) and the
// Turkish national language locking and single shift tables (annex A.2.1 and
// A.3.1). Every lookup is an array index; no table is built at run time.
//
// The package has three layers:
//   - Table and Alphabet look runes and septets up and say what a rune costs
//     (Alphabet.Septets); the tables are generated from gsm0338.txt.
//   - Default7bit, TurkishSingle7bit and TurkishLocking7bit are
//     golang.org/x/text/encoding Encodings between UTF-8 and unpacked septets
//     (one septet per byte). Their encoders report an unencodable rune as an
//     UnencodableError and never substitute; compose
//     encoding.ReplaceUnsupported for that.
//   - PackedLen, AppendPack and AppendUnpack pack septets into octets and back
//     (TS 23.038 6.1.2.1.1), after a user data header (TS 23.040 9.2.3.24).
//     Their length arithmetic cannot overflow; impossible counts and header
//     lengths give -1, dst unchanged or an error, never a panic.
//
// The append functions and the transformers do not allocate when given room.
package gsm7

import (
	"slices"
	"unicode/utf8"
)

//go:generate go run gen.go

// Esc is the septet that escapes to the shift (extension) table.
const Esc = 0x1B

// A Table is one of the four 128-position GSM 7-bit tables.
type Table uint8

const (
	// Default is the GSM 7-bit default alphabet (TS 23.038 6.2.1).
	Default Table = iota
	// DefaultExtension is the default alphabet extension table (6.2.1.1).
	DefaultExtension
	// TurkishLocking is the Turkish national language locking shift table (A.2.1).
	TurkishLocking
	// TurkishSingleShift is the Turkish national language single shift table (A.3.1).
	TurkishSingleShift

	numTables = 4
)

var tableNames = [numTables]string{"default", "default extension", "turkish locking", "turkish single shift"}

// String returns the table's name, such as "turkish locking".
func (t Table) String() string {
	if int(t) < numTables {
		return tableNames[t]
	}
	return "gsm7.Table(?)"
}

// Encode returns the septet of r in t; it returns 0, false when t does not
// hold r.
func (t Table) Encode(r rune) (septet byte, ok bool) {
	if int(t) >= numTables {
		return 0, false
	}
	var e uint8
	switch {
	case r >= 0 && r < 0x800:
		e = encodeLow[r][t]
	case r == 0x20AC:
		e = encodeEuro[t]
	}
	if e == 0 {
		return 0, false
	}
	return e - 1, true
}

// Decode returns the rune at septet s of t; it returns 0, false when the
// position is unused (or is the escape position 0x1B, or s is not a septet).
func (t Table) Decode(s byte) (r rune, ok bool) {
	if int(t) >= numTables || s >= 0x80 {
		return 0, false
	}
	r = decodeTables[t][s]
	return r, r != 0
}

// An Alphabet is a locking table used with a shift table: the pair a
// message's data coding and user data header select (TS 23.040 9.2.3.24.15
// and 9.2.3.24.16). A rune of the locking table costs one septet; a rune only
// in the shift table costs two (Esc and its septet).
type Alphabet struct {
	Locking, Shift Table
}

var (
	// DefaultAlphabet is the default alphabet with the default extension table.
	DefaultAlphabet = Alphabet{Default, DefaultExtension}
	// TurkishLockingAlphabet is the Turkish locking shift table with the
	// default extension table (no single shift information element).
	TurkishLockingAlphabet = Alphabet{TurkishLocking, DefaultExtension}
	// TurkishSingleAlphabet is the default alphabet with the Turkish single
	// shift table.
	TurkishSingleAlphabet = Alphabet{Default, TurkishSingleShift}
)

// Septets returns what r costs in a: 1 when the locking table holds it (even
// if the shift table holds it too), 2 when only the shift table does, 0 when
// a cannot carry r.
func (a Alphabet) Septets(r rune) int {
	if _, ok := a.Locking.Encode(r); ok {
		return 1
	}
	if _, ok := a.Shift.Encode(r); ok {
		return 2
	}
	return 0
}

// AppendRune appends the septets of r (one septet value per byte) to dst.
// It reports false, leaving dst unchanged, when a cannot carry r.
func (a Alphabet) AppendRune(dst []byte, r rune) ([]byte, bool) {
	if s, ok := a.Locking.Encode(r); ok {
		return append(dst, s), true
	}
	if s, ok := a.Shift.Encode(r); ok {
		return append(dst, Esc, s), true
	}
	return dst, false
}

// AppendString appends the septets of s under a to dst, one septet per byte
// (Esc and a septet for a rune only the shift table holds), as long as they
// fit in max bytes appended. It returns the extended buffer and n, the
// number of bytes of s encoded: n < len(s) means that s[n:] starts with a
// rune a cannot carry (or a byte that is not UTF-8), or with one whose
// septets would take the count past max. The septets appended are those of
// s[:n]. It allocates only when dst has no room.
func (a Alphabet) AppendString(dst []byte, s string, max int) ([]byte, int) {
	lk, sh := a.Locking, a.Shift
	if int(lk) >= numTables || int(sh) >= numTables || max <= 0 {
		return dst, 0
	}
	// At most two septets a byte: grow once, then write by index.
	if n := 2 * len(s); n < max {
		max = n
	}
	dst = slices.Grow(dst, max)
	out := dst[len(dst) : len(dst)+max]
	col := int(lk) & (numTables - 1) // numTables is a power of two: no bounds check
	k, i := 0, 0
	block := 0 // where the next eight-byte block may start
	for i < len(s) {
		// Eight ASCII bytes of the locking table at a time; after a block
		// that is not, the next eight bytes go one by one.
		for i >= block && i+8 <= len(s) && k+8 <= len(out) {
			b := s[i : i+8]
			if (b[0]|b[1]|b[2]|b[3]|b[4]|b[5]|b[6]|b[7])&0x80 != 0 {
				block = i + 8
				break
			}
			e0, e1, e2, e3 := encodeLow[b[0]][col], encodeLow[b[1]][col], encodeLow[b[2]][col], encodeLow[b[3]][col]
			e4, e5, e6, e7 := encodeLow[b[4]][col], encodeLow[b[5]][col], encodeLow[b[6]][col], encodeLow[b[7]][col]
			if e0 == 0 || e1 == 0 || e2 == 0 || e3 == 0 || e4 == 0 || e5 == 0 || e6 == 0 || e7 == 0 {
				block = i + 8
				break
			}
			o := out[k : k+8 : k+8]
			o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7] = e0-1, e1-1, e2-1, e3-1, e4-1, e5-1, e6-1, e7-1
			i += 8
			k += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			// The common case: a character of the locking table's ASCII
			// range, one septet.
			if e := encodeLow[c][col]; e != 0 && k < len(out) {
				out[k] = e - 1
				k++
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		if sep, ok := lk.Encode(r); ok {
			if k+1 > len(out) {
				break
			}
			out[k] = sep
			k++
		} else if sep, ok := sh.Encode(r); ok {
			if k+2 > len(out) {
				break
			}
			out[k], out[k+1] = Esc, sep
			k += 2
		} else {
			break
		}
		i += size
	}
	return dst[:len(dst)+k], i
}
