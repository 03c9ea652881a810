// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu_test

import (
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/smsseg/smsseg/pdu"
)

var turkish = pdu.Scheme{Coding: pdu.GSM7, Single: pdu.Turkish}

func ExampleCapacity() {
	fmt.Println(pdu.Capacity(pdu.Scheme{}, false, false), pdu.Capacity(pdu.Scheme{}, true, false), pdu.Capacity(pdu.Scheme{}, true, true))
	fmt.Println(pdu.Capacity(turkish, false, false), pdu.Capacity(turkish, true, false))
	fmt.Println(pdu.Capacity(pdu.Scheme{Coding: pdu.UCS2}, false, false), pdu.Capacity(pdu.Scheme{Coding: pdu.UCS2}, true, false))
	// Output:
	// 160 153 152
	// 155 149
	// 70 67
}

func ExampleHeaderLen() {
	fmt.Println(pdu.HeaderLen(pdu.Scheme{}, false, false), pdu.HeaderLen(pdu.Scheme{}, true, false), pdu.HeaderLen(turkish, true, true))
	// Output: 0 6 10
}

func ExampleScheme_Valid() {
	fmt.Println(turkish.Valid(), pdu.Scheme{Coding: pdu.UCS2, Locking: pdu.Turkish}.Valid())
	// Output: true false
}

func ExampleCoding_DCS() {
	fmt.Printf("%#02x %#02x\n", pdu.GSM7.DCS(), pdu.UCS2.DCS())
	// Output: 0x00 0x08
}

func ExampleCoding_String() {
	fmt.Println(pdu.GSM7, pdu.UCS2)
	// Output: GSM7 UCS2
}

func ExampleAppendUserData() {
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 10}}}
	ud, err := pdu.AppendUserData(nil, m, 0, pdu.Options{})
	fmt.Printf("%X %v\n", ud, err)
	// Output: E8329BFD4697D9EC37 <nil>
}

func ExampleAppendUserData_turkish() {
	m := pdu.Message{Text: "çiğ", Parts: []pdu.Span{{0, 5}}, Scheme: turkish}
	ud, _ := pdu.AppendUserData(nil, m, 0, pdu.Options{})
	fmt.Printf("% X\n", ud)
	// Output: 03 24 01 01 D8 8C D3 9B 33
}

func ExampleUserDataLen() {
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 5}, {5, 10}}}
	n, err := pdu.UserDataLen(m, 0, pdu.Options{})
	fmt.Println(n, err)
	// Output: 11 <nil>
}

func ExamplePartLayout() {
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 5}, {5, 10}}}
	l, _ := pdu.PartLayout(m, 1, pdu.Options{Ref: 7})
	fmt.Printf("%+v\n", l)
	// Output: {Seq:2 Total:2 Header:6 Fill:1 Units:5 Capacity:153 UDL:12 Len:11 DCS:0}
}

func ExampleLayout_UDHI() {
	m := pdu.Message{Text: "hi", Parts: []pdu.Span{{0, 2}}}
	l, _ := pdu.PartLayout(m, 0, pdu.Options{})
	fmt.Println(l.UDHI())
	// Output: false
}

func ExampleAppendShortMessage() {
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 5}, {5, 10}}}
	sm, f, _ := pdu.AppendShortMessage(nil, m, 1, pdu.Options{Ref: 0x42, SAR: true, Unpacked: true})
	fmt.Printf("%X esm_class %#02x data_coding %#02x TLVs %X\n", sm, f.ESMClass, f.DataCoding, f.SAR.AppendTLVs(nil))
	// Output: 68656C6C6F esm_class 0x00 data_coding 0x00 TLVs 020C00020042020E000102020F000102
}

func ExampleSAR_AppendTLVs() {
	fmt.Printf("% X\n", pdu.SAR{Ref: 1, Total: 3, Seq: 2}.AppendTLVs(nil))
	// Output: 02 0C 00 02 00 01 02 0E 00 01 03 02 0F 00 01 02
}

func ExampleSAR_TLVLen() {
	fmt.Println(pdu.SAR{}.TLVLen(), pdu.SAR{Total: 2, Seq: 1}.TLVLen())
	// Output: 0 16
}

func ExampleParseAddress() {
	for _, n := range []string{"+905321234567", "05321234567", "0532 123"} {
		a, err := pdu.ParseAddress(n)
		fmt.Printf("%q %#02x %v\n", a, a.TOA(), err)
	}
	// Output:
	// "+905321234567" 0x91 <nil>
	// "05321234567" 0x81 <nil>
	// "" 0x00 pdu: number at offset 4: invalid address
}

func ExampleAddress_AppendTo() {
	a, _ := pdu.ParseAddress("+46708251358")
	fmt.Println(string(a.AppendTo([]byte("to: "))))
	// Output: to: +46708251358
}

func ExampleAddress_String() {
	a, _ := pdu.ParseAddress("5321234567")
	fmt.Println(a)
	// Output: 5321234567
}

