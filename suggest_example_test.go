// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"fmt"
	"strings"

	"github.com/smsseg/smsseg"
)

// A kargo text: 147 ASCII characters and "Teşekkürler". The ş forces the
// Turkish single shift, where it costs 2 units: 159 units, 2 segments.
var kargo = strings.Repeat("Kargonuz yola cikti. ", 7) + "Teşekkürler"

func ExampleAnalysis_Suggestions() {
	p, _ := smsseg.NodeAPI.WithRecipients(15000)
	a := p.Analyze(kargo)
	fmt.Println(a.Class(), a.Segments(), a.Credits())
	for _, s := range a.Suggestions() {
		if s.IsEdit() {
			fmt.Printf("%d edit(s) → %s, %d segment, %d credits, saves %d\n", s.Edits, s.Class, s.Segments, s.Credits, s.Saves)
			continue
		}
		fmt.Printf("%s → %s, %d segment, %d credits, saves %d\n", s.Folds, s.Class, s.Segments, s.Credits, s.Saves)
	}
	// Output:
	// turkish 2 30000
	// -ascii → normal, 1 segment, 15000 credits, saves 15000
	// 1 edit(s) → normal, 1 segment, 15000 credits, saves 15000
}

func ExampleAnalysis_AppendSuggestions() {
	// Zero allocations with a reused array.
	var buf [16]smsseg.Suggestion
	a := smsseg.GSM.Analyze(strings.Repeat("a", 100) + "’s")
	for _, s := range a.AppendSuggestions(buf[:0]) {
		fmt.Println(s.Folds, s.Edits, s.Class, s.Segments)
	}
	// Output:
	// -smart 0 normal 1
	// none 1 normal 1
}

func ExampleAnalysis_AppendEdits() {
	a := smsseg.NodeAPI.Analyze(strings.Repeat("a", 148) + "şşşşş")
	list := a.Suggestions()
	edit := list[len(list)-1] // the smallest edit comes last
	for _, e := range a.AppendEdits(nil, edit) {
		fmt.Printf("byte %d (UTF-16 %d): %q → %q\n", e.Offset, e.UTF16, e.From, e.To)
	}
	fmt.Println(edit.Class, edit.Segments)
	// Output:
	// byte 148 (UTF-16 148): "ş" → "s"
	// byte 150 (UTF-16 149): "ş" → "s"
	// byte 152 (UTF-16 150): "ş" → "s"
	// turkish 1
}

func ExampleAnalysis_Edits() {
	// Under oztek a NUL is rejected: -drop removes all 1,000, and the
	// smallest edit is as many removals. Show the first two.
	text := strings.Repeat("\x00", 1000)
	a := smsseg.Oztek.Analyze(text)
	s, _, _ := a.SmallestEdit()
	n := 0
	for e := range a.Edits(s) {
		fmt.Printf("byte %d: %q → %q\n", e.Offset, e.From, e.To)
		if n++; n == 2 {
			break
		}
	}
	fmt.Println(s.Edits, "edits")
	// Output:
	// byte 0: "\x00" → ""
	// byte 1: "\x00" → ""
	// 1000 edits
}

func ExampleAnalysis_SmallestEdit() {
	a := smsseg.Oztek.Analyze("Ali’nin")
	s, edits, ok := a.SmallestEdit()
	fmt.Println(ok, a.ErrorCount(), s.Errors, edits[0].Offset, edits[0].From, edits[0].To)
	// Output:
	// true 1 0 3 ’ '
}

func ExampleApplyEdits() {
	text := "Ali’nin"
	_, edits, _ := smsseg.Oztek.Analyze(text).SmallestEdit()
	fixed, err := smsseg.ApplyEdits(text, edits)
	fmt.Println(fixed, err, smsseg.Oztek.Analyze(fixed).OK())
	// Output:
	// Ali'nin <nil> true
}

func ExampleProfile_WithFold() {
	p := smsseg.GSM.WithFold(smsseg.FoldIfCheaper, smsseg.FoldSmart|smsseg.FoldASCII)
	// Costs 1 segment either way: left as written.
	a := p.Analyze("Ali’nin")
	fmt.Println(a.Folded(), a.Class(), a.Segments())
	// 2 UCS-2 segments as written, 1 normal folded.
	b := p.Analyze(strings.Repeat("a", 100) + "’s")
	fmt.Println(b.Folded(), b.Class(), b.Segments())
	// Output:
	// none ucs2 1
	// -smart -ascii normal 1
}

