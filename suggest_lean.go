// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/engine"
)

// The lean walks: stats and materialize for the common case, a text whose
// units are its runes (NFC already, or no -nfc) with no -drop and no vendor
// substitution. Then ASCII other than the grave accent is never edited and
// costs what the table says, so the walks step over it a byte at a time in
// a tight loop and look every other rune up in a small cache. They give
// exactly what the general walks (editWalk) give; the property tests
// compare every suggestion with a fresh analysis.

// lean reports whether the lean walks apply to the folds f.
func (sg *suggester) lean(f Folds) bool {
	f |= sg.pf
	return f&FoldDrop == 0 && (sg.nfcOK || f&FoldNFC == 0) && sg.rl.Subst == nil
}

// entry returns the forms and costs of the one-rune unit raw (rune r)
// under f, from cache or computed into it; an invalid byte goes to tmp.
func (sg *suggester) entry(cache *[32]formEntry, tmp *formEntry, r rune, raw string, f Folds) *formEntry {
	c := tmp
	if r != utf8.RuneError {
		c = &cache[uint32(r)*0x9E3779B1>>27]
		if c.r == r {
			return c
		}
	}
	u := unit{raw: raw}
	fe := sg.forms(u, f, nil, nil)
	*c = formEntry{r: r, p: fe.p, t: fe.t, cost: [2]unitCost{sg.costOf(fe.p), sg.costOf(fe.t)}}
	return c
}

func (sg *suggester) leanStats(f Folds, jStar int, pre []byte) (st [engine.MaxSchemes]schemeStats, all int, _ []byte) {
	rl, s := sg.rl, sg.a.src
	n := len(rl.Schemes)
	for j := 0; j < n; j++ {
		st[j].feasible = true
	}
	info, plain := rl.Info, rl.Plain
	var cache [32]formEntry
	var tmp formEntry
	var units [engine.MaxSchemes]int // of the text as the profile delivers it, but plain bytes
	plainBytes := 0
	run := 0 // start of the pending run of plain ASCII
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf && b != '`' {
			if in := info[b]; in == plain {
				plainBytes++
			} else {
				for j := 0; j < n; j++ {
					u := int(in>>(2*j)) & 3
					if u == 0 {
						st[j].feasible = false
						u = 1
					}
					units[j] += u
				}
			}
			i++
			continue
		}
		pre = append(pre, s[run:i]...)
		r, size := utf8.DecodeRuneInString(s[i:])
		c := sg.entry(&cache, &tmp, r, s[i:i+size], f)
		i += size
		run = i
		pc, tc := &c.cost[0], &c.cost[1]
		for j := 0; j < n; j++ {
			units[j] += int(pc.units[j])
		}
		if c.p == c.t {
			pre = append(pre, c.p...)
			for j := 0; j < n; j++ {
				if pc.carries&(1<<j) == 0 {
					st[j].feasible = false
				}
			}
			continue
		}
		if jStar >= 0 && pc.carries&(1<<jStar) != 0 {
			pre = append(pre, c.p...)
		} else {
			pre = append(pre, c.t...)
		}
		all++
		for j := 0; j < n; j++ {
			x := &st[j]
			save := int(pc.units[j] - tc.units[j])
			switch {
			case pc.carries&(1<<j) == 0:
				x.req++
				x.reqSave += save
				if tc.carries&(1<<j) == 0 {
					x.feasible = false
				}
			case save >= 2:
				x.na++
				x.saveA += save
			case save == 1:
				x.nb++
				x.saveB++
			}
		}
	}
	for j := 0; j < n; j++ {
		st[j].units = units[j] + plainBytes
	}
	return st, all, append(pre, s[run:]...)
}

// tailUnits returns what the vendor suffixes and the operator code cost in
// scheme j (each piece preceded by a space).
func (sg *suggester) tailUnits(j int) int {
	rl, opt := sg.rl, &sg.a.p.opt
	u := 0
	for k, sf := range rl.Suffixes {
		if opt.Suffixes&(1<<k) != 0 {
			u += int(sg.costOf(" ").units[j] + sg.costOf(sf.Text).units[j])
		}
	}
	if opt.OpCode != "" {
		u += int(sg.costOf(" ").units[j] + sg.costOf(opt.OpCode).units[j])
	}
	return u
}

func (sg *suggester) leanMaterialize(dst []byte, pl plan) []byte {
	s := sg.a.src
	var cache [32]formEntry
	var tmp formEntry
	var ia, ib int32
	j := int(pl.scheme)
	run := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf && b != '`' {
			i++
			for i+8 <= len(s) && plain8(s[i:i+8]) {
				i += 8
			}
			continue
		}
		dst = append(dst, s[run:i]...)
		r, size := utf8.DecodeRuneInString(s[i:])
		c := sg.entry(&cache, &tmp, r, s[i:i+size], pl.folds)
		i += size
		run = i
		take := false
		if c.p != c.t {
			if j < 0 {
				take = true
			} else {
				pc, tc := &c.cost[0], &c.cost[1]
				save := int(pc.units[j] - tc.units[j])
				switch {
				case pc.carries&(1<<j) == 0:
					take = true
				case save >= 2:
					take = ia < pl.k
					ia++
				case save == 1:
					take = ib < pl.k-pl.na
					ib++
				}
			}
		}
		if take {
			dst = append(dst, c.t...)
		} else {
			dst = append(dst, c.p...)
		}
	}
	return append(dst, s[run:]...)
}
