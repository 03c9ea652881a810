// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7_test

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/smsseg/smsseg/gsm7"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

func ExampleTable_Encode() {
	s, ok := gsm7.Default.Encode('Ç')
	fmt.Printf("%#02x %v\n", s, ok)
	s, ok = gsm7.Default.Encode('ç')
	fmt.Printf("%#02x %v\n", s, ok)
	s, ok = gsm7.TurkishLocking.Encode('ç')
	fmt.Printf("%#02x %v\n", s, ok)
	// Output:
	// 0x09 true
	// 0x00 false
	// 0x60 true
}

func ExampleTable_Decode() {
	for _, t := range []gsm7.Table{gsm7.Default, gsm7.TurkishLocking, gsm7.DefaultExtension, gsm7.TurkishSingleShift} {
		r, ok := t.Decode(0x07)
		fmt.Printf("%v: %q %v\n", t, r, ok)
	}
	// Output:
	// default: 'ì' true
	// turkish locking: 'ı' true
	// default extension: '\x00' false
	// turkish single shift: '\x00' false
}

func ExampleTable_String() {
	fmt.Println(gsm7.TurkishSingleShift)
	// Output: turkish single shift
}

func ExampleAlphabet_Septets() {
	for _, r := range "aç€" {
		fmt.Printf("%q: default %d, single %d, locking %d\n", r,
			gsm7.DefaultAlphabet.Septets(r),
			gsm7.TurkishSingleAlphabet.Septets(r),
			gsm7.TurkishLockingAlphabet.Septets(r))
	}
	// Output:
	// 'a': default 1, single 1, locking 1
	// 'ç': default 0, single 2, locking 1
	// '€': default 2, single 2, locking 1
}

func ExampleAlphabet_AppendRune() {
	var septets []byte
	for _, r := range "Şu" {
		var ok bool
		if septets, ok = gsm7.TurkishSingleAlphabet.AppendRune(septets, r); !ok {
			fmt.Println("cannot carry", r)
		}
	}
	fmt.Printf("% X\n", septets)
	// Output: 1B 53 75
}

func ExampleFillBits() {
	for _, udh := range []int{0, 6, 7, 9, 141} {
		fmt.Printf("UDH %d octets: %d fill bits\n", udh, gsm7.FillBits(udh))
	}
	// Output:
	// UDH 0 octets: 0 fill bits
	// UDH 6 octets: 1 fill bits
	// UDH 7 octets: 0 fill bits
	// UDH 9 octets: 5 fill bits
	// UDH 141 octets: -1 fill bits
}

func ExamplePackedLen() {
	fmt.Println(gsm7.PackedLen(160, 0), gsm7.PackedLen(153, 6), gsm7.PackedLen(149, 9))
	// Exact for any count; -1 for an impossible one.
	fmt.Println(gsm7.PackedLen(1<<30, 0), gsm7.PackedLen(-1, 0), gsm7.PackedLen(10, 141))
	// Output:
	// 140 134 131
	// 939524096 -1 -1
}

func ExampleAppendPack() {
	// The 3GPP TS 23.038 example, no user data header.
	fmt.Printf("% X\n", gsm7.AppendPack(nil, []byte("hellohello"), 0))

	// TP-User-Data of part 1 of 2 in Turkish single shift: the caller writes
	// the header (UDHL 8, concatenation IE, single shift IE for Turkish),
	// then AppendPack adds 5 fill bits and the septets.
	udh := []byte{0x08, 0x00, 0x03, 0x2A, 0x02, 0x01, 0x24, 0x01, 0x01}
	septets, _ := gsm7.TurkishSingle7bit.NewEncoder().Bytes([]byte("Tık"))
	ud := gsm7.AppendPack(udh, septets, len(udh))
	fmt.Printf("% X\n", ud)
	// Output:
	// E8 32 9B FD 46 97 D9 EC 37
	// 08 00 03 2A 02 01 24 01 01 80 BA 49 AF 01
}

