// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package fuzz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/naive"
)

// A combo is a profile with user options, and the same options for the
// reference.
type combo struct {
	vendor     string
	p          smsseg.Profile
	opt        naive.Options
	recipients int64
}

func (c combo) String() string {
	s := c.vendor
	if c.opt.NFC {
		s += " -nfc"
	}
	if c.opt.Smart {
		s += " -smart"
	}
	if c.opt.ASCII {
		s += " -ascii"
	}
	if l := optOutList(c.opt); l != "" {
		s += " -optout " + l
	}
	if c.opt.OpCode != "" {
		s += " -opcode " + c.opt.OpCode
	}
	if c.recipients != 1 {
		s += fmt.Sprintf(" -recipients %d", c.recipients)
	}
	return s
}

// optOutList is the -optout list of opt ("" for none).
func optOutList(opt naive.Options) string {
	var w []string
	if opt.Link {
		w = append(w, "link")
	}
	if opt.Phone {
		w = append(w, "phone")
	}
	return strings.Join(w, ",")
}

// plain returns c without options, suffixes, operator code and recipients.
func (c combo) plain() combo { return makeCombo(c.vendor, naive.Options{}, 1) }

// makeCombo builds a combo; it panics on a bad vendor or option.
func makeCombo(vendor string, opt naive.Options, recipients int64) combo {
	p, ok := smsseg.Lookup(vendor)
	if !ok {
		panic("no profile " + vendor)
	}
	p = p.WithNFC(opt.NFC).WithSmart(opt.Smart).WithASCII(opt.ASCII)
	p, err := p.WithOptOut(optOutList(opt))
	if err != nil {
		panic(err)
	}
	if p, err = p.WithOperatorCode(opt.OpCode); err != nil {
		panic(err)
	}
	if p, err = p.WithRecipients(recipients); err != nil {
		panic(err)
	}
	return combo{vendor, p, opt, recipients}
}

// opCode is the operator code of the optOpCode bit (SPEC 3.7's example).
const opCode = "B001"

// maxRecipients is the recipient count of the optRecipients bit.
const maxRecipients = smsseg.MaxRecipients

// Option bits of the fuzz targets' second argument. The first four keep
// the meaning they had when the corpus under testdata/fuzz was written.
const (
	optASCII = 1 << iota
	optSmart
	optLink       // esemes only
	optPhone      // esemes only
	optNFC        // -nfc
	optOpCode     // -opcode B001
	optRecipients // -recipients 1000000000
	numOpts       = 1 << 7
)

// optionsOf decodes the option bits (the top bit is ignored).
func optionsOf(bits byte) (naive.Options, int64) {
	o := naive.Options{ASCII: bits&optASCII != 0, Smart: bits&optSmart != 0,
		Link: bits&optLink != 0, Phone: bits&optPhone != 0, NFC: bits&optNFC != 0}
	if bits&optOpCode != 0 {
		o.OpCode = opCode
	}
	n := int64(1)
	if bits&optRecipients != 0 {
		n = maxRecipients
	}
	return o, n
}

// optionBits encodes a vector's options; any operator code is optOpCode
// and any recipient count but 1 is optRecipients.
func optionBits(o naive.Options, recipients int64) byte {
	var b byte
	for i, on := range []bool{o.ASCII, o.Smart, o.Link, o.Phone, o.NFC, o.OpCode != "", recipients > 1} {
		if on {
			b |= 1 << i
		}
	}
	return b
}

// combosByOpts[bits] holds every profile with the options of bits; the
// opt-out bits apply to esemes only.
var combosByOpts = func() (cs [numOpts][]combo) {
	for bits := range cs {
		for _, name := range smsseg.Names() {
			opt, n := optionsOf(byte(bits))
			if name != "esemes" {
				opt.Link, opt.Phone = false, false
			}
			cs[bits] = append(cs[bits], makeCombo(name, opt, n))
		}
	}
	return cs
}()

// combosFor returns every profile with the options of bits.
func combosFor(bits byte) []combo { return combosByOpts[bits%numOpts] }

