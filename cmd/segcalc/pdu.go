// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/pdu"
)

// pduConfig is what -pdu, -to, -ref and -ref16 ask for.
type pduConfig struct {
	on    bool        // -pdu (or -to): print the encoded parts
	to    pdu.Address // -to: also the SMS-SUBMIT TPDU for this destination
	hasTo bool        // -to was given
	opt   pdu.Options // -ref, -ref16
}

// parsePDUFlags checks -pdu, -to, -ref and -ref16 against the profile.
func parsePDUFlags(p smsseg.Profile, set map[string]bool, on, ref16 bool, to, ref string) (pduConfig, error) {
	var pc pduConfig
	pc.on = on || set["to"]
	if !pc.on {
		for _, f := range []string{"ref", "ref16"} {
			if set[f] {
				return pc, usagef("-%s chooses the concatenation reference of the encoded parts; use it with -pdu or -to", f)
			}
		}
		return pc, nil
	}
	for _, s := range p.Schemes() {
		if s.Coding != smsseg.GSM7 && s.Coding != smsseg.UTF16 {
			return pc, usagef("-pdu works with profiles whose schemes are 3GPP encodings (%s); %s counts with its own table and its HTTP API takes text, not PDUs", strings.Join(threeGPPNames(), ", "), p.Name())
		}
	}
	pc.opt.Ref16 = ref16
	max := uint64(255)
	if ref16 {
		max = 65535
	}
	n, err := strconv.ParseUint(ref, 10, 16)
	if err != nil || n > max {
		return pc, usagef("-ref wants a whole number from 0 to %d, not %q", max, ref)
	}
	pc.opt.Ref = uint16(n)
	if set["to"] {
		a, err := pdu.ParseAddress(to)
		if err != nil {
			return pc, usagef("-to wants a phone number such as +905321234567 or 05321234567: %v", err)
		}
		pc.to, pc.hasTo = a, true
	}
	return pc, nil
}

// threeGPPNames returns the built-in profiles -pdu works with.
func threeGPPNames() []string {
	var names []string
	for _, p := range smsseg.Profiles() {
		ok := true
		for _, s := range p.Schemes() {
			ok = ok && (s.Coding == smsseg.GSM7 || s.Coding == smsseg.UTF16)
		}
		if ok {
			names = append(names, p.Name())
		}
	}
	return names
}

// encodedPart is one part's bytes.
type encodedPart struct {
	layout pdu.Layout
	ud     []byte // TP-UD: the header, then the user data
	tpdu   []byte // with -to: the SMS-SUBMIT TPDU, no SMSC octet
	cmgs   int    // with -to: the length AT+CMGS wants
}

// encodeParts encodes every part of a. It returns no parts and the reason
// when a has nothing to send or a rune the scheme cannot carry (the
// analysis reports that as an error too).
func encodeParts(a *smsseg.Analysis, pc pduConfig) ([]encodedPart, error) {
	m, err := pdu.FromAnalysis(*a)
	if err != nil {
		return nil, err
	}
	parts := make([]encodedPart, len(m.Parts))
	for i := range m.Parts {
		ep := &parts[i]
		if ep.layout, err = pdu.PartLayout(m, i, pc.opt); err != nil {
			return nil, err
		}
		if ep.ud, err = pdu.AppendUserData(nil, m, i, pc.opt); err != nil {
			return nil, err
		}
		if pc.hasTo {
			s := pdu.Submit{To: pc.to}
			if ep.tpdu, err = pdu.AppendSubmit(nil, m, i, pc.opt, s); err != nil {
				return nil, err
			}
			ep.cmgs = len(ep.tpdu)
		}
	}
	return parts, nil
}

// appendPDUsJSON appends the "pdus" member of -json -pdu: one object per
// part, {"dcs":0,"udl":N,"udh":"hex","ud":"hex"} and "tpdu" with -to; an
// empty array when the text has nothing the scheme can send, with
// "pdu_error" saying why.
func appendPDUsJSON(dst []byte, a *smsseg.Analysis, pc pduConfig) []byte {
	parts, err := encodeParts(a, pc)
	dst = append(dst, `"pdus":[`...)
	for i, ep := range parts {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"dcs":`...)
		dst = strconv.AppendInt(dst, int64(ep.layout.DCS), 10)
		dst = append(dst, `,"udl":`...)
		dst = strconv.AppendInt(dst, int64(ep.layout.UDL), 10)
		dst = append(dst, `,"udh":"`...)
		dst = appendHexUpper(dst, ep.ud[:ep.layout.Header])
		dst = append(dst, `","ud":"`...)
		dst = appendHexUpper(dst, ep.ud[ep.layout.Header:])
		dst = append(dst, '"')
		if pc.hasTo {
			dst = append(dst, `,"tpdu":"`...)
			dst = appendHexUpper(dst, ep.tpdu)
			dst = append(dst, '"')
		}
		dst = append(dst, '}')
	}
	dst = append(dst, ']')
	if err != nil {
		dst = append(dst, `,"pdu_error":`...)
		dst = strconv.AppendQuote(dst, pduReason(err))
	}
	return dst
}

// pduReason says why a text has no encoded parts.
func pduReason(err error) string {
	if errors.Is(err, pdu.ErrNothingToSend) {
		return "nothing to send"
	}
	return err.Error()
}

// appendPDUsHuman appends the -pdu block of the human output.
func appendPDUsHuman(dst []byte, a *smsseg.Analysis, pc pduConfig) []byte {
	parts, err := encodeParts(a, pc)
	if err != nil {
		return fmt.Appendf(dst, "\nPDU: none (%s)\n", pduReason(err))
	}
	coding := "GSM 7-bit, packed"
	if parts[0].layout.DCS == 0x08 {
		coding = "UCS-2"
	}
	dst = fmt.Appendf(dst, "\nPDU: %s, TP-DCS 0x%02X", count64(len(parts), "part", "parts"), parts[0].layout.DCS)
	if len(parts) > 1 {
		bits := 8
		if pc.opt.Ref16 {
			bits = 16
		}
		dst = fmt.Appendf(dst, ", %d-bit reference %d", bits, pc.opt.Ref)
	}
	dst = fmt.Appendf(dst, " (%s; header | user data)\n", coding)
	for i, ep := range parts {
		dst = fmt.Appendf(dst, "  part %d  UDL %d  %X | %X\n", i+1, ep.layout.UDL, ep.ud[:ep.layout.Header], ep.ud[ep.layout.Header:])
		if pc.hasTo {
			dst = fmt.Appendf(dst, "          AT+CMGS=%d\n          00%X\n", ep.cmgs, ep.tpdu)
		}
	}
	return dst
}

// appendHexUpper appends b in upper-case hex, as modems print and take it.
func appendHexUpper(dst, b []byte) []byte {
	const digits = "0123456789ABCDEF"
	for _, c := range b {
		dst = append(dst, digits[c>>4], digits[c&15])
	}
	return dst
}

func count64(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
