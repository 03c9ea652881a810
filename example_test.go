// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"fmt"
	"strings"

	"github.com/smsseg/smsseg"
)

func Example() {
	r := smsseg.GSM.Analyze("Merhaba dünya, siparişiniz kargoya verildi.")
	fmt.Println(r.Encoding, r.Shift, r.Units, r.Segments, r.Remaining)
	// Output: turkish locking 43 1 112
}

func ExampleProfile_Analyze() {
	for _, text := range []string{
		"Your code is 4711.",
		"Kodunuz: 4711. İyi günler!",
		"Kodunuz: 4711 😀",
		strings.Repeat("a", 161),
	} {
		r := smsseg.GSM.Analyze(text)
		fmt.Printf("%-7s %-7s units=%d segments=%d remaining=%d\n", r.Encoding, r.Shift, r.Units, r.Segments, r.Remaining)
	}
	// Output:
	// normal  none    units=18 segments=1 remaining=142
	// turkish locking units=26 segments=1 remaining=129
	// ucs2    none    units=16 segments=1 remaining=54
	// normal  none    units=161 segments=2 remaining=145
}

func ExampleProfile_AnalyzeBytes() {
	r := smsseg.Oztek.AnalyzeBytes([]byte("Selam\nAhmet"))
	fmt.Println(r.Encoding, r.Units, r.Params)
	// Output: normal 12 {"tur":"Normal"}
}

func ExampleProfile_AppendText() {
	// BiSMS substitutes and blanks what it cannot carry.
	text := smsseg.BiSMS.AppendText(nil, "Fiyat: 5€ {kampanya} ~ bugün")
	fmt.Printf("%q\n", text)
	// Output: "Fiyat: 5E (kampanya)   bugün"
}

func ExampleProfile_AppendWire() {
	wire := smsseg.Oztek.AppendWire(nil, "Selam\nAhmet\n.Bugün %50 indirim var.")
	fmt.Println(string(wire))
	// Output: Selam|61|Ahmet|61|.Bug|63|n |30|50 indirim var.
}

func ExampleProfile_AppendParts() {
	text := strings.Repeat("a", 152) + "{" + strings.Repeat("b", 10)
	for _, p := range smsseg.GSM.AppendParts(nil, text) {
		fmt.Println(p.Start, p.End, p.Units)
	}
	// Output:
	// 0 152 152
	// 152 163 12
}

func ExampleProfile_AppendIssues() {
	for _, is := range smsseg.Oztek.AppendIssues(nil, "Kod |61| \"ok\"") {
		fmt.Println(is.Code, is.Offset, is.Code.IsWarning())
	}
	// Output:
	// ambiguous_pipe 4 true
	// unknown_char 9 false
	// unknown_char 12 false
}

func ExampleProfile_AppendPartsOf() {
	// Analyse once, then materialise from the same Result without a second
	// classification pass; the buffers are reused across messages.
	var parts []smsseg.Part
	var buf []byte
	p := smsseg.NodeAPI
	for _, msg := range []string{"Merhaba", strings.Repeat("ş", 80)} {
		r := p.Analyze(msg)
		parts = p.AppendPartsOf(parts[:0], &r, msg)
		buf = p.AppendTextOf(buf[:0], &r, msg)
		fmt.Println(r.Params, len(parts), len(buf))
	}
	// Output:
	// {"encoding":0} 1 7
	// {"encoding":1} 2 160
}

func ExampleProfile_AppendTextOf() {
	p := smsseg.GSM.WithSmart(true)
	msg := "“Hello” – world…"
	r := p.Analyze(msg)
	fmt.Printf("%s %s\n", p.AppendTextOf(nil, &r, msg), r.Encoding)
	// Output: "Hello" - world... normal
}

func ExampleProfile_AppendWireOf() {
	p := smsseg.Oztek
	msg := "Şifre: 1234"
	r := p.Analyze(msg)
	fmt.Println(string(p.AppendWireOf(nil, &r, msg)), r.Params)
	// Output: |71|ifre|40| 1234 {"tur":"Turkce"}
}

func ExampleProfile_AppendIssuesOf() {
	p := smsseg.Esemes
	msg := "Hi\tthere"
	r := p.Analyze(msg)
	for _, is := range p.AppendIssuesOf(nil, &r, msg) {
		fmt.Println(is)
	}
	// Output: segment: unknown_char: '\t' (U+0009) at byte 2
}

