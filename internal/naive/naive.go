// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package naive is a deliberately naive reference analyser, written straight
// from SPEC.md, that the differential fuzz tests and property tests hold the
// fast engine (internal/engine), the root package's profiles and package
// sanitize to. It is for tests only: it lives under internal/ so that
// nothing outside the module can import it, and nothing in the module
// outside tests should.
//
// The reference is slow on purpose. It materialises the delivered text rune
// by rune into a slice, applies the SPEC's steps one after another in the
// order of SPEC 3.7 (-nfc, -smart, -ascii, vendor substitutions, vendor
// suffix, operator code, classification, units, truncation, segments and
// parts, wire), costs every rune by looking it up in the tables of SPEC 2,
// 3.5, 3.6, 3.8 and 3.9 written out again below as plain strings and maps,
// splits with a plain loop (SPEC 4) and bills with the SPEC's formulas.
//
// It shares no code path and no table with the engine, the root package,
// package gsm7 (whose tables the engine's are compiled from) or package
// sanitize: its only dependencies are the standard library and
// golang.org/x/text/unicode/norm for -nfc. Its tests check it against the
// golden vectors and against hand-worked cases, and use packages codes and
// gsm7 only to cross-check the pipe code list and the 3GPP tables.
package naive

import (
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options are the user options of SPEC 3.7, 3.9 and 5 the reference
// applies. Recipients are the caller's business (see [Result.Credits]).
type Options struct {
	NFC    bool   // -nfc
	ASCII  bool   // -ascii
	Smart  bool   // -smart
	OpCode string // -opcode: exactly 4 characters of A–Z 0–9; "" for none
	Link   bool   // -optout link (esemes only)
	Phone  bool   // -optout phone (esemes only)
}

// A Part is one part of the greedy split: byte offsets [Start, End) into the
// delivered text and the units it holds.
type Part struct {
	Start, End, Units int
}

// An Issue is an error or warning: its SPEC code name ("unknown_char", ...),
// its byte offset in the delivered text and the rune at issue (SPEC 5
// "rune"): U+FFFD for invalid_utf8, the delivered rune for unknown_char and
// too_long, '|' for ambiguous_pipe, the caller's rune after the user options
// (before the vendor's change) for replaced. The rune is absent for empty and
// truncated, and Rune is then 0; whether a rune is present follows from the
// code alone (an unknown_char U+0000 has one).
type Issue struct {
	Code   string
	Offset int
	Rune   rune
}

// A Candidate is one scheme a GSM-family profile (gsm, nodeapi, kobikom,
// esemes, verimor) considers, costed over the whole delivered text.
type Candidate struct {
	Encoding, Shift string
	Qualifies       bool // it carries every rune the profile knows
	Units, Segments int  // units and greedy parts of the whole text under it
}

// Result is the reference analysis, with the fields of the segcalc JSON
// object of SPEC 5 (params as its JSON text), plus the index of the chosen
// scheme in the profile's order and, for the GSM-family profiles, every
// candidate.
type Result struct {
	Vendor    string
	Encoding  string // "normal", "turkish", "ucs2"
	Shift     string // "none", "locking", "single"
	Units     int
	Runes     int
	Segments  int
	Remaining int
	Truncated int
	Text      string // delivered text
	Wire      string
	Parts     []Part
	Params    string // JSON object, keys in vendor order
	Errors    []Issue
	Warnings  []Issue
	// Scheme is the index of the chosen scheme in the profile's order (for
	// oztek and bisms 0 normal, 1 turkish); -1 for an empty text.
	Scheme     int
	Candidates []Candidate
	// Forced is the first delivered rune (before any truncation) that the
	// profile's first scheme cannot carry, when the chosen scheme is not
	// the first (for oztek and bisms: the first rune that makes the text
	// Turkish); ForcedOffset is its byte offset in the delivered text, -1
	// when there is none.
	Forced       rune
	ForcedOffset int
}

// Credits returns segments × recipients (SPEC 1).
func (r *Result) Credits(recipients int64) int64 { return int64(r.Segments) * recipients }

// ErrVendor is returned for an unknown vendor name or an opt-out suffix
// asked of a vendor other than esemes.
var ErrVendor = errors.New("naive: unknown vendor, or opt-out without esemes")

// ErrOpCode is returned for an operator code that is not exactly 4
// characters of A–Z 0–9 (SPEC 3.7).
var ErrOpCode = errors.New("naive: operator code must be 4 characters of A-Z 0-9")

// The 3GPP tables of SPEC 2, as the SPEC prints them: 128 runes each,
// position 0x1B is ESC (not a character: no table carries U+001B).
const (
	gsmDefault        = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmTurkishLocking = "@£$¥€éùıòÇ\nĞğ\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bŞşßÉ !\"#¤%&'()*+,-./0123456789:;<=>?İABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§çabcdefghijklmnopqrstuvwxyzäöñüà"
	gsmDefaultExt     = "\f^{}\\[~]|€"            // each costs 2
	gsmTurkishSingle  = gsmDefaultExt + "ĞİŞçğış" // each costs 2
)

// The vendor data of SPEC 3.4–3.6, written out again.
const (
	esemesLink  = "SMS Listemizden çıkmak için http://iptal.biz/xxxxxx"
	esemesPhone = "SMS Listemizden çıkmak için 02162120750 numarasını 1 kez çaldırınız."

	// oztek, SPEC 3.5.
	oztekBase     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,_?=!();$:@%£"
	oztekTwo      = "\r\n€{}[~]^|çşğıŞİĞ"
	oztekTriggers = "çşğıÇŞĞİöüÖÜ"
	oztekMax      = 918

	// bisms, SPEC 3.6.
	bismsAccepted = "ABCDEFGĞHIİJKLMNOPRSŞTUVYZÖÜQWXÇ abcçdefgğhıijklmnoprsştuvyzöüqwx @*:!$_#()+-;,<>=./'?\"%&0123456789"
	bismsTriggers = "üÜöÖÇğĞşŞıİç"
	bismsTwo      = "ğĞşŞıİç"

	// opCodeChars are the characters of an operator code (SPEC 3.7).
	opCodeChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
)

// oztekCodes is the pipe code list of SPEC 3.5, as the SPEC prints it.
const oztekCodes = "@ |01|, £ |02|, $ |03|, € |05|, _ |14|, ! |26|, ' |27|, # |28|, " +
	"% |30|, & |31|, ( |33|, ) |34|, * |35|, + |36|, - |38|, / |39|, " +
	": |40|, ; |41|, < |42|, = |43|, > |44|, ? |45|, { |46|, } |47|, " +
	"~ |49|, ^ |51|, ö |62|, ü |63|, ç |64|, ş |65|, ğ |66|, ı |67|, " +
	"Ö |68|, Ü |69|, Ç |70|, Ş |71|, İ |72|, Ğ |73|, \n |61|"

// bismsSubst is SPEC 3.6 step 1: pairs of (from, to).
const bismsSubst = "|I^'€E{([(})])\\/"

// bismsBounds are the inclusive upper bounds of SPEC 3.6 step 5.
var bismsBounds = [2][6]int{
	{160, 306, 459, 612, 765, 917}, // normal
	{155, 292, 439, 587, 735, 882}, // turkish
}

// verimorMax are the 7-part maximums of SPEC 3.8, per candidate.
var verimorMax = []int{1071, 1043, 469}

// smartFold is SPEC 3.9's -smart table, written out again: each rune and
// its replacement ("" removes it).
var smartFold = map[rune]string{
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '«': `"`, '»': `"`, '″': `"`,
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '´': "'", '`': "'", '‹': "'", '›': "'",
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'…':      "...",
	'\u00A0': " ", '\u2000': " ", '\u2001': " ", '\u2002': " ", '\u2003': " ", '\u2004': " ", '\u2005': " ",
	'\u2006': " ", '\u2007': " ", '\u2008': " ", '\u2009': " ", '\u200A': " ", '\u202F': " ", '\u205F': " ", '\u3000': " ",
	'\u00AD': "", '\u200B': "", '\u2060': "", '\uFEFF': "",
}

// asciiFold is SPEC 3.9's -ascii table.
var asciiFold = map[rune]string{
	'ç': "c", 'ğ': "g", 'ı': "i", 'İ': "I", 'ö': "o", 'ş': "s", 'ü': "u",
	'Ç': "C", 'Ğ': "G", 'Ö': "O", 'Ş': "S", 'Ü': "U",
	'â': "a", 'î': "i", 'û': "u", 'Â': "A", 'Î': "I", 'Û': "U",
	'₺': "TL",
}

// pipeCodes maps each rune of oztekCodes to its code, read from the SPEC's
// list when the package is initialised.
var pipeCodes = func() map[rune]string {
	m := map[rune]string{}
	for _, item := range strings.Split(oztekCodes, ", ") {
		c, size := utf8.DecodeRuneInString(item)
		m[c] = item[size+1:]
	}
	return m
}()

// PipeCode returns the Öztek pipe code of r ("|05|"), or "" when it has
// none.
func PipeCode(r rune) string { return pipeCodes[r] }

func contains(set string, r rune) bool { return strings.ContainsRune(set, r) }

// inTable reports whether a 3GPP table string carries r (never ESC).
func inTable(table string, r rune) bool { return r != 0x1B && contains(table, r) }

// scheme is one GSM-family candidate.
type scheme struct {
	enc, shift    string
	single, multi int
	units         func(r rune) int // 0: cannot carry
}

// gsmUnits costs a rune under a (locking table, 2-unit table) pair: 1 in
// the locking table, else 2 in the 2-unit table (SPEC 3.1); with twoFirst
// the 2-unit table wins where both have the rune (verimor, SPEC 3.8).
func gsmUnits(locking, two string, twoFirst bool) func(rune) int {
	return func(r rune) int {
		if twoFirst && inTable(two, r) {
			return 2
		}
		if inTable(locking, r) {
			return 1
		}
		if inTable(two, r) {
			return 2
		}
		return 0
	}
}

func ucs2Units(r rune) int {
	if r > 0xFFFF {
		return 2 // a surrogate pair
	}
	return 1
}

// Candidates with the capacities of SPEC 2's table.
var (
	candDefault = scheme{"normal", "none", 160, 153, gsmUnits(gsmDefault, gsmDefaultExt, false)}
	candLocking = scheme{"turkish", "locking", 155, 149, gsmUnits(gsmTurkishLocking, gsmDefaultExt, false)}
	candSingle  = scheme{"turkish", "single", 155, 149, gsmUnits(gsmDefault, gsmTurkishSingle, false)}
	candUCS2    = scheme{"ucs2", "none", 70, 67, ucs2Units}

	// Verimor (SPEC 3.8): the default extension costs 2 in both GSM
	// schemes, € included in the Turkish locking one.
	candVerimorDefault = scheme{"normal", "none", 160, 153, gsmUnits(gsmDefault, gsmDefaultExt, true)}
	candVerimorLocking = scheme{"turkish", "locking", 155, 149, gsmUnits(gsmTurkishLocking, gsmDefaultExt, true)}
)

func candidates(vendor string) []scheme {
	switch vendor {
	case "gsm":
		return []scheme{candDefault, candLocking, candSingle, candUCS2}
	case "verimor":
		return []scheme{candVerimorDefault, candVerimorLocking, candUCS2}
	case "esemes":
		return []scheme{candDefault, candSingle}
	}
	return []scheme{candDefault, candSingle, candUCS2} // nodeapi, kobikom
}

// delivered is one rune of the delivered text.
type delivered struct {
	r        rune
	src      rune // the caller's rune after the user options, before the vendor substitution
	bad      bool // it stands for an invalid input byte
	tail     bool // a vendor suffix or the operator code
	replaced bool // the vendor substitution changed it
}

// userText applies the user options of SPEC 3.9 in the order of SPEC 3.7
// (-nfc, then -smart, then -ascii), one whole pass each, and returns the
// caller's text as runes (each invalid byte one U+FFFD, marked bad).
func userText(opt Options, text string) []delivered {
	if opt.NFC {
		text = norm.NFC.String(text) // keeps invalid bytes as they are
	}
	var out []delivered
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		out = append(out, delivered{r: r, bad: r == utf8.RuneError && size == 1})
		i += size
	}
	fold := func(in []delivered, table map[rune]string) []delivered {
		var next []delivered
		for _, d := range in {
			repl, ok := table[d.r]
			if !ok {
				next = append(next, d)
				continue
			}
			for _, c := range repl {
				next = append(next, delivered{r: c})
			}
		}
		return next
	}
	if opt.Smart {
		out = fold(out, smartFold)
	}
	if opt.ASCII {
		out = fold(out, asciiFold)
	}
	for i := range out {
		out[i].src = out[i].r
	}
	return out
}