func ExampleAddress_TOA() {
	a, _ := pdu.ParseAddress("+1")
	fmt.Printf("%#02x\n", a.TOA())
	// Output: 0x91
}

func ExampleAddress_IsZero() {
	var a pdu.Address
	b, _ := pdu.ParseAddress("0")
	fmt.Println(a.IsZero(), b.IsZero())
	// Output: true false
}

// The SMS-SUBMIT of dreamfabric.com/sms, as AT+CMGS takes it.
func ExampleSubmitHex() {
	to, _ := pdu.ParseAddress("+46708251358")
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 10}}}
	line, n, err := pdu.SubmitHex(m, 0, pdu.Options{}, pdu.Submit{To: to, HasVP: true, VP: 0xAA})
	fmt.Printf("AT+CMGS=%d\n%s %v\n", n, line, err)
	// Output:
	// AT+CMGS=23
	// 0011000B916407281553F80000AA0AE8329BFD4697D9EC37 <nil>
}

func ExampleAppendSubmitHex() {
	to, _ := pdu.ParseAddress("05321234567")
	m := pdu.Message{Text: "Merhaba", Parts: []pdu.Span{{0, 7}}}
	line, n, _ := pdu.AppendSubmitHex(nil, m, 0, pdu.Options{}, pdu.Submit{To: to, MR: 1})
	fmt.Println(n, string(line))
	// Output: 20 0001010B815023214365F7000007CDB21C1D168701
}

func ExampleAppendSubmit() {
	to, _ := pdu.ParseAddress("+905321234567")
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 5}, {5, 10}}}
	for i := range m.Parts {
		b, _ := pdu.AppendSubmit(nil, m, i, pdu.Options{Ref: 0x42}, pdu.Submit{To: to, StatusReport: true})
		fmt.Printf("%X\n", b)
	}
	// Output:
	// 61000C9109351232547600000C050003420201D06536FB0D
	// 61000C9109351232547600000C050003420202D06536FB0D
}

func ExampleSubmitLen() {
	to, _ := pdu.ParseAddress("+905321234567")
	m := pdu.Message{Text: "hellohello", Parts: []pdu.Span{{0, 10}}}
	n, _ := pdu.SubmitLen(m, 0, pdu.Options{}, pdu.Submit{To: to})
	fmt.Println(n)
	// Output: 22
}

func ExampleParseTPDU() {
	b, _ := hex.DecodeString("11000B916407281553F80000AA0AE8329BFD4697D9EC37")
	t, err := pdu.ParseTPDU(b)
	fmt.Println(t.MTI == pdu.SubmitType, t.Addr, t.VPF, t.VP[0], t.UDL, err)
	// Output: true +46708251358 2 170 10 <nil>
}

func ExampleTPDU_UserData() {
	b, _ := hex.DecodeString("11000B916407281553F80000AA0AE8329BFD4697D9EC37")
	t, _ := pdu.ParseTPDU(b)
	u, _ := t.UserData()
	fmt.Println(u.Coding, u.UDHI, u.Length, len(u.Bytes))
	// Output: GSM7 false 10 9
}

func ExampleTPDU_AppendText() {
	b, _ := hex.DecodeString("11000B916407281553F80000AA0AE8329BFD4697D9EC37")
	t, _ := pdu.ParseTPDU(b)
	text, _, err := t.AppendText(nil)
	fmt.Println(string(text), err)
	// Output: hellohello <nil>
}

// The SMS-DELIVER of dreamfabric.com/sms, as a modem lists it.
func ExampleSplitSMSC() {
	b, _ := hex.DecodeString("07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37")
	smsc, tpdu, _ := pdu.SplitSMSC(b)
	t, d, err := pdu.DecodeTPDU(tpdu)
	fmt.Println(smsc, t.MTI == pdu.Deliver, t.Addr, d.Text, err)
	// Output: +27381000015 true 27838890001 hellohello <nil>
}

func ExampleDecodeTPDU() {
	b, _ := hex.DecodeString("61000C9109351232547600000C050003420202D06536FB0D")
	_, d, err := pdu.DecodeTPDU(b)
	fmt.Printf("%q %+v %v\n", d.Text, d.Header, err)
	// Output: "hello" {Len:6 Ref:66 Ref16:false Total:2 Seq:2 Locking:0 Single:0} <nil>
}

func ExampleParseHeader() {
	h, err := pdu.ParseHeader([]byte{0x0B, 0x08, 0x04, 0x12, 0x34, 0x03, 0x01, 0x70, 0x00, 0x24, 0x01, 0x01})
	fmt.Printf("%+v %v\n", h, err)
	// Output: {Len:12 Ref:4660 Ref16:true Total:3 Seq:1 Locking:0 Single:1} <nil>
}

func ExampleHeader_Scheme() {
	h := pdu.Header{Len: 4, Locking: pdu.Turkish}
	fmt.Printf("%+v\n", h.Scheme(pdu.GSM7))
	// Output: {Coding:GSM7 Locking:1 Single:0}
}

