// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

func unhex(s string) []byte {
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		panic(err)
	}
	return b
}

func TestFillBits(t *testing.T) {
	// (7 - 8·u mod 7) mod 7, written out for one full cycle and the
	// header sizes SPEC section 2 uses.
	want := map[int]int{0: 0, 1: 6, 2: 5, 3: 4, 4: 3, 5: 2, 6: 1, 7: 0, 8: 6, 9: 5, 12: 2, 140: 0}
	for u, w := range want {
		if got := FillBits(u); got != w {
			t.Errorf("FillBits(%d) = %d; want %d", u, got, w)
		}
	}
}

func TestPackedLen(t *testing.T) {
	tests := []struct{ septets, udh, want int }{
		{0, 0, 0},
		{1, 0, 1},
		{7, 0, 7}, // 49 bits: seven spare bits in the last octet
		{8, 0, 7},
		{10, 0, 9},
		{160, 0, 140}, // SPEC 2: default alphabet, single part
		{153, 6, 134}, // multi-part: 140 - 6
		{155, 4, 136}, // Turkish shift IE only: 140 - 4
		{149, 9, 131}, // concatenated + Turkish shift IE: 140 - 9
		{0, 6, 1},     // the fill bit alone takes an octet (TP-UDL 7 septets = 7 octets)
		{0, 7, 0},
		{10, 6, 9},
		{10, 7, 9},
		{10, 9, 10},
	}
	for _, tt := range tests {
		if got := PackedLen(tt.septets, tt.udh); got != tt.want {
			t.Errorf("PackedLen(%d, %d) = %d; want %d", tt.septets, tt.udh, got, tt.want)
		}
	}
	// The SPEC capacity rule floor((1120 - 8·UDH)/7) is the largest septet
	// count that fits the 140 octets left.
	for udh := 0; udh <= 20; udh++ {
		max := (1120 - 8*udh) / 7
		if got := udh + PackedLen(max, udh); got > 140 {
			t.Errorf("udh %d: %d septets need %d octets; want ≤ 140", udh, max, got)
		}
		if got := udh + PackedLen(max+1, udh); got <= 140 {
			t.Errorf("udh %d: %d septets need %d octets; want > 140", udh, max+1, got)
		}
	}
}

// bigPackedLen is PackedLen computed with math/big: ceil((fill + 7·n) / 8),
// or -1 for an impossible input.
func bigPackedLen(septets, udh int) *big.Int {
	if septets < 0 || udh < 0 || udh > 140 {
		return big.NewInt(-1)
	}
	fill := int64((7 - (8*udh)%7) % 7)
	v := new(big.Int).Mul(big.NewInt(int64(septets)), big.NewInt(7))
	v.Add(v, big.NewInt(fill+7))
	return v.Div(v, big.NewInt(8))
}

// hugeCounts are septet and octet counts at the edges of int arithmetic.
var hugeCounts = []int{
	0, 1, 7, 8, 9, 153, 160, 1 << 20,
	math.MaxInt/8 - 1, math.MaxInt / 8, math.MaxInt/8 + 1,
	math.MaxInt/7 - 1, math.MaxInt / 7, math.MaxInt/7 + 1,
	big61 - 1, big61, big61 + 1, 2 * big61,
	math.MaxInt - 8, math.MaxInt - 7, math.MaxInt - 1, math.MaxInt,
	-1, -2, -8, -big61, math.MinInt + 1, math.MinInt,
}

// big61 is 1<<61 on 64-bit platforms (1<<29 on 32-bit ones).
const big61 = 1 << (strconv.IntSize - 3)

var badHeaders = []int{-1, -2, -7, 141, 142, 147, 1 << 30, math.MaxInt, math.MinInt}