func ExampleAppendUnpack() {
	packed := []byte{0xE8, 0x32, 0x9B, 0xFD, 0x46, 0x97, 0xD9, 0xEC, 0x37}
	septets, err := gsm7.AppendUnpack(nil, packed, 0, 10)
	fmt.Printf("%q %v\n", septets, err)

	// With no septet count (USSD), a final CR on an octet boundary is padding.
	ussd := gsm7.AppendPack(nil, []byte("1234567\r"), 0)
	septets, err = gsm7.AppendUnpack(nil, ussd, 0, -1)
	fmt.Printf("%q %v\n", septets, err)

	_, err = gsm7.AppendUnpack(nil, packed[:5], 0, 10)
	fmt.Println(errors.Is(err, gsm7.ErrShortPacked))
	_, err = gsm7.AppendUnpack(nil, packed, 0, math.MaxInt)
	fmt.Println(errors.Is(err, gsm7.ErrShortPacked))
	_, err = gsm7.AppendUnpack(nil, packed, 141, 10)
	fmt.Println(err)
	// Output:
	// "hellohello" <nil>
	// "1234567" <nil>
	// true
	// true
	// gsm7: user data header length not in 0..140 octets
}

func ExampleEncoding_NewEncoder() {
	septets, err := gsm7.TurkishLocking7bit.NewEncoder().String("Işık €")
	fmt.Printf("% X %v\n", septets, err)
	septets, err = gsm7.Default7bit.NewEncoder().String("Işık €")
	fmt.Printf("%q %v\n", septets, err)
	// Output:
	// 49 1D 07 6B 20 04 <nil>
	// "" gsm7: rune U+015F 'ş' at byte offset 1 is not in the alphabet
}

// Substitution is a separate layer: encoding.ReplaceUnsupported writes '?'
// (septet 0x3F) for each rune the encoder reports.
func ExampleEncoding_NewEncoder_replaceUnsupported() {
	enc := encoding.ReplaceUnsupported(gsm7.Default7bit.NewEncoder())
	septets, err := enc.String("Işık")
	fmt.Printf("%q %v\n", septets, err)
	// Output: "I??k" <nil>
}

func ExampleEncoding_NewDecoder() {
	text, err := gsm7.TurkishSingle7bit.NewDecoder().Bytes([]byte{0x49, 0x1B, 0x73, 0x1B, 0x69, 0x6B, 0x00})
	fmt.Printf("%s %v\n", text, err)
	_, err = gsm7.Default7bit.NewDecoder().Bytes([]byte("ok\x1b"))
	fmt.Println(err)
	// Output:
	// Işık@ <nil>
	// gsm7: escape 0x1B at byte offset 2 ends the input
}

func ExampleEncoding_String() {
	fmt.Println(gsm7.Default7bit, "|", gsm7.TurkishSingle7bit, "|", gsm7.TurkishLocking7bit)
	// Output: GSM 7-bit default alphabet | GSM 7-bit Turkish single shift | GSM 7-bit Turkish locking shift
}

func ExampleEncoding_Alphabet() {
	a := gsm7.TurkishLocking7bit.Alphabet()
	fmt.Println(a.Locking, "+", a.Shift)
	// Output: turkish locking + default extension
}

// The encoders work as streams with transform.NewReader.
func ExampleEncoding_NewEncoder_reader() {
	r := transform.NewReader(strings.NewReader("Çay {2€}"), gsm7.Default7bit.NewEncoder())
	septets, err := io.ReadAll(r)
	fmt.Printf("% X %v\n", septets, err)
	// Output: 09 61 79 20 1B 28 32 1B 65 1B 29 <nil>
}

func ExampleUnencodableError() {
	_, err := gsm7.TurkishSingle7bit.NewEncoder().String("Merhaba 👋")
	var ue gsm7.UnencodableError
	if errors.As(err, &ue) {
		fmt.Printf("%q at %d, ErrUnencodable: %v\n", ue.Rune, ue.Offset, errors.Is(err, gsm7.ErrUnencodable))
	}
	// Output: '👋' at 8, ErrUnencodable: true
}

func ExampleInvalidSeptetError() {
	_, err := gsm7.Default7bit.NewDecoder().String("ab\xe7")
	var ie gsm7.InvalidSeptetError
	if errors.As(err, &ie) {
		fmt.Printf("%#02x at %d, ErrInvalidSeptet: %v\n", ie.Byte, ie.Offset, errors.Is(err, gsm7.ErrInvalidSeptet))
	}
	// Output: 0xe7 at 2, ErrInvalidSeptet: true
}
