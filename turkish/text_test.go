// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package turkish

import (
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestCasing(t *testing.T) {
	tests := []struct {
		in, upper, lower string
	}{
		{"i", "İ", "i"},
		{"I", "I", "ı"},
		{"ı", "I", "ı"},
		{"İ", "İ", "i"},
		{"istanbul", "İSTANBUL", "istanbul"},
		{"ISPARTA", "ISPARTA", "ısparta"},
		{"Iğdır İzmir", "IĞDIR İZMİR", "ığdır izmir"},
		{"çşğöü", "ÇŞĞÖÜ", "çşğöü"},
		{"ÇŞĞÖÜ", "ÇŞĞÖÜ", "çşğöü"},
		{"I\u0307", "I\u0307", "i"}, // decomposed İ lowers to i
		{"", "", ""},
		{"123 @!", "123 @!", "123 @!"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.upper, Upper(tt.in), "Upper(%q)", tt.in)
		assert.Equal(t, tt.lower, Lower(tt.in), "Lower(%q)", tt.in)
		assert.Equal(t, tt.upper, UpperCaser().String(tt.in), "UpperCaser().String(%q)", tt.in)
		assert.Equal(t, tt.lower, LowerCaser().String(tt.in), "LowerCaser().String(%q)", tt.in)
	}
}

// TestCasingConcurrent runs Upper and Lower from many goroutines; with -race
// it shows that no Caser is shared.
func TestCasingConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if got := Upper("iğne ılık"); got != "İĞNE ILIK" {
					errs <- got
				}
				if got := Lower("İĞNE ILIK"); got != "iğne ılık" {
					errs <- got
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent casing gave %q", e)
	}
}

func TestNFC(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"s\u0327", "ş"},
		{"S\u0327", "Ş"},
		{"c\u0327", "ç"},
		{"C\u0327", "Ç"},
		{"g\u0306", "ğ"},
		{"G\u0306", "Ğ"},
		{"I\u0307", "İ"},
		{"o\u0308", "ö"},
		{"U\u0308", "Ü"},
		{"ı", "ı"}, // no decomposition
		{"s\u0327eker gu\u0308zel I\u0307g\u0306dır", "şeker güzel İğdır"},
		{"merhaba", "merhaba"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NFC(tt.in), "NFC(%q)", tt.in)
		assert.Equal(t, "x"+tt.want, string(AppendNFC([]byte("x"), tt.in)), "AppendNFC(%q)", tt.in)
		assert.Equal(t, tt.in == tt.want, IsNormal(tt.in), "IsNormal(%q)", tt.in)
		assert.True(t, IsNormal(tt.want), "IsNormal(%q)", tt.want)
	}
}

// TestAppendNFCMerge checks AppendNFC against norm.NFC.AppendString when
// dst is not empty, for the fast path and the slow path alike.
func TestAppendNFCMerge(t *testing.T) {
	dsts := []string{"s", "ş", "I", "a\u0327", "\u1100", "가", "x "}
	srcs := []string{"", "\u0327", "\u0307", "a", "ab\u0327", "şeker", "\u1161", "\u11a8", "s\u0327", " \u0301", "\xff", "\xcc"}
	for _, d := range dsts {
		for _, s := range srcs {
			want := string(norm.NFC.AppendString([]byte(d), s))
			assert.Equal(t, want, string(AppendNFC([]byte(d), s)), "AppendNFC(%q, %q)", d, s)
		}
	}
	assert.Equal(t, "ş", string(AppendNFC([]byte("s"), "\u0327")))
}

// TestASCIINeverComposes checks the fact AppendNFC's fast path rests on: no
// rune's canonical decomposition holds an ASCII rune after its first rune, so
// no ASCII rune is the second rune of a canonical composition.
func TestASCIINeverComposes(t *testing.T) {
	var buf [64]byte
	var enc [utf8.UTFMax]byte
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		d := norm.NFD.Append(buf[:0], enc[:utf8.EncodeRune(enc[:], r)]...)
		_, n := utf8.DecodeRune(d)
		for _, c := range d[n:] {
			if c < utf8.RuneSelf {
				t.Fatalf("NFD(%U) = %q holds ASCII after its first rune", r, d)
			}
		}
	}
}

func TestTextNoAllocs(t *testing.T) {
	s := "merhaba dünya şeker güzel"
	dst := make([]byte, 0, 128)
	var ok bool
	assert.Zero(t, testing.AllocsPerRun(100, func() { ok = IsNormal(s) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = NFC(s) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendNFC(dst[:0], s) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendNFC(dst[:3], s) }))
	_ = ok
}

func BenchmarkIndex(b *testing.B) {
	s := "Merhaba, bu bir deneme mesajidir; hic Turkce harf yok icinde. " +
		"Merhaba, bu bir deneme mesajidir; hic Turkce harf yok icinde."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Index(s)
	}
}

func BenchmarkUpper(b *testing.B) {
	s := "iğne ılık istanbul ısparta"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Upper(s)
	}
}

func BenchmarkNFC(b *testing.B) {
	for _, bm := range []struct{ name, s string }{
		{"Identical", "şeker güzel ığdır çiçek"},
		{"Changed", "s\u0327eker gu\u0308zel"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			dst := make([]byte, 0, 64)
			b.SetBytes(int64(len(bm.s)))
			b.ReportAllocs()
			for b.Loop() {
				dst = AppendNFC(dst[:0], bm.s)
			}
		})
	}
}
