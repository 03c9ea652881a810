// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/smsseg/smsseg/pdu"
)

// A decodedInput is one -decode argument read back.
type decodedInput struct {
	arg  int // from 1
	kind string
	tpdu pdu.TPDU
	smsc pdu.Address
	d    pdu.Decoded
	err  error
	warn error // pdu.ErrFill: read regardless
}

// lenient turns pdu.ErrFill, which comes with the text, into a warning.
func lenient(in *decodedInput, err error) error {
	if errors.Is(err, pdu.ErrFill) {
		in.warn = err
		return nil
	}
	return err
}

// pdusObject is the -json -pdu part object, as -decode reads it back.
type pdusObject struct {
	DCS  *int    `json:"dcs"`
	UDL  *int    `json:"udl"`
	UDH  *string `json:"udh"`
	UD   *string `json:"ud"`
	TPDU string  `json:"tpdu"` // with -to; read instead of the rest when present
}

// decodeArg reads one -decode argument: an SMS-SUBMIT or SMS-DELIVER TPDU
// in hex, with or without the SMSC octets a modem lists before it, or a
// part object of segcalc -json -pdu ({"dcs":0,"udl":N,"udh":"…","ud":"…"}).
func decodeArg(n int, s string) decodedInput {
	in := decodedInput{arg: n}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "{") {
		var o pdusObject
		dec := json.NewDecoder(strings.NewReader(s))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&o); err != nil {
			in.err = fmt.Errorf("not a -json -pdu part object: %v", err)
			return in
		}
		if o.TPDU != "" {
			return decodeHex(n, o.TPDU)
		}
		in.kind = "user data"
		var err error
		in.d, err = decodeObject(o)
		in.err = lenient(&in, err)
		return in
	}
	return decodeHex(n, s)
}

// decodeHex reads a TPDU in hex, with or without the SMSC octets.
func decodeHex(n int, s string) decodedInput {
	in := decodedInput{arg: n}
	b, err := hex.DecodeString(s)
	if err != nil {
		in.err = fmt.Errorf("not hex (%v) and not a -json -pdu part object", err)
		return in
	}
	t, d, err := pdu.DecodeTPDU(b)
	if err = lenient(&in, err); err == nil {
		in.kind, in.tpdu, in.d = "tpdu", t, d
		return in
	}
	smsc, rest, err2 := pdu.SplitSMSC(b)
	if err2 == nil {
		var t pdu.TPDU
		var d pdu.Decoded
		if t, d, err2 = pdu.DecodeTPDU(rest); lenient(&in, err2) == nil {
			in.kind, in.tpdu, in.d, in.smsc = "tpdu", t, d, smsc
			return in
		}
	}
	in.err = fmt.Errorf("not a TPDU (read as a TPDU: %v; after SMSC octets: %v)", err, err2)
	return in
}

// decodeObject reads the user data of a -json -pdu part object.
func decodeObject(o pdusObject) (pdu.Decoded, error) {
	if o.DCS == nil || o.UDH == nil || o.UD == nil {
		return pdu.Decoded{}, fmt.Errorf(`a part object needs "dcs", "udh" and "ud" ("udl" too for GSM 7-bit)`)
	}
	udh, err := hex.DecodeString(*o.UDH)
	if err != nil {
		return pdu.Decoded{}, fmt.Errorf("udh: %v", err)
	}
	ud, err := hex.DecodeString(*o.UD)
	if err != nil {
		return pdu.Decoded{}, fmt.Errorf("ud: %v", err)
	}
	u := pdu.UserData{UDHI: len(udh) > 0, Bytes: append(udh, ud...)}
	switch *o.DCS {
	case 0:
		u.Coding = pdu.GSM7
		if o.UDL == nil {
			return pdu.Decoded{}, fmt.Errorf(`GSM 7-bit user data needs "udl", its length in septets`)
		}
		u.Length = *o.UDL
	case 8:
		u.Coding = pdu.UCS2
	default:
		return pdu.Decoded{}, fmt.Errorf("dcs %d: segcalc reads 0 (GSM 7-bit) and 8 (UCS-2)", *o.DCS)
	}
	return u.Decode()
}

