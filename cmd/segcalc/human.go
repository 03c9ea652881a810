// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
	segment "github.com/smsseg/smsseg/internal/engine"
)

// ANSI SGR sequences of the human output on a terminal.
const (
	sgrReset = "\x1b[0m"
	sgrDim   = "\x1b[2m"
	sgrRed   = "\x1b[31m"
	sgrGreen = "\x1b[32m"
	sgrTwo   = "4;33"  // 2-unit character: yellow, underlined
	sgrForce = "1;35"  // forced the encoding: bold magenta
	sgrError = "97;41" // has an error: white on red
)

// Markers of the plain (no colour) output.
const (
	twoOpen, twoClose     = "[", "]"
	forceOpen, forceClose = "<", ">"
	errOpen, errClose     = "«", "»"
)

// maxListed is how many errors or warnings the human output lists.
const maxListed = 20

// human appends the human-readable report of r = p.Analyze(text).
func (c *cli) human(dst []byte, p smsseg.Profile, r *smsseg.Result, text string, recipients, credits int64) []byte {
	delivered := string(p.AppendTextOf(nil, r, text))
	wire := string(p.AppendWireOf(nil, r, text))
	parts := p.AppendPartsOf(nil, r, text)
	issues := p.AppendIssuesOf(nil, r, text)
	rl := p.Rules()
	s := r.Scheme()

	paint := func(dst []byte, sgr, s string) []byte {
		if !c.color {
			return append(dst, s...)
		}
		return append(append(append(dst, sgr...), s...), sgrReset...)
	}
	label := func(dst []byte, l string) []byte { return fmt.Appendf(dst, "%-11s ", l) }

	dst = label(dst, "vendor")
	dst = append(dst, p.Name()...)
	if d := vendorTitle[p.Name()]; d != "" {
		dst = append(dst, " ("+d+")"...)
	}
	dst = append(dst, '\n')

	dst = label(dst, "encoding")
	dst = append(dst, encodingName(r.Encoding, r.Shift)...)
	dst = append(dst, '\n')
	for _, why := range explain(p, r, delivered) {
		dst = label(dst, "  why")
		dst = append(dst, why...)
		dst = append(dst, '\n')
	}

	dst = label(dst, "units")
	dst = fmt.Appendf(dst, "%d (%s, %s)\n", r.Units,
		plural(int64(r.Runes), "character", "characters"), plural(int64(r.TextLen), "byte", "bytes"))
	dst = label(dst, "segments")
	dst = strconv.AppendInt(dst, int64(r.Segments), 10)
	if r.Parts != r.Segments && r.Segments > 0 {
		dst = fmt.Appendf(dst, " billed; the text splits into %d parts", r.Parts)
	}
	dst = append(dst, '\n')
	dst = label(dst, "remaining")
	dst = fmt.Appendf(dst, "%d more units fit before the segment count grows\n", r.Remaining)
	dst = label(dst, "truncated")
	if r.Truncated > 0 {
		dst = fmt.Appendf(dst, "%s dropped from the end (the %s maximum is %d units)\n",
			plural(int64(r.Truncated), "character", "characters"), p.Name(), rl.Max[s])
	} else {
		dst = append(dst, "none\n"...)
	}
	dst = label(dst, "credits")
	dst = fmt.Appendf(dst, "%d = %s × %s\n", credits,
		plural(int64(r.Segments), "segment", "segments"), plural(recipients, "recipient", "recipients"))
	dst = label(dst, "params")
	if r.Params.Len() == 0 {
		dst = append(dst, "{} (none)\n"...)
	} else {
		dst = r.Params.AppendJSON(dst)
		dst = append(dst, '\n')
	}

	var nErr, nWarn int
	for _, is := range issues {
		if is.Code.IsWarning() {
			nWarn++
		} else {
			nErr++
		}
	}
	dst = c.appendIssueList(dst, "errors", p, r, issues, false, nErr, paint)
	dst = c.appendIssueList(dst, "warnings", p, r, issues, true, nWarn, paint)

	// The text, part by part.
	var used struct{ two, force, err bool }
	errAt := map[int]bool{}
	for _, is := range issues {
		if !is.Code.IsWarning() && is.Code != smsseg.Empty {
			errAt[is.Offset] = true
		}
	}
	if len(parts) == 0 {
		dst = append(dst, '\n')
		dst = paint(dst, sgrDim, "── no text: nothing to send ──")
		dst = append(dst, '\n')
	}
	for i, pt := range parts {
		dst = append(dst, '\n')
		dst = paint(dst, sgrDim, fmt.Sprintf("── part %d/%d · %s ──", i+1, len(parts), plural(int64(pt.Units), "unit", "units")))
		dst = append(dst, '\n')
		for off := pt.Start; off < pt.End; {
			ch, size := utf8.DecodeRuneInString(delivered[off:])
			two := p.RuneUnits(s, ch) == 2
			force := forced(p, r, ch)
			bad := errAt[off]
			used.two = used.two || two
			used.force = used.force || force
			used.err = used.err || bad
			dst = c.appendMarked(dst, ch, two, force, bad)
			off += size
		}
		dst = append(dst, '\n')
	}
	if used.two || used.force || used.err {
		dst = append(dst, '\n')
		dst = append(dst, "legend:"...)
		sep := " "
		if used.two {
			dst = append(dst, sep...)
			sep = " · "
			dst = c.appendMarked(dst, 'x', true, false, false)
			dst = append(dst, " costs 2 units"...)
		}
		if used.force {
			dst = append(dst, sep...)
			sep = " · "
			dst = c.appendMarked(dst, 'x', false, true, false)
			dst = append(dst, " forced the "+r.Encoding.String()+" encoding"...)
		}
		if used.err {
			dst = append(dst, sep...)
			dst = c.appendMarked(dst, 'x', false, false, true)
			dst = append(dst, " has an error (see errors)"...)
		}
		dst = append(dst, '\n')
	}
	if wire != delivered {
		dst = append(dst, '\n')
		dst = paint(dst, sgrDim, "── wire: the message field sent to "+p.Name()+" ──")
		dst = append(dst, '\n')
		for _, ch := range wire {
			dst = appendVisible(dst, ch)
		}
		dst = append(dst, '\n')
	}
	return dst
}