// TestPackImpossibleInputs checks that no length computation overflows and
// that impossible arguments give the documented results, never a panic.
// Regression: AppendUnpack(nil, []byte{1}, 0, 1<<61) panicked in growslice,
// because PackedLen overflowed to a negative number and passed the
// ErrShortPacked check.
func TestPackImpossibleInputs(t *testing.T) {
	for _, udh := range append([]int{0, 1, 6, 7, 9, 139, 140}, badHeaders...) {
		for _, n := range hugeCounts {
			want := bigPackedLen(n, udh)
			got := PackedLen(n, udh)
			if !want.IsInt64() || big.NewInt(int64(got)).Cmp(want) != 0 {
				t.Errorf("PackedLen(%d, %d) = %d; want %v", n, udh, got, want)
			}
			dst := []byte{0xAA}
			out, err := AppendUnpack(dst, []byte{1, 2, 3}, udh, n)
			switch {
			case udh < 0 || udh > 140:
				if !errors.Is(err, ErrHeaderLength) || !bytes.Equal(out, dst) {
					t.Errorf("AppendUnpack(AA, 01 02 03, %d, %d) = % X, %v; want AA, ErrHeaderLength", udh, n, out, err)
				}
			case n >= 0 && want.Cmp(big.NewInt(3)) > 0: // more than the 3 octets
				if !errors.Is(err, ErrShortPacked) || !bytes.Equal(out, dst) {
					t.Errorf("AppendUnpack(AA, 01 02 03, %d, %d) = % X, %v; want AA, ErrShortPacked", udh, n, out, err)
				}
			default:
				if err != nil {
					t.Errorf("AppendUnpack(AA, 01 02 03, %d, %d) = % X, %v", udh, n, out, err)
				}
			}
		}
	}
	// The reported case.
	if out, err := AppendUnpack(nil, []byte{1}, 0, big61); out != nil || !errors.Is(err, ErrShortPacked) {
		t.Errorf("AppendUnpack(nil, 01, 0, 1<<61) = % X, %v; want nil, ErrShortPacked", out, err)
	}
	if got, want := PackedLen(big61, 0), big61/8*7; got != want {
		t.Errorf("PackedLen(1<<61, 0) = %d; want %d", got, want)
	}
	if got, want := PackedLen(math.MaxInt, 6), 7<<(strconv.IntSize-4); got != want {
		t.Errorf("PackedLen(math.MaxInt, 6) = %d; want %d", got, want)
	}
	for _, udh := range badHeaders {
		if got := FillBits(udh); got != -1 {
			t.Errorf("FillBits(%d) = %d; want -1", udh, got)
		}
		dst := []byte{0xAA, 0xBB}
		if got := AppendPack(dst, []byte("hello"), udh); !bytes.Equal(got, dst) {
			t.Errorf("AppendPack(AA BB, hello, %d) = % X; want AA BB", udh, got)
		}
		if got := AppendPack(nil, nil, udh); got != nil {
			t.Errorf("AppendPack(nil, nil, %d) = % X; want nil", udh, got)
		}
		if got, err := AppendUnpack(dst, []byte("hello"), udh, -1); !errors.Is(err, ErrHeaderLength) || !bytes.Equal(got, dst) {
			t.Errorf("AppendUnpack(AA BB, hello, %d, -1) = % X, %v; want AA BB, ErrHeaderLength", udh, got, err)
		}
	}
	// 140 octets of header is the largest: no room for a septet, but valid.
	if got := FillBits(140); got != 0 {
		t.Errorf("FillBits(140) = %d; want 0", got)
	}
	if got, err := AppendUnpack(nil, nil, 140, 0); err != nil || len(got) != 0 {
		t.Errorf("AppendUnpack(nil, nil, 140, 0) = % X, %v; want empty, nil", got, err)
	}
}

// TestWholeSeptets checks the unknown-count arithmetic against math/big up
// to and beyond the largest int.
func TestWholeSeptets(t *testing.T) {
	for fill := 0; fill <= 6; fill++ {
		for _, n := range hugeCounts {
			if n < 0 {
				continue
			}
			bits := new(big.Int).Mul(big.NewInt(int64(n)), big.NewInt(8))
			bits.Sub(bits, big.NewInt(int64(fill)))
			if bits.Sign() < 0 {
				bits.SetInt64(0)
			}
			want, rem := new(big.Int).QuoRem(bits, big.NewInt(7), new(big.Int))
			got, gotRem, ok := wholeSeptets(n, fill)
			fits := want.Cmp(big.NewInt(math.MaxInt)) <= 0
			if ok != fits || ok && (int64(got) != want.Int64() || int64(gotRem) != rem.Int64()) {
				t.Errorf("wholeSeptets(%d, %d) = %d, %d, %v; want %v, %v (fits: %v)", n, fill, got, gotRem, ok, want, rem, fits)
			}
		}
	}
}

var packTests = []struct {
	name    string
	septets []byte
	udh     int
	packed  string
}{
	// 3GPP TS 23.038 6.1.2.1.1 example.
	{"hellohello", []byte("hellohello"), 0, "E8 32 9B FD 46 97 D9 EC 37"},
	{"empty", nil, 0, ""},
	{"one", []byte{0x7F}, 0, "7F"},
	{"two", []byte{0x01, 0x7F}, 0, "81 3F"},
	{"seven spare bits", []byte("1234567"), 0, "31 D9 8C 56 B3 DD 00"},
	{"eight", []byte("12345678"), 0, "31 D9 8C 56 B3 DD 70"},
	// 6-octet concatenation UDH (05 00 03 ref total seq): 1 fill bit, so
	// every octet is the 0-UDH packing shifted left one bit.
	{"udh6 hellohello", []byte("hellohello"), 6, "D0 65 36 FB 8D 2E B3 D9 6F"},
	{"udh6 hi", []byte("hi"), 6, "D0 69"},
	{"udh6 empty", nil, 6, "00"},
	{"udh6 eight", []byte("ABCDEFGH"), 6, "82 C2 21 B1 68 3C 22 01"},
	// 7 octets (16-bit reference concatenation): 56 bits, no fill.
	{"udh7 hellohello", []byte("hellohello"), 7, "E8 32 9B FD 46 97 D9 EC 37"},
	// 9 octets: concatenation and a national language shift IE: 5 fill bits.
	{"udh9 hellohello", []byte("hellohello"), 9, "00 5D 66 B3 DF E8 32 9B FD 06"},
	// "Tık" in TurkishSingleAlphabet: T, Esc 0x69 (ı), k.
	{"udh9 turkish", []byte{0x54, Esc, 0x69, 0x6B}, 9, "80 BA 49 AF 01"},
}

