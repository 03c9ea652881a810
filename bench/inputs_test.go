// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package bench

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// The benchmark inputs are checked in under testdata/ as plain UTF-8 files
// with no trailing newline; they are read as they are (nothing is stripped).
// This file is their generator: the small ones are written out below, the
// 64 KiB ones are built from varied sentences in a fixed pseudo-random
// order. Regenerate with
//
//	go test ./bench -run TestInputsUpToDate -update
//
// TestInputsUpToDate fails when the files and the generator disagree, so
// an input never changes silently between two benchmark runs.
var update = flag.Bool("update", false, "rewrite bench/testdata from the generator")

// An input is one benchmark input: its name (the file name without .txt,
// the last element of every benchmark name) and its text.
type input struct {
	name string
	text string
}

// inputNames lists the inputs in the order benchmarks run them.
var inputNames = []string{"ascii160", "ascii612", "turkish300", "emoji200", "ext160", "ascii64k", "turkish64k"}

var loadInputs = sync.OnceValues(func() ([]input, error) {
	ins := make([]input, 0, len(inputNames))
	for _, name := range inputNames {
		b, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			return nil, err
		}
		ins = append(ins, input{name: name, text: string(b)})
	}
	return ins, nil
})

// inputs returns the checked-in inputs, read once per test binary.
func inputs(tb testing.TB) []input {
	tb.Helper()
	ins, err := loadInputs()
	if err != nil {
		tb.Fatalf("bench: %v (regenerate with: go test ./bench -run TestInputsUpToDate -update)", err)
	}
	return ins
}

// A realistic English notification: exactly 160 bytes, every byte printable
// ASCII of the GSM default alphabet outside the extension table, so one
// segment of the default alphabet exactly.
const ascii160 = "Dear customer, your order 48213 has shipped today and will arrive on Friday 14 March. " +
	"Track it now at shop.example.com/t/48213 or call 0800 555 0199. Thank you!"

// A realistic Turkish notification, about 300 runes, with every Turkish
// letter (ç ş ğ ı İ ö ü Ç Ş Ğ Ö Ü) and ordinary punctuation.
const turkish300 = "Sayın Müşterimiz, 12.03.2026 tarihli 48213 numaralı siparişiniz kargoya verildi. " +
	"Ürünleriniz İstanbul'daki depomuzdan çıktı; en geç Çarşamba günü öğleden sonra teslim edilecek. " +
	"Şifreniz: 7845. ÖZEL FIRSAT: AĞUSTOS SONUNA KADAR ŞUBEDE %20 İNDİRİM! " +
	"Üyelik iptali için ÇIK yazıp 3340'a gönderin. İyi günler."

// ASCII with a few astral emoji (UTF-16 surrogate pairs), which force UCS-2.
const emoji200 = "Happy birthday, Elif! \U0001F389 Enjoy 20% off everything in store today with code BDAY20 \U0001F381 " +
	"Show this message at checkout or shop online at example.com/bday. Questions? Call 0212 555 01 23. See you soon \U0001F60A"

// ASCII with every character of the default extension table that a
// notification plausibly holds: { } [ ] ~ ^ | €. Exactly 160 bytes.
const ext160 = "Promo {SPRING26}: get [2 for 1] on all shoes ~ today only. Price 9.99€ | delivery 2.50€ | " +
	"code ^A7^. Reply {STOP} to opt out [free] ~ T&Cs at example.com/p."

// Sentences of English notifications (GSM-plain printable ASCII, as
// ascii160) for ascii612 and ascii64k.
var asciiSentences = []string{
	"Your verification code is 482913. It expires in 5 minutes.",
	"Do not share this code with anyone, including our staff.",
	"Your parcel 1Z884 is out for delivery and will arrive between 10:00 and 14:00.",
	"We could not deliver your parcel today. Choose a new date at example.com/d.",
	"Your appointment with Dr. Kaya is confirmed for Tuesday 9 April at 15:30.",
	"Reply YES to confirm or NO to cancel.",
	"Your account balance is 1,284.50 TL as of 08:00 today.",
	"A payment of 249.90 TL was made with your card ending 4471.",
	"If this was not you, call us now on 0850 222 0 333.",
	"Flash sale! Up to 40% off sneakers until midnight. Shop at example.com/s.",
	"Your table for 4 at Luna is booked for Saturday at 20:00.",
	"Thank you for your order. We will text you again when it ships.",
	"Your subscription renews on 1 May. Manage it at example.com/account.",
	"Water supply in your area will be interrupted tomorrow from 09:00 to 13:00.",
	"Your boarding pass for flight TK 1987 is ready. Gate closes 20 min before departure.",
	"Happy birthday! Enjoy a free coffee with your next order this week.",
	"Your password was changed. If you did not do this, reset it at once.",
	"Reminder: your invoice 2026-0412 of 780.00 TL is due on Friday.",
	"Points update: you have 3,150 points. Spend them before 30 June.",
	"To stop these messages, reply STOP to 3340. Standard rates apply.",
}

