// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"errors"
	"strconv"
	"strings"

	segment "github.com/smsseg/smsseg/internal/engine"
)

// Types shared with package segment, the engine.
type (
	// Result is the analysis of one text; see segment.Result.
	Result = segment.Result
	// Part is one part of the greedy split: byte offsets into the delivered text.
	Part = segment.Part
	// Issue is an error or warning at a byte offset of the delivered text.
	Issue = segment.Issue
	// Code names the kind of an Issue ("unknown_char", ...).
	Code = segment.Code
	// Encoding is the encoding class: normal, turkish or ucs2.
	Encoding = segment.Encoding
	// Shift is the Turkish shift mechanism: none, locking or single.
	Shift = segment.Shift
	// Params are the vendor request parameters of a result.
	Params = segment.Params
	// Scheme is an encoding a profile may choose, with its capacities.
	Scheme = segment.Scheme
	// PartIter walks the parts of an analysed text without a slice.
	PartIter = segment.PartIter
)

// Encoding classes, shifts and issue codes.
const (
	Normal  = segment.Normal
	Turkish = segment.Turkish
	UCS2    = segment.UCS2

	NoShift = segment.NoShift
	Locking = segment.Locking
	Single  = segment.Single

	InvalidUTF8   = segment.InvalidUTF8
	UnknownChar   = segment.UnknownChar
	Empty         = segment.Empty
	TooLong       = segment.TooLong
	AmbiguousPipe = segment.AmbiguousPipe
)

type profileID uint8

const (
	idGSM profileID = iota
	idOztek
	idEsemes
	idNodeAPI
	idKobikom
	idBiSMS
	numProfiles
)

// A Profile is a vendor's rules together with the caller's options. It is a
// small value: copy it freely; the With methods return modified copies.
// The zero Profile is GSM.
type Profile struct {
	id  profileID
	opt segment.Options
}

// The profiles of SPEC section 3.
var (
	GSM     = Profile{id: idGSM}     // 3GPP reference: cheapest of default, Turkish locking, Turkish single, UCS-2
	Oztek   = Profile{id: idOztek}   // Öztek: own table, pipe codes, 918 maximum
	Esemes  = Profile{id: idEsemes}  // esemes.net: GSM or Turkish single shift, opt-out suffixes
	NodeAPI = Profile{id: idNodeAPI} // Node API v1.8.3: encoding 0/1/2
	Kobikom = Profile{id: idKobikom} // Kobikom: datacoding, languageCode, type
	BiSMS   = Profile{id: idBiSMS}   // BiSMS: substitutions, 6-segment table, truncation
)

// Profiles returns every profile, GSM first, in a new slice.
func Profiles() []Profile {
	ps := make([]Profile, numProfiles)
	for i := range ps {
		ps[i] = Profile{id: profileID(i)}
	}
	return ps
}

// Lookup returns the profile with the given stable lower-case name
// ("gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms").
func Lookup(name string) (Profile, bool) {
	for i := range rules {
		if rules[i].Name == name {
			return Profile{id: profileID(i)}, true
		}
	}
	return Profile{}, false
}

// Names returns the profile names joined by ", ", for messages.
func Names() string {
	var b strings.Builder
	for i := range rules {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(rules[i].Name)
	}
	return b.String()
}

func (p Profile) rules() *segment.Rules {
	if p.id >= numProfiles {
		return &rules[idGSM]
	}
	return &rules[p.id]
}

// Rules returns the profile's rules (read-only: they are shared).
func (p Profile) Rules() *segment.Rules { return p.rules() }

// Name returns the profile's stable lower-case name.
func (p Profile) Name() string { return p.rules().Name }

// String returns the profile's name.
func (p Profile) String() string { return p.Name() }

// WithASCII returns p transliterating the Turkish letters of the caller's
// text to ASCII (ç→c ğ→g ı→i İ→I ö→o ş→s ü→u, capitals alike) before
// anything else (segcalc -ascii).
func (p Profile) WithASCII(on bool) Profile { p.opt.ASCII = on; return p }

// WithSmart returns p folding typographic punctuation of the caller's text
// first (“ ” → ", ‘ ’ → ', – — → -, … → ..., NBSP → space; segcalc -smart).
func (p Profile) WithSmart(on bool) Profile { p.opt.Smart = on; return p }

// OptOut selects esemes opt-out suffixes.
type OptOut uint8

const (
	// OptOutLink appends " SMS Listemizden çıkmak için http://iptal.biz/xxxxxx".
	OptOutLink OptOut = 1 << iota
	// OptOutPhone appends " SMS Listemizden çıkmak için 02162120750 numarasını 1 kez çaldırınız.".
	OptOutPhone
)