// greedyBilled reports whether the profile bills the parts of the greedy
// split (SPEC 3.1–3.4, 3.8), so that segments == parts.
func greedyBilled(vendor string) bool {
	switch vendor {
	case "gsm", "nodeapi", "kobikom", "esemes", "verimor":
		return true
	}
	return false
}

// tailOf returns what the profile appends to a non-empty text: the esemes
// suffixes, each after a space, then a space and the operator code (SPEC
// 3.4, 3.7).
func tailOf(c combo) string {
	var b strings.Builder
	for _, w := range []struct {
		on   bool
		name string
	}{{c.opt.Link, "link"}, {c.opt.Phone, "phone"}} {
		if w.on {
			s, ok := c.p.Suffix(w.name)
			if !ok {
				panic(c.vendor + " has no suffix " + w.name)
			}
			b.WriteString(" " + s)
		}
	}
	if c.opt.OpCode != "" {
		b.WriteString(" " + c.opt.OpCode)
	}
	return b.String()
}

// schemeIndex returns the index in p.Schemes() of a's scheme, -1 when
// there is none.
func schemeIndex(a smsseg.Analysis) int {
	sc, ok := a.Scheme()
	if !ok {
		return -1
	}
	for i, s := range a.Profile().Schemes() {
		if s.ID == sc.ID {
			return i
		}
	}
	return -2
}

// checker reports a failure of one combo on one input.
type checker struct {
	t    testing.TB
	c    combo
	text string
}

func (k *checker) fatalf(format string, args ...any) {
	k.t.Helper()
	k.t.Fatalf("%s, input %.300q (%d bytes): %s", k.c, k.text, len(k.text), fmt.Sprintf(format, args...))
}

func eq[T comparable](k *checker, what string, got, want T) {
	if got != want {
		k.t.Helper()
		k.fatalf("%s: got %v; want %v", what, got, want)
	}
}

func eqRune(k *checker, what string, got, want rune) {
	if got != want {
		k.t.Helper()
		k.fatalf("%s: got %q (%U); want %q (%U)", what, got, got, want, want)
	}
}

func eqSlice[T comparable](k *checker, what string, got, want []T) {
	k.t.Helper()
	if len(got) != len(want) {
		k.fatalf("%s: got %v; want %v", what, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			k.fatalf("%s [%d]: got %v; want %v (all: got %v; want %v)", what, i, got[i], want[i], got, want)
		}
	}
}

var otherRecipients = []int64{1, 3, 1000, maxRecipients}

