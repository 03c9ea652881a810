// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"errors"

	"github.com/smsseg/smsseg"
)

// Errors of FromAnalysis.
var (
	// ErrVendorTable: the analysis chose a scheme of the vendor's own
	// table (oztek, bisms, or a description with coding "table"), which
	// has no 3GPP encoding.
	ErrVendorTable = errors.New("pdu: the profile's scheme is the vendor's own table; its HTTP API takes text, not PDUs")
	// ErrNothingToSend: the analysis has no scheme (an empty or too large
	// text).
	ErrNothingToSend = errors.New("pdu: the analysis has nothing to send")
)

// FromAnalysis returns the Message of a: its delivered text
// (Analysis.AppendText), the spans of its parts (Analysis.AppendParts) and
// its chosen scheme. Encode it with Options.Ref16 set as
// a.Profile().Ref16() says, so that the capacities of the analysis and of
// the bytes agree (TS 23.040 9.2.3.24.1 and 9.2.3.24.8: 153 septets or 67
// UCS-2 units per part with an 8-bit reference, 152 or 66 with a 16-bit
// one).
//
// The error is ErrNothingToSend for a text with nothing to send,
// ErrVendorTable for a scheme of the vendor's own table, and a ConfigError
// with ErrScheme for a GSM 7-bit scheme naming a national language this
// package has no table for. The encoding functions check the rest (every
// part fits and every rune is encodable).
//
// FromAnalysis allocates the text and the spans.
func FromAnalysis(a smsseg.Analysis) (Message, error) {
	sc, ok := a.Scheme()
	if !ok {
		return Message{}, ErrNothingToSend
	}
	var s Scheme
	switch sc.Coding {
	case smsseg.GSM7:
		s = Scheme{Coding: GSM7, Locking: Language(sc.Locking), Single: Language(sc.SingleShift)}
	case smsseg.UTF16:
		s = Scheme{Coding: UCS2}
	default:
		return Message{}, ErrVendorTable
	}
	if !s.Valid() {
		return Message{}, ConfigError{ErrScheme, "Analysis.Scheme: national language not supported"}
	}
	text := string(a.AppendText(make([]byte, 0, a.TextLen())))
	var buf [8]smsseg.Part
	parts := a.AppendParts(buf[:0])
	if len(parts) == 0 {
		return Message{}, ErrNothingToSend
	}
	spans := make([]Span, len(parts))
	for i, p := range parts {
		spans[i] = Span{p.Start, p.End}
	}
	return Message{Text: text, Parts: spans, Scheme: s}, nil
}
