// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"iter"
	"unsafe"

	"github.com/smsseg/smsseg/codes"
	"github.com/smsseg/smsseg/internal/builtin"
	"github.com/smsseg/smsseg/internal/engine"
	"golang.org/x/text/unicode/norm"
)

// An Analysis is what one text costs and how it travels under a profile: it
// binds the profile, the text (referenced, not copied) and the result, so
// every method answers for that pair. It is a value; the zero Analysis is
// that of an empty text under GSM.
//
// All byte offsets (parts, issues, marks) are offsets into the delivered
// text (AppendText): the caller's text after the options, the vendor's
// substitutions, suffixes, operator code and truncation, each invalid byte
// replaced by U+FFFD.
type Analysis struct {
	p     Profile
	text  string // the engine's input: src after -nfc and -drop
	src   string // the caller's text, as passed to Analyze
	added Folds  // the options a fold policy applied (fold.go)
	r     engine.Result
}

// res returns the result; the zero Analysis is an empty text under GSM.
func (a *Analysis) res() *engine.Result {
	if a.p.rl == nil {
		return &zeroResult
	}
	return &a.r
}

// zeroResult is the result of the zero Analysis. It is never written.
var zeroResult = engine.Analyze(&builtin.Rules[0], &engine.Options{}, "")

// Profile returns the profile the text was analysed with.
func (a Analysis) Profile() Profile { return a.p }

// Class returns the encoding class: Normal, Turkish or UCS2.
func (a Analysis) Class() Class {
	r := a.res()
	if r.Scheme < 0 {
		return Normal
	}
	return Class(a.p.rules().Schemes[r.Scheme].Class)
}

// Shift returns the national language shift the chosen scheme uses.
func (a Analysis) Shift() Shift {
	r := a.res()
	if r.Scheme < 0 {
		return NoShift
	}
	return Shift(a.p.rules().Schemes[r.Scheme].Shift)
}

// Scheme returns the chosen scheme, and false for a text with nothing to
// send (empty or too large).
func (a Analysis) Scheme() (Scheme, bool) {
	r := a.res()
	if r.Scheme < 0 {
		return Scheme{}, false
	}
	return a.p.scheme(r.Scheme), true
}

// Units returns the units of the delivered text.
func (a Analysis) Units() int { return a.res().Units }

// Runes returns the runes of the delivered text.
func (a Analysis) Runes() int { return a.res().Runes }

// Segments returns the segments the vendor bills.
func (a Analysis) Segments() int { return a.res().Segments }

// PartCount returns the number of parts of the greedy split (SPEC 4). It may
// differ from Segments for vendors that bill from their own table.
func (a Analysis) PartCount() int {
	r := a.res()
	if r.Scheme < 0 {
		return 0
	}
	return r.Parts
}

// Remaining returns how many more units fit before the billed count grows
// (SPEC 4).
func (a Analysis) Remaining() int { return a.res().Remaining }

// Truncated returns the number of runes the vendor drops from the end.
func (a Analysis) Truncated() int { return a.res().Truncated }

// TextLen returns the byte length of the delivered text.
func (a Analysis) TextLen() int { return a.res().TextLen }

// OK reports whether the text has no errors (the vendor would accept it).
func (a Analysis) OK() bool { return a.res().Errors == 0 }

// ErrorCount returns the number of errors.
func (a Analysis) ErrorCount() int { return a.res().Errors }

// WarningCount returns the number of warnings.
func (a Analysis) WarningCount() int { return a.res().Warnings }

// FirstError returns the first error by offset, and false when there is
// none.
func (a Analysis) FirstError() (Issue, bool) {
	r := a.res()
	if r.Errors == 0 {
		return Issue{}, false
	}
	return issueOf(r.FirstError), true
}

// Credits returns segments × recipients (SPEC 1) for the profile's
// recipients (WithRecipients).
func (a Analysis) Credits() int64 { return int64(a.res().Segments) * a.p.Recipients() }

// CreditsFor returns segments × recipients for another recipient count, or
// ok false when recipients is not positive or the product overflows int64.
func (a Analysis) CreditsFor(recipients int64) (credits int64, ok bool) {
	if recipients < 1 {
		return 0, false
	}
	s := int64(a.res().Segments)
	if s != 0 && recipients > (1<<63-1)/s {
		return 0, false
	}
	return s * recipients, true
}

// Params returns the vendor request parameters.
func (a Analysis) Params() Params {
	r := a.res()
	return Params{rl: a.p.rules(), scheme: r.Scheme, segments: r.Segments, suffixes: a.p.opt.Suffixes}
}

// AppendText appends the delivered text to dst.
func (a Analysis) AppendText(dst []byte) []byte {
	return engine.AppendText(dst, a.p.rules(), &a.p.opt, a.res(), a.text)
}

