// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
)

// The explain and save parts of segcalc (issue 11): -suggest, -fit N,
// -ellipsis, and the "explain" and "save" blocks of the human output.

// extra are the options of this file, parsed in main.go.
type extra struct {
	suggest  bool   // -suggest: "suggestions" after "warnings" in the JSON
	fit      int    // -fit N: analyse the longest prefix fitting N segments (0: off)
	ellipsis string // -ellipsis: appended to a text -fit cuts, counted
	drop     bool   // -drop: remove the runes the vendor rejects
	policy   smsseg.FoldPolicy
}

// extraFlags are the flags of this file before parsing.
type extraFlags struct {
	extra
	suggest, drop  *bool
	fit            *int
	ellipsis, fold *string
}

// parseExtra declares the flags of this file on fs.
func parseExtra(fs *flag.FlagSet) *extraFlags {
	return &extraFlags{
		suggest:  fs.Bool("suggest", false, "with -json, add \"suggestions\" after \"warnings\": the options and the smallest edit that make the text cheaper"),
		fit:      fs.Int("fit", 0, "analyse the longest prefix of the text that fits `N` segments (cut at a character boundary, with -ellipsis)"),
		ellipsis: fs.String("ellipsis", "", "with -fit, `TEXT` appended to a text that was cut, counted too (e.g. …)"),
		drop:     fs.Bool("drop", false, "remove the characters the vendor rejects first"),
		fold:     fs.String("fold", "never", "`POLICY` for -nfc -smart -ascii -drop: never (apply them), always, or ifcheaper (only to a text they make cheaper)"),
	}
}

// check validates the flags and fills in x.extra.
func (x *extraFlags) check() error {
	x.extra = extra{suggest: *x.suggest, fit: *x.fit, ellipsis: *x.ellipsis, drop: *x.drop}
	if x.extra.fit < 0 {
		return usagef("-fit wants a number of segments from 1 up, not %d", x.extra.fit)
	}
	if x.extra.ellipsis != "" && x.extra.fit == 0 {
		return usagef("-ellipsis is what -fit appends to a text it cuts; add -fit N")
	}
	var ok bool
	if x.policy, ok = smsseg.ParseFoldPolicy(strings.ToLower(*x.fold)); !ok {
		return usagef("-fold wants never, always or ifcheaper, not %q", *x.fold)
	}
	return nil
}

// apply sets -drop and the fold policy on p, whose options are set: with
// -fold always or ifcheaper they become the policy's folds.
func (x *extra) apply(p smsseg.Profile) smsseg.Profile {
	p = p.WithDrop(x.drop)
	if x.policy == smsseg.FoldNever {
		return p
	}
	f := p.Folds()
	return p.WithNFC(false).WithSmart(false).WithASCII(false).WithDrop(false).WithFold(x.policy, f)
}

// analyzeBytes is analyze for a message read as bytes.
func (x *extra) analyzeBytes(p smsseg.Profile, msg []byte) smsseg.Analysis {
	if x.fit > 0 {
		return x.analyze(p, string(msg))
	}
	return p.AnalyzeBytes(msg)
}

// analyze analyses msg under p, fitted to -fit segments when set.
func (x *extra) analyze(p smsseg.Profile, msg string) smsseg.Analysis {
	if x.fit > 0 {
		_, a, _ := p.Fit(msg, x.fit, x.ellipsis)
		return a
	}
	return p.Analyze(msg)
}

// encodeJSON writes the JSON line of a: the SPEC 5 object, then
// "suggestions" with -suggest and "pdus" with -pdu, streamed by enc. buf is
// reused for those members and returned.
func (cfg *config) encodeJSON(enc *smsseg.JSONEncoder, a *smsseg.Analysis, buf []byte) ([]byte, error) {
	buf = buf[:0]
	if cfg.suggest {
		buf = append(buf, `"suggestions":`...)
		buf = appendSuggestionsJSON(buf, *a)
	}
	if cfg.pdu.on {
		if len(buf) > 0 {
			buf = append(buf, ',')
		}
		buf = appendPDUsJSON(buf, a, cfg.pdu)
	}
	return buf, enc.EncodeWith(a, buf)
}

