// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg/gsm7"
)

// gsmRules builds the gsm profile of SPEC 3.1 by hand from the gsm7 tables
// (the built-in one comes from its description through the compiler), for
// the engine's own micro benchmarks.
func gsmRules() *Rules {
	alphabets := []gsm7.Alphabet{gsm7.DefaultAlphabet, gsm7.TurkishLockingAlphabet, gsm7.TurkishSingleAlphabet}
	infoOfRune := func(r rune) uint16 {
		var in uint16
		for i, a := range alphabets {
			in |= uint16(a.Septets(r)) << (2 * i)
		}
		u := uint16(1)
		if r >= 0x10000 {
			u = 2
		}
		return in | u<<6
	}
	var info [0x800]uint16
	for r := range info {
		info[r] = infoOfRune(rune(r))
	}
	return &Rules{
		Name: "gsm",
		Schemes: []Scheme{
			{ID: "default", Class: ClassNormal, Single: 160, Multi: 153, Multi16: 152},
			{ID: "turkish-locking", Class: ClassTurkish, Shift: Locking, Locking: 1, Single: 155, Multi: 149, Multi16: 148},
			{ID: "turkish-single", Class: ClassTurkish, Shift: Single, SingleShift: 1, Single: 155, Multi: 149, Multi16: 148},
			{ID: "ucs2", Class: ClassUCS2, Coding: UCS2, Single: 70, Multi: 67, Multi16: 66},
		},
		Choice: Cheapest, Info: &info,
		Hi:  []RuneInfo{{Rune: 0x20AC, Info: infoOfRune(0x20AC)}},
		BMP: infoOfRune(0x4E00), Astral: infoOfRune(0x1F600), Plain: 0b01010101,
		Dominators: [MaxSchemes]uint8{2: 0b0011, 3: 0b0111},
		Extends:    [MaxSchemes]uint8{2: 0b0001},
	}
}

func BenchmarkCount(b *testing.B) {
	rl := gsmRules()
	for _, name := range []string{"ascii160", "turkish300", "ext160", "ascii612", "ascii64k", "turkish64k"} {
		text, err := os.ReadFile("../../bench/testdata/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		s := string(text)
		opt := &Options{}
		b.Run("Analyze/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(rl, opt, s)
			}
		})
		b.Run("RuneCount/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				utf8.RuneCountInString(s)
			}
		})
		b.Run("Parts/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			var dst []Part
			for b.Loop() {
				r := Analyze(rl, opt, s)
				dst = AppendParts(dst[:0], rl, opt, &r, s)
			}
		})
	}
}

// BenchmarkCost splits the counting pass's cost for the ratio notes in
// bench/README.md: the fixed cost of a text that leaves the closed form
// (one rune that is not plain, beside one that is), and the cost of each
// 2-byte rune in a run of them (1 unit everywhere, or 2 in a Turkish
// scheme), which the word scanner cannot skip.
func BenchmarkCost(b *testing.B) {
	rl := gsmRules()
	opt := &Options{}
	for _, in := range []struct{ name, text string }{
		{"plain1", "a"},
		{"one2byte", "ş"},
		{"oneExt", "{"},
		{"u150", strings.Repeat("ü", 150)},
		{"s70", strings.Repeat("ş", 70)},
	} {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			var r Result
			for b.Loop() {
				AnalyzeTo(&r, rl, opt, in.text)
			}
		})
	}
}