// AppendWire appends the value of the vendor's message field to dst: the
// delivered text without the vendor suffixes and the operator code (the
// vendor and the operator add them), with Öztek's pipe codes for Oztek.
func (a Analysis) AppendWire(dst []byte) []byte {
	rl, r := a.p.rules(), a.res()
	if rl.Wire == engine.WireText && r.Tail == r.TextLen {
		return a.AppendText(dst)
	}
	if rl.Wire == engine.WirePipe && engine.Verbatim(rl, &a.p.opt, r, len(a.text)) {
		return codes.AppendEncode(dst, a.text)
	}
	var w engine.Walker[string]
	w.Init(rl, &a.p.opt, r, a.text)
	for {
		c, ok := w.Next()
		if !ok || c.Tail {
			return dst
		}
		if rl.Wire == engine.WirePipe {
			if code, ok := codes.Lookup(c.R); ok {
				dst = append(dst, '|', '0'+code/10, '0'+code%10, '|')
				continue
			}
		}
		dst = appendRune(dst, c.R)
	}
}

// AppendParts appends the parts of the greedy split (SPEC 4) to dst.
func (a Analysis) AppendParts(dst []Part) []Part {
	return fromEngine(engine.AppendParts(toEngine(dst), a.p.rules(), &a.p.opt, a.res(), a.text))
}

// toEngine and fromEngine convert a slice of parts in place: Part and
// engine.Part have the same fields, so the engine appends to the caller's
// slice.
func toEngine(ps []Part) []engine.Part   { return *(*[]engine.Part)(unsafe.Pointer(&ps)) }
func fromEngine(ps []engine.Part) []Part { return *(*[]Part)(unsafe.Pointer(&ps)) }

// The layouts must agree for toEngine and fromEngine.
var _ = [1]struct{}{}[unsafe.Sizeof(Part{})-unsafe.Sizeof(engine.Part{})]

// Parts returns an iterator over the parts.
func (a Analysis) Parts() iter.Seq[Part] {
	return func(yield func(Part) bool) {
		var it PartIter
		it.Init(&a)
		for !it.Done() {
			if !yield(it.Next()) {
				return
			}
		}
	}
}

// A PartIter walks the parts of an Analysis one at a time without a slice
// (as norm.Iter walks segments): the caller owns it and may reuse it with
// Init. It allocates nothing.
type PartIter struct {
	it   engine.PartIter[string]
	next Part
	ok   bool
}

// Init makes it walk the parts of a.
func (it *PartIter) Init(a *Analysis) {
	it.it.Init(a.p.rules(), &a.p.opt, a.res(), a.text)
	p, ok := it.it.Next()
	it.next, it.ok = Part(p), ok
}

// Done reports whether every part has been returned.
func (it *PartIter) Done() bool { return !it.ok }

// Next returns the next part (the zero Part once Done).
func (it *PartIter) Next() Part {
	if !it.ok {
		return Part{}
	}
	p := it.next
	q, ok := it.it.Next()
	it.next, it.ok = Part(q), ok
	return p
}

// hasCodeFor returns the wire's ambiguity test, nil for a plain wire.
func hasCodeFor(rl *engine.Rules) func(rune) bool {
	if rl.Wire == engine.WirePipe {
		return codes.HasCode
	}
	return nil
}

// countAmbiguous counts the ambiguous_pipe warnings of an Öztek text.
func countAmbiguous(rl *engine.Rules, opt *engine.Options, r *engine.Result, text string) int {
	n := 0
	engine.WalkIssues(rl, opt, r, text, codes.HasCode, func(is engine.Issue) bool {
		if is.Code == engine.AmbiguousPipe {
			n++
		}
		return true
	})
	return n
}

// Issues returns an iterator over the errors and warnings, ordered by
// offset (SPEC 3.7: at one offset invalid_utf8, unknown_char, too_long;
// replaced, ambiguous_pipe, truncated). It streams: memory does not grow
// with the number of issues.
func (a Analysis) Issues() iter.Seq[Issue] {
	return func(yield func(Issue) bool) {
		rl := a.p.rules()
		engine.WalkIssues(rl, &a.p.opt, a.res(), a.text, hasCodeFor(rl), func(is engine.Issue) bool {
			return yield(issueOf(is))
		})
	}
}

// AppendIssues appends every error and warning to dst, ordered as Issues.
func (a Analysis) AppendIssues(dst []Issue) []Issue {
	if r := a.res(); r.Errors+r.Warnings == 0 {
		return dst
	}
	rl := a.p.rules()
	engine.WalkIssues(rl, &a.p.opt, a.res(), a.text, hasCodeFor(rl), func(is engine.Issue) bool {
		dst = append(dst, issueOf(is))
		return true
	})
	return dst
}

// bytesString views b as a string without copying.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// isNFC reports whether s is NFC already: the quick check first, which
// allocates nothing, then the full one only for its "maybe" answers.
func isNFC(s string) bool { return norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s) }

func nfcString(s string) string { return norm.NFC.String(s) }

func appendRune(dst []byte, r rune) []byte {
	if r < 0x80 {
		return append(dst, byte(r))
	}
	return appendRuneSlow(dst, r)
}
