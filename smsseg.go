// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/smsseg/smsseg/internal/builtin"
	"github.com/smsseg/smsseg/internal/compile"
	"github.com/smsseg/smsseg/internal/engine"
	"github.com/smsseg/smsseg/segment"
)

// A Profile is a vendor's rules together with the caller's options. It is a
// small immutable value: copy it freely; the With methods return modified
// copies, and nothing a Profile refers to can be changed through it. The
// zero Profile is GSM.
type Profile struct {
	rl         *engine.Rules
	desc       *segment.Description // the description it was built from (read-only)
	opt        engine.Options
	nfc        bool
	drop       bool       // WithDrop: remove the runes the vendor rejects (drop.go)
	fold       foldConfig // WithFold (fold.go)
	recipients int64      // 0 means 1
}

// The built-in profiles of SPEC section 3, compiled from the data files in
// segment/vendors at go generate time.
var (
	GSM     = builtinProfile(0) // 3GPP reference: cheapest of default, Turkish locking, Turkish single, UCS-2
	Oztek   = builtinProfile(1) // Öztek: own table, pipe codes, 918 maximum
	Esemes  = builtinProfile(2) // esemes.net: GSM or Turkish single shift, opt-out suffixes
	NodeAPI = builtinProfile(3) // Node API v1.8.3: encoding 0/1/2
	Kobikom = builtinProfile(4) // Kobikom: datacoding, languageCode, type
	BiSMS   = builtinProfile(5) // BiSMS: substitutions, 6-segment table, truncation
	Verimor = builtinProfile(6) // Verimor: default, Turkish locking, UCS-2; 7-part maximums
)

var builtinDescs = segment.Builtin()

func builtinProfile(i int) Profile {
	return Profile{rl: &builtin.Rules[i], desc: &builtinDescs[i]}
}

// Profiles returns every built-in profile, GSM first, in a new slice.
func Profiles() []Profile {
	ps := make([]Profile, len(builtin.Rules))
	for i := range ps {
		ps[i] = builtinProfile(i)
	}
	return ps
}

// Lookup returns the built-in profile with the given stable lower-case name
// ("gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms", "verimor").
func Lookup(name string) (Profile, bool) {
	for i := range builtin.Rules {
		if builtin.Rules[i].Name == name {
			return builtinProfile(i), true
		}
	}
	return Profile{}, false
}

// Names returns the names of the built-in profiles, GSM first, in a new
// slice.
func Names() []string {
	names := make([]string, len(builtin.Rules))
	for i := range builtin.Rules {
		names[i] = builtin.Rules[i].Name
	}
	return names
}

// LoadProfile reads a profile description in the documented file format
// (docs/profile-format.md; the built-in profiles are such files) and builds
// it: its tables are compiled once, here, so a loaded profile analyses as
// fast as a built-in one. Every mistake in the file is an error that names
// the field by its JSON path.
func LoadProfile(r io.Reader) (Profile, error) {
	d, err := segment.Parse(r)
	if err != nil {
		return Profile{}, err
	}
	return NewProfile(d)
}

// NewProfile builds a profile from a description (see package segment).
// An invalid description is an error that names the field.
func NewProfile(d segment.Description) (Profile, error) {
	rl, err := compile.Compile(d)
	if err != nil {
		return Profile{}, err
	}
	d = d.Clone()
	return Profile{rl: rl, desc: &d}, nil
}

func (p Profile) rules() *engine.Rules {
	if p.rl == nil {
		return &builtin.Rules[0]
	}
	return p.rl
}

func (p Profile) description() *segment.Description {
	if p.desc == nil {
		return &builtinDescs[0]
	}
	return p.desc
}

// Description returns a copy of the description the profile was built from.
func (p Profile) Description() segment.Description { return p.description().Clone() }

// Name returns the profile's stable lower-case name.
func (p Profile) Name() string { return p.rules().Name }

// Title returns the profile's one-line description.
func (p Profile) Title() string { return p.rules().Title }

// String returns the profile's name.
func (p Profile) String() string { return p.Name() }

// WithNFC returns p normalising the caller's text to Unicode NFC first
// (segcalc -nfc, SPEC 3.9): s + U+0327 becomes ş, as a Turkish keyboard
// types it. A text that is not NFC already costs one allocation, for the
// normalised copy the Analysis then refers to.
func (p Profile) WithNFC(on bool) Profile { p.nfc = on; return p }

// WithSmart returns p folding typographic punctuation and invisible
// characters of the caller's text to what GSM carries (segcalc -smart, SPEC
// 3.9: “ ” → ", ‘ ’ → ', dashes → -, … → ..., the space family → space, soft
// hyphen and zero-width characters removed).
func (p Profile) WithSmart(on bool) Profile { p.opt.Smart = on; return p }