// Sentences of Turkish notifications for turkish64k.
var turkishSentences = []string{
	"Doğrulama kodunuz 482913. Kod 5 dakika içinde geçerliliğini yitirecek.",
	"Bu kodu kimseyle, çalışanlarımız dahil, paylaşmayınız.",
	"1Z884 numaralı gönderiniz dağıtıma çıktı; saat 10:00 ile 14:00 arasında teslim edilecek.",
	"Gönderinizi bugün teslim edemedik. Yeni bir gün seçmek için: ornek.com/d",
	"Dr. Kaya ile randevunuz 9 Nisan Salı günü saat 15:30 olarak onaylandı.",
	"Onaylamak için EVET, iptal için HAYIR yazıp yanıtlayın.",
	"Bugün saat 08:00 itibarıyla hesap bakiyeniz 1.284,50 TL'dir.",
	"4471 ile biten kartınızla 249,90 TL tutarında ödeme yapıldı.",
	"Bu işlemi siz yapmadıysanız hemen 0850 222 0 333'ü arayın.",
	"Büyük İndirim! Spor ayakkabılarda gece yarısına kadar %40'a varan fırsatlar.",
	"Luna'da 4 kişilik masanız Cumartesi saat 20:00 için ayrıldı.",
	"Siparişiniz için teşekkür ederiz. Kargoya verildiğinde size yeniden SMS göndereceğiz.",
	"Aboneliğiniz 1 Mayıs'ta yenilenecek. Yönetmek için: ornek.com/hesap",
	"Bölgenizde yarın 09:00-13:00 saatleri arasında su kesintisi yapılacaktır.",
	"TK 1987 sefer sayılı uçuşunuz için biniş kartınız hazır. Kapı kalkıştan 20 dk önce kapanır.",
	"Doğum gününüz kutlu olsun! Bu hafta ilk siparişinizde kahve bizden.",
	"Şifreniz değiştirildi. Bu işlemi siz yapmadıysanız hemen sıfırlayın.",
	"Hatırlatma: 780,00 TL tutarındaki 2026-0412 numaralı faturanızın son ödeme günü Cuma.",
	"Puan durumu: 3.150 puanınız var. Puanlarınızı 30 Haziran'a kadar kullanın.",
	"ÇOK ÖZEL FIRSAT: ŞUBAT AYI BOYUNCA ÜYELERE ÖZEL İNDİRİM, AĞUSTOS'TA YENİ SEZON!",
	"Gaziantep, Eskişehir, Çanakkale, Muğla ve Iğdır şubelerimiz hafta sonu da açık.",
	"Listemizden çıkmak için ÇIK yazıp 3340'a gönderin. Ücretsizdir.",
}

// build joins sentences with single spaces in a fixed pseudo-random order
// (never the same sentence twice in a row) until the text is exactly n
// bytes; the last sentence is cut at a rune boundary and, if that leaves a
// byte over, a period ends the text.
func build(sentences []string, n int, seed uint32) string {
	var b strings.Builder
	b.Grow(n)
	x, prev := seed, -1
	for b.Len() < n {
		x = x*1664525 + 1013904223 // Numerical Recipes LCG: fixed forever, unlike math/rand
		k := int(x>>16) % len(sentences)
		if k == prev {
			k = (k + 1) % len(sentences)
		}
		prev = k
		s := sentences[k]
		if b.Len() > 0 {
			s = " " + s
		}
		if room := n - b.Len(); len(s) > room {
			s = s[:room]
			for len(s) > 0 && !utf8.ValidString(s) {
				s = s[:len(s)-1]
			}
			s = strings.TrimRight(s, " ")
			s += strings.Repeat(".", room-len(s))
		}
		b.WriteString(s)
	}
	return b.String()
}

// generate returns the contents of every input file, by name.
func generate() map[string]string {
	return map[string]string{
		"ascii160":   ascii160,
		"ascii612":   build(asciiSentences, 612, 7),
		"turkish300": turkish300,
		"emoji200":   emoji200,
		"ext160":     ext160,
		"ascii64k":   build(asciiSentences, 64<<10, 1),
		"turkish64k": build(turkishSentences, 64<<10, 2),
	}
}

func TestInputsUpToDate(t *testing.T) {
	gen := generate()
	if *update {
		for name, text := range gen {
			if err := os.WriteFile(filepath.Join("testdata", name+".txt"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, in := range inputs(t) {
		if in.text != gen[in.name] {
			t.Errorf("testdata/%s.txt differs from its generator; run: go test ./bench -run TestInputsUpToDate -update", in.name)
		}
	}
	if len(gen) != len(inputNames) {
		t.Errorf("generator makes %d inputs; want %d", len(gen), len(inputNames))
	}
}