// check analyses text under c and holds the result to the reference and to
// the invariants of SPEC 1, 3, 4 and 5. It returns the analysis.
func check(t testing.TB, c combo, text string) smsseg.Analysis {
	t.Helper()
	k := &checker{t, c, text}
	p := c.p
	a := p.Analyze(text)
	if a2 := p.Analyze(text); !reflect.DeepEqual(a, a2) {
		k.fatalf("not deterministic: got %+v; want %+v", a2, a)
	}
	ab := p.AnalyzeBytes([]byte(text))
	want, err := naive.Analyze(c.vendor, c.opt, text)
	if err != nil {
		k.fatalf("reference: %v", err)
	}

	// Field by field against the reference.
	eq(k, "encoding", a.Class().String(), want.Encoding)
	eq(k, "shift", a.Shift().String(), want.Shift)
	si := schemeIndex(a)
	eq(k, "scheme", si, want.Scheme)
	eq(k, "units", a.Units(), want.Units)
	eq(k, "runes", a.Runes(), want.Runes)
	eq(k, "segments", a.Segments(), want.Segments)
	eq(k, "remaining", a.Remaining(), want.Remaining)
	eq(k, "truncated", a.Truncated(), want.Truncated)
	delivered := string(a.AppendText(nil))
	eq(k, "text", delivered, want.Text)
	eq(k, "TextLen", a.TextLen(), len(delivered))
	wire := string(a.AppendWire(nil))
	eq(k, "wire", wire, want.Wire)
	params := a.Params().String()
	if !jsonEqual(params, want.Params) {
		k.fatalf("params: got %s; want %s", params, want.Params)
	}
	eq(k, "Credits", a.Credits(), want.Credits(c.recipients))
	for _, n := range otherRecipients {
		got, ok := a.CreditsFor(n)
		eq(k, "CreditsFor ok", ok, true)
		eq(k, "CreditsFor", got, want.Credits(n))
	}
	if _, ok := a.CreditsFor(0); ok {
		k.fatalf("CreditsFor(0) accepted")
	}

	// Parts: AppendParts, the Parts iterator and a PartIter agree, and
	// match the reference.
	parts := a.AppendParts(nil)
	var seq []smsseg.Part
	for pt := range a.Parts() {
		seq = append(seq, pt)
	}
	eqSlice(k, "Parts iterator = AppendParts", seq, parts)
	var it smsseg.PartIter
	it.Init(&a)
	var walked []smsseg.Part
	for !it.Done() {
		walked = append(walked, it.Next())
	}
	eq(k, "PartIter.Next once Done", it.Next(), smsseg.Part{})
	eqSlice(k, "PartIter = AppendParts", walked, parts)
	var gotParts []naive.Part
	for _, pt := range parts {
		gotParts = append(gotParts, naive.Part{Start: pt.Start, End: pt.End, Units: pt.Units})
	}
	eqSlice(k, "parts", gotParts, want.Parts)
	eq(k, "PartCount", a.PartCount(), len(want.Parts))
	// AnalyzeParts (one pass) gives the same Analysis and appends the same
	// parts after what dst holds, for string and []byte input.
	pre := []smsseg.Part{{Start: 7, End: 8, Units: 9}}
	for _, in := range []string{"string", "[]byte"} {
		var ap smsseg.Analysis
		var sunk []smsseg.Part
		if in == "string" {
			ap, sunk = p.AnalyzeParts(text, pre[:1:1])
		} else {
			ap, sunk = p.AnalyzeBytesParts([]byte(text), pre[:1:1])
		}
		if !reflect.DeepEqual(ap, a) && in == "string" {
			k.fatalf("AnalyzeParts Analysis: got %+v; want %+v", ap, a)
		}
		eq(k, "AnalyzeParts("+in+") dst", sunk[0], pre[0])
		eqSlice(k, "AnalyzeParts("+in+") parts", sunk[1:], parts)
		eq(k, "AnalyzeParts("+in+") units", ap.Units(), a.Units())
	}

	// Issues: AppendIssues and the Issues iterator agree, and match the
	// reference in code, offset and (where it states one) rune.
	issues := a.AppendIssues(nil)
	var iss []smsseg.Issue
	for is := range a.Issues() {
		iss = append(iss, is)
	}
	eqSlice(k, "Issues iterator = AppendIssues", iss, issues)
	var gotErr, gotWarn []naive.Issue
	var errs []smsseg.Issue
	for _, is := range issues {
		x := naiveIssue(is)
		if is.Code.IsWarning() {
			gotWarn = append(gotWarn, x)
			continue
		}
		errs = append(errs, is)
		gotErr = append(gotErr, x)
	}
	eqSlice(k, "errors", gotErr, want.Errors)
	eqSlice(k, "warnings", gotWarn, want.Warnings)
	eq(k, "ErrorCount", a.ErrorCount(), len(want.Errors))
	eq(k, "WarningCount", a.WarningCount(), len(want.Warnings))
	eq(k, "OK", a.OK(), len(want.Errors) == 0)
	first, ok := a.FirstError()
	eq(k, "FirstError ok", ok, len(errs) > 0)
	if ok {
		eq(k, "FirstError = first error of AppendIssues", first, errs[0])
	}
	checkIssueRunes(k, a, issues, delivered)

	// The JSON object, and the []byte twin.
	js := a.AppendJSON(nil)
	checkJSON(k, a, js, want, delivered, wire, parts, issues)
	if m, err := a.MarshalJSON(); err != nil || !bytes.Equal(m, js) {
		k.fatalf("MarshalJSON = %s, %v; AppendJSON %s", m, err, js)
	}
	var buf bytes.Buffer
	if err := smsseg.NewJSONEncoder(&buf).Encode(&a); err != nil || buf.String() != string(js)+"\n" {
		k.fatalf("JSONEncoder wrote %q, %v; AppendJSON %q", buf.String(), err, js)
	}
	if !reflect.DeepEqual(a, ab) {
		k.fatalf("AnalyzeBytes differs: got %+v; want %+v", ab, a)
	}
	if jb := ab.AppendJSON(nil); !bytes.Equal(jb, js) {
		k.fatalf("AnalyzeBytes JSON: got %s; want %s", jb, js)
	}

	// Invariants that do not need the reference.
	if !utf8.ValidString(delivered) {
		k.fatalf("delivered text is not valid UTF-8: %q", delivered)
	}
	if a.Remaining() < 0 {
		k.fatalf("remaining %d < 0", a.Remaining())
	}
	if si < 0 {
		eq(k, "empty: units", a.Units(), 0)
		eq(k, "empty: parts", len(parts), 0)
		eq(k, "empty: segments", a.Segments(), 0)
		eq(k, "empty: text", delivered, "")
		eq(k, "empty: remaining", a.Remaining(), 160)
		return a
	}
	tail := tailOf(c)
	if !strings.HasSuffix(delivered, tail) {
		k.fatalf("delivered text %q does not end with the tail %q", delivered, tail)
	}
	if c.vendor != "oztek" {
		eq(k, "wire = text without the tail", wire, strings.TrimSuffix(delivered, tail))
	}
	sc := p.Schemes()[si]
	eq(k, "scheme class", sc.Class, a.Class())
	eq(k, "scheme shift", sc.Shift, a.Shift())
	capacity := sc.Single
	if len(parts) > 1 {
		capacity = sc.Multi
	}
	if greedyBilled(c.vendor) {
		eq(k, "segments == parts", a.Segments(), len(parts))
	}
	// Parts tile the text at rune boundaries (so never inside an ESC pair
	// or a surrogate pair), within capacity, and their units add up.
	end, units := 0, 0
	for i, pt := range parts {
		if pt.Start != end {
			k.fatalf("part %d starts at %d; previous ends at %d", i, pt.Start, end)
		}
		if pt.End < pt.Start || pt.End > len(delivered) {
			k.fatalf("part %d: bad range %v", i, pt)
		}
		if pt.Start < len(delivered) && !utf8.RuneStart(delivered[pt.Start]) {
			k.fatalf("part %d starts inside a rune", i)
		}
		if pt.Units > capacity {
			k.fatalf("part %d holds %d units, capacity %d", i, pt.Units, capacity)
		}
		u := 0
		for _, r := range delivered[pt.Start:pt.End] {
			n := p.RuneUnits(si, r)
			if n == 0 {
				for s := range p.Schemes() {
					if p.RuneUnits(s, r) != 0 {
						k.fatalf("chosen scheme cannot carry %q, which scheme %d carries", r, s)
					}
				}
				n = 1 // unknown to the profile
			}
			u += n
		}
		if pt.Units != u {
			k.fatalf("part %d holds %d units; its runes' RuneUnits add up to %d", i, pt.Units, u)
		}
		units += u
		end = pt.End
	}
	eq(k, "parts end", end, len(delivered))
	eq(k, "units = sum of RuneUnits", a.Units(), units)
	checkMarks(k, a, si, delivered, len(delivered)-len(tail), issues, want)
	checkCosts(k, a, si, want)
	return a
}