func TestAppendPack(t *testing.T) {
	for _, tt := range packTests {
		want := unhex(tt.packed)
		prefix := []byte{0xAA, 0xBB}
		got := AppendPack(bytes.Clone(prefix), tt.septets, tt.udh)
		if !bytes.Equal(got[:2], prefix) || !bytes.Equal(got[2:], want) {
			t.Errorf("%s: AppendPack(%x, %q, %d) = % X; want AA BB % X", tt.name, prefix, tt.septets, tt.udh, got, want)
		}
		if n := PackedLen(len(tt.septets), tt.udh); n != len(want) {
			t.Errorf("%s: PackedLen(%d, %d) = %d; want %d", tt.name, len(tt.septets), tt.udh, n, len(want))
		}
	}
}

func TestAppendPackMasksHighBit(t *testing.T) {
	got := AppendPack(nil, []byte{0xE8, 0xE5}, 0)
	want := AppendPack(nil, []byte{0x68, 0x65}, 0)
	if !bytes.Equal(got, want) {
		t.Errorf("AppendPack(nil, E8 E5, 0) = % X; want % X", got, want)
	}
}

func TestAppendUnpack(t *testing.T) {
	for _, tt := range packTests {
		packed := unhex(tt.packed)
		got, err := AppendUnpack([]byte{0xAA}, packed, tt.udh, len(tt.septets))
		want := append([]byte{0xAA}, tt.septets...)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: AppendUnpack(AA, % X, %d, %d) = % X, %v; want % X, nil", tt.name, packed, tt.udh, len(tt.septets), got, err, want)
		}
	}
}

func TestAppendUnpackIgnoresSpareAndExtra(t *testing.T) {
	// Spare bits set and an extra octet after the data: both ignored.
	got, err := AppendUnpack(nil, unhex("31 D9 8C 56 B3 DD FE FF"), 0, 7)
	if want := []byte("1234567"); err != nil || !bytes.Equal(got, want) {
		t.Errorf("AppendUnpack = %q, %v; want %q, nil", got, err, want)
	}
	// A fill bit set is ignored too.
	got, err = AppendUnpack(nil, unhex("D1 69"), 6, 2)
	if want := []byte("hi"); err != nil || !bytes.Equal(got, want) {
		t.Errorf("AppendUnpack = %q, %v; want %q, nil", got, err, want)
	}
}

func TestAppendUnpackShort(t *testing.T) {
	tests := []struct {
		packed       string
		udh, septets int
	}{
		{"E8 32 9B FD 46 97 D9 EC", 0, 10},
		{"", 0, 1},
		{"", 6, 0},
		{"D0", 6, 2},
		{"00 5D 66 B3 DF E8 32 9B FD", 9, 10},
	}
	for _, tt := range tests {
		dst := []byte{1, 2}
		got, err := AppendUnpack(dst, unhex(tt.packed), tt.udh, tt.septets)
		if !errors.Is(err, ErrShortPacked) || !bytes.Equal(got, dst) {
			t.Errorf("AppendUnpack(% X, %d, %d) = % X, %v; want % X, ErrShortPacked", unhex(tt.packed), tt.udh, tt.septets, got, err, dst)
		}
	}
}

