// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg/gsm7"
)

var (
	schemeDefault = Scheme{}
	schemeSingle  = Scheme{Coding: GSM7, Single: Turkish}
	schemeLocking = Scheme{Coding: GSM7, Locking: Turkish}
	schemeBoth    = Scheme{Coding: GSM7, Locking: Turkish, Single: Turkish}
	schemeUCS2    = Scheme{Coding: UCS2}
	allSchemes    = []Scheme{schemeDefault, schemeSingle, schemeLocking, schemeBoth, schemeUCS2}
)

func TestCapacity(t *testing.T) {
	tests := []struct {
		s                  Scheme
		single, multi, m16 int
	}{
		{schemeDefault, 160, 153, 152},
		{schemeSingle, 155, 149, 148},
		{schemeLocking, 155, 149, 148},
		{schemeBoth, 152, 146, 145},
		{schemeUCS2, 70, 67, 66},
	}
	for _, tt := range tests {
		got := [3]int{Capacity(tt.s, false, false), Capacity(tt.s, true, false), Capacity(tt.s, true, true)}
		if want := [3]int{tt.single, tt.multi, tt.m16}; got != want {
			t.Errorf("Capacity(%+v) = %v; want %v", tt.s, got, want)
		}
		if Capacity(tt.s, false, true) != tt.single {
			t.Errorf("Capacity(%+v, false, true) = %d; want %d", tt.s, Capacity(tt.s, false, true), tt.single)
		}
	}
	for _, s := range []Scheme{{Coding: UCS2, Single: Turkish}, {Coding: GSM7, Locking: 2}, {Coding: 2}} {
		if Capacity(s, false, false) != -1 || HeaderLen(s, true, false) != -1 || s.Valid() {
			t.Errorf("Capacity(%+v) = %d; want -1", s, Capacity(s, false, false))
		}
	}
	// The septets of header and fill plus the capacity are the 160 of
	// TP-UDL, and never more.
	for _, s := range allSchemes[:4] {
		for _, multi := range []bool{false, true} {
			for _, r16 := range []bool{false, true} {
				h := HeaderLen(s, multi, r16)
				if n := (8*h+gsm7.FillBits(h))/7 + Capacity(s, multi, r16); n != 160 {
					t.Errorf("%+v multi %v ref16 %v: header %d + capacity = %d septets; want 160", s, multi, r16, h, n)
				}
			}
		}
	}
}

// TestPackAgrees checks the packed user data against gsm7.AppendPack of
// the header and septets written separately, for every header length the
// schemes give and every part length up to the capacity.
func TestPackAgrees(t *testing.T) {
	for _, s := range allSchemes[:4] {
		for _, total := range []int{1, 2} {
			c := Capacity(s, total > 1, false)
			for n := 0; n <= c; n++ {
				text := strings.Repeat("a", n+total-1)
				parts := []Span{{0, n}}
				if total > 1 {
					parts = append(parts, Span{n, n + 1})
				}
				if n == 0 && total > 1 {
					continue
				}
				m := Message{Text: text, Parts: parts, Scheme: s}
				ud, err := AppendUserData(nil, m, 0, Options{})
				if err != nil {
					t.Fatal(err)
				}
				h := HeaderLen(s, total > 1, false)
				want := gsm7.AppendPack(bytes.Clone(ud[:h]), bytes.Repeat([]byte{0x61}, n), h)
				if !bytes.Equal(ud, want) {
					t.Fatalf("%+v %d parts, %d septets: %X; want %X", s, total, n, ud, want)
				}
			}
		}
	}
}