func (c *cli) appendIssueList(dst []byte, title string, p smsseg.Profile, r *smsseg.Result,
	issues []smsseg.Issue, warnings bool, n int, paint func([]byte, string, string) []byte) []byte {
	dst = fmt.Appendf(dst, "%-11s ", title)
	if n == 0 {
		dst = paint(dst, sgrGreen, "none")
		return append(dst, '\n')
	}
	dst = strconv.AppendInt(dst, int64(n), 10)
	dst = append(dst, '\n')
	listed := 0
	for _, is := range issues {
		if is.Code.IsWarning() != warnings {
			continue
		}
		if listed == maxListed {
			dst = fmt.Appendf(dst, "  … and %d more (segcalc -json lists them all)\n", n-listed)
			break
		}
		listed++
		line := is.Code.String()
		if is.Code != smsseg.Empty {
			line += " at byte " + strconv.Itoa(is.Offset) + ", " + strconv.QuoteRune(is.Rune)
		}
		line += ": " + string(appendMessage(nil, p, r, is))
		dst = append(dst, "  "...)
		sgr := sgrRed
		if warnings {
			sgr = "\x1b[33m"
		}
		dst = paint(dst, sgr, line)
		dst = append(dst, '\n')
	}
	return dst
}

// appendMarked appends the visible form of ch, coloured or bracketed.
func (c *cli) appendMarked(dst []byte, ch rune, two, force, bad bool) []byte {
	if !two && !force && !bad {
		return appendVisible(dst, ch)
	}
	if c.color {
		dst = append(dst, "\x1b["...)
		sep := false
		for _, a := range [...]struct {
			on  bool
			sgr string
		}{{two, sgrTwo}, {force, sgrForce}, {bad, sgrError}} {
			if a.on {
				if sep {
					dst = append(dst, ';')
				}
				dst = append(dst, a.sgr...)
				sep = true
			}
		}
		dst = append(dst, 'm')
		dst = appendGlyph(dst, ch)
		dst = append(dst, sgrReset...)
	} else {
		if bad {
			dst = append(dst, errOpen...)
		}
		if force {
			dst = append(dst, forceOpen...)
		}
		if two {
			dst = append(dst, twoOpen...)
		}
		dst = appendGlyph(dst, ch)
		if two {
			dst = append(dst, twoClose...)
		}
		if force {
			dst = append(dst, forceClose...)
		}
		if bad {
			dst = append(dst, errClose...)
		}
	}
	if ch == '\n' {
		dst = append(dst, '\n')
	}
	return dst
}