func ExampleAnalysis_AppendFolds() {
	p := smsseg.GSM.WithFold(smsseg.FoldAlways, smsseg.FoldSmart)
	a := p.Analyze("“Merhaba” dedi")
	for _, e := range a.AppendFolds(nil) {
		fmt.Printf("%d %s→%s\n", e.Offset, e.From, e.To)
	}
	// Output:
	// 0 “→"
	// 10 ”→"
}

func ExampleProfile_WithDrop() {
	a := smsseg.Esemes.WithDrop(true).Analyze("Fiyat 50₺ 😀")
	fmt.Printf("%q %v\n", a.AppendText(nil), a.OK())
	// Output:
	// "Fiyat 50 " true
}

func ExampleProfile_With() {
	p := smsseg.NodeAPI.With(smsseg.FoldASCII)
	fmt.Println(p.ASCII(), p.Folds(), p.Analyze(kargo).Segments())
	// Output:
	// true -ascii 1
}

func ExampleFolds_Flags() {
	fmt.Println((smsseg.FoldSmart | smsseg.FoldDrop).Flags())
	// Output:
	// [-smart -drop]
}

func ExampleParseFoldPolicy() {
	pol, ok := smsseg.ParseFoldPolicy("ifcheaper")
	fmt.Println(pol, ok)
	// Output:
	// ifcheaper true
}

func ExampleProfile_FitLen() {
	// 170 characters into one SMS with "...": 157 + 3 = 160 units.
	k, cut, ok := smsseg.GSM.FitLen(strings.Repeat("a", 170), 1, "...")
	fmt.Println(k, cut, ok)
	// A flag is one grapheme cluster (4 UCS-2 units): never cut in half.
	k, cut, ok = smsseg.GSM.FitLen(strings.Repeat("a", 67)+"🇹🇷", 1, "")
	fmt.Println(k, cut, ok)
	// Output:
	// 157 true true
	// 67 true true
}

func ExampleProfile_Fit() {
	// 4 × 47 runes in the Turkish locking shift (every letter 1 unit): one
	// SMS holds 155, so 152 runes (3 sentences and "Sayın müşte") and "...".
	text := strings.Repeat("Sayın müşterimiz, siparişiniz kargoya verildi. ", 4)
	fitted, a, _ := smsseg.GSM.Fit(text, 1, "...")
	fmt.Println(len([]rune(fitted)), a.Class(), a.Segments(), a.Units())
	fmt.Println(fitted[len(fitted)-12:])
	// Output:
	// 155 turkish 1 155
	// n müşte...
}

func ExampleAnalysis_InputOffset() {
	// -nfc composes s + U+0327 (3 bytes) into ş (2 bytes): the delivered
	// text and the caller's differ.
	a := smsseg.GSM.WithNFC(true).Analyze("s\u0327apka ’")
	for _, off := range []int{0, 2, 8} {
		in := a.InputOffset(off)
		fmt.Println(off, in, a.InputUTF16(in))
	}
	// Output:
	// 0 0 0
	// 2 3 2
	// 8 8 7
}

func ExampleAnalysis_Input() {
	a := smsseg.GSM.WithSmart(true).Analyze("‘x’")
	fmt.Printf("%s %s\n", a.Input(), a.AppendText(nil))
	// Output:
	// ‘x’ 'x'
}

func ExampleInputMap() {
	// Issue offsets are in the delivered text; a textarea wants UTF-16
	// offsets into what the user typed.
	a := smsseg.Esemes.WithDrop(true).Analyze("😀 Fiyat 50₺\t!")
	var m smsseg.InputMap
	m.Init(&a)
	fmt.Printf("%q\n", a.AppendText(nil))
	for _, off := range []int{0, 1, 9} {
		in, u16 := m.Map(off)
		fmt.Println(off, in, u16)
	}
	// Output:
	// " Fiyat 50!"
	// 0 0 0
	// 1 5 3
	// 9 17 13
}
