// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package engine is smsseg's counting engine: given a profile compiled into
// tables (Rules) and the caller's options, it walks a text once, forward,
// and tells the scheme it needs, the units, the billed segments, where the
// parts split and what is wrong with it, without allocating.
//
// It has one delivery step (user options, then the vendor substitution,
// then the vendor suffixes and the operator code: SPEC 3.7), used by the
// counter and by the walker that every materialising pass reads, and one
// greedy split (SPEC 4, [place]), used by the counter for every scheme it
// counts and by the walker's part pass. The part boundaries of the chosen
// scheme come out of the counting pass.
//
// The rules of 3GPP TS 23.038 (alphabets) and TS 23.040 (concatenation,
// section 9.2.3.24.1, and the national language shift information elements,
// 9.2.3.24.15 and 9.2.3.24.16) are the model; vendors are Rules values,
// compiled from descriptions (package segment), never code here.
package engine

import "strconv"

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
	// TooLarge: the input is too large to be an SMS (segcalc, SPEC 5).
	TooLarge
	// Replaced is a warning: the vendor changed a rune (bisms).
	Replaced
	// AmbiguousPipe is a warning: a literal "|DD|" the vendor would decode.
	AmbiguousPipe
	// Truncated is a warning: the vendor dropped runes from the end.
	Truncated
	numCodes
)

var codeNames = [numCodes]string{"", "invalid_utf8", "unknown_char", "empty", "too_long", "too_large", "replaced", "ambiguous_pipe", "truncated"}

// String returns the stable name used in JSON, such as "unknown_char".
func (c Code) String() string {
	if c > 0 && c < numCodes {
		return codeNames[c]
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// IsWarning reports whether c is a warning rather than an error.
func (c Code) IsWarning() bool { return c >= Replaced && c < numCodes }

// Valid reports whether c is a known code.
func (c Code) Valid() bool { return c > 0 && c < numCodes }

// An Issue is an error or a warning at a byte offset of the delivered text.
type Issue struct {
	Code   Code
	Offset int
	Rune   rune // the rune concerned; 0 for Empty, TooLarge and Truncated
}

// A Part is one slice of the delivered text as an SMSC would cut it: the
// byte offsets [Start, End) and the units it holds.
type Part struct {
	Start, End int
	Units      int
}

// A Cause is a rune and its byte offset in the delivered text; Offset is -1
// for none.
type Cause struct {
	Rune   rune
	Offset int
}

// Options are the caller's choices for one analysis.
type Options struct {
	NFC, Smart, ASCII bool
	// Suffixes selects Rules.Suffixes (bit i for Suffixes[i]).
	Suffixes uint8
	// OpCode is the operator code (SPEC 3.7) without its space, or "".
	OpCode string
	// Ref16: concatenated parts carry a 16-bit reference (Scheme.Multi16).
	Ref16 bool
}

// MaxBounds is how many part boundaries a Result keeps: the parts of a text
// of up to MaxBounds+1 parts come straight from the counting pass.
const MaxBounds = 11

// Result is the analysis of one text.
type Result struct {
	Scheme    int // index of the chosen scheme; -1 for an empty text
	Units     int // units of the delivered text
	Runes     int // runes of the delivered text
	Segments  int // billed segments
	Parts     int // parts of the greedy split
	Remaining int // units that still fit before the billed count grows
	Truncated int // runes dropped from the end (MaxTruncate)
	TextLen   int // byte length of the delivered text
	Multi     int // capacity of each part of a concatenated message

	Errors   int // number of errors
	Warnings int // number of warnings, ambiguous_pipe excluded (see SawPipe)

	FirstError Issue // the first error by offset; Code 0 when Errors == 0
	TooLong    Cause // the rune that passed the maximum (MaxError)
	// Cut is where truncation cut the text (the offset of the Truncated
	// warning), -1 when nothing was dropped.
	Cut int
	// Tail is the offset where the suffixes and operator code start
	// (TextLen when there are none).
	Tail int

	// Kill[i] is the rune that ruled scheme i out (Offset -1: it carries
	// the text).
	Kill [MaxSchemes]Cause
	// Bounds[k] is the start of part k+2 and BoundUnits[k] the units of
	// part k+1, for the first MaxBounds boundaries.
	Bounds     [MaxBounds]int32
	BoundUnits [MaxBounds]uint8
	// BadOff is the offset of the first invalid byte's U+FFFD (Cut when
	// truncation dropped it), -1 when the input is valid UTF-8.
	BadOff int

	SawPipe bool // the delivered text holds a '|'
	// AllPlain: every rune is plain (1 unit everywhere, unchanged by the
	// options and the vendor), so the parts are every Multi bytes.
	AllPlain bool
}

// OK reports whether the text has no errors.
func (r *Result) OK() bool { return r.Errors == 0 }