// ErrNoOptOut is returned by WithOptOut for a profile without opt-out suffixes.
var ErrNoOptOut = errors.New("smsseg: only the esemes profile has opt-out suffixes")

// ParseOptOut parses a comma-separated list of "link" and "phone".
func ParseOptOut(list string) (OptOut, error) {
	var o OptOut
	for _, w := range strings.Split(list, ",") {
		switch strings.TrimSpace(w) {
		case "link":
			o |= OptOutLink
		case "phone":
			o |= OptOutPhone
		default:
			return 0, errors.New("smsseg: unknown opt-out " + strconv.Quote(w) + " (want link, phone or link,phone)")
		}
	}
	return o, nil
}

// WithOptOut returns p appending the selected opt-out suffixes, link first,
// each preceded by one space. The suffix counts as part of the text. Only
// Esemes has suffixes; for another profile (with o != 0) it returns
// ErrNoOptOut.
func (p Profile) WithOptOut(o OptOut) (Profile, error) {
	if o != 0 && len(p.rules().Suffixes) == 0 {
		return p, ErrNoOptOut
	}
	p.opt.Suffixes = uint8(o)
	return p, nil
}

// Analyze analyses text. It allocates nothing and never panics.
func (p Profile) Analyze(text string) Result { return segment.Analyze(p.rules(), p.opt, text) }

// AnalyzeBytes is Analyze for a byte slice; text is not retained.
func (p Profile) AnalyzeBytes(text []byte) Result { return segment.Analyze(p.rules(), p.opt, text) }

// AppendText appends the delivered text to dst: the text after the options,
// the vendor's substitutions and suffix and its truncation, each invalid
// byte replaced by U+FFFD. All offsets of a Result and its parts and issues
// are byte offsets into it.
func (p Profile) AppendText(dst []byte, text string) []byte {
	r := p.Analyze(text)
	return segment.AppendText(dst, p.rules(), p.opt, &r, text)
}

// AppendWire appends the value of the vendor's message field: the delivered
// text, with Öztek's pipe codes for Oztek.
func (p Profile) AppendWire(dst []byte, text string) []byte {
	r := p.Analyze(text)
	return p.AppendWireOf(dst, &r, text)
}

// AppendParts appends the parts of the delivered text (SPEC 4) to dst.
func (p Profile) AppendParts(dst []Part, text string) []Part {
	r := p.Analyze(text)
	return segment.AppendParts(dst, p.rules(), p.opt, &r, text)
}

// AppendIssues appends every error and warning of text to dst, ordered by
// offset.
func (p Profile) AppendIssues(dst []Issue, text string) []Issue {
	r := p.Analyze(text)
	return segment.AppendIssues(dst, p.rules(), p.opt, &r, text)
}

// AppendTextOf, AppendWireOf, AppendPartsOf and AppendIssuesOf are the Append
// methods for a text already analysed into r (saving the second pass); r must
// be p.Analyze(text) for the same p and text.
func (p Profile) AppendTextOf(dst []byte, r *Result, text string) []byte {
	return segment.AppendText(dst, p.rules(), p.opt, r, text)
}

// AppendWireOf: see AppendTextOf.
func (p Profile) AppendWireOf(dst []byte, r *Result, text string) []byte {
	return segment.AppendWire(dst, p.rules(), p.opt, r, text)
}

// AppendPartsOf: see AppendTextOf.
func (p Profile) AppendPartsOf(dst []Part, r *Result, text string) []Part {
	return segment.AppendParts(dst, p.rules(), p.opt, r, text)
}

// AppendIssuesOf: see AppendTextOf.
func (p Profile) AppendIssuesOf(dst []Issue, r *Result, text string) []Issue {
	return segment.AppendIssues(dst, p.rules(), p.opt, r, text)
}

// Schemes returns the encodings the profile chooses among, in its order of
// preference (read-only: shared).
func (p Profile) Schemes() []Scheme { return p.rules().Schemes }

// RuneUnits returns the units the delivered rune c costs in the profile's
// scheme i (Result.Scheme() for the chosen one), or 0 when that scheme
// cannot carry c.
func (p Profile) RuneUnits(i int, c rune) int { return p.rules().RuneUnits(i, c) }

// InitParts sets it to walk the parts of text, analysed into r by p (see
// AppendTextOf), one Next at a time.
func (p Profile) InitParts(it *PartIter, r *Result, text string) {
	it.Init(p.rules(), p.opt, r, text)
}
