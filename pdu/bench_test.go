// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"strings"
	"testing"
)

// benchInputs are message classes by scheme: plain ASCII, Turkish with
// single shift escapes, Turkish locking, and UCS-2 with emoji; each long
// enough for several parts.
var benchInputs = []struct {
	name string
	m    Message
}{
	{"ascii", Message{Text: strings.Repeat("Hello world, this is a bulk SMS. ", 20)}},
	{"single", Message{Text: strings.Repeat("Çok güzel bir gün, ğüşıöç! ", 20), Scheme: schemeSingle}},
	{"locking", Message{Text: strings.Repeat("Çok güzel bir gün, ğüşıöç! ", 20), Scheme: schemeLocking}},
	{"ucs2", Message{Text: strings.Repeat("Merhaba 😀 dünya ", 20), Scheme: schemeUCS2}},
}

func init() {
	for i := range benchInputs {
		m := &benchInputs[i].m
		m.Parts = split(m.Text, m.Scheme, false)
	}
}

func BenchmarkAppendSubmit(b *testing.B) {
	to, _ := ParseAddress("+905321234567")
	s := Submit{To: to}
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.m.Text)))
			buf := make([]byte, 0, 256)
			for b.Loop() {
				for i := range in.m.Parts {
					buf, _ = AppendSubmit(buf[:0], in.m, i, Options{Ref: 7}, s)
				}
			}
		})
	}
}

func BenchmarkAppendSubmitHex(b *testing.B) {
	to, _ := ParseAddress("+905321234567")
	s := Submit{To: to}
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.m.Text)))
			buf := make([]byte, 0, 512)
			for b.Loop() {
				for i := range in.m.Parts {
					buf, _, _ = AppendSubmitHex(buf[:0], in.m, i, Options{Ref: 7}, s)
				}
			}
		})
	}
}

func BenchmarkAppendShortMessage(b *testing.B) {
	for _, mode := range []struct {
		name string
		o    Options
	}{{"packed", Options{}}, {"unpacked", Options{Unpacked: true}}, {"sar", Options{SAR: true}}} {
		for _, in := range benchInputs {
			b.Run(mode.name+"/"+in.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.m.Text)))
				buf := make([]byte, 0, 256)
				for b.Loop() {
					for i := range in.m.Parts {
						buf, _, _ = AppendShortMessage(buf[:0], in.m, i, mode.o)
					}
				}
			})
		}
	}
}

func BenchmarkDecodeTPDU(b *testing.B) {
	to, _ := ParseAddress("+905321234567")
	for _, in := range benchInputs {
		var tpdus [][]byte
		for i := range in.m.Parts {
			t, _ := AppendSubmit(nil, in.m, i, Options{Ref: 7}, Submit{To: to})
			tpdus = append(tpdus, t)
		}
		b.Run("AppendText/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.m.Text)))
			buf := make([]byte, 0, 1024)
			for b.Loop() {
				for _, t := range tpdus {
					tp, _ := ParseTPDU(t)
					buf, _, _ = tp.AppendText(buf[:0])
				}
			}
		})
		b.Run("Reassemble/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.m.Text)))
			parts := make([]Decoded, len(tpdus))
			for b.Loop() {
				for i, t := range tpdus {
					_, parts[i], _ = DecodeTPDU(t)
				}
				Reassemble(parts)
			}
		})
	}
}
