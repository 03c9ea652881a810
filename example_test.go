// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/smsseg/smsseg"
)

func Example() {
	a := smsseg.GSM.Analyze("Merhaba dünya, siparişiniz kargoya verildi.")
	fmt.Println(a.Class(), a.Shift(), a.Units(), a.Segments(), a.Remaining())
	// Output: turkish locking 43 1 112
}

func ExampleLookup() {
	p, ok := smsseg.Lookup("oztek")
	fmt.Println(p, ok, p.Title())
	_, ok = smsseg.Lookup("acme")
	fmt.Println(ok)
	// Output:
	// oztek true Öztek: own character table, pipe codes on the wire, 918-unit maximum
	// false
}

func ExampleNames() {
	fmt.Println(smsseg.Names())
	// Output: [gsm oztek esemes nodeapi kobikom bisms verimor]
}

func ExampleProfiles() {
	for _, p := range smsseg.Profiles() {
		fmt.Print(p.Name(), ":", len(p.Schemes()), " ")
	}
	fmt.Println()
	// Output: gsm:4 oztek:2 esemes:2 nodeapi:3 kobikom:3 bisms:2 verimor:3
}

func ExampleLoadProfile() {
	f, err := os.Open("examples/acme.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	p, err := smsseg.LoadProfile(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := p.Analyze("Merhaba")
	fmt.Println(p.Name(), a.Class(), a.Units(), a.Segments())
	_, err = smsseg.LoadProfile(strings.NewReader(`{"name": "x", "colour": "red"}`))
	fmt.Println(err != nil)
	// Output:
	// acme normal 7 1
	// true
}

func ExampleProfile_Analyze() {
	a := smsseg.NodeAPI.Analyze("Değerli müşterimiz, siparişiniz yolda.")
	fmt.Println(a.Class(), a.Shift(), a.Units(), a.Runes(), a.Segments(), a.Params())
	// Output: turkish single 41 38 1 {"encoding":1}
}

func ExampleProfile_AnalyzeBytes() {
	a := smsseg.GSM.AnalyzeBytes([]byte("hello"))
	fmt.Println(a.Units(), a.Remaining())
	// Output: 5 155
}

func ExampleProfile_WithASCII() {
	text := "Kâğıthane şubemiz açıldı"
	fmt.Println(smsseg.Oztek.Analyze(text).OK(), smsseg.Oztek.WithASCII(true).Analyze(text).Class())
	// Output: false normal
}

func ExampleProfile_WithSmart() {
	text := "Word’den yapıştırılan “tırnaklar”"
	fmt.Println(smsseg.GSM.Analyze(text).Class(), smsseg.GSM.WithSmart(true).Analyze(text).Class())
	// Output: ucs2 turkish
}

func ExampleProfile_WithNFC() {
	text := "s\u0327ehir" // s + combining cedilla, as some keyboards and PDFs write "şehir"
	fmt.Println(smsseg.GSM.Analyze(text).Class(), smsseg.GSM.WithNFC(true).Analyze(text).Class())
	// Output: ucs2 turkish
}

func ExampleProfile_WithOptOut() {
	p, err := smsseg.Esemes.WithOptOut("link")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := p.Analyze("Kampanya")
	fmt.Println(a.Class(), a.Units(), string(a.AppendWire(nil)), a.Params())
	_, err = smsseg.GSM.WithOptOut("link")
	fmt.Println(errors.Is(err, smsseg.ErrNoOptOut))
	// Output:
	// turkish 63 Kampanya {"endpoint":"tr","izin_link":true,"izin_telefon":false}
	// true
}

func ExampleProfile_WithOperatorCode() {
	p, _ := smsseg.GSM.WithOperatorCode("B001")
	a := p.Analyze(strings.Repeat("a", 160))
	fmt.Println(a.Units(), a.Segments(), a.TextLen(), len(a.AppendWire(nil)))
	_, err := smsseg.GSM.WithOperatorCode("b1")
	fmt.Println(err)
	// Output:
	// 165 2 165 160
	// smsseg: an operator code is exactly 4 characters from A-Z and 0-9
}

func ExampleProfile_WithRecipients() {
	p, _ := smsseg.NodeAPI.WithRecipients(15000)
	fmt.Println(p.Analyze(strings.Repeat("ş", 70)).Credits()) // 140 septets: 1 segment
	// Output: 15000
}

func ExampleProfile_WithRef16() {
	a := smsseg.GSM.WithRef16(true).Analyze(strings.Repeat("a", 161))
	sc, _ := a.Scheme()
	fmt.Println(sc.Multi, a.Remaining())
	// Output: 152 143
}

func ExampleAnalysis_AppendText() {
	a := smsseg.BiSMS.Analyze("Fiyat: 250€ [indirim]")
	fmt.Println(string(a.AppendText(nil)), a.WarningCount())
	// Output: Fiyat: 250E (indirim) 3
}

func ExampleAnalysis_AppendWire() {
	a := smsseg.Oztek.Analyze("Bugün %50 indirim!")
	fmt.Println(string(a.AppendWire(nil)))
	// Output: Bug|63|n |30|50 indirim|26|
}

func ExampleAnalysis_AppendParts() {
	a := smsseg.GSM.Analyze(strings.Repeat("a", 152) + "{" + strings.Repeat("b", 10))
	fmt.Println(a.AppendParts(nil))
	// Output: [{0 152 152} {152 163 12}]
}

// A text of 1,000 braces (2 septets each) in parts of 152 septets, the
// 153rd left empty: the counting pass finds all 14 parts. The slice is
// reused from message to message.
func ExampleProfile_AnalyzeParts() {
	var parts []smsseg.Part
	a, parts := smsseg.GSM.AnalyzeParts(strings.Repeat("{", 1000), parts[:0])
	fmt.Println(a.Segments(), len(parts), parts[0], parts[13])
	// Output: 14 14 {0 76 152} {988 1000 24}
}

func ExampleAnalysis_Parts() {
	for p := range smsseg.GSM.Analyze(strings.Repeat("😀", 40)).Parts() {
		fmt.Println(p)
	}
	// Output:
	// {0 132 66}
	// {132 160 14}
}

func ExamplePartIter() {
	a := smsseg.GSM.Analyze(strings.Repeat("x", 320))
	var it smsseg.PartIter
	for it.Init(&a); !it.Done(); {
		fmt.Print(it.Next().Units, " ")
	}
	fmt.Println()
	// Output: 153 153 14
}

func ExampleAnalysis_Issues() {
	for is := range smsseg.Oztek.Analyze("Tab\there\x80").Issues() {
		fmt.Println(is)
	}
	// Output:
	// smsseg: unknown_char: '\t' (U+0009) at byte 3
	// smsseg: invalid_utf8: '�' (U+FFFD) at byte 8
	// smsseg: unknown_char: '�' (U+FFFD) at byte 8
}

func ExampleAnalysis_AppendIssues() {
	a := smsseg.Verimor.Analyze(strings.Repeat("a", 1072))
	fmt.Println(a.AppendIssues(nil))
	// Output: [smsseg: too_long: 'a' (U+0061) at byte 1071]
}

func ExampleAnalysis_FirstError() {
	if is, bad := smsseg.Esemes.Analyze("emoji 😀").FirstError(); bad {
		fmt.Println(is.Code, is.Offset, errors.Is(is, smsseg.ErrUnknownChar))
	}
	_, bad := smsseg.Esemes.Analyze("fine").FirstError()
	fmt.Println(bad)
	// Output:
	// unknown_char 6 true
	// false
}

func ExampleAnalysis_AppendJSON() {
	p, _ := smsseg.Oztek.WithRecipients(3)
	fmt.Println(string(p.Analyze("Bugün %50").AppendJSON(nil)))
	// Output: {"vendor":"oztek","encoding":"turkish","shift":"none","units":9,"runes":9,"segments":1,"remaining":146,"truncated":0,"text":"Bugün %50","wire":"Bug|63|n |30|50","parts":[{"start":0,"end":10,"units":9}],"recipients":3,"credits":3,"params":{"tur":"Turkce"},"errors":[],"warnings":[]}
}

func ExampleJSONEncoder() {
	enc := smsseg.NewJSONEncoder(os.Stdout)
	a := smsseg.Kobikom.Analyze("Merhaba")
	if err := enc.Encode(&a); err != nil {
		fmt.Println(err)
	}
	// Output: {"vendor":"kobikom","encoding":"normal","shift":"none","units":7,"runes":7,"segments":1,"remaining":153,"truncated":0,"text":"Merhaba","wire":"Merhaba","parts":[{"start":0,"end":7,"units":7}],"recipients":1,"credits":1,"params":{"datacoding":0,"languageCode":"","type":""},"errors":[],"warnings":[]}
}

func ExampleJSONEncoder_EncodeWith() {
	enc := smsseg.NewJSONEncoder(os.Stdout)
	a := smsseg.GSM.Analyze("Selam")
	if err := enc.EncodeWith(&a, []byte(`"batch":"kargo-12","line":3`)); err != nil {
		fmt.Println(err)
	}
	// Output: {"vendor":"gsm","encoding":"normal","shift":"none","units":5,"runes":5,"segments":1,"remaining":155,"truncated":0,"text":"Selam","wire":"Selam","parts":[{"start":0,"end":5,"units":5}],"recipients":1,"credits":1,"params":{},"errors":[],"warnings":[],"batch":"kargo-12","line":3}
}

func ExampleAnalysis_Marks() {
	for m := range smsseg.GSM.Analyze("Fiyat 50€, {kod} ç").Marks() {
		fmt.Printf("%q at %d: %d units, ruled out %b\n", m.Rune, m.Offset, m.Units, m.RuledOut)
	}
	// Output:
	// '{' at 13: 2 units, ruled out 0
	// '}' at 17: 2 units, ruled out 0
	// 'ç' at 19: 1 units, ruled out 1
}

func ExampleAnalysis_RuledOut() {
	a := smsseg.GSM.Analyze("Fiyat ₺50")
	for i, sc := range a.Profile().Schemes() {
		if m, ok := a.RuledOut(i); ok {
			fmt.Printf("%s: %q at byte %d\n", sc.ID, m.Rune, m.Offset)
		}
	}
	fmt.Println(a.Class())
	// Output:
	// default: '₺' at byte 6
	// turkish-locking: '₺' at byte 6
	// turkish-single: '₺' at byte 6
	// ucs2
}

func ExampleAnalysis_CostIn() {
	a := smsseg.GSM.Analyze(strings.Repeat("€", 100))
	c, _ := a.CostIn(0)
	fmt.Println(a.Class(), a.Units(), a.Segments(), "default would take", c.Units, c.Segments)
	// Output: turkish 100 1 default would take 200 2
}

func ExampleAnalysis_CreditsFor() {
	a := smsseg.GSM.Analyze(strings.Repeat("a", 200))
	fmt.Println(a.CreditsFor(100000))
	fmt.Println(a.CreditsFor(0))
	// Output:
	// 200000 true
	// 0 false
}

func ExampleParams_Get() {
	a := smsseg.Kobikom.Analyze(strings.Repeat("ş", 200))
	v, _ := a.Params().Get("type")
	fmt.Println(v, a.Params().Len())
	// Output: longSMS 3
}

func ExampleParams_At() {
	p := smsseg.Verimor.Analyze("Türkçe şarkı").Params()
	for i := 0; i < p.Len(); i++ {
		k, v, _ := p.At(i)
		n, isInt := v.Int()
		fmt.Println(k, n, isInt)
	}
	// Output: datacoding 1 true
}

func ExampleIssue_Error() {
	fmt.Println(smsseg.Issue{Code: smsseg.TooLong, Offset: 917, Rune: '€'})
	// Output: smsseg: too_long: '€' (U+20AC) at byte 917
}

func ExampleCode_IsWarning() {
	fmt.Println(smsseg.TooLong.IsWarning(), smsseg.Replaced.IsWarning())
	// Output: false true
}

func ExampleClass_String() {
	fmt.Println(smsseg.Normal, smsseg.Turkish, smsseg.UCS2)
	// Output: normal turkish ucs2
}

func ExampleShift_String() {
	fmt.Println(smsseg.NoShift, smsseg.Locking, smsseg.Single)
	// Output: none locking single
}

func ExampleProfile_TooLarge() {
	a := smsseg.GSM.TooLarge()
	is, _ := a.FirstError()
	fmt.Println(is.Code, a.Units(), a.Remaining())
	// Output: too_large 0 160
}

func ExampleProfile_Schemes() {
	for _, sc := range smsseg.Verimor.Schemes() {
		fmt.Println(sc.ID, sc.Class, sc.Shift, sc.Single, sc.Multi, sc.Max)
	}
	// Output:
	// default normal none 160 153 1071
	// turkish-locking turkish locking 155 149 1043
	// ucs2 ucs2 none 70 67 469
}

func ExampleProfile_RuneUnits() {
	fmt.Println(smsseg.Verimor.RuneUnits(1, '€'), smsseg.GSM.RuneUnits(1, '€'))
	// Output: 2 1
}