// decode runs -decode: every argument (or every line of standard input)
// read back, then the messages reassembled from them.
func (c *cli) decode(cfg config) int {
	var args []string
	if cfg.hasText {
		args = cfg.args
	} else {
		if c.stdinTTY {
			fmt.Fprintln(c.stderr, "segcalc: reading one TPDU or part object per line from the terminal; end with Ctrl-D")
		}
		sc := bufio.NewScanner(c.stdin)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				args = append(args, line)
			}
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintf(c.stderr, "segcalc: reading standard input: %v\n", err)
			return exitRejected
		}
	}
	status := exitOK
	var ins []decodedInput
	var good []pdu.Decoded
	for i, a := range args {
		in := decodeArg(i+1, a)
		if in.err != nil {
			status = exitRejected
		} else {
			good = append(good, in.d)
		}
		ins = append(ins, in)
	}
	msgs, rerr := pdu.Reassemble(good)
	if rerr != nil || len(args) == 0 {
		status = exitRejected
	}
	var out []byte
	if cfg.json {
		out = appendDecodeJSON(out, ins, msgs, rerr)
	} else {
		out = appendDecodeHuman(out, ins, msgs, rerr)
		if len(args) == 0 {
			out = append(out, "nothing to decode: give TPDUs in hex as arguments or on standard input\n"...)
		}
	}
	if _, err := c.stdout.Write(out); err != nil {
		c.writeFailed(err)
		return exitRejected
	}
	return status
}

func langName(l pdu.Language) string {
	switch l {
	case pdu.Default:
		return "none"
	case pdu.Turkish:
		return "turkish"
	}
	return "language " + strconv.Itoa(int(l))
}

func schemeName(s pdu.Scheme) string {
	if s.Coding == pdu.UCS2 {
		return "UCS-2"
	}
	name := "GSM 7-bit"
	if s.Locking != pdu.Default {
		name += ", locking shift " + langName(s.Locking)
	}
	if s.Single != pdu.Default {
		name += ", single shift " + langName(s.Single)
	}
	return name
}

func mtiName(m pdu.MTI) string {
	switch m {
	case pdu.Deliver:
		return "SMS-DELIVER"
	case pdu.SubmitType:
		return "SMS-SUBMIT"
	}
	return "MTI " + strconv.Itoa(int(m))
}

// headerWords describes a part's user data header.
func headerWords(h pdu.Header) string {
	if h.Len == 0 {
		return "none"
	}
	var w []string
	if h.Total > 0 {
		bits := 8
		if h.Ref16 {
			bits = 16
		}
		w = append(w, fmt.Sprintf("part %d of %d, %d-bit reference %d", h.Seq, h.Total, bits, h.Ref))
	}
	if h.Locking != pdu.Default {
		w = append(w, "locking shift "+langName(h.Locking))
	}
	if h.Single != pdu.Default {
		w = append(w, "single shift "+langName(h.Single))
	}
	if len(w) == 0 {
		w = append(w, "no element segcalc reads")
	}
	return fmt.Sprintf("%d octets: %s", h.Len, strings.Join(w, "; "))
}

func appendDecodeHuman(dst []byte, ins []decodedInput, msgs []pdu.Message, rerr error) []byte {
	for _, in := range ins {
		if in.err != nil {
			dst = fmt.Appendf(dst, "input %d: error: %v\n", in.arg, in.err)
			continue
		}
		dst = fmt.Appendf(dst, "input %d: ", in.arg)
		if in.kind == "tpdu" {
			dir := "to"
			if in.tpdu.MTI == pdu.Deliver {
				dir = "from"
			}
			dst = fmt.Appendf(dst, "%s %s %s, ", mtiName(in.tpdu.MTI), dir, in.tpdu.Addr)
			if !in.smsc.IsZero() {
				dst = fmt.Appendf(dst, "SMSC %s, ", in.smsc)
			}
			dst = fmt.Appendf(dst, "TP-DCS 0x%02X, TP-UDL %d\n", in.tpdu.DCS, in.tpdu.UDL)
		} else {
			dst = append(dst, "user data\n"...)
		}
		dst = fmt.Appendf(dst, "  scheme: %s\n  header: %s\n  text:   %s\n", schemeName(in.d.Scheme), headerWords(in.d.Header), strconv.Quote(in.d.Text))
		if in.warn != nil {
			dst = fmt.Appendf(dst, "  warning: %v (the sender should zero them; the text is read regardless)\n", in.warn)
		}
	}
	if rerr != nil {
		return fmt.Appendf(dst, "reassembly: error: %v\n", rerr)
	}
	for i, m := range msgs {
		dst = fmt.Appendf(dst, "message %d: %s, %s: %s\n", i+1, count64(len(m.Parts), "part", "parts"), schemeName(m.Scheme), strconv.Quote(m.Text))
	}
	return dst
}

