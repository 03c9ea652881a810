// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzPack checks that AppendUnpack inverts AppendPack for any septets and
// header length, that the output has PackedLen octets and matches the naive
// bit-by-bit packer, and that the unknown-count mode reads the septets back
// (modulo the documented trailing @ / CR cases).
func FuzzPack(f *testing.F) {
	f.Add([]byte("hellohello"), 0)
	f.Add([]byte("hellohello"), 6)
	f.Add([]byte("hellohello"), 7)
	f.Add([]byte{0x54, Esc, 0x69, 0x6B}, 9)
	f.Add([]byte("1234567\r"), 0)
	f.Add(bytes.Repeat([]byte{0x7F}, 153), 6)
	f.Add([]byte{}, 140)
	f.Fuzz(func(t *testing.T, in []byte, udh int) {
		if udh < 0 {
			udh = -(udh + 1)
		}
		udh %= 141
		septets := make([]byte, len(in))
		for i, b := range in {
			septets[i] = b & 0x7F
		}
		packed := AppendPack([]byte{0xEE}, septets, udh)[1:]
		if len(packed) != PackedLen(len(septets), udh) {
			t.Fatalf("AppendPack(%x, %d) = %d octets; PackedLen says %d", septets, udh, len(packed), PackedLen(len(septets), udh))
		}
		if ref := naivePack(septets, udh); !bytes.Equal(packed, ref) {
			t.Fatalf("AppendPack(%x, %d) = % X; naive packer gives % X", septets, udh, packed, ref)
		}
		got, err := AppendUnpack([]byte{0xEE}, packed, udh, len(septets))
		if err != nil || !bytes.Equal(got[1:], septets) {
			t.Fatalf("AppendUnpack(AppendPack(%x, %d)) = %x, %v", septets, udh, got, err)
		}
		if len(packed) > 0 {
			if _, err := AppendUnpack(nil, packed[:len(packed)-1], udh, len(septets)); !errors.Is(err, ErrShortPacked) {
				t.Fatalf("AppendUnpack(short, %d, %d) error = %v; want ErrShortPacked", udh, len(septets), err)
			}
		}

		// Unknown count: the septets come back, plus a 0x00 from seven spare
		// bits, minus a final CR that ends on an octet boundary.
		got, err = AppendUnpack(nil, packed, udh, -1)
		want := septets
		fill := FillBits(udh)
		if (fill+7*len(septets))%8 == 1 {
			want = append(bytes.Clone(septets), 0x00)
		}
		if n := len(want); n > 0 && (fill+7*n)%8 == 0 && want[n-1] == CR {
			want = want[:n-1]
		}
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("AppendUnpack(AppendPack(%x, %d), -1) = %x, %v; want %x", septets, udh, got, err, want)
		}
	})
}

var fuzzEncodings = []*Encoding{Default7bit, TurkishSingle7bit, TurkishLocking7bit}

// FuzzCodec checks each Encoding against a per-rune reference built on
// Alphabet: for valid UTF-8, either every rune is encodable, the encoding is
// the concatenation of AppendRune, has the sum of Alphabet.Septets bytes and
// decodes back to the input; or the encoder stops with an UnencodableError
// naming the first unencodable rune and its offset, after the septets of
// everything before it. It also drives the transformers with small buffers.
func FuzzCodec(f *testing.F) {
	for _, s := range []string{
		"", "hello", "Işık ğ €", "{[ç]}", "ab ç", "Merhaba 👋", "\x1b", "Çì€\f",
		"Sayın müşterimiz, siparişiniz yola çıktı.", "½", "a\uFFFDb",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		// Any bytes: the decoder never panics, honours the contract and gives
		// the same result with small buffers as in one call.
		for _, e := range fuzzEncodings {
			out, err := drive(t, e.NewDecoder(), []byte(in), 3, 2)
			full, ferr := e.NewDecoder().Bytes([]byte(in))
			if err == nil && (ferr != nil || !bytes.Equal(out, full)) {
				t.Fatalf("%v: decode(%q) small buffers = %q, nil; full = %q, %v", e, in, out, full, ferr)
			}
			if err != nil && (ferr == nil || err.Error() != ferr.Error()) {
				t.Fatalf("%v: decode(%q) small buffers error %v; full error %v", e, in, err, ferr)
			}
		}
		if !utf8.ValidString(in) {
			return
		}
		for _, e := range fuzzEncodings {
			a := e.Alphabet()
			var want []byte
			septets, bad, badOff := 0, rune(-1), -1
			for i, r := range in {
				n := a.Septets(r)
				if n == 0 {
					bad, badOff = r, i
					break
				}
				septets += n
				want, _ = a.AppendRune(want, r)
			}
			if len(want) != septets {
				t.Fatalf("%v: AppendRune gives %d septets; Septets sums to %d", e, len(want), septets)
			}
			got, n, err := transform.Bytes(e.NewEncoder(), []byte(in))
			if !bytes.Equal(got, want) {
				t.Fatalf("%v: encode(%q) = %x; want %x", e, in, got, want)
			}
			if badOff < 0 {
				if err != nil || n != len(in) {
					t.Fatalf("%v: encode(%q) = %d, %v; want %d, nil", e, in, n, err, len(in))
				}
				dec, err := e.NewDecoder().Bytes(got)
				if err != nil || string(dec) != in {
					t.Fatalf("%v: decode(encode(%q)) = %q, %v", e, in, dec, err)
				}
			} else {
				var ue UnencodableError
				if !errors.As(err, &ue) || ue.Rune != bad || ue.Offset != badOff || n != badOff || !errors.Is(err, ErrUnencodable) {
					t.Fatalf("%v: encode(%q) = %d, %v; want %d, UnencodableError{%q, %d}", e, in, n, err, badOff, bad, badOff)
				}
			}
			// Small buffers give the same result.
			size := 1 + len(in)%4
			dgot, derr := drive(t, e.NewEncoder(), []byte(in), size, size)
			if !bytes.Equal(dgot, got) || (derr == nil) != (err == nil) || (err != nil && derr.Error() != err.Error()) {
				t.Fatalf("%v: drive(%q, %d) = %x, %v; want %x, %v", e, in, size, dgot, derr, got, err)
			}
		}
	})
}