// naiveIssue converts an issue to the reference's form: code, offset and
// rune (0 for empty and truncated, in both).
func naiveIssue(is smsseg.Issue) naive.Issue {
	return naive.Issue{Code: is.Code.String(), Offset: is.Offset, Rune: is.Rune}
}

// checkIssueRunes checks each issue's rune against the delivered text.
func checkIssueRunes(k *checker, a smsseg.Analysis, issues []smsseg.Issue, delivered string) {
	k.t.Helper()
	p := a.Profile()
	prev, misordered := -1, false
	for _, is := range issues {
		if is.Offset < 0 || is.Offset > len(delivered) {
			k.fatalf("%v: offset out of range", is)
		}
		if is.Offset < prev && !misordered {
			// The errors and the warnings are each in SPEC order (compared
			// with the reference); Issues and AppendIssues promise one
			// stream ordered by offset. Reported without stopping, so that
			// the other checks still run.
			misordered = true
			k.t.Helper()
			k.t.Errorf("%s, input %.300q (%d bytes): AppendIssues not ordered by offset: %v",
				k.c, k.text, len(k.text), issues)
		}
		prev = is.Offset
		var at rune = -1
		if is.Offset < len(delivered) {
			at, _ = utf8.DecodeRuneInString(delivered[is.Offset:])
		}
		if !errors.Is(is, sentinelOf(is.Code)) || is.Error() == "" || !strings.HasPrefix(is.Error(), "smsseg: ") {
			k.fatalf("%v: errors.Is or Error() wrong", is)
		}
		switch is.Code {
		case smsseg.InvalidUTF8:
			eqRune(k, "invalid_utf8 rune", is.Rune, utf8.RuneError)
		case smsseg.Empty, smsseg.Truncated, smsseg.TooLarge:
			eqRune(k, is.Code.String()+" rune", is.Rune, 0)
			eq(k, is.Code.String()+" HasRune", is.HasRune(), false)
		case smsseg.Replaced:
			// The caller's rune, which the vendor delivers as the rune
			// at the offset.
			if is.Rune == at {
				k.fatalf("replaced at %d: %q is delivered unchanged", is.Offset, at)
			}
			eqRune(k, "replaced: Delivers(rune)", p.Delivers(is.Rune), at)
		default:
			eqRune(k, is.Code.String()+" rune", is.Rune, at)
		}
	}
}

