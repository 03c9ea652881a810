// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"
)

// vectorFile is testdata/vectors.json, written by testdata/gen_vectors.py
// (each vector's comment says where its bytes come from).
type vectorFile struct {
	Algorithm string
	Notes     map[string]string
	Tests     []encodeVector
	Invalid   []invalidVector
	Addresses []addressVector
	Decode    []decodeVector
}

type encodeVector struct {
	ID      int
	Comment string
	Flags   []string
	Result  string
	Text    string
	Parts   [][2]int
	Scheme  schemeJSON
	Options Options
	Submit  *submitJSON
	Expect  []partJSON
}

type schemeJSON struct {
	Coding          string
	Locking, Single Language
}

type submitJSON struct {
	To          string
	MR          byte
	RD, SRR, RP bool
	VP          *byte
}

type partJSON struct {
	Header, UD, SAR, TPDU hexBytes
	Fill, Units, UDL      int
	DCS, ESM              byte
	CMGS                  int
	Line                  string
}

type invalidVector struct {
	ID          int
	Comment     string
	Text        string
	TextHex     hexBytes
	Parts       [][2]int
	Scheme      schemeJSON
	Error       string
	ErrorPart   int
	ErrorOffset int
}

type addressVector struct {
	ID          int
	Comment     string
	Number      string
	TPDA        hexBytes
	Error       string
	ErrorOffset int
}

type decodeVector struct {
	ID          int
	Comment     string
	Flags       []string
	PDU         hexBytes
	SMSC        *string
	MTI         MTI
	Addr, Text  string
	Ref         uint16
	Total, Seq  uint8
	Error       string
	ErrorOffset int
}

// hexBytes is a JSON string of hex digits.
type hexBytes []byte

func (h *hexBytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	d, err := hex.DecodeString(s)
	*h = d
	return err
}

var errorKinds = map[string]error{
	"ErrScheme": ErrScheme, "ErrOptions": ErrOptions, "ErrSpans": ErrSpans,
	"ErrUnencodable": ErrUnencodable, "ErrCapacity": ErrCapacity,
	"ErrTruncated": ErrTruncated, "ErrLength": ErrLength, "ErrFill": ErrFill,
	"ErrSeptet": ErrSeptet, "ErrUTF16": ErrUTF16, "ErrDCS": ErrDCS, "ErrMTI": ErrMTI,
	"ErrAddress": ErrAddress,
}

func loadVectors(t testing.TB) vectorFile {
	t.Helper()
	b, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var f vectorFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f.Algorithm != "pdu" || len(f.Tests) < 20 || len(f.Decode) < 10 {
		t.Fatalf("testdata/vectors.json: algorithm %q, %d tests, %d decode", f.Algorithm, len(f.Tests), len(f.Decode))
	}
	return f
}

func (s schemeJSON) scheme() Scheme {
	c := GSM7
	if s.Coding == "UCS2" {
		c = UCS2
	}
	return Scheme{Coding: c, Locking: s.Locking, Single: s.Single}
}

func spans(p [][2]int) []Span {
	out := make([]Span, len(p))
	for i, s := range p {
		out[i] = Span{s[0], s[1]}
	}
	return out
}

func (v encodeVector) message() Message {
	return Message{Text: v.Text, Parts: spans(v.Parts), Scheme: v.Scheme.scheme()}
}

func (s *submitJSON) submit(t *testing.T) Submit {
	to, err := ParseAddress(s.To)
	if err != nil {
		t.Fatalf("ParseAddress(%q): %v", s.To, err)
	}
	out := Submit{To: to, MR: s.MR, RejectDuplicates: s.RD, StatusReport: s.SRR, ReplyPath: s.RP}
	if s.VP != nil {
		out.HasVP, out.VP = true, *s.VP
	}
	return out
}

