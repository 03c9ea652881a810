// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package segment is the counting engine of smsseg: it classifies a text into
// an encoding class, counts its units, splits it into parts and bills it in
// segments, as a profile's Rules say, in one forward pass that allocates
// nothing.
//
// The rules of 3GPP TS 23.038 (alphabets) and TS 23.040 (concatenation,
// section 9.2.3.24.1, and the national language shift information elements,
// 9.2.3.24.15 and 9.2.3.24.16) are the model; vendor profiles are Rules
// values that change the tables and the billing formula, not the code.
//
// Invariants of a Result r for a text t (with Rules rl):
//   - the parts that AppendParts returns tile the delivered text exactly and
//     never split a two-unit character (ESC pair) or a UTF-16 surrogate pair;
//   - r.Units is the sum of the units of the delivered runes;
//   - r.Remaining >= 0 and r.Segments >= 1 unless the text is empty.
package engine

import "strconv"

// Encoding is the encoding class of a message.
type Encoding uint8

const (
	// Normal is the GSM 7-bit default alphabet ("Normal", "English").
	Normal Encoding = iota
	// Turkish is the Turkish national language shift, or a vendor's "Türkçe" mode.
	Turkish
	// UCS2 is 16-bit UCS-2 / UTF-16.
	UCS2
)

var encodingNames = [...]string{"normal", "turkish", "ucs2"}

// String returns "normal", "turkish" or "ucs2".
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// Shift is the national language shift mechanism a Turkish message uses.
type Shift uint8

const (
	// NoShift: no national language shift (normal and ucs2 messages, and
	// vendors that do not say).
	NoShift Shift = iota
	// Locking is the Turkish locking shift table (TS 23.040 9.2.3.24.15).
	Locking
	// Single is the Turkish single shift table (TS 23.040 9.2.3.24.16).
	Single
)

var shiftNames = [...]string{"none", "locking", "single"}

// String returns "none", "locking" or "single".
func (s Shift) String() string {
	if int(s) < len(shiftNames) {
		return shiftNames[s]
	}
	return "Shift(" + strconv.Itoa(int(s)) + ")"
}

// Code names the kind of an Issue.
type Code uint8

const (
	_ Code = iota
	// InvalidUTF8: the input is not valid UTF-8 (reported once, at the first bad byte).
	InvalidUTF8
	// UnknownChar: a rune the profile cannot carry (one per such rune).
	UnknownChar
	// Empty: there is no text to send.
	Empty
	// TooLong: the units pass the profile's maximum.
	TooLong
	// AmbiguousPipe is a warning: a literal "|DD|" the vendor would decode.
	AmbiguousPipe
)

var codeNames = [...]string{"", "invalid_utf8", "unknown_char", "empty", "too_long", "ambiguous_pipe"}

// String returns the stable name used in JSON, such as "unknown_char".
func (c Code) String() string {
	if int(c) < len(codeNames) && c != 0 {
		return codeNames[c]
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// IsWarning reports whether c is a warning rather than an error. Errors mean
// the vendor would reject the message; warnings do not.
func (c Code) IsWarning() bool { return c == AmbiguousPipe }

// An Issue is an error or a warning found in a text, at a byte offset in the
// delivered text. Issues are values: they never hold the caller's buffer.
type Issue struct {
	Code   Code
	Offset int  // byte offset in the delivered text
	Rune   rune // the rune concerned (U+FFFD for invalid_utf8; 0 for empty)
}

// Error implements error, as "segment: unknown_char: '\t' (U+0009) at byte 3".
func (i Issue) Error() string {
	b := make([]byte, 0, 64)
	b = append(b, "segment: "...)
	b = append(b, i.Code.String()...)
	if i.Code != Empty {
		b = append(b, ": "...)
		b = strconv.AppendQuoteRune(b, i.Rune)
		b = append(b, " (U+"...)
		h := strconv.FormatInt(int64(i.Rune), 16)
		for n := len(h); n < 4; n++ {
			b = append(b, '0')
		}
		for _, c := range []byte(h) {
			if c >= 'a' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
		}
		b = append(b, ')')
	}
	b = append(b, " at byte "...)
	b = strconv.AppendInt(b, int64(i.Offset), 10)
	return string(b)
}

// A Part is one slice of the delivered text as an SMSC would cut it: the
// byte offsets [Start, End) into the text and the units it holds.
type Part struct {
	Start, End int
	Units      int
}

// A Scheme is one encoding a profile may choose: its class, shift and the
// capacity of a single part and of each part of a concatenated message.
type Scheme struct {
	Encoding Encoding
	Shift    Shift
	Single   int // units in a message of one part
	Multi    int // units in each part of a concatenated message
}

// Choice is how a profile picks among the schemes that can carry a text.
type Choice uint8

const (
	// FirstQualifying picks the first scheme that can carry every rune.
	FirstQualifying Choice = iota
	// Cheapest picks the qualifying scheme with the fewest segments; ties
	// go to the earlier scheme (SPEC 3.1).
	Cheapest
)

// Billing is how a profile turns units into billed segments.
type Billing uint8

const (
	// Greedy bills the number of parts of the greedy split (3GPP).
	Greedy Billing = iota
	// Ceil bills 1 up to the single capacity, else ceil(units / Multi).
	Ceil
	// Ranges bills from a vendor table of inclusive upper bounds (Rules.Ranges).
	Ranges
)

// OverMax is what happens when a text's units pass Rules.Max.
type OverMax uint8

const (
	// NoMax: the profile has no maximum.
	NoMax OverMax = iota
	// MaxError reports TooLong and keeps counting.
	MaxError
	// MaxTruncate drops runes from the end until the units fit.
	MaxTruncate
)

// Subst is a vendor substitution applied to every rune before counting.
type Subst uint8

const (
	// NoSubst leaves runes as they are.
	NoSubst Subst = iota
	// SubstBiSMS applies sanitize.BiSMSRune (SPEC 3.6 steps 1 and 2).
	SubstBiSMS
)

// Wire is how a profile writes the delivered text into its message field.
type Wire uint8

const (
	// WireText sends the text as it is.
	WireText Wire = iota
	// WirePipe replaces runes by Öztek pipe codes (package codes) and warns
	// about literal "|DD|" sequences.
	WirePipe
)

// MaxSchemes is the largest number of schemes a Rules value may have.
const MaxSchemes = 4
