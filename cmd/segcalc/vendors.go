// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/smsseg/smsseg"
	segment "github.com/smsseg/smsseg/internal/engine"
)

// vendorTitle is a one-line description of each profile, for people.
var vendorTitle = map[string]string{
	"gsm":     "3GPP TS 23.038 / 23.040 reference, the default",
	"oztek":   "Öztek: own character table, pipe codes on the wire, 918-unit maximum",
	"esemes":  "esemes.net: GSM default or Turkish single shift, opt-out suffixes",
	"nodeapi": "Node API v1.8.3: encoding parameter 0, 1 or 2",
	"kobikom": "Kobikom: datacoding, languageCode and type parameters",
	"bisms":   "BiSMS: substitutions, 6-segment price table, truncation",
}

// substTitle describes the vendor substitutions of a profile.
var substTitle = map[segment.Subst]string{
	segment.SubstBiSMS: "| → I, ^ → ', € → E, { [ → (, } ] → ), \\ → /; then every character outside\n" +
		"              A–Z a–z 0–9, ÇĞİÖŞÜ çğıöşü, space and @*:!$_#()+-;,<>=./'?\"%& becomes a space",
}

// writeVendors writes every profile with its tables (segcalc -vendors).
func writeVendors(w io.Writer) error {
	var b bytes.Buffer
	for i, p := range smsseg.Profiles() {
		if i > 0 {
			b.WriteByte('\n')
		}
		rl := p.Rules()
		fmt.Fprintf(&b, "%s — %s\n", p.Name(), vendorTitle[p.Name()])

		choice := "the first scheme below that carries every character"
		if rl.Choice == segment.Cheapest {
			choice = "of the schemes below that carry every character, the one with the fewest\n" +
				"              segments (ties: the earlier)"
		}
		fmt.Fprintf(&b, "  %-11s %s\n", "choice", choice)
		fmt.Fprintf(&b, "  %-11s %-24s %6s %10s  (capacity in units)\n", "schemes", "encoding", "single", "multi-part")
		for _, sc := range p.Schemes() {
			fmt.Fprintf(&b, "  %-11s %-24s %6d %10d\n", "", encodingName(sc.Encoding, sc.Shift), sc.Single, sc.Multi)
		}

		fmt.Fprintf(&b, "  %-11s ", "billing")
		switch rl.Billing {
		case segment.Ceil:
			b.WriteString("1 segment up to the single capacity, else ceil(units / multi-part capacity)\n")
		case segment.Ranges:
			b.WriteString("vendor table: the most units each segment count holds\n")
			fmt.Fprintf(&b, "  %-11s %-10s", "", "segments")
			n := 0
			for _, r := range rl.Ranges {
				n = max(n, len(r))
			}
			for k := 1; k <= n; k++ {
				fmt.Fprintf(&b, " %5d", k)
			}
			b.WriteByte('\n')
			for si, sc := range p.Schemes() {
				fmt.Fprintf(&b, "  %-11s %-10s", "", sc.Encoding.String())
				for _, hi := range rl.Ranges[si] {
					fmt.Fprintf(&b, " %5d", hi)
				}
				b.WriteByte('\n')
			}
		default:
			b.WriteString("segments = parts of the greedy split (a 2-unit character or surrogate pair never splits)\n")
		}

		fmt.Fprintf(&b, "  %-11s ", "maximum")
		switch rl.OverMax {
		case segment.NoMax:
			b.WriteString("none\n")
		default:
			var lim []string
			same := true
			for si, sc := range p.Schemes() {
				lim = append(lim, strconv.Itoa(rl.Max[si])+" "+sc.Encoding.String())
				same = same && rl.Max[si] == rl.Max[0]
			}
			if same {
				lim = []string{strconv.Itoa(rl.Max[0])}
			}
			what := "error too_long (the vendor rejects the message)"
			if rl.OverMax == segment.MaxTruncate {
				what = "characters are dropped from the end (truncated)"
			}
			fmt.Fprintf(&b, "%s units; past it, %s\n", strings.Join(lim, ", "), what)
		}

		if t := substTitle[rl.Subst]; t != "" {
			fmt.Fprintf(&b, "  %-11s %s\n", "substitutes", t)
		}
		if rl.Wire == segment.WirePipe {
			fmt.Fprintf(&b, "  %-11s pipe codes replace characters in the message field (@ → |01|, ü → |63|, \\n → |61|, ...)\n", "wire")
		}

		fmt.Fprintf(&b, "  %-11s ", "suffixes")
		if len(rl.Suffixes) == 0 {
			b.WriteString("none\n")
		} else {
			b.WriteString("-optout appends, each after one space:\n")
			for k, s := range rl.Suffixes {
				name := strconv.Itoa(k)
				switch k {
				case 0:
					name = "link"
				case 1:
					name = "phone"
				}
				fmt.Fprintf(&b, "  %-11s %-6s %s\n", "", name, s)
			}
		}

		fmt.Fprintf(&b, "  %-11s ", "params")
		if len(rl.Params) == 0 {
			b.WriteString("none ({})\n")
		} else {
			for k, ps := range rl.Params {
				if k > 0 {
					fmt.Fprintf(&b, "  %-11s ", "")
				}
				b.WriteString(ps.Key + ": ")
				var vals []string
				switch ps.By {
				case segment.BySegments:
					vals = append(vals, "1 segment → "+string(ps.Values[0].AppendJSON(nil)),
						"more → "+string(ps.Values[1].AppendJSON(nil)))
				default:
					seen := map[smsseg.Encoding]bool{}
					for _, sc := range p.Schemes() {
						if seen[sc.Encoding] {
							continue
						}
						seen[sc.Encoding] = true
						vals = append(vals, sc.Encoding.String()+" → "+string(ps.Values[sc.Encoding].AppendJSON(nil)))
					}
				}
				b.WriteString(strings.Join(vals, ", "))
				b.WriteByte('\n')
			}
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}
