// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"errors"
	"unicode/utf8"

	"github.com/smsseg/smsseg/gsm7"
)

// A Header holds what a user data header (TS 23.040 9.2.3.24) says about
// the text: its length, the concatenation element and the national
// language shift elements. Other elements are skipped. Following 9.2.3.24,
// of repeated or mutually exclusive elements the last one counts, and a
// concatenation element with a zero total, a zero sequence number or a
// sequence number above the total is ignored.
type Header struct {
	Len   int    // octets, the UDHL octet included; 0 when there is no header
	Ref   uint16 // concatenation reference
	Ref16 bool   // the reference came in the 16-bit element (IEI 0x08)
	Total uint8  // number of parts; 0 when there is no concatenation element
	Seq   uint8  // this part's number, from 1

	// Locking and Single are the identifiers of the locking (IEI 0x25) and
	// single (IEI 0x24) shift elements, Default when absent. They are kept
	// as received; a language this package has no table for decodes with
	// the default tables, as a receiver that does not support it does
	// (TS 23.038 annex C).
	Locking, Single Language
}

// ParseHeader reads the user data header at the start of ud, the
// TP-User-Data of a message with TP-UDHI set: UDHL, then the information
// elements. It returns a FormatError (ErrTruncated or ErrLength) when the
// header or an element overruns ud or a known element has the wrong
// length. It does not allocate.
func ParseHeader(ud []byte) (Header, error) {
	if len(ud) == 0 {
		return Header{}, FormatError{ErrTruncated, "UDHL", 0}
	}
	h := Header{Len: int(ud[0]) + 1}
	if h.Len > len(ud) {
		return Header{}, FormatError{ErrLength, "UDHL", 0}
	}
	for p := 1; p < h.Len; {
		if p+2 > h.Len {
			return Header{}, FormatError{ErrLength, "IEDL", p}
		}
		iei, n := ud[p], int(ud[p+1])
		v := p + 2
		if v+n > h.Len {
			return Header{}, FormatError{ErrLength, "IEDL", p + 1}
		}
		want := -1
		switch iei {
		case ieiConcat8:
			want = 3
		case ieiConcat16:
			want = 4
		case ieiSingle, ieiLocking:
			want = 1
		}
		if want >= 0 && n != want {
			return Header{}, FormatError{ErrLength, "IEDL", p + 1}
		}
		switch iei {
		case ieiConcat8, ieiConcat16:
			ref, rest := uint16(ud[v]), ud[v+1:v+n]
			if iei == ieiConcat16 {
				ref = ref<<8 | uint16(ud[v+1])
				rest = ud[v+2 : v+n]
			}
			if total, seq := rest[0], rest[1]; total != 0 && seq != 0 && seq <= total {
				h.Ref, h.Ref16, h.Total, h.Seq = ref, iei == ieiConcat16, total, seq
			}
		case ieiSingle:
			h.Single = Language(ud[v])
		case ieiLocking:
			h.Locking = Language(ud[v])
		}
		p = v + n
	}
	return h, nil
}

// Scheme returns the Scheme of text in coding c under h: the shift tables
// h names that this package has, Default for the others.
func (h Header) Scheme(c Coding) Scheme {
	s := Scheme{Coding: c}
	if c == GSM7 {
		if h.Locking == Turkish {
			s.Locking = Turkish
		}
		if h.Single == Turkish {
			s.Single = Turkish
		}
	}
	return s
}

// UserData is TP-User-Data as received, with what is needed to read it.
type UserData struct {
	Coding   Coding
	UDHI     bool // Bytes starts with a user data header
	Unpacked bool // GSM 7-bit data is one septet per octet (SMPP)
	// Length is TP-UDL in septets for packed GSM 7-bit data; Bytes must
	// then be exactly ceil(7·Length/8) octets. The other forms take their
	// length from Bytes and ignore Length.
	Length int
	Bytes  []byte // header and text
}

