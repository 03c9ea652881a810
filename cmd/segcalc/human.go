// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
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

// humanFlushAt is the size at which writeHuman hands its buffer to the
// writer: the report of a text is written as it is drawn, never held whole.
const humanFlushAt = 32 << 10

// writeHuman writes the human-readable report of a to w, streaming: its
// memory is the delivered text and wire, the parts, and a fixed buffer,
// whatever the number of marked runes or issues. It returns the first
// write error.
func (c *cli) writeHuman(w io.Writer, a *smsseg.Analysis) error {
	var werr error
	flush := func(dst []byte) []byte {
		if werr == nil && len(dst) > 0 {
			_, werr = w.Write(dst)
		}
		return dst[:0]
	}
	dst := make([]byte, 0, humanFlushAt+4096)
	p := a.Profile()
	delivered := string(a.AppendText(nil))
	wire := string(a.AppendWire(nil))
	parts := a.AppendParts(nil)

	paint := func(dst []byte, sgr, s string) []byte {
		if !c.color {
			return append(dst, s...)
		}
		return append(append(append(dst, sgr...), s...), sgrReset...)
	}
	label := func(dst []byte, l string) []byte { return fmt.Appendf(dst, "%-11s ", l) }

	dst = label(dst, "vendor")
	dst = append(dst, p.Name()...)
	if t := p.Title(); t != "" {
		dst = append(dst, " ("+t+")"...)
	}
	dst = append(dst, '\n')

	dst = label(dst, "encoding")
	dst = append(dst, className(a.Class(), a.Shift())...)
	dst = append(dst, '\n')
	for _, why := range explain(a) {
		dst = label(dst, "  why")
		dst = append(dst, why...)
		dst = append(dst, '\n')
	}

	dst = label(dst, "units")
	dst = fmt.Appendf(dst, "%d (%s, %s)\n", a.Units(),
		plural(int64(a.Runes()), "character", "characters"), plural(int64(a.TextLen()), "byte", "bytes"))
	dst = label(dst, "segments")
	dst = strconv.AppendInt(dst, int64(a.Segments()), 10)
	if a.PartCount() != a.Segments() && a.Segments() > 0 {
		dst = fmt.Appendf(dst, " billed; the text splits into %d parts", a.PartCount())
	}
	dst = append(dst, '\n')
	dst = label(dst, "remaining")
	dst = fmt.Appendf(dst, "%d more units fit before the segment count grows\n", a.Remaining())
	dst = label(dst, "truncated")
	if a.Truncated() > 0 {
		sc, _ := a.Scheme()
		dst = fmt.Appendf(dst, "%s dropped from the end (the %s maximum is %d units)\n",
			plural(int64(a.Truncated()), "character", "characters"), p.Name(), sc.Max)
	} else {
		dst = append(dst, "none\n"...)
	}
	dst = label(dst, "credits")
	dst = fmt.Appendf(dst, "%d = %s × %s\n", a.Credits(),
		plural(int64(a.Segments()), "segment", "segments"), plural(p.Recipients(), "recipient", "recipients"))
	dst = label(dst, "params")
	if params := a.Params(); params.Len() == 0 {
		dst = append(dst, "{} (none)\n"...)
	} else {
		dst = params.AppendJSON(dst)
		dst = append(dst, '\n')
	}

	dst = c.appendIssueList(dst, "errors", a, false, a.ErrorCount(), paint)
	dst = c.appendIssueList(dst, "warnings", a, true, a.WarningCount(), paint)

	// The text, part by part, with the runes that matter marked: the marks
	// and the errors at a rune both come in text order, so they are merged
	// with the walk instead of collected.
	type mark struct{ two, force, bad bool }
	nextMark, stopMarks := iter.Pull(a.Marks())
	defer stopMarks()
	nextBad, stopBad := iter.Pull(func(yield func(int) bool) {
		for is := range a.Issues() {
			if !is.Code.IsWarning() && is.HasRune() && !yield(is.Offset) {
				return
			}
		}
	})
	defer stopBad()
	m, mOK := nextMark()
	bad, badOK := nextBad()
	markAt := func(off int) mark {
		var mk mark
		for mOK && m.Offset < off {
			m, mOK = nextMark()
		}
		if mOK && m.Offset == off {
			mk = mark{two: m.TwoUnits(), force: m.Forced, bad: m.Rejected}
		}
		for badOK && bad < off {
			bad, badOK = nextBad()
		}
		if badOK && bad == off {
			mk.bad = true
		}
		return mk
	}
	var used mark
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
			mk := markAt(off)
			used.two = used.two || mk.two
			used.force = used.force || mk.force
			used.bad = used.bad || mk.bad
			dst = c.appendMarked(dst, ch, mk.two, mk.force, mk.bad)
			off += size
			if len(dst) >= humanFlushAt {
				dst = flush(dst)
			}
		}
		dst = append(dst, '\n')
	}
	if used.two || used.force || used.bad {
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
			dst = append(dst, " forced the "+a.Class().String()+" encoding"...)
		}
		if used.bad {
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
			if len(dst) >= humanFlushAt {
				dst = flush(dst)
			}
		}
		dst = append(dst, '\n')
	}
	dst = c.appendExplainSave(dst, a)
	flush(dst)
	return werr
}

