// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"errors"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/engine"
)

// Class is the encoding class a vendor bills and reports (SPEC 1); its
// String is the SPEC's name, used in JSON.
type Class uint8

// The encoding classes.
const (
	Normal  Class = Class(engine.ClassNormal)  // GSM 7-bit default alphabet
	Turkish Class = Class(engine.ClassTurkish) // a Turkish national language shift, or a vendor's Turkish mode
	UCS2    Class = Class(engine.ClassUCS2)    // 16-bit UCS-2 / UTF-16
)

var classNames = [...]string{"normal", "turkish", "ucs2"}

// String returns "normal", "turkish" or "ucs2".
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Shift is the national language shift mechanism of a GSM 7-bit scheme.
type Shift uint8

// The shifts.
const (
	NoShift Shift = Shift(engine.NoShift) // no national language table
	Locking Shift = Shift(engine.Locking) // a locking shift table (TS 23.040 9.2.3.24.15)
	Single  Shift = Shift(engine.Single)  // a single shift table (TS 23.040 9.2.3.24.16)
)

var shiftNames = [...]string{"none", "locking", "single"}

// String returns "none", "locking" or "single".
func (s Shift) String() string {
	if int(s) < len(shiftNames) {
		return shiftNames[s]
	}
	return "Shift(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s Shift) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Coding is how a scheme counts and encodes its units.
type Coding uint8

// The codings.
const (
	GSM7        Coding = Coding(engine.GSM7)        // septets of the 3GPP TS 23.038 tables
	UTF16       Coding = Coding(engine.UCS2)        // UTF-16 code units
	VendorTable Coding = Coding(engine.VendorTable) // a vendor's own table
)

var codingNames = [...]string{"gsm7", "ucs2", "table"}

// String returns "gsm7", "ucs2" or "table" (the description format's names).
func (c Coding) String() string {
	if int(c) < len(codingNames) {
		return codingNames[c]
	}
	return "Coding(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (c Coding) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// A Scheme is one encoding a profile may choose, as a plain value.
type Scheme struct {
	ID     string // stable name from the description, e.g. "turkish-single"
	Class  Class
	Coding Coding
	Shift  Shift
	// Locking and SingleShift are the national language identifiers of a
	// GSM7 scheme's tables (TS 23.038 6.2.1: 0 default, 1 Turkish).
	Locking, SingleShift uint8
	Single, Multi        int   // capacities of a one-part message and of each concatenated part
	Max                  int   // maximum units, 0 for none
	Ranges               []int // a billing table's inclusive upper bounds of units for 1, 2, ... segments (a copy)
}

func (p Profile) scheme(i int) Scheme {
	sc := &p.rules().Schemes[i]
	m := sc.Multi
	if p.opt.Ref16 {
		m = sc.Multi16
	}
	max := 0
	if p.rules().OverMax != engine.NoMax {
		max = sc.Max
	}
	return Scheme{ID: sc.ID, Class: Class(sc.Class), Coding: Coding(sc.Coding), Shift: Shift(sc.Shift),
		Locking: sc.Locking, SingleShift: sc.SingleShift, Single: sc.Single, Multi: m, Max: max,
		Ranges: slices.Clone(sc.Ranges)}
}

// Choice returns how the profile picks its scheme: "first" (the first that
// carries the text) or "cheapest" (the fewest segments).
func (p Profile) Choice() string {
	if p.rules().Choice == engine.Cheapest {
		return "cheapest"
	}
	return "first"
}

// Billing returns how the profile bills: "parts" (the parts of the greedy
// split), "ceil" (1 up to the single capacity, else ceil(units / multi)) or
// "table" (Scheme.Ranges).
func (p Profile) Billing() string {
	switch p.rules().Billing {
	case engine.Ceil:
		return "ceil"
	case engine.Ranges:
		return "table"
	}
	return "parts"
}

// OverMax returns what happens past a scheme's maximum: "none", "error"
// (too_long) or "truncate".
func (p Profile) OverMax() string {
	switch p.rules().OverMax {
	case engine.MaxError:
		return "error"
	case engine.MaxTruncate:
		return "truncate"
	}
	return "none"
}

// Wire returns how the message field is written: "text" or "oztek-pipe"
// (Öztek's pipe codes, package codes).
func (p Profile) Wire() string {
	if p.rules().Wire == engine.WirePipe {
		return "oztek-pipe"
	}
	return "text"
}

// Suffix returns the text of the named opt-out suffix.
func (p Profile) Suffix(name string) (string, bool) {
	for _, s := range p.rules().Suffixes {
		if s.Name == name {
			return s.Text, true
		}
	}
	return "", false
}

// ParamKeys returns the keys of the profile's request parameters, in order.
func (p Profile) ParamKeys() []string {
	var k []string
	for _, ps := range p.rules().Params {
		k = append(k, ps.Key)
	}
	return k
}

// Schemes returns the encodings the profile chooses among, in its order of
// preference, in a new slice.
func (p Profile) Schemes() []Scheme {
	n := len(p.rules().Schemes)
	s := make([]Scheme, n)
	for i := range s {
		s[i] = p.scheme(i)
	}
	return s
}

// RuneUnits returns the units the delivered rune r costs in the profile's
// scheme i (in Schemes order), or 0 when that scheme cannot carry r.
func (p Profile) RuneUnits(i int, r rune) int { return p.rules().Units(i, r) }

// Delivers returns the rune the vendor delivers for r after its
// substitutions (r itself for most vendors; BiSMS changes many).
func (p Profile) Delivers(r rune) rune { return p.rules().SubstRune(r) }

// A Part is one slice of the delivered text as an SMSC would cut it: byte
// offsets [Start, End) into the delivered text and the units it holds. A
// part never splits an ESC pair or a UTF-16 surrogate pair.
type Part struct {
	Start, End int
	Units      int
}

// Code names the kind of an Issue.
type Code uint8

// The issue codes of SPEC 5: errors, then warnings.
const (
	InvalidUTF8   = Code(engine.InvalidUTF8)   // the input is not valid UTF-8 (once, at the first bad byte)
	UnknownChar   = Code(engine.UnknownChar)   // a rune the profile cannot carry (one per rune)
	Empty         = Code(engine.Empty)         // nothing to send
	TooLong       = Code(engine.TooLong)       // the units pass the profile's maximum
	TooLarge      = Code(engine.TooLarge)      // more than MaxTextBytes: no SMS
	Replaced      = Code(engine.Replaced)      // warning: the vendor changed a rune
	AmbiguousPipe = Code(engine.AmbiguousPipe) // warning: a literal "|DD|" the vendor would decode
	Truncated     = Code(engine.Truncated)     // warning: the vendor dropped runes from the end
)

// String returns the stable name used in JSON, such as "unknown_char".
func (c Code) String() string { return engine.Code(c).String() }

// MarshalText implements encoding.TextMarshaler.
func (c Code) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// IsWarning reports whether c is a warning: the vendor still accepts the
// message. Errors mean it would reject it.
func (c Code) IsWarning() bool { return engine.Code(c).IsWarning() }

// Sentinels, one per code: errors.Is(issue, ErrUnknownChar) reports the kind
// of an Issue.
var (
	ErrInvalidUTF8   = errors.New("smsseg: invalid_utf8")
	ErrUnknownChar   = errors.New("smsseg: unknown_char")
	ErrEmpty         = errors.New("smsseg: empty")
	ErrTooLong       = errors.New("smsseg: too_long")
	ErrTooLarge      = errors.New("smsseg: too_large")
	ErrReplaced      = errors.New("smsseg: replaced")
	ErrAmbiguousPipe = errors.New("smsseg: ambiguous_pipe")
	ErrTruncated     = errors.New("smsseg: truncated")
)

var sentinels = [...]error{nil, ErrInvalidUTF8, ErrUnknownChar, ErrEmpty, ErrTooLong, ErrTooLarge, ErrReplaced, ErrAmbiguousPipe, ErrTruncated}

// An Issue is an error or a warning at a byte offset of the delivered text.
// Issues are values: they never hold the caller's text. An Issue is an
// error; errors.Is matches it against its code's sentinel.
type Issue struct {
	Code   Code
	Offset int  // byte offset in the delivered text
	Rune   rune // the rune concerned (U+FFFD for invalid_utf8; 0 for empty, too_large and truncated)
}

func issueOf(is engine.Issue) Issue {
	return Issue{Code: Code(is.Code), Offset: is.Offset, Rune: is.Rune}
}

// HasRune reports whether the issue concerns a rune (false for empty,
// too_large and truncated, whose JSON has no "rune").
func (i Issue) HasRune() bool {
	switch i.Code {
	case InvalidUTF8, UnknownChar, TooLong, Replaced, AmbiguousPipe:
		return true
	}
	return false
}

// Error implements error, as "smsseg: unknown_char: '\t' (U+0009) at byte 3".
func (i Issue) Error() string {
	b := make([]byte, 0, 64)
	b = append(b, "smsseg: "...)
	b = append(b, i.Code.String()...)
	if i.HasRune() {
		b = append(b, ": "...)
		b = strconv.AppendQuoteRune(b, i.Rune)
		b = append(b, " ("...)
		b = appendUPlus(b, i.Rune)
		b = append(b, ')')
	}
	b = append(b, " at byte "...)
	b = strconv.AppendInt(b, int64(i.Offset), 10)
	return string(b)
}

// Unwrap returns the sentinel of the issue's code.
func (i Issue) Unwrap() error {
	if int(i.Code) < len(sentinels) {
		return sentinels[i.Code]
	}
	return nil
}

// appendUPlus appends "U+0009".
func appendUPlus(dst []byte, r rune) []byte {
	const hex = "0123456789ABCDEF"
	dst = append(dst, "U+"...)
	n := 4
	for v := uint32(r) >> 16; v != 0; v >>= 4 {
		n++
	}
	for i := n - 1; i >= 0; i-- {
		dst = append(dst, hex[(uint32(r)>>(4*uint(i)))&0xF])
	}
	return dst
}

func appendRuneSlow(dst []byte, r rune) []byte { return utf8.AppendRune(dst, r) }

// Params are the vendor request parameters of an analysed text, in the
// vendor's order. They refer to the profile's read-only tables and allocate
// nothing.
type Params struct {
	rl       *engine.Rules
	scheme   int
	segments int
	suffixes uint8
}

// A Value is a vendor parameter value: a string, an integer or a boolean.
type Value struct {
	v engine.Value
}

// Kind returns "string", "int" or "bool".
func (v Value) Kind() string {
	switch v.v.Kind {
	case engine.Int:
		return "int"
	case engine.Bool:
		return "bool"
	}
	return "string"
}

// String returns the value as text (an integer in decimal, a boolean as
// true or false).
func (v Value) String() string { return string(v.AppendText(nil)) }

// Int returns the integer value and whether the value is an integer.
func (v Value) Int() (int64, bool) { return v.v.Int, v.v.Kind == engine.Int }

// Bool returns the boolean value and whether the value is a boolean.
func (v Value) Bool() (bool, bool) { return v.v.Bool, v.v.Kind == engine.Bool }

// AppendText appends the value as text.
func (v Value) AppendText(dst []byte) []byte {
	switch v.v.Kind {
	case engine.Int:
		return strconv.AppendInt(dst, v.v.Int, 10)
	case engine.Bool:
		return strconv.AppendBool(dst, v.v.Bool)
	}
	return append(dst, v.v.Str...)
}

// AppendJSON appends the value as JSON.
func (v Value) AppendJSON(dst []byte) []byte {
	if v.v.Kind == engine.String {
		return appendJSONString(dst, v.v.Str)
	}
	return v.AppendText(dst)
}

// Len returns the number of parameters.
func (p Params) Len() int {
	if p.rl == nil {
		return 0
	}
	return len(p.rl.Params)
}

// At returns the i'th parameter, in the vendor's order; ok is false when i
// is out of range.
func (p Params) At(i int) (key string, v Value, ok bool) {
	if i < 0 || i >= p.Len() {
		return "", Value{}, false
	}
	ps := &p.rl.Params[i]
	switch ps.By {
	case engine.BySegments:
		k := 0
		if p.segments > 1 {
			k = 1
		}
		if k < len(ps.Values) {
			v = Value{ps.Values[k]}
		}
	case engine.BySuffix:
		v = Value{engine.Value{Kind: engine.Bool, Bool: p.suffixes&(1<<ps.Suffix) != 0}}
	default:
		k := max(p.scheme, 0)
		if k < len(ps.Values) {
			v = Value{ps.Values[k]}
		}
	}
	return ps.Key, v, true
}

// Get returns the value of the parameter named key.
func (p Params) Get(key string) (Value, bool) {
	for i := 0; i < p.Len(); i++ {
		if k, v, _ := p.At(i); k == key {
			return v, true
		}
	}
	return Value{}, false
}

// AppendJSON appends the parameters as a JSON object, keys in vendor order.
func (p Params) AppendJSON(dst []byte) []byte {
	dst = append(dst, '{')
	for i := 0; i < p.Len(); i++ {
		if i > 0 {
			dst = append(dst, ',')
		}
		k, v, _ := p.At(i)
		dst = appendJSONString(dst, k)
		dst = append(dst, ':')
		dst = v.AppendJSON(dst)
	}
	return append(dst, '}')
}

// MarshalJSON implements json.Marshaler.
func (p Params) MarshalJSON() ([]byte, error) { return p.AppendJSON(nil), nil }

// String returns the parameters as JSON.
func (p Params) String() string { return string(p.AppendJSON(nil)) }
