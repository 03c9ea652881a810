// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Benchmark inputs by class: Identical needs no change under any rewrite
// (plain ASCII letters), Turkish is a typical Turkish message, Changed is
// dense in runes that every rewrite changes.
var benchInputs = []struct {
	name, s string
}{
	{"Identical", "Merhaba, siparisiniz 12345 numarasi ile kargoya verildi. Iyi gunler dileriz."},
	{"Turkish", "Sayın müşterimiz, siparişiniz 12345 numarası ile kargoya verildi. İyi günler dileriz."},
	{"Changed", "“Kampanya” — %50 indirim… {kod: [ÇĞŞ|12]}\nSon gün: 31.12 – 10€\u00a0!"},
}

var benchSizes = []int{80, 1024, 16384}

// benchRunes is a mix of the rune classes the engine's loop sees.
var benchRunes = []rune("Sayın müşterimiz “%50” indirim… {kod: [AB|12]} 10€ 5₺\u00a0`â`\n😀é")

var sinkRune rune

func BenchmarkBiSMSRune(b *testing.B) {
	b.SetBytes(int64(len(string(benchRunes))))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range benchRunes {
			sinkRune += BiSMSRune(r)
		}
	}
}

func BenchmarkBiSMSAccepts(b *testing.B) {
	b.SetBytes(int64(len(string(benchRunes))))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range benchRunes {
			if BiSMSAccepts(r) {
				sinkRune++
			}
		}
	}
}

func BenchmarkASCIIRune(b *testing.B) {
	b.SetBytes(int64(len(string(benchRunes))))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range benchRunes {
			if repl, ok := ASCIIRune(r); ok {
				sinkRune += rune(len(repl))
			}
		}
	}
}

func BenchmarkSmartRune(b *testing.B) {
	b.SetBytes(int64(len(string(benchRunes))))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range benchRunes {
			if repl, ok := SmartRune(r); ok {
				sinkRune += rune(len(repl))
			}
		}
	}
}

func benchAppend(b *testing.B, f func([]byte, string) []byte) {
	for _, in := range benchInputs {
		for _, size := range benchSizes {
			s := strings.Repeat(in.s, size/len(in.s)+1)[:size]
			for !utf8.ValidString(s) {
				s = s[:len(s)-1]
			}
			b.Run(in.name+"/"+itoa(size), func(b *testing.B) {
				dst := make([]byte, 0, 3*len(s))
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					dst = f(dst[:0], s)
				}
			})
		}
	}
}

func BenchmarkAppendBiSMS(b *testing.B) { benchAppend(b, AppendBiSMS) }
func BenchmarkAppendSmart(b *testing.B) { benchAppend(b, AppendSmart) }
func BenchmarkAppendASCII(b *testing.B) { benchAppend(b, AppendASCII) }
func BenchmarkAppendNFC(b *testing.B)   { benchAppend(b, AppendNFC) }

func benchTransform(b *testing.B, t Transformer) {
	for _, in := range benchInputs {
		src := []byte(strings.Repeat(in.s, 1024/len(in.s)+1))
		b.Run(in.name, func(b *testing.B) {
			dst := make([]byte, 3*len(src))
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				t.Transform(dst, src, true)
			}
		})
	}
}

func BenchmarkTransformBiSMS(b *testing.B) { benchTransform(b, BiSMS) }
func BenchmarkTransformSmart(b *testing.B) { benchTransform(b, Smart) }
func BenchmarkTransformASCII(b *testing.B) { benchTransform(b, ASCII) }

func itoa(n int) string {
	if n >= 1024 && n%1024 == 0 {
		return itoa(n/1024) + "K"
	}
	var b [20]byte
	i := len(b)
	for n >= 10 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	b[i] = byte('0' + n)
	return string(b[i:])
}
