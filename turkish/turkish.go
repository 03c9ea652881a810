// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package turkish knows the twelve letters of the Turkish alphabet that are
// not in ASCII — ç ş ğ ı ö ü Ç Ş Ğ İ Ö Ü — and what they cost in GSM 7-bit
// encodings (3GPP TS 23.038 section 6.2.1 and annex A.2.1 and A.3.1).
//
// Five of them (ö Ö ü Ü Ç) are in the GSM 7-bit default alphabet and cost one
// septet under every table set. The other seven (ç ş ğ ı Ş Ğ İ) are not: they
// cost two septets (escape plus character) through the Turkish national
// language single shift table, or one septet under the Turkish locking shift
// table. All twelve are in the Turkish locking shift table.
//
// The package also transliterates the twelve to ASCII ([ToASCII]), cases text
// by Turkish rules (İ/i and I/ı, [Upper] and [Lower]) and composes decomposed
// input ([NFC]: "s\u0327" → "ş"). The letter lookups are a switch and an
// array index; no table is built at run time.
package turkish

// Letters holds the twelve Turkish letters that are not in ASCII, lower case
// first, in the order ç ş ğ ı ö ü Ç Ş Ğ İ Ö Ü.
const Letters = "çşğıöüÇŞĞİÖÜ"

// A Class says what a rune costs in the GSM 7-bit encodings of
// 3GPP TS 23.038, as far as the twelve Turkish letters are concerned.
type Class uint8

const (
	// NotLetter is the class of every rune that is not one of the twelve.
	NotLetter Class = iota
	// DefaultAlphabet is the class of ö Ö ü Ü Ç: in the GSM 7-bit default
	// alphabet (6.2.1), so one septet under every table set.
	DefaultAlphabet
	// NationalShift is the class of ç ş ğ ı Ş Ğ İ: absent from the default
	// alphabet, two septets through the Turkish single shift table (A.3.1),
	// one septet under the Turkish locking shift table (A.2.1).
	NationalShift
)

var classNames = [...]string{"not a letter", "default alphabet", "national shift"}

// String returns the class's name, such as "national shift".
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "turkish.Class(?)"
}

// SingleShiftSeptets returns the septets one letter of class c costs when the
// Turkish single shift table is in use with the default alphabet: 1 for
// DefaultAlphabet, 2 (escape and character) for NationalShift, 0 for NotLetter.
func (c Class) SingleShiftSeptets() int {
	switch c {
	case DefaultAlphabet:
		return 1
	case NationalShift:
		return 2
	}
	return 0
}

// LockingShiftSeptets returns the septets one letter of class c costs under the
// Turkish locking shift table: 1 for both letter classes, 0 for NotLetter.
func (c Class) LockingShiftSeptets() int {
	if c == DefaultAlphabet || c == NationalShift {
		return 1
	}
	return 0
}

// letter is one row of the letter table.
type letter struct {
	r     rune
	ascii byte // transliteration (SPEC section 5, -ascii)
	class Class
}

// letters is the table of the twelve, in the order of Letters; index returns
// a rune's row. One row per letter: the rune, its ASCII transliteration and
// its class.
var letters = [12]letter{
	{'ç', 'c', NationalShift},   // U+00E7, Turkish single shift 0x63, locking 0x60
	{'ş', 's', NationalShift},   // U+015F, single shift 0x73, locking 0x1D
	{'ğ', 'g', NationalShift},   // U+011F, single shift 0x67, locking 0x0C
	{'ı', 'i', NationalShift},   // U+0131, single shift 0x69, locking 0x07
	{'ö', 'o', DefaultAlphabet}, // U+00F6, default 0x7C
	{'ü', 'u', DefaultAlphabet}, // U+00FC, default 0x7E
	{'Ç', 'C', DefaultAlphabet}, // U+00C7, default 0x09
	{'Ş', 'S', NationalShift},   // U+015E, single shift 0x53, locking 0x1C
	{'Ğ', 'G', NationalShift},   // U+011E, single shift 0x47, locking 0x0B
	{'İ', 'I', NationalShift},   // U+0130, single shift 0x49, locking 0x40
	{'Ö', 'O', DefaultAlphabet}, // U+00D6, default 0x5C
	{'Ü', 'U', DefaultAlphabet}, // U+00DC, default 0x5E
}

// index returns the row of r in letters, or -1 when r is not one of the twelve.
func index(r rune) int {
	switch r {
	case 'ç':
		return 0
	case 'ş':
		return 1
	case 'ğ':
		return 2
	case 'ı':
		return 3
	case 'ö':
		return 4
	case 'ü':
		return 5
	case 'Ç':
		return 6
	case 'Ş':
		return 7
	case 'Ğ':
		return 8
	case 'İ':
		return 9
	case 'Ö':
		return 10
	case 'Ü':
		return 11
	}
	return -1
}

// IsLetter reports whether r is one of the twelve Turkish letters of Letters.
func IsLetter(r rune) bool {
	return index(r) >= 0
}

// ClassOf returns the class of r: NotLetter unless r is one of the twelve.
func ClassOf(r rune) Class {
	if i := index(r); i >= 0 {
		return letters[i].class
	}
	return NotLetter
}

// InDefaultAlphabet reports whether r is one of the five Turkish letters that
// are in the GSM 7-bit default alphabet: ö Ö ü Ü Ç. It is false for every
// other rune, including ASCII; it answers for the twelve only.
func InDefaultAlphabet(r rune) bool {
	return ClassOf(r) == DefaultAlphabet
}

// ToASCII returns the ASCII transliteration of a Turkish letter (ç→c ğ→g ı→i
// İ→I ö→o ş→s ü→u, and Ç→C Ğ→G Ö→O Ş→S Ü→U) and r itself for every other
// rune.
func ToASCII(r rune) rune {
	if i := index(r); i >= 0 {
		return rune(letters[i].ascii)
	}
	return r
}

// Index returns the byte offset in s of the first Turkish letter, or -1 when
// there is none. Invalid UTF-8 is read as utf8.DecodeRuneInString reads it, so
// the offset is the one a range loop over s reports.
func Index(s string) int {
	// Every one of the twelve encodes as two bytes led by 0xC3, 0xC4 or 0xC5.
	// A lead byte never occurs inside another rune's encoding, so a byte scan
	// finds the same rune a range loop would.
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if c < 0xC3 || c > 0xC5 {
			continue
		}
		c1 := s[i+1]
		if c1&0xC0 != 0x80 {
			continue
		}
		if IsLetter(rune(c&0x1F)<<6 | rune(c1&0x3F)) {
			return i
		}
		i++
	}
	return -1
}

// Contains reports whether s holds at least one Turkish letter.
func Contains(s string) bool {
	return Index(s) >= 0
}