// WithASCII returns p transliterating Turkish text to ASCII (segcalc -ascii,
// SPEC 3.9: ç ğ ı İ ö ş ü and capitals, â î û and capitals, ₺ → TL).
func (p Profile) WithASCII(on bool) Profile { p.opt.ASCII = on; return p }

// WithRef16 returns p assuming concatenated parts carry a 16-bit reference
// (TS 23.040 9.2.3.24.8): capacities computed from the header layout shrink
// by one octet (152 septets, 66 UCS-2 units per part). A vendor's own
// capacities do not change.
func (p Profile) WithRef16(on bool) Profile { p.opt.Ref16 = on; return p }

// NFC, Smart, ASCII and Ref16 report the options set on p.
func (p Profile) NFC() bool { return p.nfc }

// Smart reports whether WithSmart is on.
func (p Profile) Smart() bool { return p.opt.Smart }

// ASCII reports whether WithASCII is on.
func (p Profile) ASCII() bool { return p.opt.ASCII }

// Ref16 reports whether WithRef16 is on.
func (p Profile) Ref16() bool { return p.opt.Ref16 }

// ErrNoOptOut is returned by WithOptOut for a profile without opt-out
// suffixes, or for a name the profile does not have.
var ErrNoOptOut = errors.New("smsseg: no such opt-out suffix")

// OptOutNames returns the names of the profile's opt-out suffixes (esemes:
// "link", "phone"), in a new slice.
func (p Profile) OptOutNames() []string {
	var names []string
	for _, s := range p.rules().Suffixes {
		names = append(names, s.Name)
	}
	return names
}

// WithOptOut returns p with the vendor appending the opt-out suffixes named
// in list (comma-separated, e.g. "link,phone"; "" for none), in the
// profile's order, each preceded by one space (SPEC 3.4). The suffix is part
// of the delivered text and counts; it is not part of the wire, since the
// vendor appends it. An unknown name, or any name for a profile without
// suffixes, is an error wrapping ErrNoOptOut.
func (p Profile) WithOptOut(list string) (Profile, error) {
	var mask uint8
	if strings.TrimSpace(list) != "" {
		for _, w := range strings.Split(list, ",") {
			w = strings.TrimSpace(w)
			k := slices.IndexFunc(p.rules().Suffixes, func(s engine.Suffix) bool { return s.Name == w })
			if k < 0 {
				have := "it has none"
				if names := p.OptOutNames(); len(names) > 0 {
					have = "want " + strings.Join(names, ", ")
				}
				return p, &optOutError{profile: p.Name(), word: w, have: have}
			}
			mask |= 1 << k
		}
	}
	p.opt.Suffixes = mask
	return p, nil
}

type optOutError struct{ profile, word, have string }

func (e *optOutError) Error() string {
	return "smsseg: " + e.profile + " has no opt-out suffix " + strconv.Quote(e.word) + " (" + e.have + ")"
}

func (e *optOutError) Unwrap() error { return ErrNoOptOut }

// OptOut returns the names of the selected opt-out suffixes, joined by
// commas ("" for none).
func (p Profile) OptOut() string {
	var b []string
	for k, s := range p.rules().Suffixes {
		if p.opt.Suffixes&(1<<k) != 0 {
			b = append(b, s.Name)
		}
	}
	return strings.Join(b, ",")
}

// ErrOperatorCode is returned by WithOperatorCode for a malformed code.
var ErrOperatorCode = errors.New("smsseg: an operator code is exactly 4 characters from A-Z and 0-9")

// WithOperatorCode returns p appending the operator code (SPEC 3.7): Turkish
// operators append one space and a 4-character code such as "B001" to every
// bulk SMS (BTK decision 2016/DK-YED/211), so it counts. The code is part of
// the delivered text, after any vendor suffix, never changed by options or
// substitutions, never truncated away, and not part of the wire; an empty
// text gets none. "" removes it; anything but 4 characters from A–Z and 0–9
// is ErrOperatorCode.
func (p Profile) WithOperatorCode(code string) (Profile, error) {
	if code != "" {
		if len(code) != 4 {
			return p, ErrOperatorCode
		}
		for i := 0; i < 4; i++ {
			if c := code[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return p, ErrOperatorCode
			}
		}
	}
	p.opt.OpCode = code
	return p, nil
}

// OperatorCode returns the operator code set by WithOperatorCode, or "".
func (p Profile) OperatorCode() string { return p.opt.OpCode }

// MaxRecipients is the largest recipient count of a message (SPEC 3.7).
const MaxRecipients = 1_000_000_000

// ErrRecipients is returned by WithRecipients for a count out of range.
var ErrRecipients = errors.New("smsseg: recipients must be a whole number from 1 to 1,000,000,000")