// TestAppendUnpackUnknownCount checks septets < 0: every whole septet is
// read and a CR that ends on an octet boundary is dropped (TS 23.038
// 6.1.2.3.1).
func TestAppendUnpackUnknownCount(t *testing.T) {
	tests := []struct {
		name   string
		packed string
		udh    int
		want   string
	}{
		{"hellohello", "E8 32 9B FD 46 97 D9 EC 37", 0, "hellohello"},
		// Without a count, seven zero spare bits read as a final septet 0x00
		// ('@'): the confusion CR padding exists to avoid.
		{"7 septets, zero spare bits", "31 D9 8C 56 B3 DD 00", 0, "1234567\x00"},
		{"7 septets, CR padding", "31 D9 8C 56 B3 DD 1A", 0, "1234567"},
		{"8 septets, no CR", "31 D9 8C 56 B3 DD 70", 0, "12345678"},
		// A wanted final CR that ends on an octet boundary is sent doubled
		// with one padding bit; the receiver keeps both (TS 23.038 6.1.2.3.1).
		{"doubled CR kept", unpackHelperHex("1234567\r\r", 0), 0, "1234567\r\r"},
		{"CR not at boundary kept", unpackHelperHex("12345\r", 0), 0, "12345\r"},
		{"udh6 CR padding", unpackHelperHex("12345678\r", 6), 6, "12345678"},
		{"udh6", "D0 65 36 FB 8D 2E B3 D9 6F", 6, "hellohello"},
		{"udh6 fill only", "00", 6, "\x00"},
		{"empty", "", 0, ""},
		{"udh9 empty", "", 9, ""},
	}
	for _, tt := range tests {
		got, err := AppendUnpack(nil, unhex(tt.packed), tt.udh, -1)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: AppendUnpack(nil, % X, %d, -1) = %q, %v; want %q, nil", tt.name, unhex(tt.packed), tt.udh, got, err, tt.want)
		}
	}
}

// unpackHelperHex packs s with AppendPack, for inputs whose packing the
// golden tests above already pin down.
func unpackHelperHex(s string, udh int) string {
	return hex.EncodeToString(AppendPack(nil, []byte(s), udh))
}

func TestPackRoundTripAllSizes(t *testing.T) {
	septets := make([]byte, 200)
	for i := range septets {
		septets[i] = byte(i*37+11) & 0x7F
	}
	for udh := 0; udh <= 14; udh++ {
		for n := 0; n <= len(septets); n++ {
			s := septets[:n]
			packed := AppendPack(nil, s, udh)
			if ref := naivePack(s, udh); !bytes.Equal(packed, ref) {
				t.Fatalf("AppendPack(%d septets, %d) = % X; want % X", n, udh, packed, ref)
			}
			got, err := AppendUnpack(nil, packed, udh, n)
			if err != nil || !bytes.Equal(got, s) {
				t.Fatalf("AppendUnpack(AppendPack(%d septets, %d)) = % X, %v; want % X", n, udh, got, err, s)
			}
		}
	}
}

// naivePack is a deliberately simple reference: a bit slice, LSB first.
func naivePack(septets []byte, udh int) []byte {
	bits := make([]byte, FillBits(udh))
	for _, s := range septets {
		for i := range 7 {
			bits = append(bits, s>>i&1)
		}
	}
	out := []byte{}
	for i := 0; i < len(bits); i += 8 {
		var o byte
		for j := 0; j < 8 && i+j < len(bits); j++ {
			o |= bits[i+j] << j
		}
		out = append(out, o)
	}
	return out
}

func TestPackNoAllocs(t *testing.T) {
	septets := []byte(strings.Repeat("hellohello", 16))
	packed := make([]byte, 0, 140)
	unpacked := make([]byte, 0, 160)
	for _, udh := range []int{0, 6, 7, 9} {
		n := len(septets) - 7
		if got := testing.AllocsPerRun(100, func() { packed = AppendPack(packed[:0], septets[:n], udh) }); got != 0 {
			t.Errorf("AppendPack udh %d allocates %v times; want 0", udh, got)
		}
		if got := testing.AllocsPerRun(100, func() { unpacked, _ = AppendUnpack(unpacked[:0], packed, udh, n) }); got != 0 {
			t.Errorf("AppendUnpack udh %d allocates %v times; want 0", udh, got)
		}
		if !bytes.Equal(unpacked, septets[:n]) {
			t.Errorf("udh %d: round trip = %q; want %q", udh, unpacked, septets[:n])
		}
	}
}

func BenchmarkAppendPack(b *testing.B) {
	septets := []byte(strings.Repeat("hellohello", 16)) // 160 septets
	for _, udh := range []int{0, 6} {
		b.Run(map[int]string{0: "160/udh0", 6: "160/udh6"}[udh], func(b *testing.B) {
			dst := make([]byte, 0, 140)
			b.SetBytes(int64(len(septets)))
			b.ReportAllocs()
			for b.Loop() {
				dst = AppendPack(dst[:0], septets, udh)
			}
		})
	}
}

func BenchmarkAppendUnpack(b *testing.B) {
	packed := AppendPack(nil, []byte(strings.Repeat("hellohello", 16)), 0)
	dst := make([]byte, 0, 160)
	b.SetBytes(160)
	b.ReportAllocs()
	for b.Loop() {
		dst, _ = AppendUnpack(dst[:0], packed, 0, 160)
	}
}
