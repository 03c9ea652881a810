// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

// MaxSchemes is the most schemes one profile may have. The engine keeps the
// state of every scheme in fixed arrays on the caller's stack and two bits
// per scheme in a uint16 info word; a description with more schemes is
// rejected when it is built.
const MaxSchemes = 8

// Class is the encoding class the vendor bills and reports (SPEC 1).
type Class uint8

const (
	// ClassNormal is the GSM 7-bit default alphabet ("Normal", "English").
	ClassNormal Class = iota
	// ClassTurkish is a Turkish national language shift, or a vendor's
	// "Türkçe" mode.
	ClassTurkish
	// ClassUCS2 is 16-bit UCS-2 / UTF-16.
	ClassUCS2
)

// Coding is how a scheme's units are counted and encoded.
type Coding uint8

const (
	// GSM7 counts septets of 3GPP TS 23.038 tables: a character of the
	// locking (or default) table costs 1, one of the single shift (or
	// default extension) table 2 (ESC + character).
	GSM7 Coding = iota
	// UCS2 counts UTF-16 code units: 2 for a rune above U+FFFF.
	UCS2
	// VendorTable counts units from a vendor's own rune table.
	VendorTable
)

// Shift is the national language shift mechanism a GSM 7-bit scheme uses.
type Shift uint8

const (
	// NoShift: no national language table (the default alphabet, UCS-2 and
	// vendor tables).
	NoShift Shift = iota
	// Locking: a national language locking shift table (TS 23.040 9.2.3.24.15).
	Locking
	// Single: a national language single shift table (TS 23.040 9.2.3.24.16).
	Single
)

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
	// Greedy bills the number of parts of the greedy split (SPEC 4).
	Greedy Billing = iota
	// Ceil bills 1 up to the single capacity, else ceil(units / Multi).
	Ceil
	// Ranges bills from a vendor table of inclusive upper bounds
	// (Scheme.Ranges).
	Ranges
)

// OverMax is what happens when a text's units pass Scheme.Max.
type OverMax uint8

const (
	// NoMax: the profile has no maximum.
	NoMax OverMax = iota
	// MaxError reports TooLong and keeps counting.
	MaxError
	// MaxTruncate drops runes from the end of the caller's text until the
	// units fit; the suffixes and the operator code are kept.
	MaxTruncate
)

// Wire is how the root package writes the delivered text into the vendor's
// message field. The engine only carries the value: it imports no vendor
// package.
type Wire uint8

const (
	// WireText sends the delivered text as it is.
	WireText Wire = iota
	// WirePipe replaces runes by Öztek pipe codes (package codes) and warns
	// about literal "|DD|" sequences.
	WirePipe
)

// A Scheme is one encoding a profile may choose.
type Scheme struct {
	ID     string // stable name from the description, e.g. "turkish-single"
	Class  Class
	Coding Coding
	// Locking and SingleShift are the national language identifiers
	// (TS 23.038 6.2.1: 0 default, 1 Turkish) of a GSM7 scheme's locking
	// table and single shift table.
	Locking, SingleShift uint8
	Shift                Shift // derived: Locking when Locking != 0, else Single when SingleShift != 0
	Single               int   // units in a message of one part
	Multi                int   // units in each part of a concatenated message (8-bit reference)
	Multi16              int   // the same with a 16-bit concatenation reference (Multi when the capacities are the vendor's own)
	Max                  int   // maximum units, when Rules.OverMax != NoMax
	Ranges               []int // Billing == Ranges: inclusive upper bounds of units for 1, 2, ... segments
}

// ValueKind is the JSON type of a parameter value.
type ValueKind uint8

const (
	String ValueKind = iota
	Int
	Bool
)

// A Value is a vendor parameter value.
type Value struct {
	Kind ValueKind
	Str  string
	Int  int64
	Bool bool
}

// ParamBy says what a vendor parameter's value depends on.
type ParamBy uint8

const (
	// ByScheme: Values[i] for Schemes[i] (for an empty text, Values[0]).
	ByScheme ParamBy = iota
	// BySegments: Values[0] for at most one segment, Values[1] for more.
	BySegments
	// BySuffix: a Bool, true when Suffixes[Suffix] is selected.
	BySuffix
)

// A Param is one vendor request parameter derived from the analysis.
type Param struct {
	Key    string
	By     ParamBy
	Values []Value
	Suffix int
}

// A Suffix is a vendor text a caller may have the vendor append (esemes
// opt-out): it is delivered after the caller's text, preceded by one space,
// counted, and not part of the wire.
type Suffix struct {
	Name string
	Text string
}

// A RuneInfo is the info word of one rune from U+0800 (see Rules).
type RuneInfo struct {
	Rune rune
	Info uint16
}

// A RuneMap is one substitution of a rune from U+0800.
type RuneMap struct {
	From, To rune
}

// Subst is a vendor substitution, applied to every rune of the caller's
// text after the user options (SPEC 3.6 steps 1 and 2).
type Subst struct {
	// Lo maps every rune below U+0800 to its delivered rune (itself when
	// unchanged).
	Lo *[0x800]rune
	// Hi maps runes from U+0800, sorted by From.
	Hi []RuneMap
	// Others replaces every other rune from U+0800; -1 keeps it.
	Others rune
}

// Rules is one profile compiled into tables: what the engine counts with.
// Rules values are built only by the compiler (package internal/compile),
// from a validated description, and are read-only once built: every field
// may be shared by any number of goroutines.
//
// Units are looked up, never computed. The info word of a rune holds two
// bits per scheme (bits 2i and 2i+1 for Schemes[i]): the units it costs
// there, 0 meaning the scheme cannot carry it. Info gives it for every rune
// below U+0800; Hi for the few runes from U+0800 that differ from their
// class; BMP and Astral for every other rune below and above U+10000. A rune
// whose info is 0 is unknown to the profile: an UnknownChar error, 1 unit,
// ignored when choosing the scheme.
type Rules struct {
	Name     string
	Title    string
	Schemes  []Scheme
	Choice   Choice
	Billing  Billing
	OverMax  OverMax
	Wire     Wire
	Suffixes []Suffix
	Params   []Param

	Info        *[0x800]uint16
	Hi          []RuneInfo
	BMP, Astral uint16
	Subst       *Subst // nil when the vendor changes nothing

	// Derived by the compiler from the tables above, never written by hand.

	// Plain is the info word of a rune that costs 1 unit in every scheme.
	Plain uint16
	// SWARExtra is the one printable ASCII byte outside [\]^_`{|}~ that is
	// not plain (costs other than 1 somewhere, or the substitution changes
	// it); 0 if none. NoSWAR is set when there is more than one: the word
	// scanner is then off.
	SWARExtra byte
	NoSWAR    bool
	// Dominators, for Choice == Cheapest, has bit i in Dominators[j] when
	// scheme i (i < j) is never beaten by scheme j on a text both carry:
	// while i qualifies, j is not counted.
	Dominators [MaxSchemes]uint8
	// Extends has bit i in Extends[j] when scheme j costs exactly what
	// scheme i costs on every rune i carries (j only adds runes).
	Extends [MaxSchemes]uint8
}