func (c *cli) appendIssueList(dst []byte, title string, a *smsseg.Analysis, warnings bool, n int,
	paint func([]byte, string, string) []byte) []byte {
	dst = fmt.Appendf(dst, "%-11s ", title)
	if n == 0 {
		dst = paint(dst, sgrGreen, "none")
		return append(dst, '\n')
	}
	dst = strconv.AppendInt(dst, int64(n), 10)
	dst = append(dst, '\n')
	listed := 0
	for is := range a.Issues() {
		if is.Code.IsWarning() != warnings {
			continue
		}
		if listed == maxListed {
			dst = fmt.Appendf(dst, "  … and %d more (segcalc -json lists them all)\n", n-listed)
			break
		}
		listed++
		line := is.Code.String()
		if is.HasRune() {
			line += " at byte " + strconv.Itoa(is.Offset) + ", " + strconv.QuoteRune(is.Rune)
		} else if is.Code == smsseg.Truncated {
			line += " at byte " + strconv.Itoa(is.Offset)
		}
		line += ": " + string(a.AppendMessage(nil, is))
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

func className(c smsseg.Class, sh smsseg.Shift) string {
	if sh == smsseg.NoShift {
		return c.String()
	}
	return c.String() + " (" + sh.String() + " shift)"
}

// explain says why each scheme before the chosen one was not used: the
// rune that ruled it out, or, when it carries the text, what it costs —
// both from the library.
func explain(a *smsseg.Analysis) []string {
	sc, ok := a.Scheme()
	if !ok {
		return nil
	}
	p := a.Profile()
	schemes := p.Schemes()
	chosen := -1
	for i, s := range schemes {
		if s.ID == sc.ID {
			chosen = i
		}
	}
	var out []string
	lastOff, names := -1, []string(nil)
	for i := 0; i < chosen; i++ {
		s := schemes[i]
		name := className(s.Class, s.Shift)
		if m, ok := a.RuledOut(i); ok {
			if m.Offset == lastOff && len(out) > 0 {
				// The same character rules out this scheme too.
				names = append(names, name)
				head, tail := "neither "+strings.Join(names, " nor "), "neither"
				if len(names) > 2 {
					head, tail = "none of "+strings.Join(names, ", "), "none of them"
				}
				out[len(out)-1] = fmt.Sprintf("%s: %s (U+%04X) at byte %d is in %s",
					head, strconv.QuoteRune(m.Rune), m.Rune, m.Offset, tail)
				continue
			}
			lastOff, names = m.Offset, []string{name}
			out = append(out, fmt.Sprintf("not %s: %s (U+%04X) at byte %d is not in it", name, strconv.QuoteRune(m.Rune), m.Rune, m.Offset))
			continue
		}
		lastOff = -1
		alt, _ := a.CostIn(i)
		out = append(out, fmt.Sprintf("not %s: every character fits, but it takes %s (%d units) where %s takes %s",
			name, plural(int64(alt.Segments), "segment", "segments"), alt.Units, className(sc.Class, sc.Shift),
			plural(int64(a.Segments()), "segment", "segments")))
	}
	return out
}