// appendSuggestionsJSON appends the JSON array value that -json -suggest
// writes as "suggestions": cheapest first, one object per option
// combination that makes a cheaper (or no longer rejected),
//
//	{"options":["-ascii"],"encoding":"normal","segments":1,"credits":15000,"saves":15000,"errors":0}
//
// where options are the segcalc flags that reproduce it, then the smallest
// edit reaching the fewest segments, with offsets into the caller's text,
//
//	{"edits":[{"offset":14,"from":"’","to":"'"}],"encoding":"normal",...}
//
// and [] when nothing helps. "errors" is the number of errors that remain.
func appendSuggestionsJSON(dst []byte, a smsseg.Analysis) []byte {
	dst = append(dst, '[')
	var list [16]smsseg.Suggestion
	for i, s := range a.AppendSuggestions(list[:0]) {
		if i > 0 {
			dst = append(dst, ',')
		}
		if s.IsEdit() {
			dst = append(dst, `{"edits":[`...)
			k := 0
			for e := range a.Edits(s) {
				if k > 0 {
					dst = append(dst, ',')
				}
				k++
				dst = append(dst, `{"offset":`...)
				dst = strconv.AppendInt(dst, int64(e.Offset), 10)
				dst = append(dst, `,"from":`...)
				dst = appendJSONString(dst, e.From)
				dst = append(dst, `,"to":`...)
				dst = appendJSONString(dst, e.To)
				dst = append(dst, '}')
			}
			dst = append(dst, ']')
		} else {
			dst = append(dst, `{"options":[`...)
			for k, f := range s.Folds.Flags() {
				if k > 0 {
					dst = append(dst, ',')
				}
				dst = appendJSONString(dst, f)
			}
			dst = append(dst, ']')
		}
		dst = append(dst, `,"encoding":"`...)
		dst = append(dst, s.Class.String()...)
		dst = append(dst, `","segments":`...)
		dst = strconv.AppendInt(dst, int64(s.Segments), 10)
		dst = append(dst, `,"credits":`...)
		dst = strconv.AppendInt(dst, s.Credits, 10)
		dst = append(dst, `,"saves":`...)
		dst = strconv.AppendInt(dst, s.Saves, 10)
		dst = append(dst, `,"errors":`...)
		dst = strconv.AppendInt(dst, int64(s.Errors), 10)
		dst = append(dst, '}')
	}
	return append(dst, ']')
}

// appendJSONString appends s as a JSON string: `"` and `\` escaped,
// control characters as \u00XX, an invalid byte as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, `\ufffd`...)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

// thousands formats n with commas: 15000 → "15,000".
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// appendExplainSave appends the "explain" block (the runes that cost
// money, each named with what it costs) and the "save" block (what would
// make the text cheaper) of the human output.
func (c *cli) appendExplainSave(dst []byte, a *smsseg.Analysis) []byte {
	dst = append(dst, '\n')
	dst = appendBlock(dst, "explain", explainLines(a), "no character costs more than 1 unit or changes the encoding")
	none := "already the cheapest: no option or edit makes it cheaper"
	if a.Segments() == 0 {
		none = "nothing to send"
	}
	return appendBlock(dst, "save", saveLines(a), none)
}

// appendBlock appends a titled block of lines, or none when there are none.
func appendBlock(dst []byte, title string, lines []string, none string) []byte {
	dst = fmt.Appendf(dst, "%-11s ", title)
	if len(lines) == 0 {
		lines = []string{none}
	}
	for i, l := range lines {
		if i > 0 {
			dst = fmt.Appendf(dst, "%-11s ", "")
		}
		dst = append(dst, l...)
		dst = append(dst, '\n')
	}
	return dst
}