// AppendText appends the text of u to dst as UTF-8, and returns the
// header it read. GSM 7-bit septets are read through the locking table
// the header names, and an escape and a septet through its single shift
// table (TS 23.038 6.2.1.1: an escape before a septet the shift table
// leaves unused reads as that septet, two escapes as a space). UCS-2
// surrogate pairs are joined. The error is a FormatError: ErrLength for a
// length out of range (more than 140 octets, 254 unpacked), ErrSeptet,
// ErrUTF16, or an error of ParseHeader; on such an error dst is returned
// unchanged. ErrFill, for fill bits that are not zero, is the exception: it
// comes with the text and the header, read as if the bits were zero. The
// sender should set them to zero (TS 23.038 6.1.2.1.1), but real networks
// do not always (the concatenated SMS-DELIVER of ModemManager's test suite
// has one set), and a receiver reads the septets after them regardless; a
// caller that wants strict input treats ErrFill as any other error.
//
// AppendText does not allocate when dst has room for the text (at most
// 3 bytes per septet or per UTF-16 unit).
func (u UserData) AppendText(dst []byte) ([]byte, Header, error) {
	max := maxUD
	if u.Coding == GSM7 && u.Unpacked {
		max = maxSMPP
	}
	if len(u.Bytes) > max {
		return dst, Header{}, FormatError{ErrLength, "user data", max}
	}
	var h Header
	if u.UDHI {
		var err error
		if h, err = ParseHeader(u.Bytes); err != nil {
			return dst, Header{}, err
		}
	}
	body := u.Bytes[h.Len:]
	switch u.Coding {
	case GSM7:
		a := h.Scheme(GSM7).alphabet()
		if u.Unpacked {
			out, bad, ok := appendText(dst, body, a)
			if !ok {
				return dst, Header{}, FormatError{ErrSeptet, "user data", h.Len + bad}
			}
			return out, h, nil
		}
		return u.appendPacked(dst, h, a)
	case UCS2:
		out, err := appendUTF16(dst, body, h.Len)
		return out, h, err
	}
	return dst, Header{}, FormatError{ErrDCS, "coding", 0}
}

// appendPacked decodes packed GSM 7-bit user data after the header h.
func (u UserData) appendPacked(dst []byte, h Header, a gsm7.Alphabet) ([]byte, Header, error) {
	if u.Length < 0 || u.Length > maxSeptets {
		return dst, Header{}, FormatError{ErrLength, "TP-UDL", 0}
	}
	fill := gsm7.FillBits(h.Len)
	hs := (8*h.Len + fill) / 7 // septets of header and fill
	if u.Length < hs {
		return dst, Header{}, FormatError{ErrLength, "TP-UDL", 0}
	}
	n := u.Length - hs
	if want := h.Len + gsm7.PackedLen(n, h.Len); len(u.Bytes) != want {
		if len(u.Bytes) < want {
			return dst, Header{}, FormatError{ErrTruncated, "user data", len(u.Bytes)}
		}
		return dst, Header{}, FormatError{ErrLength, "user data", want}
	}
	var fillErr error
	if fill > 0 && n > 0 && u.Bytes[h.Len]&(1<<fill-1) != 0 {
		fillErr = FormatError{ErrFill, "fill bits", h.Len}
	}
	var buf [maxSeptets]byte
	septets, err := gsm7.AppendUnpack(buf[:0], u.Bytes[h.Len:], h.Len, n)
	if err != nil {
		return dst, Header{}, FormatError{ErrTruncated, "user data", len(u.Bytes)}
	}
	out, bad, ok := appendText(dst, septets, a)
	if !ok {
		return dst, Header{}, FormatError{ErrSeptet, "user data", h.Len + (fill+7*bad)/8}
	}
	return out, h, fillErr
}