// deliver applies the vendor substitutions to the caller's runes and appends
// the vendor suffixes and the operator code (SPEC 3.7 order, before
// truncation).
func deliver(vendor string, opt Options, user []delivered) []delivered {
	out := slices.Clone(user)
	if vendor == "bisms" {
		for i := range out {
			out[i].r = bismsRune(out[i].src)
			out[i].replaced = out[i].r != out[i].src
		}
	}
	var tail []string
	if vendor == "esemes" {
		if opt.Link {
			tail = append(tail, esemesLink)
		}
		if opt.Phone {
			tail = append(tail, esemesPhone)
		}
	}
	if opt.OpCode != "" {
		tail = append(tail, opt.OpCode)
	}
	for _, t := range tail {
		for _, r := range " " + t {
			out = append(out, delivered{r: r, src: r, tail: true})
		}
	}
	return out
}

// bismsRune applies SPEC 3.6 steps 1 and 2 to one rune.
func bismsRune(r rune) rune {
	subst := []rune(bismsSubst)
	for k := 0; k < len(subst); k += 2 {
		if subst[k] == r {
			r = subst[k+1]
			break
		}
	}
	if !contains(bismsAccepted, r) {
		return ' '
	}
	return r
}

// greedy is the split of SPEC 4 over the units of each rune: the rune
// indexes [start, end) and units of every part.
func greedy(units []int, single, multi int) [][3]int {
	total := 0
	for _, u := range units {
		total += u
	}
	if total <= single {
		return [][3]int{{0, len(units), total}}
	}
	var parts [][3]int
	start, cur := 0, 0
	for i, u := range units {
		if cur+u > multi {
			parts = append(parts, [3]int{start, i, cur})
			start, cur = i, 0
		}
		cur += u
	}
	return append(parts, [3]int{start, len(units), cur})
}

