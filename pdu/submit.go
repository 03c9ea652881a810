// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import "slices"

// A Submit holds the SMS-SUBMIT fields of TS 23.040 9.2.2.2 that are not
// the message's: the destination and the flags. The zero value, with To
// set, asks for nothing: no validity period, no status report.
type Submit struct {
	To Address // TP-DA; required
	MR byte    // TP-Message-Reference; many modems replace it

	RejectDuplicates bool // TP-RD
	StatusReport     bool // TP-SRR
	ReplyPath        bool // TP-RP

	// HasVP sends VP as a relative TP-Validity-Period (TP-VPF 10,
	// TS 23.040 9.2.3.12.1): 0 to 143 are (VP+1)·5 minutes, 144 to 167
	// 12 hours + (VP−143)·30 minutes, 168 to 196 (VP−166) days, 197 to 255
	// (VP−192) weeks.
	HasVP bool
	VP    byte
}

// First-octet bits of SMS-SUBMIT and SMS-DELIVER (TS 23.040 9.2.3).
const (
	mtiSubmit  = 0x01
	bitRD      = 0x04 // SUBMIT: TP-RD; DELIVER: TP-MMS
	vpfMask    = 0x18
	vpfRel     = 0x10
	bitSRR     = 0x20 // SUBMIT: TP-SRR; DELIVER: TP-SRI
	bitUDHI    = 0x40
	bitRP      = 0x80
	tpduFixed  = 5 // first octet, TP-MR, TP-PID, TP-DCS, TP-UDL
	smscAbsent = 0x00
)

// submitLayout checks s and returns the part's Layout, its septets
// appended to sep (see layout) and the TPDU length.
func submitLayout(m Message, i int, o Options, s Submit, sep []byte) (Layout, []byte, int, error) {
	if s.To.IsZero() {
		return Layout{}, sep, 0, ConfigError{ErrOptions, "Submit.To is empty"}
	}
	if o.SAR {
		return Layout{}, sep, 0, ConfigError{ErrOptions, "Options.SAR applies to SMPP only"}
	}
	if o.Unpacked {
		return Layout{}, sep, 0, ConfigError{ErrOptions, "Options.Unpacked applies to SMPP only"}
	}
	l, sep, err := layout(m, i, o, false, sep)
	if err != nil {
		return Layout{}, sep, 0, err
	}
	n := tpduFixed + s.To.wireLen() + l.Len
	if s.HasVP {
		n++
	}
	return l, sep, n, nil
}

// AppendSubmit appends the SMS-SUBMIT TPDU of part i (from 0) of m to dst
// (TS 23.040 9.2.2.2): the first octet (TP-MTI 01, TP-RD, TP-VPF 10 when
// s.HasVP, TP-SRR, TP-UDHI when the part has a header, TP-RP), TP-MR,
// TP-DA, TP-PID 0x00, TP-DCS, the TP-VP octet when s.HasVP, TP-UDL and the
// TP-User-Data of AppendUserData, SubmitLen octets in all. o.SAR and
// o.Unpacked are errors here. On error it returns dst unchanged.
//
// AppendSubmit does not allocate when dst has room for SubmitLen octets.
func AppendSubmit(dst []byte, m Message, i int, o Options, s Submit) ([]byte, error) {
	var buf [maxSeptets]byte
	l, sep, n, err := submitLayout(m, i, o, s, buf[:0])
	if err != nil {
		return dst, err
	}
	return appendSubmit(dst, m, i, o, s, l, sep, n), nil
}

// appendSubmit appends the TPDU that submitLayout checked.
func appendSubmit(dst []byte, m Message, i int, o Options, s Submit, l Layout, sep []byte, n int) []byte {
	dst = slices.Grow(dst, n)
	first := byte(mtiSubmit)
	if s.RejectDuplicates {
		first |= bitRD
	}
	if s.HasVP {
		first |= vpfRel
	}
	if s.StatusReport {
		first |= bitSRR
	}
	if l.UDHI() {
		first |= bitUDHI
	}
	if s.ReplyPath {
		first |= bitRP
	}
	dst = append(dst, first, s.MR)
	dst = s.To.appendWire(dst)
	dst = append(dst, 0x00, l.DCS)
	if s.HasVP {
		dst = append(dst, s.VP)
	}
	dst = append(dst, byte(l.UDL))
	return appendUD(dst, m, i, o, l, false, sep)
}

// SubmitLen returns the number of octets AppendSubmit appends, which is
// the length AT+CMGS takes in PDU mode (TS 27.005 3.5.1), or its error.
func SubmitLen(m Message, i int, o Options, s Submit) (int, error) {
	_, _, n, err := submitLayout(m, i, o, s, nil)
	return n, err
}

const hexDigits = "0123456789ABCDEF"

// AppendSubmitHex appends the line a modem in PDU mode takes after
// AT+CMGS=n (TS 27.005 3.5.1): "00" (no SMSC address: the modem uses its
// own) and the TPDU of AppendSubmit in upper-case hex, 2 + 2·n
// characters; n = SubmitLen is returned. On error it returns dst
// unchanged.
//
// AppendSubmitHex does not allocate when dst has room for 2 + 3·n bytes
// (it writes the TPDU, then expands it in place).
func AppendSubmitHex(dst []byte, m Message, i int, o Options, s Submit) ([]byte, int, error) {
	var buf [maxSeptets]byte
	l, sep, n, err := submitLayout(m, i, o, s, buf[:0])
	if err != nil {
		return dst, 0, err
	}
	base := len(dst)
	dst = slices.Grow(dst, 2+2*n+n)
	// The TPDU goes after room for its hex form, which is then written
	// forward over it: the write at 2+2k+1 never passes the read at
	// 2+2n+k for k < n.
	line := dst[base : base+2+2*n]
	tpdu := appendSubmit(line[:2+2*n], m, i, o, s, l, sep, n)
	raw := tpdu[2+2*n:]
	line[0], line[1] = '0', '0'
	for k := 0; k < n; k++ {
		b := raw[k]
		line[2+2*k], line[3+2*k] = hexDigits[b>>4], hexDigits[b&0x0F]
	}
	return dst[:base+2+2*n], n, nil
}

// SubmitHex returns the AT+CMGS line of AppendSubmitHex and the length n
// for AT+CMGS=n.
func SubmitHex(m Message, i int, o Options, s Submit) (line string, n int, err error) {
	b, n, err := AppendSubmitHex(nil, m, i, o, s)
	return string(b), n, err
}
