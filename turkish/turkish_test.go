// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package turkish

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg/gsm7"
)

// TestLetterTable checks that Letters, the letters table and index agree.
func TestLetterTable(t *testing.T) {
	require.Equal(t, 12, utf8.RuneCountInString(Letters))
	i := 0
	for _, r := range Letters {
		assert.Equal(t, r, letters[i].r, "row %d", i)
		assert.Equal(t, i, index(r), "index(%q)", r)
		i++
	}
	assert.Equal(t, "çşğıöüÇŞĞİÖÜ", Letters)
}

func TestClasses(t *testing.T) {
	tests := []struct {
		r         rune
		class     Class
		inDefault bool
		ascii     rune
	}{
		{'ç', NationalShift, false, 'c'},
		{'ş', NationalShift, false, 's'},
		{'ğ', NationalShift, false, 'g'},
		{'ı', NationalShift, false, 'i'},
		{'ö', DefaultAlphabet, true, 'o'},
		{'ü', DefaultAlphabet, true, 'u'},
		{'Ç', DefaultAlphabet, true, 'C'},
		{'Ş', NationalShift, false, 'S'},
		{'Ğ', NationalShift, false, 'G'},
		{'İ', NationalShift, false, 'I'},
		{'Ö', DefaultAlphabet, true, 'O'},
		{'Ü', DefaultAlphabet, true, 'U'},
		// Not among the twelve.
		{'c', NotLetter, false, 'c'},
		{'i', NotLetter, false, 'i'},
		{'I', NotLetter, false, 'I'},
		{'@', NotLetter, false, '@'},
		{'é', NotLetter, false, 'é'},
		{'ä', NotLetter, false, 'ä'},
		{'Ñ', NotLetter, false, 'Ñ'},
		{'€', NotLetter, false, '€'},
		{'\u0307', NotLetter, false, '\u0307'},
		{utf8.RuneError, NotLetter, false, utf8.RuneError},
		{-1, NotLetter, false, -1},
		{0x110000, NotLetter, false, 0x110000},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.class, ClassOf(tt.r), "ClassOf(%q)", tt.r)
		assert.Equal(t, tt.class != NotLetter, IsLetter(tt.r), "IsLetter(%q)", tt.r)
		assert.Equal(t, tt.inDefault, InDefaultAlphabet(tt.r), "InDefaultAlphabet(%q)", tt.r)
		assert.Equal(t, tt.ascii, ToASCII(tt.r), "ToASCII(%q)", tt.r)
	}
}

// TestClassesAgainstGSM7 checks the classes against the 3GPP tables of the
// gsm7 package, and the septet counts the classes promise.
func TestClassesAgainstGSM7(t *testing.T) {
	for _, r := range Letters {
		_, inDefault := gsm7.Default.Encode(r)
		_, inLocking := gsm7.TurkishLocking.Encode(r)
		_, inSingle := gsm7.TurkishSingleShift.Encode(r)
		c := ClassOf(r)
		assert.Equal(t, inDefault, c == DefaultAlphabet, "%q in default alphabet", r)
		assert.True(t, inLocking, "%q in Turkish locking shift", r)
		assert.Equal(t, !inDefault, inSingle, "%q in Turkish single shift", r)
		want := 1
		if !inDefault {
			want = 2
		}
		assert.Equal(t, want, c.SingleShiftSeptets(), "%q single shift septets", r)
		assert.Equal(t, 1, c.LockingShiftSeptets(), "%q locking shift septets", r)
	}
	assert.Equal(t, 0, NotLetter.SingleShiftSeptets())
	assert.Equal(t, 0, NotLetter.LockingShiftSeptets())
}

func TestClassString(t *testing.T) {
	assert.Equal(t, "not a letter", NotLetter.String())
	assert.Equal(t, "default alphabet", DefaultAlphabet.String())
	assert.Equal(t, "national shift", NationalShift.String())
	assert.Equal(t, "turkish.Class(?)", Class(9).String())
}

// TestToASCIIAll checks every rune of the first planes against the rule that
// only the twelve change, and change to the SPEC's letters.
func TestToASCIIAll(t *testing.T) {
	want := map[rune]rune{
		'ç': 'c', 'ğ': 'g', 'ı': 'i', 'İ': 'I', 'ö': 'o', 'ş': 's', 'ü': 'u',
		'Ç': 'C', 'Ğ': 'G', 'Ö': 'O', 'Ş': 'S', 'Ü': 'U',
	}
	for r := rune(0); r < 0x3000; r++ {
		w, ok := want[r]
		if !ok {
			w = r
		}
		if got := ToASCII(r); got != w {
			t.Errorf("ToASCII(%q) = %q; want %q", r, got, w)
		}
		if got := IsLetter(r); got != ok {
			t.Errorf("IsLetter(%q) = %v; want %v", r, got, ok)
		}
	}
}

// naiveIndex is the reference for Index: a range loop.
func naiveIndex(s string) int {
	for i, r := range s {
		if strings.ContainsRune(Letters, r) {
			return i
		}
	}
	return -1
}

func TestIndex(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", -1},
		{"merhaba", -1},
		{"çay", 0},
		{"Kaş", 2},
		{"abc İstanbul", 4},
		{"éèêÇ", 6},
		{"ñÑäÄ", -1},
		{"a\u0130", 1},
		{"s\u0327", -1},     // decomposed ş is not a letter before NFC
		{"\xc3", -1},        // truncated lead byte
		{"\xc3\xc3\xa7", 1}, // bad byte, then ç
		{"\xe0\xc3\xa7", 1},
		{"\xf0\x9f\x98\x80ş", 4},
		{"\xc4\x9fx", 0}, // ğ
		{"\xc5\x80ı", 2}, // U+0140, then ı
		{"\xc3\x87", 0},  // Ç
		{"\xc3\x86", -1}, // Æ
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Index(tt.in), "Index(%q)", tt.in)
		assert.Equal(t, naiveIndex(tt.in), Index(tt.in), "Index(%q) vs range loop", tt.in)
		assert.Equal(t, tt.want >= 0, Contains(tt.in), "Contains(%q)", tt.in)
	}
}

// TestIndexExhaustive compares Index with a range loop on every two-byte
// string and on every string of a lead byte and a rune.
func TestIndexExhaustive(t *testing.T) {
	var b [4]byte
	for x := 0; x < 256; x++ {
		for y := 0; y < 256; y++ {
			b[0], b[1] = byte(x), byte(y)
			s := string(b[:2])
			if got, want := Index(s), naiveIndex(s); got != want {
				t.Fatalf("Index(%q) = %d; want %d", s, got, want)
			}
			for _, r := range Letters {
				s3 := s + string(r)
				if got, want := Index(s3), naiveIndex(s3); got != want {
					t.Fatalf("Index(%q) = %d; want %d", s3, got, want)
				}
			}
		}
	}
}

func TestNoAllocs(t *testing.T) {
	s := strings.Repeat("merhaba dünya ", 10) + "ş"
	var sink int
	var ok bool
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink += Index(s) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { ok = Contains(s) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink += int(ToASCII('ş')) }))
	_, _ = sink, ok
}