// Analyze returns the reference analysis of text by vendor ("gsm", "oztek",
// "esemes", "nodeapi", "kobikom", "bisms" or "verimor") with the options
// opt, computed from SPEC.md alone. The error is ErrVendor or ErrOpCode for
// what segcalc treats as a usage error; a text the vendor would reject is
// no error here, it is described by Result.Errors.
func Analyze(vendor string, opt Options, text string) (Result, error) {
	switch vendor {
	case "gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms", "verimor":
	default:
		return Result{}, ErrVendor
	}
	if (opt.Link || opt.Phone) && vendor != "esemes" {
		return Result{}, ErrVendor
	}
	if opt.OpCode != "" && (len(opt.OpCode) != 4 || strings.Trim(opt.OpCode, opCodeChars) != "") {
		return Result{}, ErrOpCode
	}
	res := Result{Vendor: vendor, Encoding: "normal", Shift: "none", Scheme: -1, ForcedOffset: -1,
		Parts: []Part{}, Errors: []Issue{}, Warnings: []Issue{}}
	user := userText(opt, text)
	if len(user) == 0 {
		// SPEC 3.7: nothing before the suffix (read here as: nothing left
		// of the caller's text after the user options), and nothing else
		// happens.
		res.Remaining = 160
		res.Errors = append(res.Errors, Issue{Code: "empty"})
		res.Params = params(vendor, "normal", 0, opt)
		return res, nil
	}
	all := deliver(vendor, opt, user)
	runes := all
	var units []int
	var known []bool
	switch vendor {
	case "oztek":
		units, known = analyzeOztek(&res, runes)
	case "bisms":
		runes, units, known = analyzeBiSMS(&res, runes)
	default:
		units, known = analyzeGSM(&res, vendor, runes)
	}

	// Text, offsets and the per-rune issues (errors ordered by offset; at
	// one offset invalid_utf8, unknown_char, too_long).
	var b strings.Builder
	offs := make([]int, len(runes)+1)
	firstBad := -1
	total := 0
	limit := maxOf(vendor, res.Scheme)
	for i, d := range runes {
		offs[i] = b.Len()
		if d.bad && firstBad < 0 {
			firstBad = i
			res.Errors = append(res.Errors, Issue{"invalid_utf8", offs[i], utf8.RuneError})
		}
		if !known[i] {
			res.Errors = append(res.Errors, Issue{"unknown_char", offs[i], d.r})
		}
		if limit > 0 && total <= limit && total+units[i] > limit {
			res.Errors = append(res.Errors, Issue{"too_long", offs[i], d.r})
		}
		if d.replaced {
			res.Warnings = append(res.Warnings, Issue{"replaced", offs[i], d.src})
		}
		total += units[i]
		b.WriteRune(d.r)
	}
	offs[len(runes)] = b.Len()
	res.Text = b.String()
	res.Runes = len(runes)
	res.Units = total
	cut := len(res.Text) // where the tail (suffixes, operator code) starts
	for i, d := range runes {
		if d.tail {
			cut = offs[i]
			break
		}
	}
	if res.Truncated > 0 {
		if firstBad < 0 && slices.ContainsFunc(all, func(d delivered) bool { return d.bad }) {
			// SPEC 3.7: a first bad byte that truncation dropped is
			// reported where the runes were cut (len(text), or where the
			// operator code starts).
			res.Errors = append(res.Errors, Issue{"invalid_utf8", cut, utf8.RuneError})
		}
		res.Warnings = append(res.Warnings, Issue{Code: "truncated", Offset: cut})
	}

	// Parts.
	var sc scheme
	switch vendor {
	case "oztek", "bisms":
		sc = scheme{single: 160, multi: 153}
		if res.Encoding == "turkish" {
			sc = scheme{single: 155, multi: 147}
		}
	default:
		sc = candidates(vendor)[res.Scheme]
	}
	for _, p := range greedy(units, sc.single, sc.multi) {
		res.Parts = append(res.Parts, Part{offs[p[0]], offs[p[1]], p[2]})
	}

	// Segments and remaining (SPEC 3 and 4).
	switch vendor {
	case "oztek":
		if total <= sc.single {
			res.Segments = 1
			res.Remaining = sc.single - total
		} else {
			res.Segments = (total + sc.multi - 1) / sc.multi
			res.Remaining = res.Segments*sc.multi - total
		}
	case "bisms":
		for i, hi := range bismsBounds[res.Scheme] {
			if total <= hi {
				res.Segments = i + 1
				res.Remaining = hi - total
				break
			}
		}
	default:
		res.Segments = len(res.Parts)
		if len(res.Parts) == 1 {
			res.Remaining = sc.single - total
		} else {
			res.Remaining = sc.multi - res.Parts[len(res.Parts)-1].Units
		}
	}

	// Wire (without the tail; pipe-coded for oztek) and ambiguous_pipe.
	res.Wire = res.Text[:cut]
	if vendor == "oztek" {
		var w strings.Builder
		for i, d := range runes {
			if d.tail {
				break
			}
			if code := PipeCode(d.r); code != "" {
				w.WriteString(code)
			} else {
				w.WriteRune(d.r)
			}
			if d.r == '|' && i+3 < len(runes) && !runes[i+3].tail &&
				isDigit(runes[i+1].r) && isDigit(runes[i+2].r) &&
				(runes[i+3].r == '|' || PipeCode(runes[i+3].r) != "") {
				res.Warnings = append(res.Warnings, Issue{"ambiguous_pipe", offs[i], '|'})
			}
		}
		res.Wire = w.String()
	}
	sortIssues(res.Errors, []string{"invalid_utf8", "unknown_char", "too_long"})
	sortIssues(res.Warnings, []string{"replaced", "ambiguous_pipe", "truncated"})
	res.Params = params(vendor, res.Encoding, res.Segments, opt)
	return res, nil
}