// WithRecipients returns p sending each message to n recipients (1 to
// MaxRecipients; the default is 1): Analysis.Credits and the JSON object
// use it.
func (p Profile) WithRecipients(n int64) (Profile, error) {
	if n < 1 || n > MaxRecipients {
		return p, ErrRecipients
	}
	p.recipients = n
	return p, nil
}

// Recipients returns the recipient count (1 unless WithRecipients).
func (p Profile) Recipients() int64 {
	if p.recipients == 0 {
		return 1
	}
	return p.recipients
}

// MaxTextBytes is the largest text Analyze analyses: a longer one is no SMS
// and gets the error too_large, at offset 0, and nothing else (SPEC 5).
const MaxTextBytes = 1 << 20

// Analyze analyses text. It never panics, and allocates nothing (with
// WithNFC, one allocation for a text that is not NFC already). The Analysis
// refers to text; it does not copy it.
func (p Profile) Analyze(text string) (a Analysis) {
	p.analyze(&a, text)
	return a
}

// AnalyzeBytes is Analyze for a byte slice. The Analysis refers to b: b must
// not change while the Analysis is in use.
func (p Profile) AnalyzeBytes(b []byte) (a Analysis) {
	p.analyze(&a, bytesString(b))
	return a
}

// AnalyzeParts is Analyze followed by AppendParts(dst) on the Analysis, in
// one pass over the text: the counting pass appends the parts to dst as it
// finds them, where AppendParts after Analyze walks a text of more than 12
// parts a second time. Use it when every part is wanted (to encode or show
// them); it allocates only when dst must grow.
func (p Profile) AnalyzeParts(text string, dst []Part) (a Analysis, parts []Part) {
	parts = p.analyzeParts(&a, text, dst)
	return a, parts
}

// AnalyzeBytesParts is AnalyzeParts for a byte slice. The Analysis refers to
// b: b must not change while the Analysis is in use.
func (p Profile) AnalyzeBytesParts(b []byte, dst []Part) (a Analysis, parts []Part) {
	parts = p.analyzeParts(&a, bytesString(b), dst)
	return a, parts
}

// analyze writes the analysis of text into *a (a zero Analysis), in place:
// the result is not copied.
func (p *Profile) analyze(a *Analysis, text string) {
	if p.setUp(a, text) {
		engine.AnalyzeTo(&a.r, a.p.rl, &a.p.opt, a.text)
		a.countPipes()
	}
}

// analyzeParts is analyze that also appends the parts to dst, from the
// counting pass (engine.AnalyzeParts).
func (p *Profile) analyzeParts(a *Analysis, text string, dst []Part) []Part {
	if !p.setUp(a, text) {
		return a.AppendParts(dst)
	}
	ps := engine.AnalyzeParts(toEngine(dst), &a.r, a.p.rl, &a.p.opt, a.text)
	a.countPipes()
	return fromEngine(ps)
}

// setUp starts the analysis of text in *a: the profile, the text after -nfc
// and -drop. It reports whether the engine's counting pass is still to run;
// false when *a is complete already (a fold policy, a text too large).
func (p *Profile) setUp(a *Analysis, text string) bool {
	if p.fold.policy != FoldNever {
		*a = p.analyzeFold(text)
		return false
	}
	rl := p.rules()
	a.p = *p
	a.p.rl, a.p.desc = rl, p.description()
	if len(text) > MaxTextBytes {
		a.r = tooLargeResult(rl, &p.opt)
		return false
	}
	a.src = text
	a.text = prepare(rl, &p.opt, text, p.nfc, p.drop)
	return true
}

// countPipes adds the ambiguous_pipe warnings of a pipe-code wire to the
// counting pass's result.
func (a *Analysis) countPipes() {
	if rl := a.p.rl; a.r.SawPipe && rl.Wire == engine.WirePipe {
		a.r.Warnings += countAmbiguous(rl, &a.p.opt, &a.r, a.text)
	}
}

// prepare makes the caller's text what the engine counts: NFC when nfc
// is set, then without the runes the vendor rejects when drop is set (the
// engine itself applies -smart and -ascii, rune by rune).
func prepare(rl *engine.Rules, opt *engine.Options, text string, nfc, drop bool) string {
	if nfc && !isNFC(text) {
		text = nfcString(text)
	}
	if drop {
		text = dropRejected(rl, opt, text)
	}
	return text
}

// TooLarge returns the analysis of a message too large to be analysed (the
// error too_large at offset 0, zero counts, no parts), as Analyze gives for
// a text over MaxTextBytes; segcalc uses it for input it did not keep.
func (p Profile) TooLarge() Analysis {
	p.rl, p.desc = p.rules(), p.description()
	return Analysis{p: p, r: tooLargeResult(p.rl, &p.opt)}
}

func tooLargeResult(rl *engine.Rules, opt *engine.Options) engine.Result {
	r := engine.Analyze(rl, opt, "")
	r.FirstError = engine.Issue{Code: engine.TooLarge}
	return r
}