// explainLines groups the marks of a by rune and what it does, in order of
// first occurrence. It allocates per kind of mark, not per mark (a text of
// a million NULs is one kind), and stops collecting kinds past
// maxExplainKinds.
func explainLines(a *smsseg.Analysis) []string {
	type kind struct {
		src, to                           rune
		rejected, forced, two, repl, tail bool
		ruledOut                          uint32
	}
	type group struct {
		kind
		first, n int
	}
	var groups []*group
	index := map[kind]*group{}
	more := false
	for m := range a.Marks() {
		k := kind{src: m.Src, to: m.Rune, rejected: m.Rejected, forced: m.Forced, two: m.TwoUnits(),
			repl: m.Replaced, tail: m.Tail}
		if !m.Forced {
			k.ruledOut = uint32(m.RuledOut)
		}
		if !k.rejected && !k.forced && k.ruledOut == 0 && !k.two && !k.repl {
			continue
		}
		g := index[k]
		if g == nil {
			if len(groups) == maxExplainKinds {
				more = true
				continue
			}
			g = &group{kind: k, first: m.Offset}
			index[k] = g
			groups = append(groups, g)
		}
		g.n++
	}
	schemes := a.Profile().Schemes()
	var out []string
	for i, g := range groups {
		if i == maxListed {
			n := strconv.Itoa(len(groups) - i)
			if more {
				n = "over " + n
			}
			out = append(out, "… and "+n+" more kinds")
			break
		}
		var what []string
		if g.rejected {
			what = append(what, "rejected by "+a.Profile().Name()+" (unknown_char)")
		}
		if g.forced {
			what = append(what, "forces the "+a.Class().String()+" encoding")
		} else if g.ruledOut != 0 {
			var names []string
			for i, s := range schemes {
				if g.ruledOut&(1<<i) != 0 {
					names = append(names, className(s.Class, s.Shift))
				}
			}
			what = append(what, "rules out "+strings.Join(names, " and "))
		}
		if g.two {
			what = append(what, "costs 2 units")
		}
		if g.repl {
			what = append(what, "the vendor sends "+strconv.QuoteRune(g.to)+" instead")
		}
		where := "at byte " + strconv.Itoa(g.first)
		if g.n > 1 {
			where = fmt.Sprintf("×%d, first at byte %d", g.n, g.first)
		}
		if g.tail {
			where += " (vendor suffix or operator code)"
		}
		out = append(out, fmt.Sprintf("%s (U+%04X) %s: %s", strconv.QuoteRune(g.src), g.src, where, strings.Join(what, ", ")))
	}
	return out
}

// maxExplainKinds bounds the kinds of marks explainLines collects.
const maxExplainKinds = 1024

// saveLines says what each suggestion gives, and the smallest edit.
func saveLines(a *smsseg.Analysis) []string {
	var out []string
	for _, s := range a.Suggestions() {
		result := fmt.Sprintf("%s, %s %s", plural(int64(s.Segments), "segment", "segments"),
			thousands(s.Credits), pluralWord(s.Credits, "credit", "credits"))
		switch {
		case s.Saves > 0:
			result += " (saves " + thousands(s.Saves) + ")"
		case s.Saves < 0:
			result += " (costs " + thousands(-s.Saves) + " more)"
		}
		if s.Errors == 0 && a.ErrorCount() > 0 {
			result += ", accepted by the vendor"
		}
		if !s.IsEdit() {
			out = append(out, fmt.Sprintf("%s → %s, %s", strings.Join(s.Folds.Flags(), " "), s.Class, result))
			continue
		}
		var shown []string
		i := 0
		for e := range a.Edits(s) {
			if i == 8 {
				shown = append(shown, fmt.Sprintf("… %d more", s.Edits-i))
				break
			}
			i++
			to := strconv.Quote(e.To)
			if e.To != "" {
				to = string(appendGlyphs(nil, e.To))
			}
			shown = append(shown, fmt.Sprintf("%s→%s at %d", appendGlyphs(nil, e.From), to, e.Offset))
		}
		out = append(out, fmt.Sprintf("smallest edit: %s → %s, %s", plural(int64(s.Edits), "change", "changes"), s.Class, result))
		out = append(out, "  "+strings.Join(shown, ", ")+" (byte offsets in your text)")
	}
	return out
}

func pluralWord(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func appendGlyphs(dst []byte, s string) []byte {
	for _, r := range s {
		dst = appendGlyph(dst, r)
	}
	return dst
}