// appendText appends the text of unpacked septets under a. When a septet
// is not valid (0x80 or above, or a final escape) it returns dst
// unchanged, the septet's index and false.
func appendText(dst, septets []byte, a gsm7.Alphabet) ([]byte, int, bool) {
	start := len(dst)
	for i := 0; i < len(septets); i++ {
		c := septets[i]
		if c >= 0x80 {
			return dst[:start], i, false
		}
		var r rune
		if c == gsm7.Esc {
			if i+1 >= len(septets) || septets[i+1] >= 0x80 {
				return dst[:start], i, false
			}
			i++
			c = septets[i]
			var ok bool
			if c == gsm7.Esc {
				r = ' '
			} else if r, ok = a.Shift.Decode(c); !ok {
				r, _ = a.Locking.Decode(c)
			}
		} else {
			r, _ = a.Locking.Decode(c)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, 0, true
}

// appendUTF16 appends the text of big-endian UTF-16 b; off is the offset
// of b for errors.
func appendUTF16(dst, b []byte, off int) ([]byte, error) {
	if len(b)%2 != 0 {
		return dst, FormatError{ErrLength, "user data", off + len(b) - 1}
	}
	start := len(dst)
	for i := 0; i < len(b); i += 2 {
		r := rune(b[i])<<8 | rune(b[i+1])
		switch {
		case r >= 0xD800 && r < 0xDC00:
			if i+4 > len(b) {
				return dst[:start], FormatError{ErrUTF16, "user data", off + i}
			}
			lo := rune(b[i+2])<<8 | rune(b[i+3])
			if lo < 0xDC00 || lo >= 0xE000 {
				return dst[:start], FormatError{ErrUTF16, "user data", off + i}
			}
			r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
			i += 2
		case r >= 0xDC00 && r < 0xE000:
			return dst[:start], FormatError{ErrUTF16, "user data", off + i}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, nil
}

// codingOf returns the Coding of a TP-DCS (TS 23.038 4), whether TP-UDL
// counts septets, and whether the text can be read: general data coding
// (groups 00xx and 01xx) uncompressed with the GSM 7-bit or UCS-2
// alphabet, the message waiting groups 1100 to 1110 and group 1111 with
// GSM 7-bit. Reserved alphabets and groups read as GSM 7-bit, as section 4
// asks; 8-bit data and compressed text count octets and cannot be read.
func codingOf(dcs byte) (c Coding, septets, ok bool) {
	switch {
	case dcs&0x80 == 0: // general data coding (and automatic deletion)
		if dcs&0x20 != 0 { // compressed: TP-UDL counts octets
			return GSM7, false, false
		}
		switch dcs & 0x0C {
		case 0x04:
			return GSM7, false, false // 8-bit data
		case 0x08:
			return UCS2, false, true
		}
	case dcs&0xF0 == 0xE0: // message waiting indication, store, UCS-2
		return UCS2, false, true
	case dcs&0xF0 == 0xF0: // data coding / message class
		if dcs&0x04 != 0 {
			return GSM7, false, false // 8-bit data
		}
	}
	return GSM7, true, true
}

// MTI is the TP-Message-Type-Indicator of a TPDU.
type MTI uint8

const (
	// Deliver is SMS-DELIVER, service centre to mobile (TP-MTI 00).
	Deliver MTI = 0
	// SubmitType is SMS-SUBMIT, mobile to service centre (TP-MTI 01).
	SubmitType MTI = 1
)

// A TPDU is an SMS-SUBMIT or SMS-DELIVER read by ParseTPDU. UD aliases the
// input.
type TPDU struct {
	MTI MTI

	// First-octet flags. RejectDuplicates is TP-RD of SMS-SUBMIT and
	// StatusReport its TP-SRR; in SMS-DELIVER they are TP-MMS (set: no
	// more messages waiting) and TP-SRI.
	RejectDuplicates, StatusReport, ReplyPath, UDHI bool

	MR   byte    // TP-MR (SMS-SUBMIT)
	Addr Address // TP-DA (SMS-SUBMIT) or TP-OA (SMS-DELIVER)
	PID  byte
	DCS  byte

	// VPF is TP-VPF of SMS-SUBMIT: 0 none, 2 relative (VP[0]), 1 enhanced
	// and 3 absolute (all seven octets).
	VPF byte
	VP  [7]byte

	SCTS [7]byte // TP-Service-Centre-Time-Stamp (SMS-DELIVER), as semi-octets

	UDL int    // TP-UDL
	UD  []byte // TP-User-Data: header and text

	dcsOff, udOff int // offsets of TP-DCS and TP-UD in the input
}

// ParseTPDU reads an SMS-SUBMIT or SMS-DELIVER TPDU (TS 23.040 9.2.2.1 and
// 9.2.2.2), without the SMSC address a modem puts before it (see
// SplitSMSC). TP-MTI 00 is read as SMS-DELIVER, 01 as SMS-SUBMIT; other
// types are ErrMTI. The user data must be exactly as long as TP-UDL says:
// ceil(7·UDL/8) octets for GSM 7-bit, UDL octets otherwise (ErrTruncated
// or ErrLength); its text is read by UserData, which fails with ErrDCS for
// 8-bit data. ParseTPDU does not
// allocate and never panics.
func ParseTPDU(b []byte) (TPDU, error) {
	var t TPDU
	if len(b) == 0 {
		return t, FormatError{ErrTruncated, "first octet", 0}
	}
	first := b[0]
	t.MTI = MTI(first & 0x03)
	if t.MTI > SubmitType {
		return TPDU{}, FormatError{ErrMTI, "TP-MTI", 0}
	}
	t.RejectDuplicates = first&bitRD != 0
	t.StatusReport = first&bitSRR != 0
	t.UDHI = first&bitUDHI != 0
	t.ReplyPath = first&bitRP != 0
	p := 1
	var err error
	if t.MTI == SubmitType {
		if p >= len(b) {
			return TPDU{}, FormatError{ErrTruncated, "TP-MR", p}
		}
		t.MR = b[p]
		p++
		t.VPF = first & vpfMask >> 3
		if t.Addr, p, err = parseAddress(b, p, "TP-DA"); err != nil {
			return TPDU{}, err
		}
	} else if t.Addr, p, err = parseAddress(b, p, "TP-OA"); err != nil {
		return TPDU{}, err
	}
	if p+2 > len(b) {
		return TPDU{}, FormatError{ErrTruncated, "TP-PID", p}
	}
	t.PID, t.DCS = b[p], b[p+1]
	t.dcsOff = p + 1
	p += 2
	var tail int // octets of TP-VP or TP-SCTS
	switch {
	case t.MTI == Deliver:
		tail = len(t.SCTS)
	case t.VPF == 2:
		tail = 1
	case t.VPF != 0:
		tail = len(t.VP)
	}
	if p+tail > len(b) {
		return TPDU{}, FormatError{ErrTruncated, "TP-VP", p}
	}
	if t.MTI == Deliver {
		copy(t.SCTS[:], b[p:p+tail])
	} else {
		copy(t.VP[:], b[p:p+tail])
	}
	p += tail
	if p >= len(b) {
		return TPDU{}, FormatError{ErrTruncated, "TP-UDL", p}
	}
	t.UDL = int(b[p])
	p++
	n := t.UDL
	if _, septets, _ := codingOf(t.DCS); septets {
		if n > maxSeptets {
			return TPDU{}, FormatError{ErrLength, "TP-UDL", p - 1}
		}
		n = (7*n + 7) / 8
	} else if n > maxUD {
		return TPDU{}, FormatError{ErrLength, "TP-UDL", p - 1}
	}
	if p+n > len(b) {
		return TPDU{}, FormatError{ErrTruncated, "TP-UD", len(b)}
	}
	if p+n < len(b) {
		return TPDU{}, FormatError{ErrLength, "TP-UD", p + n}
	}
	t.UD = b[p : p+n : p+n]
	t.udOff = p
	return t, nil
}

// UserData returns the user data of t and how to read it; it fails with
// ErrDCS when TP-DCS says 8-bit data or compressed text.
func (t TPDU) UserData() (UserData, error) {
	c, _, ok := codingOf(t.DCS)
	if !ok {
		return UserData{}, FormatError{ErrDCS, "TP-DCS", t.dcsOff}
	}
	return UserData{Coding: c, UDHI: t.UDHI, Length: t.UDL, Bytes: t.UD}, nil
}

// SplitSMSC splits what a modem lists in PDU mode (TS 27.005 3.1) into the
// SMSC address and the TPDU: the first octet is the length in octets of
// the address that follows (type of address included), 0 for none. The
// returned slice aliases b.
func SplitSMSC(b []byte) (smsc Address, tpdu []byte, err error) {
	if len(b) == 0 {
		return Address{}, nil, FormatError{ErrTruncated, "SMSC length", 0}
	}
	n := int(b[0])
	if n == 0 {
		return Address{}, b[1:], nil
	}
	if n < 2 || n > 1+maxAddrOctets {
		return Address{}, nil, FormatError{ErrAddress, "SMSC length", 0}
	}
	if 1+n > len(b) {
		return Address{}, nil, FormatError{ErrTruncated, "SMSC address", len(b)}
	}
	var a Address
	a.toa = b[1]
	copy(a.vals[:], b[2:1+n])
	a.n = uint8(2 * (n - 1))
	if a.vals[n-2]>>4 == 0xF {
		a.n--
	}
	return a, b[1+n:], nil
}

// A Decoded is one part read back: its text, its header and the Scheme
// that carried it.
type Decoded struct {
	Text   string
	Header Header
	Scheme Scheme
}

// Decode reads the text of u; it allocates the text. With ErrFill the
// Decoded is complete (see AppendText).
func (u UserData) Decode() (Decoded, error) {
	var buf [3 * maxSMPP]byte
	b, h, err := u.AppendText(buf[:0])
	if err != nil && !errors.Is(err, ErrFill) {
		return Decoded{}, err
	}
	return Decoded{Text: string(b), Header: h, Scheme: h.Scheme(u.Coding)}, err
}

// AppendText appends the text of t's user data to dst, as
// UserData.AppendText does; the offsets of its errors are in octets of
// the TPDU. It does not allocate when dst has room for the text.
func (t TPDU) AppendText(dst []byte) ([]byte, Header, error) {
	u, err := t.UserData()
	if err != nil {
		return dst, Header{}, err
	}
	dst, h, err := u.AppendText(dst)
	if fe, ok := err.(FormatError); ok {
		fe.Offset += t.udOff
		err = fe
	}
	return dst, h, err
}

// DecodeTPDU reads an SMS-SUBMIT or SMS-DELIVER TPDU and its text; error
// offsets are in octets of b. With ErrFill the TPDU and the Decoded are
// complete (see UserData.AppendText).
func DecodeTPDU(b []byte) (TPDU, Decoded, error) {
	t, err := ParseTPDU(b)
	if err != nil {
		return TPDU{}, Decoded{}, err
	}
	var buf [3 * maxSMPP]byte
	text, h, err := t.AppendText(buf[:0])
	if err != nil && !errors.Is(err, ErrFill) {
		return TPDU{}, Decoded{}, err
	}
	c, _, _ := codingOf(t.DCS)
	return t, Decoded{Text: string(text), Header: h, Scheme: h.Scheme(c)}, err
}