// sortIssues orders issues by offset, and at one offset by the order of
// codes (SPEC 3.7).
func sortIssues(is []Issue, codes []string) {
	rank := func(c string) int { return slices.Index(codes, c) }
	sort.SliceStable(is, func(i, j int) bool {
		if is[i].Offset != is[j].Offset {
			return is[i].Offset < is[j].Offset
		}
		return rank(is[i].Code) < rank(is[j].Code)
	})
}

// maxOf returns the maximum units of the chosen scheme beyond which the
// text is too_long (oztek, verimor), or 0 for none.
func maxOf(vendor string, scheme int) int {
	switch vendor {
	case "oztek":
		return oztekMax
	case "verimor":
		return verimorMax[scheme]
	}
	return 0
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// analyzeGSM chooses among the candidates of SPEC 3.1–3.4 and 3.8 and
// returns the units of every rune under the chosen one and whether the
// profile knows it.
func analyzeGSM(res *Result, vendor string, runes []delivered) (units []int, known []bool) {
	cands := candidates(vendor)
	known = make([]bool, len(runes))
	for i, d := range runes {
		for _, c := range cands {
			if c.units(d.r) > 0 {
				known[i] = true
			}
		}
	}
	costs := make([][]int, len(cands))
	for k, c := range cands {
		cand := Candidate{Encoding: c.enc, Shift: c.shift, Qualifies: true}
		costs[k] = make([]int, len(runes))
		for i, d := range runes {
			u := c.units(d.r)
			if u == 0 {
				u = 1 // an unknown rune counts 1 (SPEC 3.7)
				if known[i] {
					cand.Qualifies = false
				}
			}
			costs[k][i] = u
			cand.Units += u
		}
		cand.Segments = len(greedy(costs[k], c.single, c.multi))
		res.Candidates = append(res.Candidates, cand)
	}
	best := -1
	for k, c := range res.Candidates {
		if !c.Qualifies {
			continue
		}
		if best < 0 || (vendor == "gsm" && c.Segments < res.Candidates[best].Segments) {
			best = k
		}
		if vendor != "gsm" {
			break // first qualifying
		}
	}
	if best < 0 {
		best = len(cands) - 1 // cannot happen: the last candidate carries every known rune
	}
	res.Scheme = best
	res.Encoding, res.Shift = cands[best].enc, cands[best].shift
	if best > 0 {
		for i, d := range runes {
			if known[i] && cands[0].units(d.r) == 0 {
				res.Forced, res.ForcedOffset = d.r, offsetOf(runes, i)
				break
			}
		}
	}
	return costs[best], known
}

// offsetOf returns the byte offset of rune i in the delivered text.
func offsetOf(runes []delivered, i int) int {
	n := 0
	for _, d := range runes[:i] {
		n += utf8.RuneLen(d.r)
	}
	return n
}

// analyzeOztek applies SPEC 3.5.
func analyzeOztek(res *Result, runes []delivered) (units []int, known []bool) {
	units = make([]int, len(runes))
	known = make([]bool, len(runes))
	res.Scheme = 0
	for i, d := range runes {
		known[i] = contains(oztekBase, d.r) || contains(oztekTwo, d.r) || PipeCode(d.r) != ""
		units[i] = 1
		if contains(oztekTwo, d.r) {
			units[i] = 2
		}
		if contains(oztekTriggers, d.r) && res.Scheme == 0 {
			res.Scheme, res.Encoding = 1, "turkish"
			res.Forced, res.ForcedOffset = d.r, offsetOf(runes, i)
		}
	}
	return units, known
}

// analyzeBiSMS applies SPEC 3.6 steps 3 to 6 (runes are already
// substituted). The tail (operator code) is kept: runes are dropped from the
// end of the caller's text before it. It returns the delivered runes after
// truncation.
func analyzeBiSMS(res *Result, runes []delivered) (kept []delivered, units []int, known []bool) {
	res.Scheme = 0
	for i, d := range runes {
		if contains(bismsTriggers, d.r) {
			res.Scheme, res.Encoding = 1, "turkish"
			res.Forced, res.ForcedOffset = d.r, offsetOf(runes, i)
			break
		}
	}
	cost := func(d delivered) int {
		if res.Scheme == 1 && contains(bismsTwo, d.r) {
			return 2
		}
		return 1
	}
	var text, tail []delivered
	for _, d := range runes {
		if d.tail {
			tail = append(tail, d)
		} else {
			text = append(text, d)
		}
	}
	max := bismsBounds[res.Scheme][5]
	for _, d := range tail {
		max -= cost(d)
	}
	total := 0
	for i, d := range text {
		if total+cost(d) > max {
			res.Truncated = len(text) - i
			text = text[:i]
			break
		}
		total += cost(d)
	}
	kept = append(text, tail...)
	for _, d := range kept {
		units = append(units, cost(d))
		known = append(known, true)
	}
	return kept, units, known
}

// params returns the vendor parameters of SPEC 3 as a JSON object.
func params(vendor, enc string, segments int, opt Options) string {
	q := strconv.Quote
	switch vendor {
	case "oztek":
		return `{"tur":` + q(map[string]string{"normal": "Normal", "turkish": "Turkce"}[enc]) + `}`
	case "esemes":
		return `{"endpoint":` + q(map[string]string{"normal": "normal", "turkish": "tr"}[enc]) +
			`,"izin_link":` + strconv.FormatBool(opt.Link) + `,"izin_telefon":` + strconv.FormatBool(opt.Phone) + `}`
	case "verimor":
		return `{"datacoding":` + map[string]string{"normal": "0", "turkish": "1", "ucs2": "2"}[enc] + `}`
	case "nodeapi":
		return `{"encoding":` + map[string]string{"normal": "0", "turkish": "1", "ucs2": "2"}[enc] + `}`
	case "kobikom":
		dc, lang, typ := "0", "", ""
		if enc == "ucs2" {
			dc = "8"
		}
		if enc == "turkish" {
			lang = "ES"
		}
		if segments > 1 {
			typ = "longSMS"
		}
		return `{"datacoding":` + dc + `,"languageCode":` + q(lang) + `,"type":` + q(typ) + `}`
	}
	return "{}"
}

// BiSMSTriggers are the runes that make a BiSMS text Turkish (SPEC 3.6 step 3).
const BiSMSTriggers = bismsTriggers