func appendJSONStr(dst []byte, s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return append(dst, bytes.TrimRight(b.Bytes(), "\n")...)
}

func appendSchemeJSON(dst []byte, s pdu.Scheme) []byte {
	enc := "gsm7"
	if s.Coding == pdu.UCS2 {
		enc = "ucs2"
	}
	return fmt.Appendf(dst, `"coding":%q,"locking":%q,"single":%q`, enc, langName(s.Locking), langName(s.Single))
}

// appendDecodeJSON writes the -decode -json object:
//
//	{"inputs":[{"input":1,"kind":"tpdu","mti":"SMS-SUBMIT","address":"+90…",
//	  "dcs":0,"udl":N,"header":{…},"coding":"gsm7","locking":"none",
//	  "single":"none","text":"…"} or {"input":2,"error":"…"}],
//	 "messages":[{"parts":2,"coding":…,"text":"…"}],"error":"…"}
func appendDecodeJSON(dst []byte, ins []decodedInput, msgs []pdu.Message, rerr error) []byte {
	dst = append(dst, `{"inputs":[`...)
	for i, in := range ins {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = fmt.Appendf(dst, `{"input":%d,`, in.arg)
		if in.err != nil {
			dst = append(dst, `"error":`...)
			dst = appendJSONStr(dst, in.err.Error())
			dst = append(dst, '}')
			continue
		}
		dst = fmt.Appendf(dst, `"kind":%q,`, in.kind)
		if in.kind == "tpdu" {
			dst = fmt.Appendf(dst, `"mti":%q,"address":%q,`, mtiName(in.tpdu.MTI), in.tpdu.Addr.String())
			if !in.smsc.IsZero() {
				dst = fmt.Appendf(dst, `"smsc":%q,`, in.smsc.String())
			}
			dst = fmt.Appendf(dst, `"dcs":%d,"udl":%d,`, in.tpdu.DCS, in.tpdu.UDL)
		}
		h := in.d.Header
		dst = fmt.Appendf(dst, `"header":{"len":%d`, h.Len)
		if h.Total > 0 {
			dst = fmt.Appendf(dst, `,"ref":%d,"ref16":%t,"total":%d,"seq":%d`, h.Ref, h.Ref16, h.Total, h.Seq)
		}
		dst = append(dst, "},"...)
		dst = appendSchemeJSON(dst, in.d.Scheme)
		dst = append(dst, `,"text":`...)
		dst = appendJSONStr(dst, in.d.Text)
		if in.warn != nil {
			dst = append(dst, `,"warning":`...)
			dst = appendJSONStr(dst, in.warn.Error())
		}
		dst = append(dst, '}')
	}
	dst = append(dst, `],"messages":[`...)
	for i, m := range msgs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = fmt.Appendf(dst, `{"parts":%d,`, len(m.Parts))
		dst = appendSchemeJSON(dst, m.Scheme)
		dst = append(dst, `,"text":`...)
		dst = appendJSONStr(dst, m.Text)
		dst = append(dst, '}')
	}
	dst = append(dst, ']')
	if rerr != nil {
		dst = append(dst, `,"error":`...)
		dst = appendJSONStr(dst, rerr.Error())
	}
	return append(dst, "}\n"...)
}