func ExampleProfile_WithASCII() {
	p := smsseg.GSM.WithASCII(true)
	r := p.Analyze("Şişli'de buluşalım")
	fmt.Println(string(p.AppendText(nil, "Şişli'de buluşalım")), r.Encoding)
	// Output: Sisli'de bulusalim normal
}

func ExampleProfile_WithSmart() {
	r := smsseg.GSM.WithSmart(true).Analyze("It’s here…")
	fmt.Println(r.Encoding, r.Units)
	// Output: normal 12
}

func ExampleProfile_WithOptOut() {
	p, err := smsseg.Esemes.WithOptOut(smsseg.OptOutLink)
	if err != nil {
		panic(err)
	}
	r := p.Analyze("Kampanya basladi")
	fmt.Println(r.Encoding, r.Shift, r.Units, r.Params)
	_, err = smsseg.GSM.WithOptOut(smsseg.OptOutLink)
	fmt.Println(err)
	// Output:
	// turkish single 71 {"endpoint":"tr"}
	// smsseg: only the esemes profile has opt-out suffixes
}

func ExampleParseOptOut() {
	o, err := smsseg.ParseOptOut("link,phone")
	fmt.Println(o == smsseg.OptOutLink|smsseg.OptOutPhone, err)
	_, err = smsseg.ParseOptOut("email")
	fmt.Println(err)
	// Output:
	// true <nil>
	// smsseg: unknown opt-out "email" (want link, phone or link,phone)
}

func ExampleLookup() {
	p, ok := smsseg.Lookup("kobikom")
	fmt.Println(p, ok)
	_, ok = smsseg.Lookup("acme")
	fmt.Println(ok)
	// Output:
	// kobikom true
	// false
}

func ExampleProfiles() {
	for _, p := range smsseg.Profiles() {
		r := p.Analyze(strings.Repeat("ğ", 100))
		fmt.Println(p.Name(), r.Encoding, r.Units, r.Segments)
	}
	// Output:
	// gsm turkish 100 1
	// oztek turkish 200 2
	// esemes turkish 200 2
	// nodeapi turkish 200 2
	// kobikom turkish 200 2
	// bisms turkish 200 2
}

func ExampleNames() {
	fmt.Println(smsseg.Names())
	// Output: gsm, oztek, esemes, nodeapi, kobikom, bisms
}

func ExampleProfile_Schemes() {
	for _, sc := range smsseg.GSM.Schemes() {
		fmt.Println(sc.Encoding, sc.Shift, sc.Single, sc.Multi)
	}
	// Output:
	// normal none 160 153
	// turkish locking 155 149
	// turkish single 155 149
	// ucs2 none 70 67
}

func ExampleProfile_RuneUnits() {
	r := smsseg.GSM.Analyze("ş{")
	fmt.Println(smsseg.GSM.RuneUnits(r.Scheme(), 'ş'), smsseg.GSM.RuneUnits(r.Scheme(), '{'), smsseg.GSM.RuneUnits(0, 'ş'))
	// Output: 1 2 0
}

func ExampleProfile_Rules() {
	rl := smsseg.BiSMS.Rules()
	fmt.Println(rl.Name, rl.Ranges[0], rl.Max[1])
	// Output: bisms [160 306 459 612 765 917] 882
}

func ExampleResult_Credits() {
	r := smsseg.GSM.Analyze(strings.Repeat("x", 200))
	c, ok := r.Credits(100000)
	fmt.Println(r.Segments, c, ok)
	// Output: 2 200000 true
}

func ExampleResult_OK() {
	r := smsseg.Oztek.Analyze("")
	fmt.Println(r.OK(), r.FirstError.Code, r.Remaining)
	// Output: false empty 160
}

func ExampleProfile_InitParts() {
	text := strings.Repeat("ş", 80) // 160 septets under Turkish single shift
	p := smsseg.NodeAPI
	r := p.Analyze(text)
	var it smsseg.PartIter
	for p.InitParts(&it, &r, text); !it.Done(); {
		part := it.Next()
		fmt.Println(part.Start, part.End, part.Units)
	}
	// Output:
	// 0 148 148
	// 148 160 12
}

func ExampleProfile_Name() {
	fmt.Println(smsseg.BiSMS.Name(), smsseg.Profile{}.Name())
	// Output: bisms gsm
}

func ExampleProfile_String() {
	fmt.Printf("%v\n", smsseg.Oztek)
	// Output: oztek
}