// appendVisible appends ch as appendGlyph does, and keeps a newline's line
// break after its ↵.
func appendVisible(dst []byte, ch rune) []byte {
	dst = appendGlyph(dst, ch)
	if ch == '\n' {
		dst = append(dst, '\n')
	}
	return dst
}

// appendGlyph appends a printable stand-in for control characters (↵ for
// a newline, the Control Pictures block for the others) and ch itself
// otherwise.
func appendGlyph(dst []byte, ch rune) []byte {
	switch {
	case ch == '\n':
		return append(dst, "↵"...)
	case ch < 0x20:
		return utf8.AppendRune(dst, 0x2400+ch)
	case ch == 0x7F:
		return append(dst, "␡"...)
	}
	return utf8.AppendRune(dst, ch)
}

// known reports whether some scheme of p carries ch: runes no scheme
// carries are unknown_char errors and take no part in the choice.
func known(p smsseg.Profile, ch rune) bool {
	for i := range p.Schemes() {
		if p.RuneUnits(i, ch) != 0 {
			return true
		}
	}
	return false
}

// forced reports whether ch is one of the characters that put the text in
// its class: no scheme of a lower class carries it.
func forced(p smsseg.Profile, r *smsseg.Result, ch rune) bool {
	s := r.Scheme()
	if s <= 0 || r.Encoding == smsseg.Normal || !known(p, ch) {
		return false
	}
	sc := p.Schemes()
	for i := 0; i < s; i++ {
		if sc[i].Encoding < r.Encoding && p.RuneUnits(i, ch) != 0 {
			return false
		}
	}
	return true
}

func encodingName(e smsseg.Encoding, sh smsseg.Shift) string {
	if sh == smsseg.NoShift {
		return e.String()
	}
	return e.String() + " (" + sh.String() + " shift)"
}

// explain says why each scheme before the chosen one was not used: the
// first character it cannot carry, or (for a profile that picks the
// cheapest) what it would have cost.
func explain(p smsseg.Profile, r *smsseg.Result, delivered string) []string {
	s := r.Scheme()
	if s <= 0 {
		return nil
	}
	schemes := p.Schemes()
	chosen := schemes[s]
	var out []string
	lastOff, names := -1, []string(nil)
	for i := 0; i < s; i++ {
		sc := schemes[i]
		name := encodingName(sc.Encoding, sc.Shift)
		off, ch := -1, rune(0)
		if i == 0 && r.Forced.Offset >= 0 {
			off, ch = r.Forced.Offset, r.Forced.Rune
		} else {
			for o, c := range delivered {
				if p.RuneUnits(i, c) == 0 && known(p, c) {
					off, ch = o, c
					break
				}
			}
		}
		if off >= 0 {
			if off == lastOff && len(out) > 0 {
				// The same character rules out this scheme too.
				names = append(names, name)
				head, tail := "neither "+strings.Join(names, " nor "), "neither"
				if len(names) > 2 {
					head, tail = "none of "+strings.Join(names, ", "), "none of them"
				}
				out[len(out)-1] = fmt.Sprintf("%s: %s (U+%04X) at byte %d is in %s",
					head, strconv.QuoteRune(ch), ch, off, tail)
				continue
			}
			lastOff, names = off, []string{name}
			out = append(out, fmt.Sprintf("not %s: %s (U+%04X) at byte %d is not in it", name, strconv.QuoteRune(ch), ch, off))
			continue
		}
		lastOff = -1
		units, segs := cost(p, i, delivered)
		if p.Rules().Billing == segment.Greedy {
			out = append(out, fmt.Sprintf("not %s: every character fits, but it takes %s (%d units) where %s takes %s",
				name, plural(int64(segs), "segment", "segments"), units, encodingName(chosen.Encoding, chosen.Shift),
				plural(int64(r.Segments), "segment", "segments")))
		} else {
			out = append(out, fmt.Sprintf("not %s: every character fits, but it costs %d units", name, units))
		}
	}
	return out
}

// cost returns the units of delivered under scheme i and the parts of its
// greedy split (SPEC 4).
func cost(p smsseg.Profile, i int, delivered string) (units, parts int) {
	sc := p.Schemes()[i]
	cur := 0
	parts = 1
	for _, c := range delivered {
		u := p.RuneUnits(i, c)
		if u == 0 {
			u = 1
		}
		units += u
		if cur+u > sc.Multi {
			parts++
			cur = 0
		}
		cur += u
	}
	if units <= sc.Single {
		parts = 1
	}
	return units, parts
}
