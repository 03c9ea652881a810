// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"errors"
	"slices"
)

// ErrShortPacked is returned by AppendUnpack when packed holds fewer octets
// than the requested number of septets needs.
var ErrShortPacked = errors.New("gsm7: packed data too short for the septet count")

// CR is the septet of CARRIAGE RETURN in the default alphabet and in the
// Turkish locking shift table; it is the padding character of TS 23.038
// 6.1.2.3.1.
const CR = 0x0D

// FillBits returns the number of fill bits (0 to 6) that TS 23.040 9.2.3.24
// puts between a user data header of udhOctets octets and the first septet,
// so that the first septet starts on a septet boundary counted from the
// start of the user data: (7 - (8·udhOctets) mod 7) mod 7. It is 0 when
// udhOctets is 0, 1 for the 6-octet concatenation header and 0 for 7 octets.
// It panics if udhOctets is negative.
func FillBits(udhOctets int) int {
	if udhOctets < 0 {
		panic("gsm7: negative UDH length")
	}
	return (7 - (udhOctets*8)%7) % 7
}

// PackedLen returns the number of octets AppendPack appends for the given
// number of septets after a user data header of udhOctets octets:
// ceil((FillBits(udhOctets) + 7·septets) / 8). The UDH octets themselves are
// not included, so udhOctets + PackedLen(n, udhOctets) is the TP-User-Data
// length in octets, ceil(7·TP-UDL / 8) with TP-UDL in septets
// (TS 23.040 9.2.3.16). With no header, 160 septets pack into 140 octets;
// after a 6-octet concatenation header, 153 septets pack into 134.
// PackedLen is 0 only when septets is 0 and the fill is 0.
// It panics if either argument is negative.
func PackedLen(septets, udhOctets int) int {
	if septets < 0 {
		panic("gsm7: negative septet count")
	}
	return (FillBits(udhOctets) + 7*septets + 7) / 8
}

// AppendPack packs septets as TS 23.038 6.1.2.1.1 describes (the first septet
// in the low seven bits of the first octet, the next septet's low bit in
// that octet's top bit, and so on) and appends the PackedLen(len(septets),
// udhOctets) resulting octets to dst. Each byte of septets must be below
// 0x80; only its low seven bits are used.
//
// udhOctets is the length of the user data header (UDHL octet included) that
// precedes the septets in TP-User-Data; 0 means no header. AppendPack does not
// write the header: the caller appends its udhOctets octets to dst first (or
// writes them elsewhere). udhOctets only decides the FillBits zero bits that
// AppendPack puts in the low bits of its first octet before the first septet
// (TS 23.040 9.2.3.24), so that the septets start on a septet boundary
// counted from the start of the user data.
//
// The spare bits after the last septet are zero. When they number seven,
// a receiver that reads the septet count from TP-UDL ignores them, as SMS
// does; AppendPack does not apply the CR padding of TS 23.038 6.1.2.3.1
// (USSD and cell broadcast, where no count is sent). A caller that wants it
// appends the CR septet before packing when (FillBits + 7·n) mod 8 is 1.
//
// AppendPack does not allocate when cap(dst)-len(dst) is at least PackedLen.
func AppendPack(dst []byte, septets []byte, udhOctets int) []byte {
	n := PackedLen(len(septets), udhOctets)
	dst = slices.Grow(dst, n)
	acc := uint64(0)             // pending bits, the oldest in bit 0
	nbits := FillBits(udhOctets) // number of pending bits; the fill bits are zero
	i := 0
	// Eight septets fill exactly seven octets: take them in blocks.
	for ; i+8 <= len(septets); i += 8 {
		s := septets[i : i+8 : i+8]
		acc |= (uint64(s[0]&0x7F) | uint64(s[1]&0x7F)<<7 | uint64(s[2]&0x7F)<<14 |
			uint64(s[3]&0x7F)<<21 | uint64(s[4]&0x7F)<<28 | uint64(s[5]&0x7F)<<35 |
			uint64(s[6]&0x7F)<<42 | uint64(s[7]&0x7F)<<49) << nbits
		dst = append(dst, byte(acc), byte(acc>>8), byte(acc>>16), byte(acc>>24),
			byte(acc>>32), byte(acc>>40), byte(acc>>48))
		acc >>= 56
	}
	for _, s := range septets[i:] {
		acc |= uint64(s&0x7F) << nbits
		nbits += 7
		if nbits >= 8 {
			dst = append(dst, byte(acc))
			acc >>= 8
			nbits -= 8
		}
	}
	if nbits > 0 {
		dst = append(dst, byte(acc))
	}
	return dst
}

// AppendUnpack is the inverse of AppendPack: it reads septets from packed,
// the TP-User-Data octets that follow a user data header of udhOctets octets
// (the header itself excluded, as AppendPack writes them), skips the
// FillBits(udhOctets) fill bits and appends one septet (0x00 to 0x7F) per
// byte to dst.
//
// When septets ≥ 0 it is the number of septets to read, the TP-UDL of
// TS 23.040 9.2.3.16 minus the septets the header and fill occupy.
// packed must hold at least PackedLen(septets, udhOctets) octets, or
// AppendUnpack returns dst unchanged and ErrShortPacked; octets beyond that
// and the spare bits of the last octet are ignored, whatever their value.
//
// When septets < 0 the count is not known (USSD, cell broadcast) and
// AppendUnpack reads every whole septet packed holds, then applies the rule
// of TS 23.038 6.1.2.3.1: when the septets end exactly on an octet boundary
// and the last one is CR, that CR is padding and is dropped. In this mode
// seven zero spare bits read as a final septet 0x00 ('@'), the confusion the
// CR padding exists to avoid; AppendPack does not pad (see there).
//
// AppendUnpack does not allocate when dst has room for the septets.
// It panics if udhOctets is negative.
func AppendUnpack(dst []byte, packed []byte, udhOctets, septets int) ([]byte, error) {
	fill := FillBits(udhOctets)
	padded := false
	if septets < 0 {
		bits := 8*len(packed) - fill
		if bits < 0 {
			bits = 0
		}
		septets = bits / 7
		padded = septets > 0 && bits%7 == 0
	} else if len(packed) < PackedLen(septets, udhOctets) {
		return dst, ErrShortPacked
	}
	dst = slices.Grow(dst, septets)
	start := len(dst)
	acc := uint64(0)
	nbits := 0
	p := 0
	if fill > 0 && septets > 0 {
		acc = uint64(packed[0]) >> fill
		nbits = 8 - fill
		p = 1
	}
	i := 0
	// Seven octets hold exactly eight septets: take them in blocks.
	for ; i+8 <= septets && p+7 <= len(packed); i += 8 {
		b := packed[p : p+7 : p+7]
		acc |= (uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48) << nbits
		p += 7
		dst = append(dst, byte(acc)&0x7F, byte(acc>>7)&0x7F, byte(acc>>14)&0x7F,
			byte(acc>>21)&0x7F, byte(acc>>28)&0x7F, byte(acc>>35)&0x7F,
			byte(acc>>42)&0x7F, byte(acc>>49)&0x7F)
		acc >>= 56
	}
	for ; i < septets; i++ {
		if nbits < 7 {
			acc |= uint64(packed[p]) << nbits
			p++
			nbits += 8
		}
		dst = append(dst, byte(acc)&0x7F)
		acc >>= 7
		nbits -= 7
	}
	if padded && len(dst) > start && dst[len(dst)-1] == CR {
		dst = dst[:len(dst)-1]
	}
	return dst, nil
}
