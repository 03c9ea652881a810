// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7_test

import (
	"errors"
	"fmt"

	"github.com/smsseg/smsseg/gsm7"
)

func ExampleUnencodableError_Error() {
	_, err := gsm7.Default7bit.NewEncoder().String("ok ş")
	fmt.Println(err)
	// Output: gsm7: rune U+015F 'ş' at byte offset 3 is not in the alphabet
}

func ExampleUnencodableError_Unwrap() {
	_, err := gsm7.Default7bit.NewEncoder().String("😀")
	var ue gsm7.UnencodableError
	fmt.Println(errors.Is(err, gsm7.ErrUnencodable), errors.As(err, &ue), ue.Offset)
	// Output: true true 0
}

func ExampleUnencodableError_Replacement() {
	fmt.Printf("%#02x\n", gsm7.UnencodableError{Rune: 'ş'}.Replacement())
	// Output: 0x3f
}

func ExampleInvalidSeptetError_Error() {
	_, err := gsm7.Default7bit.NewDecoder().Bytes([]byte{0x41, 0x80})
	fmt.Println(err)
	// Output: gsm7: byte 0x80 at byte offset 1 is not a septet
}

func ExampleInvalidSeptetError_Unwrap() {
	_, err := gsm7.Default7bit.NewDecoder().Bytes([]byte{0x41, gsm7.Esc})
	fmt.Println(errors.Is(err, gsm7.ErrInvalidSeptet))
	// Output: true
}
