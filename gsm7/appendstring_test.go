// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"bytes"
	"fmt"
	"testing"
	"unicode/utf8"
)

// appendStringRef is AppendString written with AppendRune, rune by rune.
func appendStringRef(a Alphabet, dst []byte, s string, max int) ([]byte, int) {
	room := max
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return dst, i
			}
		}
		c := a.Septets(r)
		if c == 0 || c > room {
			return dst, i
		}
		dst, _ = a.AppendRune(dst, r)
		room -= c
	}
	return dst, len(s)
}

var alphabets = []Alphabet{DefaultAlphabet, TurkishLockingAlphabet, TurkishSingleAlphabet}

func TestAppendString(t *testing.T) {
	tests := []struct {
		a    Alphabet
		s    string
		max  int
		want []byte
		n    int
	}{
		{DefaultAlphabet, "hello", 160, []byte("hello"), 5},
		{DefaultAlphabet, "@$_", 160, []byte{0x00, 0x02, 0x11}, 3},
		{DefaultAlphabet, "a€b", 160, []byte{'a', Esc, 0x65, 'b'}, 5},
		// The pair does not fit in 2: stop before €.
		{DefaultAlphabet, "a€b", 2, []byte{'a'}, 1},
		{DefaultAlphabet, "ab", 1, []byte{'a'}, 1},
		{DefaultAlphabet, "ab", 0, nil, 0},
		{DefaultAlphabet, "ab", -1, nil, 0},
		// ç is not in the default alphabet (Ç is, at 0x09).
		{DefaultAlphabet, "Çç", 160, []byte{0x09}, 2},
		{TurkishLockingAlphabet, "çş", 160, []byte{0x60, 0x1D}, 4},
		{TurkishSingleAlphabet, "aş", 160, []byte{'a', Esc, 0x73}, 3},
		// Bytes that are not UTF-8 stop it; so does a U+FFFD written out.
		{DefaultAlphabet, "a\xffb", 160, []byte{'a'}, 1},
		{DefaultAlphabet, "a\uFFFD", 160, []byte{'a'}, 1},
		{Alphabet{Table(9), Default}, "a", 160, nil, 0},
	}
	for _, tc := range tests {
		got, n := tc.a.AppendString(nil, tc.s, tc.max)
		if !bytes.Equal(got, tc.want) || n != tc.n {
			t.Errorf("%v.AppendString(nil, %q, %d) = % X, %d; want % X, %d", tc.a, tc.s, tc.max, got, n, tc.want, tc.n)
		}
	}
}

func TestAppendStringNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 160)
	s := "Merhaba dünya, {kargonuz} yolda €"
	if n := testing.AllocsPerRun(10, func() { buf, _ = DefaultAlphabet.AppendString(buf[:0], s, 160) }); n != 0 {
		t.Errorf("AppendString: %v allocs; want 0", n)
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "hello", "a€b", "çşğüöıİ", "\xff", "{}[]~^|\\", "😀"} {
		f.Add(s, 160, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, max int, ai uint8) {
		a := alphabets[int(ai)%len(alphabets)]
		got, n := a.AppendString([]byte("x"), s, max)
		want, wn := appendStringRef(a, []byte("x"), s, max)
		if !bytes.Equal(got, want) || n != wn {
			t.Fatalf("%v.AppendString(%q, %d) = % X, %d; reference % X, %d", a, s, max, got, n, want, wn)
		}
	})
}

func ExampleAlphabet_AppendString() {
	septets, n := DefaultAlphabet.AppendString(nil, "Fiyat: 5€, ç", 160)
	fmt.Printf("% X\n%d of 15 bytes\n", septets, n)
	// Output:
	// 46 69 79 61 74 3A 20 35 1B 65 2C 20
	// 13 of 15 bytes
}
