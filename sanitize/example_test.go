// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize_test

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/smsseg/smsseg/sanitize"
)

func ExampleBiSMSRune() {
	var out []rune
	for _, r := range "a|b€{ş}\n~é" {
		out = append(out, sanitize.BiSMSRune(r))
	}
	fmt.Printf("%q\n", string(out))
	// Output: "aIbE(ş)   "
}

func ExampleBiSMSAccepts() {
	fmt.Println(sanitize.BiSMSAccepts('ğ'), sanitize.BiSMSAccepts('&'), sanitize.BiSMSAccepts('|'), sanitize.BiSMSAccepts('\n'))
	// Output: true true false false
}

func ExampleBiSMSAccepted() {
	fmt.Println(strings.ContainsRune(sanitize.BiSMSAccepted, 'İ'), strings.ContainsRune(sanitize.BiSMSAccepted, '~'))
	// Output: true false
}

func ExampleASCIIRune() {
	var b strings.Builder
	for _, r := range "Çığ düşü, hâlâ 5₺" {
		if repl, ok := sanitize.ASCIIRune(r); ok {
			b.WriteString(repl)
		} else {
			b.WriteRune(r)
		}
	}
	fmt.Println(b.String())
	// Output: Cig dusu, hala 5TL
}

func ExampleSmartRune() {
	var b strings.Builder
	for _, r := range "«Evet» — dedi…​ `tamam´　−5" {
		if repl, ok := sanitize.SmartRune(r); ok {
			b.WriteString(repl) // "" for a removed rune
		} else {
			b.WriteRune(r)
		}
	}
	fmt.Println(b.String())
	// Output: "Evet" - dedi... 'tamam' -5
}

func ExampleAppendBiSMS() {
	buf := make([]byte, 0, 64)
	buf = sanitize.AppendBiSMS(buf, "Fiyat: 10€ [KDV|dahil]\nTeşekkürler ~")
	fmt.Printf("%q\n", buf)
	// Output: "Fiyat: 10E (KDVIdahil) Teşekkürler  "
}

func ExampleAppendSmart() {
	fmt.Printf("%q\n", sanitize.AppendSmart(nil, "‘Kampanya’ – son gün…\u00a0!"))
	// Output: "'Kampanya' - son gün... !"
}

func ExampleAppendASCII() {
	fmt.Printf("%s\n", sanitize.AppendASCII(nil, "İstanbul'da güneşli bir gün, bilet 250₺"))
	// Output: Istanbul'da gunesli bir gun, bilet 250TL
}

func ExampleAppendNFC() {
	// "şeker" typed with a combining cedilla: six runes, five after NFC.
	in := "s\u0327eker"
	out := sanitize.AppendNFC(nil, in)
	fmt.Println(string(out), utf8.RuneCountInString(in), utf8.RuneCount(out))
	// Output: şeker 6 5
}

func ExampleNFC() {
	s, _, _ := transform.String(sanitize.NFC, "G\u0306u\u0308zel I\u0307zmir")
	fmt.Printf("%+q\n", s)
	// Output: "\u011e\u00fczel \u0130zmir"
}

func ExampleOptions() {
	// -nfc -smart -ascii, in the SPEC's order.
	t := sanitize.Options(true, true, true)
	s, _, err := transform.String(t, "“Gu\u0308nayd\u0131n” — c\u0327ay 20₺…")
	fmt.Println(s, err)
	// Output: "Gunaydin" - cay 20TL... <nil>
}

func ExampleTransformer() {
	// The SPEC's order: -smart, -ascii, then the vendor's rewrite.
	t := transform.Chain(sanitize.Options(false, true, true), sanitize.BiSMS)
	r := transform.NewReader(strings.NewReader("“Çiçek” — 5€ {indirim}…\n"), t)
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	// Output: "\"Cicek\" - 5E (indirim)... " <nil>
}

func ExampleTransformer_Transform() {
	dst := make([]byte, 4)
	nDst, nSrc, err := sanitize.Smart.Transform(dst, []byte("ab……"), true)
	fmt.Printf("%q %d %v\n", dst[:nDst], nSrc, err)
	// Output: "ab" 2 transform: short destination buffer
}

func ExampleTransformer_Span() {
	n, err := sanitize.BiSMS.Span([]byte("Işık|yok"), true)
	fmt.Println(n, err)
	// Output: 6 transform: input and output are not identical
}

func ExampleBiSMS() {
	s, _, _ := transform.String(sanitize.BiSMS, "Merhaba\r\nDünya ^_^ \xff")
	fmt.Printf("%q\n", s)
	// Output: "Merhaba  Dünya '_'  "
}

func ExampleSmart() {
	s, _, _ := transform.String(sanitize.Smart, "‘a’ „b“ c–d\u00ade\u00a0f\xff")
	fmt.Printf("%+q\n", s)
	// Output: "'a' \"b\" c-de f\ufffd"
}

func ExampleASCII() {
	s, _, _ := transform.String(sanitize.ASCII, "ŞEKER ÇÖĞÜŞİ, KÂR 9₺")
	fmt.Println(s)
	// Output: SEKER COGUSI, KAR 9TL
}