func sentinelOf(c smsseg.Code) error {
	return map[smsseg.Code]error{
		smsseg.InvalidUTF8: smsseg.ErrInvalidUTF8, smsseg.UnknownChar: smsseg.ErrUnknownChar,
		smsseg.Empty: smsseg.ErrEmpty, smsseg.TooLong: smsseg.ErrTooLong, smsseg.TooLarge: smsseg.ErrTooLarge,
		smsseg.Replaced: smsseg.ErrReplaced, smsseg.AmbiguousPipe: smsseg.ErrAmbiguousPipe,
		smsseg.Truncated: smsseg.ErrTruncated,
	}[c]
}

// checkMarks checks Marks and RuledOut: a Mark for exactly the runes that
// cost 2 units, ruled an earlier scheme out, put the text in its class (no
// earlier scheme of a lower class carries them), were replaced by the
// vendor or are rejected, each with the right fields.
func checkMarks(k *checker, a smsseg.Analysis, si int, delivered string, tailStart int, issues []smsseg.Issue, want naive.Result) {
	k.t.Helper()
	p := a.Profile()
	replaced := map[int]rune{}
	unknown := map[int]bool{}
	for _, is := range issues {
		switch is.Code {
		case smsseg.Replaced:
			replaced[is.Offset] = is.Rune
		case smsseg.UnknownChar:
			unknown[is.Offset] = true
		}
	}
	ruled := map[int]uint8{}
	schemes := p.Schemes()
	n := len(schemes)
	for i := 0; i < n; i++ {
		m, ok := a.RuledOut(i)
		if i == si && ok {
			k.fatalf("RuledOut(%d): the chosen scheme is ruled out by %+v", i, m)
		}
		if !ok {
			continue
		}
		if m.RuledOut != 1<<i {
			k.fatalf("RuledOut(%d).RuledOut = %b", i, m.RuledOut)
		}
		if i == 0 && want.ForcedOffset >= 0 {
			eq(k, "RuledOut(0) offset = reference Forced", m.Offset, want.ForcedOffset)
			eqRune(k, "RuledOut(0) rune = reference Forced", m.Rune, want.Forced)
		}
		if i < si {
			ruled[m.Offset] |= 1 << i
		}
	}
	if _, ok := a.RuledOut(n); ok {
		k.fatalf("RuledOut(%d) out of range accepted", n)
	}
	if _, ok := a.RuledOut(-1); ok {
		k.fatalf("RuledOut(-1) accepted")
	}
	if si > 0 && want.ForcedOffset >= 0 {
		if _, ok := a.RuledOut(0); !ok {
			k.fatalf("RuledOut(0) false; the reference says %q at %d forced scheme %d", want.Forced, want.ForcedOffset, si)
		}
	}
	var wantMarks []smsseg.Mark
	for off, r := range delivered {
		u := p.RuneUnits(si, r)
		m := smsseg.Mark{Offset: off, Rune: r, Src: r, Units: u, RuledOut: ruled[off], Tail: off >= tailStart}
		if u == 0 {
			m.Units, m.Rejected = 1, true
		}
		if si > 0 && !m.Rejected && a.Class() != smsseg.Normal {
			// No scheme of a lower class before the chosen one carries it.
			m.Forced = true
			for i := range si {
				if schemes[i].Class < a.Class() && p.RuneUnits(i, r) != 0 {
					m.Forced = false
				}
			}
		}
		if src, ok := replaced[off]; ok {
			m.Src, m.Replaced = src, true
		}
		if m.Rejected != unknown[off] {
			k.fatalf("rune %q at %d: rejected %v, unknown_char there %v", r, off, m.Rejected, unknown[off])
		}
		if m.Units == 2 || m.RuledOut != 0 || m.Forced || m.Replaced || m.Rejected {
			wantMarks = append(wantMarks, m)
		}
	}
	var got []smsseg.Mark
	for m := range a.Marks() {
		got = append(got, m)
	}
	if len(got) != len(wantMarks) {
		k.fatalf("Marks: got %d; want %d:\n got %+v\nwant %+v", len(got), len(wantMarks), got, wantMarks)
	}
	eqSlice(k, "Marks", got, wantMarks)
}

