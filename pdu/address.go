// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import "github.com/smsseg/smsseg/gsm7"

// Type-of-address octets (TS 23.040 9.1.2.5; TS 24.008 10.5.4.7): the
// extension bit, the type of number and numbering plan ISDN/E.164.
const (
	TOAInternational = 0x91 // type of number international: the number follows "+"
	TOAUnknown       = 0x81 // type of number unknown: a national number as dialled
	toaAlphanumeric  = 0x50 // type of number bits 101: GSM 7-bit packed text
	toaTypeMask      = 0x70
)

// maxAddrOctets is the most octets of address value (TS 23.040 9.1.2.5:
// TP-DA and TP-OA have 2 to 12 octets, length and type included).
const maxAddrOctets = 10

// An Address is a TP-DA or TP-OA (TS 23.040 9.1.2.5): a type-of-address
// octet and up to 20 semi-octet digits (or, when its type of number is
// alphanumeric, up to 11 GSM 7-bit characters). The zero Address is empty
// and cannot be sent.
type Address struct {
	toa  byte
	n    uint8               // the address length field: digits, or semi-octets of packed text
	vals [maxAddrOctets]byte // as on the wire
}

// ParseAddress returns the Address of a telephone number: "+" and 1 to 20
// digits for an international number (type of address 0x91), or 1 to 20
// digits for a national one (0x81, type of number unknown, which is how a
// number is sent as dialled). Any other character is an error: remove
// spaces and dashes first.
func ParseAddress(number string) (Address, error) {
	var a Address
	a.toa = TOAUnknown
	digits := number
	if len(digits) > 0 && digits[0] == '+' {
		a.toa = TOAInternational
		digits = digits[1:]
	}
	start := len(number) - len(digits)
	if len(digits) == 0 || len(digits) > 2*maxAddrOctets {
		return Address{}, FormatError{ErrAddress, "number", len(number)}
	}
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return Address{}, FormatError{ErrAddress, "number", start + i}
		}
		d := c - '0'
		if i%2 == 0 {
			a.vals[i/2] = 0xF0 | d
		} else {
			a.vals[i/2] = a.vals[i/2]&0x0F | d<<4
		}
	}
	a.n = uint8(len(digits))
	return a, nil
}

// TOA returns the type-of-address octet of a.
func (a Address) TOA() byte { return a.toa }

// IsZero reports whether a is the zero Address.
func (a Address) IsZero() bool { return a == Address{} }

// octets returns the number of value octets of a.
func (a Address) octets() int { return (int(a.n) + 1) / 2 }

// wireLen returns the octets of a as TP-DA: length, type and value.
func (a Address) wireLen() int { return 2 + a.octets() }

// appendWire appends a as TP-DA / TP-OA: the length in semi-octets, the
// type of address and the value octets.
func (a Address) appendWire(dst []byte) []byte {
	dst = append(dst, a.n, a.toa)
	return append(dst, a.vals[:a.octets()]...)
}

// semiOctet maps a semi-octet to its character (TS 23.040 9.1.2.3); 0xF
// is the filler.
const semiOctet = "0123456789*#abc"

// AppendTo appends the text form of a to dst: "+" and the digits for an
// international number, the digits otherwise ('*', '#', 'a', 'b', 'c' for
// the semi-octets 0xA to 0xE), or the decoded text of an alphanumeric
// address.
func (a Address) AppendTo(dst []byte) []byte {
	if a.toa&toaTypeMask == toaAlphanumeric {
		var buf [2 * maxAddrOctets]byte
		septets, err := gsm7.AppendUnpack(buf[:0], a.vals[:a.octets()], 0, int(a.n)*4/7)
		if err != nil {
			return dst
		}
		dst, _, _ = appendText(dst, septets, gsm7.DefaultAlphabet)
		return dst
	}
	if a.toa&toaTypeMask == 0x10 {
		dst = append(dst, '+')
	}
	for i := 0; i < int(a.n); i++ {
		d := a.vals[i/2] >> (4 * (i % 2)) & 0x0F
		if d < 0xF {
			dst = append(dst, semiOctet[d])
		}
	}
	return dst
}

// String returns the text form of a, as AppendTo writes it.
func (a Address) String() string { return string(a.AppendTo(nil)) }

// parseAddress reads a TP-DA / TP-OA at b[off:]; it returns the address
// and the offset after it.
func parseAddress(b []byte, off int, field string) (Address, int, error) {
	if off+2 > len(b) {
		return Address{}, 0, FormatError{ErrTruncated, field, off}
	}
	var a Address
	a.n, a.toa = b[off], b[off+1]
	k := a.octets()
	if k > maxAddrOctets {
		return Address{}, 0, FormatError{ErrAddress, field, off}
	}
	if off+2+k > len(b) {
		return Address{}, 0, FormatError{ErrTruncated, field, len(b)}
	}
	copy(a.vals[:], b[off+2:off+2+k])
	if a.toa&toaTypeMask != toaAlphanumeric {
		for i := 0; i < int(a.n); i++ {
			if a.vals[i/2]>>(4*(i%2))&0x0F == 0xF {
				return Address{}, 0, FormatError{ErrAddress, field, off + 2 + i/2}
			}
		}
	}
	return a, off + 2 + k, nil
}
