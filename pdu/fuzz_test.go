// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg/gsm7"
)

// pools holds, for each GSM7 scheme of allSchemes, every rune its tables
// carry, so that fuzz bytes pick encodable texts.
var pools = func() [][]rune {
	out := make([][]rune, len(allSchemes))
	for i, s := range allSchemes {
		if s.Coding != GSM7 {
			continue
		}
		a := s.alphabet()
		for _, t := range []gsm7.Table{a.Locking, a.Shift} {
			for c := byte(0); c < 0x80; c++ {
				if r, ok := t.Decode(c); ok && !slices.Contains(out[i], r) {
					out[i] = append(out[i], r)
				}
			}
		}
	}
	return out
}()

// fuzzText turns fuzz input into a text scheme k can carry.
func fuzzText(data string, k int) string {
	if allSchemes[k].Coding == UCS2 {
		return strings.ToValidUTF8(data, "\uFFFD")
	}
	var b strings.Builder
	for i := 0; i < len(data); i++ {
		b.WriteRune(pools[k][int(data[i])%len(pools[k])])
	}
	return b.String()
}

// FuzzRoundTrip encodes a random text in each scheme, split greedily by
// Capacity, as TPDUs (8- or 16-bit references) or SMPP short messages
// (packed, unpacked or with SAR TLVs), decodes every part, reassembles
// them in reverse order and wants the text, the spans and the scheme back.
func FuzzRoundTrip(f *testing.F) {
	for _, v := range loadVectors(f).Tests {
		for k := range allSchemes {
			f.Add(v.Text, uint8(k), uint16(v.ID), uint8(v.ID))
		}
	}
	f.Add(strings.Repeat("\x1b", 400), uint8(0), uint16(0), uint8(0))
	f.Add(strings.Repeat("😀", 100), uint8(4), uint16(0x1234), uint8(1))
	to, _ := ParseAddress("+905321234567")
	f.Fuzz(func(t *testing.T, data string, scheme uint8, ref uint16, mode uint8) {
		k := int(scheme) % len(allSchemes)
		s := allSchemes[k]
		text := fuzzText(data, k)
		o := Options{Ref: ref, Ref16: mode&1 != 0}
		if !o.Ref16 {
			o.Ref &= 0xFF
		}
		smpp := mode>>1%4 != 0
		o.Unpacked = mode>>1%4 == 2
		o.SAR = mode>>1%4 == 3
		m := Message{Text: text, Parts: split(text, s, o.Ref16), Scheme: s}
		if len(m.Parts) > 255 {
			return
		}
		var parts []Decoded
		for i := range m.Parts {
			var d Decoded
			if smpp {
				sm, fields, err := AppendShortMessage(nil, m, i, o)
				if err != nil {
					t.Fatalf("part %d of %q in %+v: %v", i, text, s, err)
				}
				if len(sm) > 254 || (fields.ESMClass == 0x40) != (sm != nil && HeaderLen(s, len(m.Parts) > 1 && !o.SAR, o.Ref16) > 0) {
					t.Fatalf("part %d: short_message of %d octets, esm_class %#x", i, len(sm), fields.ESMClass)
				}
				l, _ := PartLayout(m, i, o)
				u := UserData{Coding: s.Coding, UDHI: fields.ESMClass == 0x40, Unpacked: o.Unpacked, Length: l.UDL, Bytes: sm}
				if d, err = u.Decode(); err != nil {
					t.Fatalf("part %d (%X): decode: %v", i, sm, err)
				}
				if fields.SAR.Total != 0 {
					d.Header.Ref, d.Header.Ref16, d.Header.Total, d.Header.Seq = fields.SAR.Ref, o.Ref16, fields.SAR.Total, fields.SAR.Seq
				}
			} else {
				tpdu, err := AppendSubmit(nil, m, i, o, Submit{To: to, MR: byte(i)})
				if err != nil {
					t.Fatalf("part %d of %q in %+v: %v", i, text, s, err)
				}
				if n, _ := SubmitLen(m, i, o, Submit{To: to}); n != len(tpdu) || len(tpdu) > 164 {
					t.Fatalf("part %d: SubmitLen %d, TPDU %d octets", i, n, len(tpdu))
				}
				if _, d, err = DecodeTPDU(tpdu); err != nil {
					t.Fatalf("part %d (%X): decode: %v", i, tpdu, err)
				}
			}
			if p := m.Parts[i]; d.Text != text[p.Start:p.End] {
				t.Fatalf("part %d: decoded %q; want %q", i, d.Text, text[p.Start:p.End])
			}
			parts = append(parts, d)
		}
		slices.Reverse(parts)
		got, err := Reassemble(parts)
		if err != nil || len(got) != 1 || got[0].Text != text || !slices.Equal(got[0].Parts, m.Parts) || got[0].Scheme != s {
			t.Fatalf("Reassemble: %+v, %v; want %q in %v", got, err, text, m.Parts)
		}
	})
}

// FuzzDecode feeds random bytes to every decoding entry point: none may
// panic, successful text is UTF-8, and an error is one of the package's.
func FuzzDecode(f *testing.F) {
	v := loadVectors(f)
	for _, d := range v.Decode {
		f.Add([]byte(d.PDU))
	}
	for _, t := range v.Tests {
		for _, p := range t.Expect {
			if p.TPDU != nil {
				f.Add(append([]byte{0}, p.TPDU...))
			}
			f.Add([]byte(p.UD))
		}
	}
	buf := make([]byte, 0, 1024)
	kinds := []error{ErrTruncated, ErrLength, ErrFill, ErrSeptet, ErrUTF16, ErrDCS, ErrMTI, ErrAddress}
	ours := func(t *testing.T, err error) {
		if err == nil {
			return
		}
		for _, k := range kinds {
			if errors.Is(err, k) {
				if !strings.HasPrefix(err.Error(), "pdu: ") {
					t.Fatalf("error %q", err)
				}
				return
			}
		}
		t.Fatalf("error %v is not of a known kind", err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, tpdu, err := SplitSMSC(b); err == nil {
			_, d, err := DecodeTPDU(tpdu)
			ours(t, err)
			if err == nil && !utf8.ValidString(d.Text) {
				t.Fatalf("text %q", d.Text)
			}
		} else {
			ours(t, err)
		}
		tp, err := ParseTPDU(b)
		ours(t, err)
		if err == nil {
			_ = tp.Addr.String()
			_, _, err = tp.AppendText(buf)
			ours(t, err)
		}
		_, err = ParseHeader(b)
		ours(t, err)
		n := 0
		if len(b) > 0 {
			n = int(b[0])
		}
		for _, u := range []UserData{
			{Coding: GSM7, UDHI: n&1 != 0, Length: n, Bytes: b},
			{Coding: GSM7, UDHI: n&1 != 0, Unpacked: true, Bytes: b},
			{Coding: UCS2, UDHI: n&1 != 0, Bytes: b},
			{Coding: GSM7, Length: -n, Bytes: b},
			{Coding: 7, Bytes: b},
		} {
			out, _, err := u.AppendText(buf)
			ours(t, err)
			if err == nil && !utf8.Valid(out) {
				t.Fatalf("text %q", out)
			}
		}
	})
}