// checkCosts checks CostIn: the chosen scheme's own cost, and for the
// GSM-family profiles every candidate of the reference, which also says
// that gsm chose the cheapest qualifying candidate, ties to the earlier.
func checkCosts(k *checker, a smsseg.Analysis, si int, want naive.Result) {
	k.t.Helper()
	own, ok := a.CostIn(si)
	eq(k, "CostIn(chosen) ok", ok, true)
	eq(k, "CostIn(chosen)", own, smsseg.Cost{Units: a.Units(), Segments: a.Segments(), Parts: a.PartCount()})
	if _, ok := a.CostIn(len(a.Profile().Schemes())); ok {
		k.fatalf("CostIn out of range accepted")
	}
	for j, cand := range want.Candidates {
		cost, ok := a.CostIn(j)
		_, ruledOut := a.RuledOut(j)
		eq(k, fmt.Sprintf("CostIn(%d) ok = !RuledOut(%d)", j, j), ok, !ruledOut)
		eq(k, fmt.Sprintf("CostIn(%d) ok = candidate qualifies", j), ok, cand.Qualifies)
		if !cand.Qualifies {
			if j == si {
				k.fatalf("chose candidate %d, which does not qualify", j)
			}
			continue
		}
		if a.Truncated() == 0 {
			eq(k, fmt.Sprintf("CostIn(%d)", j), cost, smsseg.Cost{Units: cand.Units, Segments: cand.Segments, Parts: cand.Segments})
		}
		if c := a.Profile(); c.Name() == "gsm" &&
			(cand.Segments < a.Segments() || (j < si && cand.Segments == a.Segments())) {
			k.fatalf("candidate %d (%s/%s) needs %d segments; chosen %d needs %d",
				j, cand.Encoding, cand.Shift, cand.Segments, si, a.Segments())
		}
	}
}

