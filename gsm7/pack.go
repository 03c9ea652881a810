// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"errors"
	"math"
	"slices"
)

// ErrShortPacked is returned by AppendUnpack when packed holds fewer octets
// than the requested number of septets needs.
var ErrShortPacked = errors.New("gsm7: packed data too short for the septet count")

// ErrTooLong is returned by AppendUnpack when the septets it would append
// make dst longer than math.MaxInt bytes.
var ErrTooLong = errors.New("gsm7: unpacked length overflows int")

// ErrHeaderLength is returned by AppendUnpack when the user data header
// length is negative or more than the 140 octets of TP-User-Data.
var ErrHeaderLength = errors.New("gsm7: user data header length not in 0..140 octets")

// maxUserData is the largest TP-User-Data, in octets (TS 23.040 9.2.3.24),
// and so the largest user data header.
const maxUserData = 140

// CR is the septet of CARRIAGE RETURN in the default alphabet and in the
// Turkish locking shift table; it is the padding character of TS 23.038
// 6.1.2.3.1.
const CR = 0x0D

// FillBits returns the number of fill bits (0 to 6) that TS 23.040 9.2.3.24
// puts between a user data header of udhOctets octets and the first septet,
// so that the first septet starts on a septet boundary counted from the
// start of the user data: (7 - (8·udhOctets) mod 7) mod 7. It is 0 when
// udhOctets is 0, 1 for the 6-octet concatenation header and 0 for 7 octets.
//
// A header has 0 to 140 octets (the whole TP-User-Data); for any other
// udhOctets, negative or more than 140, FillBits returns -1.
func FillBits(udhOctets int) int {
	if udhOctets < 0 || udhOctets > maxUserData {
		return -1
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
//
// PackedLen is exact for every septets ≥ 0 up to math.MaxInt (the result,
// about 7/8 of septets, always fits an int). For an impossible input, a
// negative septets or a udhOctets that FillBits rejects (negative or more
// than 140), it returns -1, which is never a length: check for it before
// using the result to size or compare anything.
func PackedLen(septets, udhOctets int) int {
	fill := FillBits(udhOctets)
	if septets < 0 || fill < 0 {
		return -1
	}
	// ceil((fill + 7·septets) / 8) without computing 7·septets, which
	// overflows for septets > math.MaxInt/7: eight septets are seven octets.
	return septets/8*7 + (fill+septets%8*7+7)/8
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
// If udhOctets is negative or more than 140 (PackedLen is then -1), or the
// result would be longer than math.MaxInt bytes (possible only with slices
// of gigabytes on 32-bit platforms), AppendPack appends nothing and returns
// dst unchanged. Callers that cannot rule that out check PackedLen first.
//
// AppendPack does not allocate when cap(dst)-len(dst) is at least PackedLen.
func AppendPack(dst []byte, septets []byte, udhOctets int) []byte {
	n := PackedLen(len(septets), udhOctets)
	if n < 0 || n > math.MaxInt-len(dst) {
		return dst
	}
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
// AppendUnpack returns dst unchanged and ErrShortPacked (for any septets
// up to math.MaxInt); octets beyond that and the spare bits of the last
// octet are ignored, whatever their value.
//
// When septets < 0 the count is not known (USSD, cell broadcast) and
// AppendUnpack reads every whole septet packed holds, then applies the rule
// of TS 23.038 6.1.2.3.1: when the septets end exactly on an octet boundary
// and the last one is CR, that CR is padding and is dropped. In this mode
// seven zero spare bits read as a final septet 0x00 ('@'), the confusion the
// CR padding exists to avoid; AppendPack does not pad (see there).
//
// If udhOctets is negative or more than 140, AppendUnpack returns dst
// unchanged and ErrHeaderLength, whatever septets is; if the septets would
// make dst longer than math.MaxInt bytes (possible only with slices of
// gigabytes on 32-bit platforms), dst unchanged and ErrTooLong.
//
// AppendUnpack does not allocate when dst has room for the septets.
func AppendUnpack(dst []byte, packed []byte, udhOctets, septets int) ([]byte, error) {
	fill := FillBits(udhOctets)
	if fill < 0 {
		return dst, ErrHeaderLength
	}
	padded := false
	if septets < 0 {
		var rem int
		var ok bool
		if septets, rem, ok = wholeSeptets(len(packed), fill); !ok {
			return dst, ErrTooLong
		}
		padded = septets > 0 && rem == 0
	} else if len(packed) < PackedLen(septets, udhOctets) {
		return dst, ErrShortPacked
	}
	if septets > math.MaxInt-len(dst) {
		return dst, ErrTooLong
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

// wholeSeptets returns how many whole septets n ≥ 0 octets hold after fill
// bits (0 to 6), floor((8·n - fill) / 7), and the bits left over, without
// computing 8·n, which overflows for n > math.MaxInt/8: seven octets are
// eight septets. ok is false when the count does not fit in an int.
func wholeSeptets(n, fill int) (septets, rem int, ok bool) {
	q, r := n/7, n%7
	bits := 8*r - fill // -6 to 48: the bits of the last r octets, less the fill
	if bits < 0 {
		if q == 0 {
			return 0, 0, true // no octet: nothing
		}
		q--
		bits += 56
	}
	if q > (math.MaxInt-bits/7)/8 {
		return 0, 0, false
	}
	return 8*q + bits/7, bits % 7, true
}
