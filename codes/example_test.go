// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes_test

import (
	"fmt"

	"github.com/smsseg/smsseg/codes"
	"golang.org/x/text/transform"
)

func ExampleLookup() {
	code, ok := codes.Lookup('ü')
	fmt.Println(code, ok)
	code, ok = codes.Lookup('u')
	fmt.Println(code, ok)
	// Output:
	// 63 true
	// 0 false
}

func ExampleRune() {
	r, ok := codes.Rune(61)
	fmt.Printf("%q %v\n", r, ok)
	r, ok = codes.Rune(4)
	fmt.Printf("%q %v\n", r, ok)
	// Output:
	// '\n' true
	// '\x00' false
}

func ExampleHasCode() {
	fmt.Println(codes.HasCode('€'), codes.HasCode('|'), codes.HasCode('['))
	// Output: true false false
}

func ExampleAll() {
	n := 0
	for code, r := range codes.All() {
		if code >= 68 {
			fmt.Printf("%02d %c\n", code, r)
		}
		n++
	}
	fmt.Println(n, "codes")
	// Output:
	// 68 Ö
	// 69 Ü
	// 70 Ç
	// 71 Ş
	// 72 İ
	// 73 Ğ
	// 39 codes
}

func ExampleAppendEncode() {
	text := "Selam\nAhmet\n.Bugün %50 indirim var."
	buf := make([]byte, 0, 64)
	buf = codes.AppendEncode(buf, text)
	fmt.Println(string(buf))
	// Output: Selam|61|Ahmet|61|.Bug|63|n |30|50 indirim var.
}

func ExampleAppendEncodeBytes() {
	fmt.Println(string(codes.AppendEncodeBytes([]byte("mesaj="), []byte("Öztek €5"))))
	// Output: mesaj=|68|ztek |05|5
}

func ExampleEncodedLen() {
	text := "Bugün %50"
	fmt.Println(len(text), codes.EncodedLen(text))
	// Output: 10 15
}

func ExampleAppendDecode() {
	fmt.Printf("%q\n", codes.AppendDecode(nil, "Selam|61|Bug|63|n |99| |6"))
	// Output: "Selam\nBugün |99| |6"
}

func ExampleAppendDecodeBytes() {
	fmt.Printf("%q\n", codes.AppendDecodeBytes(nil, []byte("|72|yi g|63|nler|26|")))
	// Output: "İyi günler!"
}

func ExampleAppendAmbiguous() {
	text := "Kod: |61|62| ve |12ö ve ||61"
	for _, off := range codes.AppendAmbiguous(nil, text) {
		fmt.Printf("%d %q\n", off, text[off:off+3])
	}
	// Output:
	// 5 "|61"
	// 8 "|62"
	// 16 "|12"
}

func ExampleCountAmbiguous() {
	fmt.Println(codes.CountAmbiguous("a|10|b"), codes.CountAmbiguous("a|10b"))
	// Output: 1 0
}

func ExampleEncoder() {
	s, n, err := transform.String(codes.Encoder{}, "Çay: 5€")
	fmt.Println(s, n, err)
	// Output: |70|ay|40| 5|05| 10 <nil>
}

func ExampleDecoder() {
	s, n, err := transform.String(codes.Decoder{}, "|70|ay|40| 5|05|")
	fmt.Println(s, n, err)
	// Output: Çay: 5€ 16 <nil>
}