func TestOptionErrors(t *testing.T) {
	to, _ := ParseAddress("+905321234567")
	m := Message{Text: "hi", Parts: []Span{{0, 1}, {1, 2}}}
	for _, tt := range []struct {
		o    Options
		s    Submit
		kind error
	}{
		{Options{Ref: 256}, Submit{To: to}, ErrOptions},
		{Options{SAR: true}, Submit{To: to}, ErrOptions},
		{Options{Unpacked: true}, Submit{To: to}, ErrOptions},
		{Options{}, Submit{}, ErrOptions},
	} {
		if _, err := AppendSubmit(nil, m, 0, tt.o, tt.s); !errors.Is(err, tt.kind) || !strings.HasPrefix(err.Error(), "pdu: ") {
			t.Errorf("AppendSubmit(%+v, %+v): %v; want %v", tt.o, tt.s, err, tt.kind)
		}
	}
	if _, err := AppendUserData(nil, m, 2, Options{}); !errors.Is(err, ErrSpans) {
		t.Errorf("part 2 of 2: %v; want ErrSpans", err)
	}
	if _, err := AppendUserData(nil, Message{Text: "ab", Parts: []Span{{0, 0}, {0, 2}}}, 1, Options{}); !errors.Is(err, ErrSpans) {
		t.Errorf("empty span: %v; want ErrSpans", err)
	}
	many := Message{Text: strings.Repeat("a", 256), Parts: make([]Span, 256)}
	for i := range many.Parts {
		many.Parts[i] = Span{i, i + 1}
	}
	if _, err := AppendUserData(nil, many, 0, Options{}); !errors.Is(err, ErrSpans) {
		t.Errorf("256 parts: %v; want ErrSpans", err)
	}
	many.Parts = many.Parts[:255]
	many.Text = many.Text[:255]
	if ud, err := AppendUserData(nil, many, 254, Options{}); err != nil || ud[4] != 255 || ud[5] != 255 {
		t.Errorf("255 parts: %X, %v", ud, err)
	}
}

func TestErrorMessages(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{EncodeError{ErrUnencodable, 1, 17, 'ç'}, "pdu: part 1: rune not encodable in the scheme: rune 'ç' at byte offset 17"},
		{EncodeError{ErrSpans, 0, 4, 0}, "pdu: part 0: parts do not tile the text at byte offset 4"},
		{FormatError{ErrFill, "fill bits", 14}, "pdu: fill bits at offset 14: fill bits not zero"},
		{ReassemblyError{ErrMissingPart, 7, 2}, "pdu: reference 7, part 2: missing part"},
		{ConfigError{ErrScheme, "Message.Scheme"}, "pdu: invalid scheme: Message.Scheme"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %q; want %q", tt.err, got, tt.want)
		}
	}
}

func TestHeaderRules(t *testing.T) {
	for _, tt := range []struct {
		name string
		ud   []byte
		want Header
	}{
		{"zero total ignored", []byte{5, 0, 3, 1, 0, 1}, Header{Len: 6}},
		{"seq above total ignored", []byte{5, 0, 3, 1, 2, 3}, Header{Len: 6}},
		{"last element counts", []byte{11, 0, 3, 1, 2, 1, 8, 4, 0, 9, 3, 2}, Header{Len: 12, Ref: 9, Ref16: true, Total: 3, Seq: 2}},
		{"unknown language kept", []byte{3, 0x25, 1, 9}, Header{Len: 4, Locking: 9}},
		{"empty header", []byte{0}, Header{Len: 1}},
		{"unknown IEI with no data", []byte{2, 0x7F, 0}, Header{Len: 3}},
	} {
		got, err := ParseHeader(tt.ud)
		if err != nil || got != tt.want {
			t.Errorf("%s: ParseHeader(%X) = %+v, %v; want %+v", tt.name, tt.ud, got, err, tt.want)
		}
	}
	// An unsupported language decodes with the default tables (TS 23.038 C.3).
	h := []byte{3, 0x25, 1, 9}
	u := UserData{Coding: GSM7, UDHI: true, Length: 5 + 1, Bytes: append(h, 0x07<<3, 0)}
	if d, err := u.Decode(); err != nil || d.Text != "ì" || d.Scheme != schemeDefault {
		t.Errorf("unknown locking language: %+v, %v; want ì in the default alphabet", d, err)
	}
}

