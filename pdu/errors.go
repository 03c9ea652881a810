// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"errors"
	"strconv"
	"strings"
)

// Kinds of encoding errors: the Kind of a ConfigError or an EncodeError.
var (
	// ErrScheme: the Scheme is not Valid.
	ErrScheme = errors.New("pdu: invalid scheme")
	// ErrOptions: the Options or Submit fields cannot be used together.
	ErrOptions = errors.New("pdu: invalid options")
	// ErrSpans: the parts do not tile the text (or there are none, or more
	// than 255), or the part index is out of range.
	ErrSpans = errors.New("pdu: parts do not tile the text")
	// ErrUnencodable: a rune the scheme cannot carry, or a byte that is not
	// UTF-8.
	ErrUnencodable = errors.New("pdu: rune not encodable in the scheme")
	// ErrCapacity: a part's text does not fit its Capacity.
	ErrCapacity = errors.New("pdu: part exceeds its capacity")
)

// Kinds of decoding errors: the Kind of a FormatError.
var (
	// ErrTruncated: the input ends inside a field.
	ErrTruncated = errors.New("pdu: input truncated")
	// ErrLength: a length field is out of range or disagrees with the
	// input (trailing octets included).
	ErrLength = errors.New("pdu: bad length")
	// ErrFill: the fill bits between the header and the first septet are
	// not zero.
	ErrFill = errors.New("pdu: fill bits not zero")
	// ErrSeptet: user data that no GSM 7-bit text encodes to: an octet
	// above 0x7F in unpacked user data, or an escape that ends it.
	ErrSeptet = errors.New("pdu: invalid septet")
	// ErrUTF16: UCS-2 user data with an unpaired surrogate.
	ErrUTF16 = errors.New("pdu: invalid UTF-16")
	// ErrDCS: a data coding scheme that is not uncompressed GSM 7-bit or
	// UCS-2 text.
	ErrDCS = errors.New("pdu: unsupported data coding scheme")
	// ErrMTI: a message type other than SMS-DELIVER or SMS-SUBMIT.
	ErrMTI = errors.New("pdu: unsupported message type")
	// ErrAddress: an address with a digit this package cannot encode or
	// decode, or of a length out of range.
	ErrAddress = errors.New("pdu: invalid address")
)

// Kinds of reassembly errors: the Kind of a ReassemblyError.
var (
	// ErrMissingPart: a concatenated message lacks a part.
	ErrMissingPart = errors.New("pdu: missing part")
	// ErrDuplicatePart: two parts carry the same reference and sequence.
	ErrDuplicatePart = errors.New("pdu: duplicate part")
	// ErrMismatch: parts of one reference disagree on the total or the
	// scheme.
	ErrMismatch = errors.New("pdu: parts disagree")
)

// kindText returns the message of a kind without its "pdu: " prefix.
func kindText(k error) string {
	if k == nil {
		return "error"
	}
	return strings.TrimPrefix(k.Error(), "pdu: ")
}

// A ConfigError reports a Scheme, Options or Submit field that cannot be
// used; Kind is ErrScheme or ErrOptions.
type ConfigError struct {
	Kind  error
	Field string // such as "Options.Ref"
}

func (e ConfigError) Error() string { return "pdu: " + kindText(e.Kind) + ": " + e.Field }

// Unwrap returns e.Kind.
func (e ConfigError) Unwrap() error { return e.Kind }

// An EncodeError reports why part Part (from 0) of a message cannot be
// encoded: Kind is ErrSpans, ErrUnencodable or ErrCapacity. Offset is the
// byte offset in the message's text of the rune at fault (for ErrCapacity
// the first rune that does not fit; for ErrSpans the start of the span),
// and Rune that rune (utf8.RuneError for a byte that is not UTF-8).
type EncodeError struct {
	Kind   error
	Part   int
	Offset int
	Rune   rune
}

func (e EncodeError) Error() string {
	b := make([]byte, 0, 80)
	b = append(b, "pdu: part "...)
	b = strconv.AppendInt(b, int64(e.Part), 10)
	b = append(b, ": "...)
	b = append(b, kindText(e.Kind)...)
	if e.Kind != ErrSpans {
		b = append(b, ": rune "...)
		b = strconv.AppendQuoteRune(b, e.Rune)
	}
	b = append(b, " at byte offset "...)
	b = strconv.AppendInt(b, int64(e.Offset), 10)
	return string(b)
}

// Unwrap returns e.Kind.
func (e EncodeError) Unwrap() error { return e.Kind }

// A FormatError reports malformed input: Kind (ErrTruncated, ErrLength,
// ErrFill, ErrSeptet, ErrUTF16, ErrDCS, ErrMTI or ErrAddress), the field
// being read, such as "TP-UDL", and its offset in octets from the start of
// the input the function was given (for ParseAddress, in bytes of the
// number).
type FormatError struct {
	Kind   error
	Field  string
	Offset int
}

func (e FormatError) Error() string {
	return "pdu: " + e.Field + " at offset " + strconv.Itoa(e.Offset) + ": " + kindText(e.Kind)
}

// Unwrap returns e.Kind.
func (e FormatError) Unwrap() error { return e.Kind }

// A ReassemblyError reports a concatenated message that cannot be joined:
// Kind (ErrMissingPart, ErrDuplicatePart or ErrMismatch), its reference and
// the sequence number at fault.
type ReassemblyError struct {
	Kind error
	Ref  uint16
	Seq  int
}

func (e ReassemblyError) Error() string {
	return "pdu: reference " + strconv.Itoa(int(e.Ref)) + ", part " + strconv.Itoa(e.Seq) + ": " + kindText(e.Kind)
}

// Unwrap returns e.Kind.
func (e ReassemblyError) Unwrap() error { return e.Kind }