func ExampleUserData_AppendText() {
	// UDH 03 24 01 01, 3 fill bits, then ç i ğ as 1B 63, 69, 1B 67: TP-UDL 5+5.
	u := pdu.UserData{Coding: pdu.GSM7, UDHI: true, Length: 10, Bytes: []byte{3, 0x24, 1, 1, 0xD8, 0x8C, 0xD3, 0x9B, 0x33}}
	text, h, err := u.AppendText(nil)
	fmt.Println(string(text), h.Single, err)
	// Output: çiğ 1 <nil>
}

func ExampleUserData_Decode() {
	u := pdu.UserData{Coding: pdu.UCS2, Bytes: []byte{0x00, 0x48, 0xD8, 0x3D, 0xDE, 0x00}}
	d, err := u.Decode()
	fmt.Println(d.Text, d.Scheme.Coding, err)
	// Output: H😀 UCS2 <nil>
}

func ExampleReassemble() {
	to, _ := pdu.ParseAddress("+905321234567")
	m := pdu.Message{Text: "hello world", Parts: []pdu.Span{{0, 6}, {6, 11}}}
	var parts []pdu.Decoded
	for _, i := range []int{1, 0} { // received out of order
		b, _ := pdu.AppendSubmit(nil, m, i, pdu.Options{Ref: 300, Ref16: true}, pdu.Submit{To: to})
		_, d, _ := pdu.DecodeTPDU(b)
		parts = append(parts, d)
	}
	msgs, err := pdu.Reassemble(parts)
	fmt.Printf("%q %v %v\n", msgs[0].Text, msgs[0].Parts, err)
	_, err = pdu.Reassemble(parts[:1])
	fmt.Println(err)
	// Output:
	// "hello world" [{0 6} {6 11}] <nil>
	// pdu: reference 300, part 1: missing part
}

func ExampleEncodeError() {
	m := pdu.Message{Text: "açık", Parts: []pdu.Span{{0, 6}}}
	_, err := pdu.AppendUserData(nil, m, 0, pdu.Options{})
	var e pdu.EncodeError
	fmt.Println(errors.As(err, &e), errors.Is(err, pdu.ErrUnencodable), e.Offset)
	fmt.Println(err)
	// Output:
	// true true 1
	// pdu: part 0: rune not encodable in the scheme: rune 'ç' at byte offset 1
}

func ExampleEncodeError_Unwrap() {
	fmt.Println(pdu.EncodeError{Kind: pdu.ErrCapacity}.Unwrap() == pdu.ErrCapacity)
	// Output: true
}

func ExampleEncodeError_Error() {
	fmt.Println(pdu.EncodeError{Kind: pdu.ErrCapacity, Part: 1, Offset: 306, Rune: '€'})
	// Output: pdu: part 1: part exceeds its capacity: rune '€' at byte offset 306
}

func ExampleFormatError() {
	b, _ := hex.DecodeString("11000B9164")
	_, err := pdu.ParseTPDU(b)
	var e pdu.FormatError
	fmt.Println(errors.As(err, &e), e.Field, e.Offset, errors.Is(err, pdu.ErrTruncated))
	// Output: true TP-DA 5 true
}

func ExampleFormatError_Error() {
	fmt.Println(pdu.FormatError{Kind: pdu.ErrFill, Field: "fill bits", Offset: 14})
	// Output: pdu: fill bits at offset 14: fill bits not zero
}

func ExampleFormatError_Unwrap() {
	fmt.Println(pdu.FormatError{Kind: pdu.ErrLength}.Unwrap() == pdu.ErrLength)
	// Output: true
}

func ExampleConfigError() {
	m := pdu.Message{Text: "hi", Parts: []pdu.Span{{0, 1}, {1, 2}}}
	_, err := pdu.AppendUserData(nil, m, 0, pdu.Options{Ref: 300})
	fmt.Println(err, errors.Is(err, pdu.ErrOptions))
	// Output: pdu: invalid options: Options.Ref above 255 without Options.Ref16 true
}

func ExampleConfigError_Error() {
	fmt.Println(pdu.ConfigError{Kind: pdu.ErrScheme, Field: "Message.Scheme"})
	// Output: pdu: invalid scheme: Message.Scheme
}

func ExampleConfigError_Unwrap() {
	fmt.Println(pdu.ConfigError{Kind: pdu.ErrScheme}.Unwrap() == pdu.ErrScheme)
	// Output: true
}

func ExampleReassemblyError_Error() {
	fmt.Println(pdu.ReassemblyError{Kind: pdu.ErrDuplicatePart, Ref: 9, Seq: 2})
	// Output: pdu: reference 9, part 2: duplicate part
}

func ExampleReassemblyError_Unwrap() {
	fmt.Println(pdu.ReassemblyError{Kind: pdu.ErrMismatch}.Unwrap() == pdu.ErrMismatch)
	// Output: true
}