func TestReassembleErrors(t *testing.T) {
	part := func(ref uint16, total, seq uint8, text string) Decoded {
		return Decoded{Text: text, Header: Header{Len: 6, Ref: ref, Total: total, Seq: seq}}
	}
	got, err := Reassemble([]Decoded{part(1, 3, 3, "c"), {Text: "solo"}, part(2, 2, 2, "y"), part(1, 3, 1, "a"), part(2, 2, 1, "x"), part(1, 3, 2, "b")})
	if err != nil || len(got) != 3 || got[0].Text != "abc" || got[1].Text != "solo" || got[2].Text != "xy" ||
		got[0].Parts[2] != (Span{2, 3}) {
		t.Errorf("Reassemble: %+v, %v", got, err)
	}
	for _, tt := range []struct {
		parts []Decoded
		want  ReassemblyError
	}{
		{[]Decoded{part(1, 3, 3, "c"), part(1, 3, 1, "a")}, ReassemblyError{ErrMissingPart, 1, 2}},
		{[]Decoded{part(1, 2, 1, "a"), part(1, 2, 1, "b")}, ReassemblyError{ErrDuplicatePart, 1, 1}},
		{[]Decoded{part(1, 2, 1, "a"), part(1, 3, 2, "b")}, ReassemblyError{ErrMismatch, 1, 2}},
	} {
		_, err := Reassemble(tt.parts)
		if err != tt.want {
			t.Errorf("Reassemble(%+v): %v; want %v", tt.parts, err, tt.want)
		}
	}
}

// grown returns a slice with room for n bytes.
func grown(n int) []byte { return make([]byte, 0, n) }

func TestNoAllocs(t *testing.T) {
	text := strings.Repeat("Çok güzel {ş} ", 20)
	m := Message{Text: text, Scheme: schemeSingle}
	m.Parts = split(text, m.Scheme, false)
	to, _ := ParseAddress("+905321234567")
	s := Submit{To: to, HasVP: true, VP: 0xAA}
	ucs := Message{Text: strings.Repeat("😀ş", 40), Scheme: schemeUCS2}
	ucs.Parts = split(ucs.Text, ucs.Scheme, false)
	tpdu, _ := AppendSubmit(nil, m, 1, Options{Ref: 3}, s)
	buf := grown(1024)
	for name, f := range map[string]func(){
		"AppendUserData":     func() { AppendUserData(buf, m, 1, Options{Ref: 3}) },
		"AppendUserData/ucs": func() { AppendUserData(buf, ucs, 0, Options{}) },
		"AppendUserData/raw": func() { AppendUserData(buf, m, 0, Options{Unpacked: true}) },
		"AppendShortMessage": func() { AppendShortMessage(buf, m, 0, Options{SAR: true}) },
		"AppendSubmit":       func() { AppendSubmit(buf, m, 1, Options{Ref: 3}, s) },
		"AppendSubmitHex":    func() { AppendSubmitHex(buf, m, 1, Options{Ref: 3}, s) },
		"SubmitLen":          func() { SubmitLen(m, 1, Options{Ref: 3}, s) },
		"PartLayout":         func() { PartLayout(m, 1, Options{}) },
		"ParseAddress":       func() { ParseAddress("+905321234567") },
		"ParseTPDU":          func() { ParseTPDU(tpdu) },
		"TPDU.AppendText": func() {
			tp, _ := ParseTPDU(tpdu)
			tp.AppendText(buf)
		},
		"Address.AppendTo": func() { to.AppendTo(buf) },
		"SAR.AppendTLVs":   func() { SAR{1, 2, 1}.AppendTLVs(buf) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations; want 0", name, n)
		}
	}
}

// split cuts text greedily as SPEC.md 4 says: one part when the whole text
// fits the single capacity, otherwise parts of at most the multi-part
// capacity, a rune that does not fit whole starting the next part. It
// counts units on its own (from gsm7.Alphabet.Septets and utf8) rather
// than with the package's walk.
func split(text string, s Scheme, ref16 bool) []Span {
	cost := func(r rune) int {
		if s.Coding == UCS2 {
			return utf8.RuneLen(r)/4 + 1 // 2 units above U+FFFF
		}
		return s.alphabet().Septets(r)
	}
	total := 0
	for _, r := range text {
		total += cost(r)
	}
	if total <= Capacity(s, false, ref16) {
		return []Span{{0, len(text)}}
	}
	c := Capacity(s, true, ref16)
	var parts []Span
	start, n := 0, 0
	for i, r := range text {
		k := cost(r)
		if n+k > c {
			parts = append(parts, Span{start, i})
			start, n = i, 0
		}
		n += k
	}
	return append(parts, Span{start, len(text)})
}