func TestVectorsEncode(t *testing.T) {
	f := loadVectors(t)
	for _, v := range f.Tests {
		m, o := v.message(), v.Options
		var decoded []Decoded
		for i, want := range v.Expect {
			l, err := PartLayout(m, i, o)
			if err != nil {
				t.Errorf("#%d part %d: PartLayout: %v", v.ID, i, err)
				continue
			}
			if l.Header != len(want.Header) || l.Fill != want.Fill || l.Units != want.Units ||
				l.UDL != want.UDL || l.DCS != want.DCS || l.Len != len(want.UD) {
				t.Errorf("#%d part %d: layout %+v; want header %d fill %d units %d udl %d dcs %d len %d",
					v.ID, i, l, len(want.Header), want.Fill, want.Units, want.UDL, want.DCS, len(want.UD))
			}
			ud, err := AppendUserData(nil, m, i, o)
			if err != nil || !bytes.Equal(ud, want.UD) {
				t.Errorf("#%d part %d (%s): user data %X, %v; want %X", v.ID, i, v.Comment, ud, err, []byte(want.UD))
			}
			if !bytes.HasPrefix(ud, want.Header) {
				t.Errorf("#%d part %d: header %X; want %X", v.ID, i, ud[:min(len(ud), len(want.Header))], []byte(want.Header))
			}
			sm, fields, err := AppendShortMessage(nil, m, i, o)
			if err != nil || !bytes.Equal(sm, want.UD) || fields.ESMClass != want.ESM ||
				fields.DataCoding != want.DCS || !bytes.Equal(fields.SAR.AppendTLVs(nil), want.SAR) {
				t.Errorf("#%d part %d: short_message %X %+v (TLVs %X), %v; want %X esm %#x TLVs %X",
					v.ID, i, sm, fields, fields.SAR.AppendTLVs(nil), err, []byte(want.UD), want.ESM, []byte(want.SAR))
			}
			u := UserData{Coding: m.Scheme.Coding, UDHI: l.UDHI(), Unpacked: o.Unpacked, Length: l.UDL, Bytes: ud}
			d, err := u.Decode()
			p := m.Parts[i]
			if err != nil || d.Text != m.Text[p.Start:p.End] || d.Scheme != m.Scheme {
				t.Errorf("#%d part %d: decoded %+v, %v; want %q in %+v", v.ID, i, d, err, m.Text[p.Start:p.End], m.Scheme)
			}
			if o.SAR && len(m.Parts) > 1 { // the TLVs stand for the element
				d.Header.Ref, d.Header.Total, d.Header.Seq = fields.SAR.Ref, fields.SAR.Total, fields.SAR.Seq
			}
			decoded = append(decoded, d)
			if v.Submit == nil {
				continue
			}
			s := v.Submit.submit(t)
			tpdu, err := AppendSubmit(nil, m, i, o, s)
			if err != nil || !bytes.Equal(tpdu, want.TPDU) {
				t.Errorf("#%d part %d: TPDU %X, %v; want %X", v.ID, i, tpdu, err, []byte(want.TPDU))
			}
			line, n, err := SubmitHex(m, i, o, s)
			if err != nil || line != want.Line || n != want.CMGS {
				t.Errorf("#%d part %d: line %s, AT+CMGS=%d, %v; want %s, %d", v.ID, i, line, n, err, want.Line, want.CMGS)
			}
			tp, d2, err := DecodeTPDU(tpdu)
			if err != nil || d2 != d || tp.Addr != s.To || tp.MTI != SubmitType || tp.MR != s.MR ||
				tp.StatusReport != s.StatusReport || tp.RejectDuplicates != s.RejectDuplicates || tp.ReplyPath != s.ReplyPath {
				t.Errorf("#%d part %d: DecodeTPDU %+v %+v, %v; want %+v", v.ID, i, tp, d2, err, d)
			}
		}
		got, err := Reassemble(decoded)
		if err != nil || len(got) != 1 || got[0].Text != m.Text || !slices.Equal(got[0].Parts, m.Parts) || got[0].Scheme != m.Scheme {
			t.Errorf("#%d: Reassemble %+v, %v; want the message back", v.ID, got, err)
		}
	}
}

