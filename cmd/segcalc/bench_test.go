// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"io"
	"strings"
	"testing"
)

// batchLines are typical bulk messages of about 160 characters: plain ASCII,
// Turkish, with 2-unit characters, and a UCS-2 one.
var batchLines = []string{
	"Sayin musterimiz, 12345 numarali siparisiniz kargoya verilmistir. Takip icin: https://example.com/k/12345 - Bilgi icin 0850 123 45 67 numarasini arayabilirsiniz.",
	"Değerli müşterimiz, 12345 numaralı siparişiniz kargoya verildi. Kargo takip numaranız: 987654321. İyi günler dileriz, Örnek Mağazacılık A.Ş. çağrı: 0850 123 4567",
	"Kampanya! Tum urunlerde %50 indirim [sadece bugun] {kod: YAZ50} | Detay: https://example.com/k?c=YAZ50&u=1 ~ Iptal icin RED yazip 4567'ye gonderin. €5 hediye ceki!",
	"Randevunuz 14.07 saat 10:30'da onaylandı. Değişiklik için “Randevularım” sayfasını ziyaret edin — iyi günler! Sağlıklı günler dileriz. Özel Şifa Hastanesi ☎ 444 1 234",
}

// batchInput returns n lines of batchLines, each ending in "\n".
func batchInput(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(batchLines[i%len(batchLines)])
		b.WriteByte('\n')
	}
	return b.String()
}

// BenchmarkBatch runs segcalc -lines -json over 10,000 messages in memory.
func BenchmarkBatch(b *testing.B) {
	in := batchInput(10_000)
	for _, vendor := range []string{"gsm", "oztek", "bisms", "esemes", "nodeapi", "kobikom"} {
		b.Run(vendor, func(b *testing.B) {
			args := []string{"-lines", "-json", "-vendor", vendor}
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if code := run(args, strings.NewReader(in), io.Discard, io.Discard); code > 1 {
					b.Fatalf("exit status %d", code)
				}
			}
		})
	}
}

// BenchmarkBatchHuman is BenchmarkBatch without -json (one summary line each).
func BenchmarkBatchHuman(b *testing.B) {
	in := batchInput(10_000)
	args := []string{"-lines", "-vendor", "gsm"}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		run(args, strings.NewReader(in), io.Discard, io.Discard)
	}
}
