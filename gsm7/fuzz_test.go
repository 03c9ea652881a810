// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"bytes"
	"errors"
	"math"
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

// FuzzPackCounts calls FillBits, PackedLen, AppendPack and AppendUnpack
// with arbitrary header lengths and septet counts, huge and negative ones
// included, over arbitrary octets: nothing may panic, PackedLen must equal
// the math/big reference (or -1), the impossible arguments must give their
// documented results, AppendUnpack must agree with a bit-by-bit reader, and
// packing must round trip whenever the arguments are valid.
func FuzzPackCounts(f *testing.F) {
	f.Add([]byte{1}, 0, big61)
	f.Add([]byte{1}, 0, -1)
	f.Add([]byte{1}, 0, math.MaxInt)
	f.Add([]byte{1}, 141, 1)
	f.Add([]byte{1}, -1, 1)
	f.Add([]byte("hellohello"), 6, 10)
	f.Add([]byte("hellohello"), 9, 11)
	f.Add([]byte("1234567\r"), 0, -1)
	f.Add([]byte{}, 140, 0)
	f.Add([]byte{0xFF, 0xFF}, math.MinInt, math.MaxInt/7+1)
	f.Fuzz(func(t *testing.T, in []byte, udh, count int) {
		valid := udh >= 0 && udh <= 140
		fill := FillBits(udh)
		if !valid && fill != -1 || valid && (fill < 0 || fill > 6 || (8*udh+fill)%7 != 0) {
			t.Fatalf("FillBits(%d) = %d", udh, fill)
		}
		for _, n := range []int{count, len(in), count / 7, -count} {
			want := bigPackedLen(n, udh)
			if got := PackedLen(n, udh); !want.IsInt64() || want.Int64() != int64(got) {
				t.Fatalf("PackedLen(%d, %d) = %d; want %v", n, udh, got, want)
			}
		}

		// AppendPack of the input's low seven bits.
		septets := make([]byte, len(in))
		for i, b := range in {
			septets[i] = b & 0x7F
		}
		packed := AppendPack([]byte{0xEE}, in, udh)
		if !valid {
			if !bytes.Equal(packed, []byte{0xEE}) {
				t.Fatalf("AppendPack(EE, %x, %d) = % X; want EE", in, udh, packed)
			}
		} else {
			if packed[0] != 0xEE || len(packed)-1 != PackedLen(len(in), udh) {
				t.Fatalf("AppendPack(EE, %x, %d) = % X; want EE and %d octets", in, udh, packed, PackedLen(len(in), udh))
			}
			got, err := AppendUnpack(nil, packed[1:], udh, len(in))
			if err != nil || !bytes.Equal(got, septets) {
				t.Fatalf("AppendUnpack(AppendPack(%x, %d)) = %x, %v", septets, udh, got, err)
			}
		}

		// AppendUnpack of the input as packed octets, with the fuzzed count.
		dst := []byte{0xEE}
		got, err := AppendUnpack(dst, in, udh, count)
		switch {
		case !valid:
			if !errors.Is(err, ErrHeaderLength) || !bytes.Equal(got, dst) {
				t.Fatalf("AppendUnpack(EE, %x, %d, %d) = % X, %v; want EE, ErrHeaderLength", in, udh, count, got, err)
			}
		case count >= 0 && len(in) < PackedLen(count, udh):
			if !errors.Is(err, ErrShortPacked) || !bytes.Equal(got, dst) {
				t.Fatalf("AppendUnpack(EE, %x, %d, %d) = % X, %v; want EE, ErrShortPacked", in, udh, count, got, err)
			}
		default:
			want := naiveUnpack(in, fill, count)
			if err != nil || got[0] != 0xEE || !bytes.Equal(got[1:], want) {
				t.Fatalf("AppendUnpack(EE, %x, %d, %d) = % X, %v; want EE % X, nil", in, udh, count, got, err, want)
			}
			if count >= 0 {
				// Packing what came out gives the input back, but for the
				// fill and spare bits and any octets beyond.
				n := PackedLen(count, udh)
				re := AppendPack(nil, want, udh)
				mask := naivePack(bytes.Repeat([]byte{0x7F}, count), udh)
				for i := range n {
					if re[i] != in[i]&mask[i] {
						t.Fatalf("AppendPack(AppendUnpack(%x, %d, %d)) = % X", in, udh, count, re)
					}
				}
			}
		}
	})
}

// naiveUnpack is a deliberately simple reference for AppendUnpack: it reads
// bits LSB first after fill, count septets, or with count < 0 every whole
// septet and then drops a final CR that ends on an octet boundary.
func naiveUnpack(packed []byte, fill, count int) []byte {
	bit := func(i int) byte { return packed[i/8] >> (i % 8) & 1 }
	total := 8*len(packed) - fill
	n := count
	if count < 0 {
		n = max(total, 0) / 7
	}
	out := []byte{}
	for k := range n {
		var s byte
		for j := range 7 {
			s |= bit(fill+7*k+j) << j
		}
		out = append(out, s)
	}
	if count < 0 && n > 0 && total%7 == 0 && out[n-1] == CR {
		out = out[:n-1]
	}
	return out
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
