// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package turkish_test

import (
	"fmt"

	"github.com/smsseg/smsseg/turkish"
)

func ExampleIsLetter() {
	fmt.Println(turkish.IsLetter('ş'), turkish.IsLetter('İ'), turkish.IsLetter('s'), turkish.IsLetter('é'))
	// Output: true true false false
}

func ExampleInDefaultAlphabet() {
	for _, r := range turkish.Letters {
		fmt.Printf("%c:%v ", r, turkish.InDefaultAlphabet(r))
	}
	fmt.Println()
	// Output: ç:false ş:false ğ:false ı:false ö:true ü:true Ç:true Ş:false Ğ:false İ:false Ö:true Ü:true
}

func ExampleClassOf() {
	for _, r := range "Çığ!" {
		c := turkish.ClassOf(r)
		fmt.Printf("%c %s: single shift %d, locking shift %d\n", r, c, c.SingleShiftSeptets(), c.LockingShiftSeptets())
	}
	// Output:
	// Ç default alphabet: single shift 1, locking shift 1
	// ı national shift: single shift 2, locking shift 1
	// ğ national shift: single shift 2, locking shift 1
	// ! not a letter: single shift 0, locking shift 0
}

func ExampleClass_String() {
	fmt.Println(turkish.ClassOf('ğ'))
	// Output: national shift
}

func ExampleClass_SingleShiftSeptets() {
	fmt.Println(turkish.ClassOf('ş').SingleShiftSeptets(), turkish.ClassOf('ü').SingleShiftSeptets())
	// Output: 2 1
}

func ExampleClass_LockingShiftSeptets() {
	fmt.Println(turkish.ClassOf('ş').LockingShiftSeptets(), turkish.ClassOf('x').LockingShiftSeptets())
	// Output: 1 0
}

func ExampleIndex() {
	fmt.Println(turkish.Index("Merhaba Dünya"), turkish.Index("Hello"))
	// Output: 9 -1
}

func ExampleContains() {
	fmt.Println(turkish.Contains("Günaydın"), turkish.Contains("Gunaydin"))
	// Output: true false
}

func ExampleToASCII() {
	for _, r := range "Şişli Ğ ö €" {
		fmt.Printf("%c", turkish.ToASCII(r))
	}
	fmt.Println()
	// Output: Sisli G o €
}

func ExampleUpper() {
	fmt.Println(turkish.Upper("istanbul ılık"))
	// Output: İSTANBUL ILIK
}

func ExampleLower() {
	fmt.Println(turkish.Lower("ISPARTA İZMİR"))
	// Output: ısparta izmir
}

func ExampleUpperCaser() {
	c := turkish.UpperCaser() // one per goroutine
	fmt.Println(c.String("iğdır"), c.String("çiçek"))
	// Output: İĞDIR ÇİÇEK
}

func ExampleLowerCaser() {
	c := turkish.LowerCaser() // one per goroutine
	fmt.Println(c.String("IĞDIR"), c.String("İNCİ"))
	// Output: ığdır inci
}

func ExampleNFC() {
	s := "s\u0327eker gu\u0308zel I\u0307g\u0306dır"
	fmt.Println(len(s), turkish.NFC(s), len(turkish.NFC(s)))
	// Output: 26 şeker güzel İğdır 22
}

func ExampleAppendNFC() {
	buf := make([]byte, 0, 32)
	buf = turkish.AppendNFC(buf, "Ç: ")
	buf = turkish.AppendNFC(buf, "c\u0327ay")
	fmt.Printf("%s %q\n", buf, buf)
	// Output: Ç: çay "Ç: çay"
}

func ExampleIsNormal() {
	fmt.Println(turkish.IsNormal("şeker"), turkish.IsNormal("s\u0327eker"))
	// Output: true false
}

func ExampleLetters() {
	fmt.Println(turkish.Letters, len(turkish.Letters))
	// Output: çşğıöüÇŞĞİÖÜ 24
}
