// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/codes"
)

// writeVendors writes the profiles ps with every table a user needs to
// trust them (segcalc -vendors); with asJSON their descriptions in the file
// format, one per line.
func writeVendors(w io.Writer, ps []smsseg.Profile, asJSON bool) error {
	var b bytes.Buffer
	for i, p := range ps {
		if asJSON {
			d := p.Description()
			b.Write(d.AppendJSON(nil))
			b.WriteByte('\n')
			continue
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		writeVendor(&b, p)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// sample is every rune the tables are listed over: below U+0800, the euro
// sign and the lira sign (the profiles' tables treat every other rune alike
// within its class).
func sample(yield func(rune) bool) {
	for r := rune(0); r < 0x800; r++ {
		if !yield(r) {
			return
		}
	}
	for _, r := range []rune{'€', '₺', '’', '“', '…'} {
		if !yield(r) {
			return
		}
	}
}

// runeList renders runes for a table row, control characters by name.
func runeList(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || r == 0x7F:
			fmt.Fprintf(&b, "U+%04X", r)
		case r == ' ':
			b.WriteString("␠")
		default:
			b.WriteRune(r)
		}
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

func writeVendor(b *bytes.Buffer, p smsseg.Profile) {
	fmt.Fprintf(b, "%s — %s\n", p.Name(), p.Title())
	row := func(label, format string, a ...any) {
		fmt.Fprintf(b, "  %-11s "+format+"\n", append([]any{label}, a...)...)
	}
	if p.Choice() == "cheapest" {
		row("choice", "of the schemes below that carry every character, the one with the fewest segments (ties: the earlier)")
	} else {
		row("choice", "the first scheme below that carries every character")
	}
	schemes := p.Schemes()
	row("schemes", "%-18s %-34s %6s %10s %8s", "id", "encoding", "single", "multi-part", "maximum")
	for _, sc := range schemes {
		max := "-"
		if sc.Max > 0 {
			max = fmt.Sprint(sc.Max)
		}
		enc := className(sc.Class, sc.Shift) + ", " + sc.Coding.String()
		row("", "%-18s %-34s %6d %10d %8s", sc.ID, enc, sc.Single, sc.Multi, max)
	}
	switch p.Billing() {
	case "ceil":
		row("billing", "1 segment up to the single capacity, else ceil(units / multi-part capacity)")
	case "table":
		row("billing", "vendor table: the most units each segment count holds")
		for _, sc := range schemes {
			row("", "%-18s %v", sc.ID, sc.Ranges)
		}
	default:
		row("billing", "the parts of the greedy split (SPEC 4)")
	}
	switch p.OverMax() {
	case "error":
		row("maximum", "past it: error too_long (the vendor rejects the message)")
	case "truncate":
		row("maximum", "past it: runes dropped from the end (truncated)")
	}
	// Character tables, from the compiled profile.
	var accepted, unknownASCII []rune
	twos := make([][]rune, len(schemes))
	triggers := make([][]rune, len(schemes))
	var subst []string
	for r := range sample {
		if d := p.Delivers(r); d != r {
			if d != ' ' {
				subst = append(subst, runeList([]rune{r})+" → "+runeList([]rune{d}))
			}
			continue
		}
		carried := false
		for i := range schemes {
			u := p.RuneUnits(i, r)
			if u != 0 {
				carried = true
			}
			if u == 2 {
				twos[i] = append(twos[i], r)
			}
			if i > 0 && u != 0 && p.RuneUnits(0, r) == 0 && schemes[i].Coding != smsseg.UTF16 {
				triggers[i] = append(triggers[i], r)
			}
		}
		if carried && schemes[len(schemes)-1].Coding != smsseg.UTF16 {
			accepted = append(accepted, r)
		}
		if !carried && r < 0x80 {
			unknownASCII = append(unknownASCII, r)
		}
	}
	if len(accepted) > 0 {
		row("accepted", "%s", runeList(accepted))
	}
	if len(unknownASCII) > 0 {
		row("rejected", "ASCII not carried (unknown_char): %s", runeList(unknownASCII))
	}
	for i, sc := range schemes {
		if len(twos[i]) > 0 {
			row("2 units", "%-18s %s", sc.ID, runeList(twos[i]))
		}
		if len(triggers[i]) > 0 && sc.Class != smsseg.UCS2 {
			row("class", "%-18s needed for: %s", sc.ID, runeList(triggers[i]))
		}
	}
	if len(subst) > 0 {
		row("substitutes", "%s", strings.Join(subst, ", "))
		if p.Delivers('✓') == ' ' {
			row("", "every other character becomes a space")
		}
	}
	for _, name := range p.OptOutNames() {
		text, _ := p.Suffix(name)
		row("opt-out", "-optout %s appends \" %s\" (counted; the vendor adds it, so not in the wire)", name, text)
	}
	if p.Wire() == "oztek-pipe" {
		var cs []string
		for code, r := range codes.All() {
			cs = append(cs, fmt.Sprintf("%s |%02d|", runeList([]rune{r}), code))
		}
		row("wire", "pipe codes: %s", strings.Join(cs, "  "))
	} else {
		row("wire", "the text as it is")
	}
	d := p.Description()
	if len(d.Params) == 0 {
		row("params", "none")
	}
	for i, pm := range d.Params {
		label := ""
		if i == 0 {
			label = "params"
		}
		switch pm.By {
		case "suffix":
			row(label, "%s: true when -optout %s is given, else false", pm.Key, pm.Suffix)
		default:
			var vs []string
			keys := []string{"one", "more"}
			if pm.By == "scheme" {
				keys = nil
				for _, sc := range schemes {
					keys = append(keys, sc.ID)
				}
			}
			for _, k := range keys {
				vs = append(vs, k+" → "+string(pm.Values[k]))
			}
			by := "by scheme"
			if pm.By == "segments" {
				by = "by segments (one, more)"
			}
			row(label, "%s (%s): %s", pm.Key, by, strings.Join(vs, ", "))
		}
	}
}