func TestVectorsInvalid(t *testing.T) {
	f := loadVectors(t)
	for _, v := range f.Invalid {
		m := Message{Text: v.Text, Parts: spans(v.Parts), Scheme: v.Scheme.scheme()}
		if v.TextHex != nil {
			m.Text = string(v.TextHex)
		}
		_, err := AppendUserData(nil, m, v.ErrorPart, Options{})
		kind := errorKinds[v.Error]
		if !errors.Is(err, kind) {
			t.Errorf("#%d (%s): error %v; want %v", v.ID, v.Comment, err, kind)
			continue
		}
		var ee EncodeError
		if errors.As(err, &ee) && (ee.Part != v.ErrorPart || ee.Offset != v.ErrorOffset) {
			t.Errorf("#%d (%s): %v at part %d offset %d; want part %d offset %d", v.ID, v.Comment, err, ee.Part, ee.Offset, v.ErrorPart, v.ErrorOffset)
		}
		if n, err2 := UserDataLen(m, v.ErrorPart, Options{}); n != 0 || err2 != err {
			t.Errorf("#%d: UserDataLen %d, %v; want 0, %v", v.ID, n, err2, err)
		}
	}
}

func TestVectorsAddress(t *testing.T) {
	f := loadVectors(t)
	for _, v := range f.Addresses {
		a, err := ParseAddress(v.Number)
		if v.Error != "" {
			var fe FormatError
			if !errors.Is(err, errorKinds[v.Error]) || !errors.As(err, &fe) || fe.Offset != v.ErrorOffset {
				t.Errorf("#%d ParseAddress(%q): %v; want %s at %d", v.ID, v.Number, err, v.Error, v.ErrorOffset)
			}
			continue
		}
		if got := a.appendWire(nil); err != nil || !bytes.Equal(got, v.TPDA) {
			t.Errorf("#%d ParseAddress(%q): TP-DA %X, %v; want %X", v.ID, v.Number, got, err, []byte(v.TPDA))
		}
		back, end, err := parseAddress(v.TPDA, 0, "TP-DA")
		if err != nil || end != len(v.TPDA) || back != a || back.String() != v.Number {
			t.Errorf("#%d: parseAddress(%X) = %q, %d, %v; want %q", v.ID, []byte(v.TPDA), back, end, err, v.Number)
		}
	}
}

func TestVectorsDecode(t *testing.T) {
	f := loadVectors(t)
	for _, v := range f.Decode {
		smsc, b, err := SplitSMSC(v.PDU)
		if err != nil {
			t.Errorf("#%d SplitSMSC: %v", v.ID, err)
			continue
		}
		if v.SMSC != nil && smsc.String() != *v.SMSC {
			t.Errorf("#%d: SMSC %q; want %q", v.ID, smsc, *v.SMSC)
		}
		tp, d, err := DecodeTPDU(b)
		if slices.Contains(v.Flags, "fill") {
			// Set fill bits: reported, and the text read regardless.
			if !errors.Is(err, ErrFill) {
				t.Errorf("#%d: %v; want %v with the text", v.ID, err, ErrFill)
			}
			err = nil
		}
		if v.Error != "" {
			var fe FormatError
			if !errors.Is(err, errorKinds[v.Error]) || !errors.As(err, &fe) || fe.Offset != v.ErrorOffset {
				t.Errorf("#%d (%s): %v; want %s at %d", v.ID, v.Comment, err, v.Error, v.ErrorOffset)
			}
			if _, perr := ParseTPDU(b); (perr == nil) != slices.Contains(v.Flags, "parses") {
				t.Errorf("#%d: ParseTPDU error %v", v.ID, perr)
			}
			continue
		}
		if err != nil || tp.MTI != v.MTI || tp.Addr.String() != v.Addr || d.Text != v.Text ||
			d.Header.Ref != v.Ref || d.Header.Total != v.Total || d.Header.Seq != v.Seq {
			t.Errorf("#%d (%s): %+v %+v, %v; want mti %d addr %q text %q", v.ID, v.Comment, tp, d, err, v.MTI, v.Addr, v.Text)
		}
	}
}