// jsonEqual reports whether two JSON texts hold the same value.
func jsonEqual(a, b string) bool {
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// jsonKeys is the field order of SPEC 5's JSON object.
var jsonKeys = []string{"vendor", "encoding", "shift", "units", "runes", "segments", "remaining", "truncated",
	"text", "wire", "parts", "recipients", "credits", "params", "errors", "warnings"}

type jsonIssue struct {
	Code    string  `json:"code"`
	Offset  int     `json:"offset"`
	Rune    *string `json:"rune"`
	Message string  `json:"message"`
}

type jsonObject struct {
	Vendor     string          `json:"vendor"`
	Encoding   string          `json:"encoding"`
	Shift      string          `json:"shift"`
	Units      int             `json:"units"`
	Runes      int             `json:"runes"`
	Segments   int             `json:"segments"`
	Remaining  int             `json:"remaining"`
	Truncated  int             `json:"truncated"`
	Text       string          `json:"text"`
	Wire       string          `json:"wire"`
	Parts      []smsseg.Part   `json:"parts"`
	Recipients int64           `json:"recipients"`
	Credits    int64           `json:"credits"`
	Params     json.RawMessage `json:"params"`
	Errors     []jsonIssue     `json:"errors"`
	Warnings   []jsonIssue     `json:"warnings"`
}

// checkJSON parses the JSON object of SPEC 5 and holds it to the
// reference and to the analysis.
func checkJSON(k *checker, a smsseg.Analysis, js []byte, want naive.Result, delivered, wire string, parts []smsseg.Part, issues []smsseg.Issue) {
	k.t.Helper()
	if !utf8.Valid(js) {
		k.fatalf("JSON is not valid UTF-8: %q", js)
	}
	// Field names, in order, each once.
	dec := json.NewDecoder(bytes.NewReader(js))
	var keys []string
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		k.fatalf("JSON %s: does not start an object: %v %v", js, tok, err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			k.fatalf("JSON %s: %v", js, err)
		}
		keys = append(keys, tok.(string))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			k.fatalf("JSON %s: %v", js, err)
		}
	}
	if _, err := dec.Token(); err != nil {
		k.fatalf("JSON %s: %v", js, err)
	}
	if _, err := dec.Token(); err == nil {
		k.fatalf("JSON %s: more after the object", js)
	}
	eqSlice(k, "JSON keys", keys, jsonKeys)
	var o jsonObject
	dec = json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		k.fatalf("JSON %s: %v", js, err)
	}
	eq(k, "JSON vendor", o.Vendor, want.Vendor)
	eq(k, "JSON encoding", o.Encoding, want.Encoding)
	eq(k, "JSON shift", o.Shift, want.Shift)
	eq(k, "JSON units", o.Units, want.Units)
	eq(k, "JSON runes", o.Runes, want.Runes)
	eq(k, "JSON segments", o.Segments, want.Segments)
	eq(k, "JSON remaining", o.Remaining, want.Remaining)
	eq(k, "JSON truncated", o.Truncated, want.Truncated)
	eq(k, "JSON text", o.Text, delivered)
	eq(k, "JSON wire", o.Wire, wire)
	if o.Parts == nil {
		k.fatalf("JSON parts is not an array: %s", js)
	}
	eqSlice(k, "JSON parts", o.Parts, parts)
	eq(k, "JSON recipients", o.Recipients, k.c.recipients)
	eq(k, "JSON credits", o.Credits, want.Credits(k.c.recipients))
	if !jsonEqual(string(o.Params), want.Params) || string(o.Params) != a.Params().String() {
		k.fatalf("JSON params: got %s; want %s (Params %s)", o.Params, want.Params, a.Params())
	}
	if o.Errors == nil || o.Warnings == nil {
		k.fatalf("JSON errors or warnings not an array: %s", js)
	}
	var all []jsonIssue
	all = append(all, o.Errors...)
	all = append(all, o.Warnings...)
	var sorted []smsseg.Issue
	for _, is := range issues {
		if !is.Code.IsWarning() {
			sorted = append(sorted, is)
		}
	}
	for _, is := range issues {
		if is.Code.IsWarning() {
			sorted = append(sorted, is)
		}
	}
	eq(k, "JSON issue count", len(all), len(sorted))
	for i, j := range all {
		is := sorted[i]
		eq(k, "JSON issue code", j.Code, is.Code.String())
		eq(k, "JSON issue offset", j.Offset, is.Offset)
		if (j.Rune != nil) != is.HasRune() {
			k.fatalf("JSON issue %d %s: rune present %v", i, j.Code, j.Rune != nil)
		}
		if j.Rune != nil {
			r, size := utf8.DecodeRuneInString(*j.Rune)
			if size != len(*j.Rune) || r != is.Rune {
				k.fatalf("JSON issue %d %s: rune %q; want %q", i, j.Code, *j.Rune, is.Rune)
			}
		}
		if j.Message == "" {
			k.fatalf("JSON issue %d %s: no message", i, j.Code)
		}
		if got, want := j.Message, string(a.AppendMessage(nil, is)); got != want {
			k.fatalf("JSON issue %d message %q; AppendMessage %q", i, got, want)
		}
	}
}
