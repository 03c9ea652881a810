// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package pdu encodes the parts of an analysed SMS into their bytes (user
// data header, user data, SMPP submit_sm fields and the SMS-SUBMIT TPDU of
// 3GPP TS 23.040) and decodes them back.
//
// Its input is a Message: a text, the spans of its parts and the Scheme that
// carries them. How the text was cut is decided elsewhere; this package
// checks that the spans tile the text, that each part fits its Capacity and
// that every rune is encodable, and then lays the parts out bit for bit:
//
//   - a user data header (TS 23.040 9.2.3.24) with a concatenation
//     information element when there is more than one part (9.2.3.24.1 and
//     9.2.3.24.8) and the national language shift elements the Scheme uses
//     (9.2.3.24.15 and 9.2.3.24.16), also in a single-part message;
//   - GSM 7-bit user data, packed after the fill bits that align the first
//     septet after the header (TS 23.038 6.1.2.1.1), or one septet per octet
//     for SMPP; or UCS-2 user data as big-endian UTF-16;
//   - TP-DCS and TP-UDL, the SMPP esm_class, data_coding and sar_* TLVs, and
//     the SMS-SUBMIT TPDU with its TP-DA (TS 23.040 9.2.2.2 and 9.1.2.5), as
//     bytes or as the hex line of AT+CMGS in PDU mode (TS 27.005 3.5.1).
//
// The decoder reads TPDUs (SMS-SUBMIT and SMS-DELIVER), user data headers
// and user data back into their fields and text, and Reassemble joins
// concatenated parts by reference. It returns errors for malformed input and
// never panics, whatever the bytes.
//
// Every Append function has a Len twin and does not allocate when dst has
// room; the functions returning strings are thin wrappers.
package pdu

import "github.com/smsseg/smsseg/gsm7"

// Coding is the character set of a message's user data: its TP-DCS alphabet
// (TS 23.038 4, general data coding group, uncompressed, no message class).
type Coding uint8

const (
	// GSM7 is the GSM 7-bit default alphabet or a national language table;
	// TP-DCS 0x00.
	GSM7 Coding = iota
	// UCS2 is 16-bit user data, big-endian UTF-16 (a rune above U+FFFF is a
	// surrogate pair); TP-DCS 0x08.
	UCS2
)

// DCS returns the TP-DCS octet of c (and the SMPP data_coding): 0x00 for
// GSM7 and 0x08 for UCS2.
func (c Coding) DCS() byte {
	if c == UCS2 {
		return 0x08
	}
	return 0x00
}

// String returns "GSM7" or "UCS2".
func (c Coding) String() string {
	switch c {
	case GSM7:
		return "GSM7"
	case UCS2:
		return "UCS2"
	}
	return "pdu.Coding(?)"
}

// Language is a national language identifier of TS 23.038 6.2.1.2.4, the
// value of the shift information elements of TS 23.040 9.2.3.24.15 and
// 9.2.3.24.16. In a Scheme, Default means that no shift element is sent.
type Language uint8

const (
	// Default selects the GSM 7-bit default alphabet (as a locking table)
	// or its extension table (as a shift table); no element is sent.
	Default Language = 0
	// Turkish selects the Turkish national language tables (TS 23.038
	// A.2.1, A.3.1); the element carries the identifier 0x01.
	Turkish Language = 1
)

// A Scheme is how a message's text is carried: its Coding and, for GSM7,
// the national language locking and single shift tables, each Default or
// Turkish. A UCS2 Scheme has Default for both. A Scheme that names a
// language this package has no table for is invalid (Valid reports false).
type Scheme struct {
	Coding          Coding
	Locking, Single Language
}

// Valid reports whether s is a Scheme this package can encode.
func (s Scheme) Valid() bool {
	switch s.Coding {
	case GSM7:
		return s.Locking <= Turkish && s.Single <= Turkish
	case UCS2:
		return s.Locking == Default && s.Single == Default
	}
	return false
}

// alphabet returns the gsm7 tables of a valid GSM7 scheme.
func (s Scheme) alphabet() gsm7.Alphabet {
	a := gsm7.DefaultAlphabet
	if s.Locking == Turkish {
		a.Locking = gsm7.TurkishLocking
	}
	if s.Single == Turkish {
		a.Shift = gsm7.TurkishSingleShift
	}
	return a
}

// shiftIEs returns the number of national language shift elements s uses.
func (s Scheme) shiftIEs() int {
	n := 0
	if s.Locking != Default {
		n++
	}
	if s.Single != Default {
		n++
	}
	return n
}

// Lengths of TS 23.040 9.2.3.24, in octets.
const (
	maxUD       = 140 // TP-User-Data
	maxSeptets  = 160 // TP-UDL of GSM 7-bit user data
	concat8Len  = 5   // IEI 0x00, IEDL, reference, total, sequence
	concat16Len = 6   // IEI 0x08, IEDL, 2-octet reference, total, sequence
	shiftLen    = 3   // IEI 0x24 or 0x25, IEDL, language
	maxParts    = 255 // the total is one octet
	maxSMPP     = 254 // SMPP 3.4 short_message
)

// Information element identifiers (TS 23.040 9.2.3.24).
const (
	ieiConcat8  = 0x00
	ieiConcat16 = 0x08
	ieiSingle   = 0x24
	ieiLocking  = 0x25
)

// HeaderLen returns the length in octets of the user data header that a
// part in scheme s carries, its UDHL octet included: 0 when there is no
// information element, otherwise 1 + 5 for the concatenation element with
// an 8-bit reference (6 with a 16-bit reference) when multipart, + 3 for
// each national language shift element s uses. It returns -1 when s is not
// Valid.
func HeaderLen(s Scheme, multipart, ref16 bool) int {
	if !s.Valid() {
		return -1
	}
	n := shiftLen * s.shiftIEs()
	switch {
	case multipart && ref16:
		n += concat16Len
	case multipart:
		n += concat8Len
	}
	if n == 0 {
		return 0
	}
	return n + 1
}

// Capacity returns how many units of text one part holds in scheme s: GSM
// 7-bit septets, floor((1120 − 8·h)/7), or UCS-2 code units,
// floor((140 − h)/2), where h = HeaderLen(s, multipart, ref16) (TS 23.040
// 9.2.3.16 and 9.2.3.24). A rune of a shift table costs 2 septets, a rune
// above U+FFFF 2 units. It returns -1 when s is not Valid.
//
// The default alphabet holds 160 septets, 153 per part of a concatenated
// message (152 with a 16-bit reference); one Turkish shift table 155 and
// 149; both 152 and 146; UCS-2 70 and 67 (66).
func Capacity(s Scheme, multipart, ref16 bool) int {
	h := HeaderLen(s, multipart, ref16)
	if h < 0 {
		return -1
	}
	if s.Coding == UCS2 {
		return (maxUD - h) / 2
	}
	return (8*maxUD - 8*h) / 7
}
