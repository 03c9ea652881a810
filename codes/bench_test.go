// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// benchInputs are the input classes: text without coded runes (Identical:
// the wire equals the text) and Turkish text with many (Changed), at a
// short, a one-part, the vendor's 918-character maximum and a long size.
var benchInputs = func() []struct{ name, s string } {
	identical := "Sayin musteri, siparisiniz 12345 numarasi ile yola cikti. Iyi gunler dileriz. "
	changed := "Sayın müşteri, siparişiniz %20 indirimle yola çıktı!\nİyi günler dileriz (Öztek). "
	var out []struct{ name, s string }
	for _, class := range []struct{ name, s string }{{"Identical", identical}, {"Changed", changed}} {
		for _, n := range []int{16, 160, 918, 4096} {
			s := strings.Repeat(class.s, n/len(class.s)+1)[:n]
			out = append(out, struct{ name, s string }{class.name + "/" + strconv.Itoa(n), s})
		}
	}
	return out
}()

func BenchmarkAppendEncode(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			dst := make([]byte, 0, EncodedLen(in.s))
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				dst = AppendEncode(dst[:0], in.s)
			}
		})
	}
}

func BenchmarkEncodedLen(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				EncodedLen(in.s)
			}
		})
	}
}

func BenchmarkAppendDecode(b *testing.B) {
	for _, in := range benchInputs {
		wire := string(AppendEncode(nil, in.s))
		b.Run(in.name, func(b *testing.B) {
			dst := make([]byte, 0, len(in.s))
			b.SetBytes(int64(len(wire)))
			b.ReportAllocs()
			for b.Loop() {
				dst = AppendDecode(dst[:0], wire)
			}
		})
	}
}

func BenchmarkCountAmbiguous(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				CountAmbiguous(in.s)
			}
		})
	}
}

func BenchmarkEncoder(b *testing.B) {
	for _, in := range benchInputs {
		src := []byte(in.s)
		b.Run(in.name, func(b *testing.B) {
			dst := make([]byte, EncodedLen(in.s))
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var t transform.Transformer = Encoder{}
			for b.Loop() {
				t.Transform(dst, src, true)
			}
		})
	}
}

func BenchmarkDecoder(b *testing.B) {
	for _, in := range benchInputs {
		src := AppendEncode(nil, in.s)
		b.Run(in.name, func(b *testing.B) {
			dst := make([]byte, len(in.s))
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var t transform.Transformer = Decoder{}
			for b.Loop() {
				t.Transform(dst, src, true)
			}
		})
	}
}
