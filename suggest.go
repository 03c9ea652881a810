// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/engine"
)

// A Suggestion is a change to a text that makes it cheaper for its profile
// (or makes the vendor accept it): either options to add (Folds, each a
// segcalc flag: -nfc, -smart, -ascii, -drop) or, when Edits > 0, the
// smallest list of edits of the caller's text (Analysis.AppendEdits) that
// reaches the fewest segments any suggestion reaches. Its numbers are what
// the profile with the options (Profile.With), or the edited text under the
// profile, costs: the property tests apply every suggestion and compare.
type Suggestion struct {
	Folds    Folds // options to add to the profile's; 0 for an edit suggestion
	Edits    int   // number of edits of an edit suggestion, 0 for options
	Class    Class
	Shift    Shift
	Segments int
	Credits  int64 // Segments × the profile's recipients
	Saves    int64 // the analysis's credits minus Credits (0 when only errors go away)
	Errors   int   // errors that remain (0: the vendor accepts it)

	plan   plan // how AppendEdits finds the edits again
	scheme int8 // the scheme the profile chooses for it
}

// IsEdit reports whether s is the smallest-edit suggestion.
func (s Suggestion) IsEdit() bool { return s.Edits > 0 }

// An Edit replaces From, at byte Offset of the caller's text (UTF16 in
// UTF-16 code units, as a browser textarea counts), by To. From is a rune,
// or a letter with its combining marks when NFC composes them; To is ""
// for a removed rune.
type Edit struct {
	Offset int
	UTF16  int
	From   string
	To     string
}

// plan says which edits of a fold set an edit suggestion makes: every
// edit the folds make that scheme needs (the runes it cannot carry), then
// the first k of those that save units in it, the ones saving 2 or more
// first; scheme -1 means every edit of the folds.
type plan struct {
	folds  Folds // the folds the edits come from (with the profile's own)
	scheme int8
	k      int32
	na     int32 // number of edits saving 2 units or more (taken first)
	// prefer: a rune the edits remove (-drop) is replaced instead by its
	// fold under these options when the vendor carries that (₺ → TL
	// rather than nothing); which units are edited does not change.
	prefer Folds
}

// score orders outcomes: accepted before rejected, then fewer segments.
type score struct{ rejected, segs int }

func scoreOf(r *engine.Result) score {
	s := score{segs: r.Segments}
	if r.Errors > 0 {
		s.rejected = 1
	}
	return s
}

func (s score) less(t score) bool {
	if s.rejected != t.rejected {
		return s.rejected < t.rejected
	}
	return s.segs < t.segs
}

// maxStack is the size of the stack buffer for edited texts: longer texts
// cost an allocation.
const maxStack = 1024

// suggester is what one AppendSuggestions call reads, on its stack. Its
// methods never store into it (which would move it to the heap): buffers
// are passed and returned.
type suggester struct {
	a     Analysis // a copy: a pointer would be leaked with the rules
	rl    *engine.Rules
	pf    Folds // the profile's own folds
	nfcOK bool  // the caller's text is NFC
	valid bool  // the caller's text is valid UTF-8
}

func newSuggester(a *Analysis) suggester {
	return suggester{a: *a, rl: a.p.rules(), pf: a.p.Folds(), nfcOK: quickNFC(a.src), valid: utf8.ValidString(a.src)}
}

// live returns the folds not on the profile that change something in the
// text.
func (sg *suggester) live() Folds {
	a, rl := &sg.a, sg.rl
	var live Folds
	if sg.pf&FoldNFC == 0 && !sg.nfcOK {
		live |= FoldNFC
	}
	// With no error now, every ASCII byte is carried (no option changes
	// it), so only the other runes need a look, each once.
	checkASCII := sg.pf&FoldDrop == 0 && a.r.Errors > 0
	var seen [64]rune
	if sg.nfcOK {
		s := a.src
		for i := 0; i < len(s); {
			if b := s[i]; b < utf8.RuneSelf && b != '`' {
				if checkASCII && live&FoldDrop == 0 && !carriesAll(rl, s[i:i+1]) {
					live |= FoldDrop
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if h := uint32(r) * 0x9E3779B1 >> 26; r == utf8.RuneError || seen[h] != r {
				seen[h] = r
				live = sg.liveRune(r, s[i:i+size], live)
			}
			i += size
		}
		return live
	}
	w := newUnitIter(a.src, true)
	for {
		u, ok := w.nextRun()
		if !ok {
			return live
		}
		if u.plain || len(u.raw) == 1 && u.raw[0] != '`' {
			if checkASCII && live&FoldDrop == 0 && !carriesAll(rl, u.raw) {
				live |= FoldDrop
			}
			continue
		}
		t := u.text(FoldNFC)
		for i := 0; i < len(t); {
			r, size := utf8.DecodeRuneInString(t[i:])
			live = sg.liveRune(r, t[i:i+size], live)
			i += size
		}
	}
}

// liveRune adds to live the folds that change the rune r (raw its bytes).
func (sg *suggester) liveRune(r rune, raw string, live Folds) Folds {
	rl := sg.rl
	repl, ok := foldRune(r, sg.pf&(FoldSmart|FoldASCII))
	if !ok {
		repl = raw
		if s, ok := foldRune(r, FoldSmart); ok && sg.pf&FoldSmart == 0 {
			live |= FoldSmart
			if sg.pf&FoldDrop == 0 && !carriesAll(rl, s) {
				live |= FoldDrop
			}
		}
		if s, ok := foldRune(r, FoldASCII); ok && sg.pf&FoldASCII == 0 {
			live |= FoldASCII
			if sg.pf&FoldDrop == 0 && !carriesAll(rl, s) {
				live |= FoldDrop
			}
		}
	}
	if sg.pf&FoldDrop == 0 && !carriesAll(rl, repl) {
		live |= FoldDrop
	}
	return live
}

// evaluate analyses the caller's text under the folds f; buf is scratch
// space, returned for reuse.
func (sg *suggester) evaluate(f Folds, buf []byte) (engine.Result, []byte) {
	a := &sg.a
	opt := optsOf(a.p.opt, f)
	if f&FoldDrop == 0 && (f&FoldNFC == 0 || sg.pf&FoldNFC != 0) {
		return engine.Analyze(sg.rl, &opt, a.text), buf
	}
	if !sg.valid {
		// Removing a rune between invalid bytes can join them into a rune
		// of a materialised text ("\xe2\x94" + U+00AD + "\xa7" under
		// -smart is U+2527); the engine, which folds rune by rune, never
		// does. So such a text goes through Analyze's own steps.
		t := prepare(sg.rl, &opt, a.src, f&FoldNFC != 0, f&FoldDrop != 0)
		return engine.Analyze(sg.rl, &opt, t), buf
	}
	buf = sg.materialize(buf[:0], plan{folds: f, scheme: -1})
	return engine.Analyze(sg.rl, &opt, buf), buf
}

// unitCost is what a form costs in every scheme: units (a rune a scheme
// cannot carry counts 1) and the schemes that carry all of it.
type unitCost struct {
	units   [engine.MaxSchemes]int16
	carries uint8
}

func (sg *suggester) costOf(form string) unitCost {
	rl := sg.rl
	n := len(rl.Schemes)
	c := unitCost{carries: uint8(1)<<n - 1}
	for i := 0; i < len(form); {
		r, size := rune(form[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(form[i:])
		}
		i += size
		d := rl.SubstRune(r)
		var info uint16
		if d < 0x800 {
			info = rl.Info[d]
		} else {
			for j := 0; j < n; j++ {
				info |= uint16(rl.Units(j, d)) << (2 * j)
			}
		}
		for j := 0; j < n; j++ {
			u := int(info>>(2*j)) & 3
			if u == 0 {
				c.carries &^= 1 << j
				u = 1
			}
			c.units[j] += int16(u)
		}
	}
	return c
}

// quickNFC is isNFC with a fast answer for a text without runes from
// U+0300 (no lead byte from 0xCC): nothing in it composes or reorders
// (combining marks, Hangul jamo and every other composing rune lie above),
// so it is NFC. Turkish letters are all below U+0300.
func quickNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xCC {
			return isNFC(s[i:]) && isNFC(s)
		}
	}
	return true
}

// edited is one unit under the profile's folds (p) and under the plan's
// (t), before the vendor's substitution. p and t may refer to the walk's
// buffers, until its next unit.
type edited struct {
	u    unit
	p, t string
	cost *[2]unitCost // what p and t cost (nil for a plain run); refers to the walk
	edit bool         // t differs from p
}

// form returns what the unit becomes under the folds f: the rune itself or
// its static replacement for a one-rune unit, else built in buf.
func (sg *suggester) form(u *unit, f Folds, buf *[64]byte) string {
	t := u.text(f)
	if u.nfc == "" {
		r, size := rune(t[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(t)
		}
		if size == len(t) {
			if repl, ok := foldRune(r, f); ok {
				t = repl
			}
			if f&FoldDrop != 0 && !carriesAll(sg.rl, t) {
				return ""
			}
			return t
		}
	}
	b := appendForm(buf[:0], sg.rl, t, f)
	if len(b) > len(buf) {
		return string(b) // longer than the buffer: its own copy
	}
	return bytesString(b)
}

func (sg *suggester) forms(u unit, f Folds, pb, tb *[64]byte) edited {
	e := edited{u: u}
	e.p = sg.form(&u, sg.pf, pb)
	e.t = sg.form(&u, f, tb)
	e.edit = e.p != e.t
	return e
}

// class tells what an edit means for scheme j: required (scheme j cannot
// carry the profile's form), possible (scheme j carries the edited form),
// and the units it saves there.
func (sg *suggester) class(e *edited, j int) (required, possible bool, save int) {
	pc, tc := &e.cost[0], &e.cost[1]
	return pc.carries&(1<<j) == 0, tc.carries&(1<<j) != 0, int(pc.units[j] - tc.units[j])
}

// editWalk walks the units of the caller's text and tells, for each,
// whether a plan edits it. It is a value on the caller's stack.
// The unitIter is kept apart, passed to next: the norm calls of its walk
// leak its text's bytes (the caller's own), which must not make the
// walk's buffers and the suggester escape with it.
type editWalk struct {
	sg     *suggester
	pl     plan
	pb, tb [64]byte
	ia, ib int32
	// cache holds the forms and costs of recent one-rune units, by a
	// multiplicative hash of the rune: Turkish texts repeat a few letters. Its strings are
	// static replacements or slices of the caller's text, never pb or tb.
	cache   [32]formEntry
	scratch [2]unitCost
}

type formEntry struct {
	r    rune // 0: empty (NUL, which -drop's walk meets, is never cached)
	p, t string
	cost [2]unitCost
}

func (sg *suggester) walker(pl plan) (editWalk, unitIter) {
	return editWalk{sg: sg, pl: pl}, newUnitIter(sg.a.src, !sg.nfcOK && (sg.pf|pl.folds)&FoldNFC != 0)
}

// next returns the next unit, its forms and whether the plan edits it.
func (k *editWalk) next(w *unitIter) (e edited, take, ok bool) {
	sg, pl := k.sg, &k.pl
	var u unit
	if (pl.folds|sg.pf)&FoldDrop == 0 {
		u, ok = w.nextRun()
	} else {
		u, ok = w.next()
	}
	if !ok {
		return e, false, false
	}
	if u.plain {
		// ASCII no option changes.
		return edited{u: u, p: u.raw, t: u.raw}, false, true
	}
	if r, size := utf8.DecodeRuneInString(u.raw); u.nfc == "" && size == len(u.raw) && r != utf8.RuneError && r != 0 {
		c := &k.cache[uint32(r)*0x9E3779B1>>27]
		if c.r != r {
			f := sg.forms(u, pl.folds, nil, nil)
			*c = formEntry{r: r, p: f.p, t: f.t, cost: [2]unitCost{sg.costOf(f.p), sg.costOf(f.t)}}
		}
		e = edited{u: u, p: c.p, t: c.t, cost: &c.cost, edit: c.p != c.t}
	} else {
		e = sg.forms(u, pl.folds, &k.pb, &k.tb)
		k.scratch = [2]unitCost{sg.costOf(e.p), sg.costOf(e.t)}
		e.cost = &k.scratch
	}
	if e.edit {
		if pl.scheme < 0 {
			take = true
		} else {
			req, _, save := sg.class(&e, int(pl.scheme))
			switch {
			case req:
				take = true
			case save >= 2:
				take = k.ia < pl.k
				k.ia++
			case save == 1:
				take = k.ib < pl.k-pl.na
				k.ib++
			}
		}
	}
	if take && e.t == "" && pl.prefer != 0 {
		if t := sg.form(&u, pl.folds|pl.prefer, &k.tb); t != "" {
			e.t = t
		}
	}
	return e, take, true
}

// materialize appends the caller's text with the plan's edits made, every
// other unit in the profile's form (which the engine's options leave as
// it is).
func (sg *suggester) materialize(dst []byte, pl plan) []byte {
	if sg.lean(pl.folds) {
		return sg.leanMaterialize(dst, pl)
	}
	return sg.walkMaterialize(dst, pl)
}

func (sg *suggester) walkMaterialize(dst []byte, pl plan) []byte {
	k, w := sg.walker(pl)
	for {
		e, take, ok := k.next(&w)
		if !ok {
			return dst
		}
		if take {
			dst = append(dst, e.t...)
		} else {
			dst = append(dst, e.p...)
		}
	}
}

// schemeStats are the edits of a fold set as scheme j sees them.
type schemeStats struct {
	units        int // the units of the caller's text in the scheme (-1: not counted)
	feasible     bool
	req, na, nb  int
	reqSave      int
	saveA, saveB int
}

// stats counts, for every scheme, the edits of the folds f.
//
// It also appends to pre the text with the edits scheme jStar needs made
// (the plan of jStar with k = 0, as materialize would write it): the
// scheme the options end in is the likely winner.
func (sg *suggester) stats(f Folds, jStar int, pre []byte) (st [engine.MaxSchemes]schemeStats, all int, _ []byte) {
	if sg.lean(f) {
		return sg.leanStats(f, jStar, pre)
	}
	return sg.walkStats(f, jStar, pre)
}

func (sg *suggester) walkStats(f Folds, jStar int, pre []byte) (st [engine.MaxSchemes]schemeStats, all int, _ []byte) {
	n := len(sg.rl.Schemes)
	for j := 0; j < n; j++ {
		st[j].feasible, st[j].units = true, -1
	}
	var killed uint8
	for j := 0; j < n; j++ {
		if sg.a.r.Kill[j].Offset >= 0 {
			killed |= 1 << j
		}
	}
	k, w := sg.walker(plan{folds: f, scheme: -1})
	for {
		e, _, ok := k.next(&w)
		if !ok {
			break
		}
		if !e.edit || jStar >= 0 && e.cost[0].carries&(1<<jStar) != 0 {
			pre = append(pre, e.p...)
		} else {
			pre = append(pre, e.t...)
		}
		if !e.edit {
			if e.u.plain && sg.rl.Subst == nil {
				// Only a scheme the analysis ruled out can lack an
				// ASCII byte of the text.
				if killed != 0 {
					for i := 0; i < len(e.p); i++ {
						if info := sg.rl.Info[e.p[i]]; info != sg.rl.Plain {
							for j := 0; j < n; j++ {
								if info>>(2*j)&3 == 0 {
									st[j].feasible = false
								}
							}
						}
					}
				}
				continue
			}
			var pc *unitCost
			if e.cost != nil {
				pc = &e.cost[0]
			} else {
				c := sg.costOf(e.p) // a plain run under a substitution
				pc = &c
			}
			for j := 0; j < n; j++ {
				if pc.carries&(1<<j) == 0 {
					st[j].feasible = false
				}
			}
			continue
		}
		all++
		pc, tc := &e.cost[0], &e.cost[1]
		for j := 0; j < n; j++ {
			s := &st[j]
			save := int(pc.units[j] - tc.units[j])
			switch {
			case pc.carries&(1<<j) == 0:
				s.req++
				s.reqSave += save
				if tc.carries&(1<<j) == 0 {
					s.feasible = false
				}
			case save >= 2:
				s.na++
				s.saveA += save
			case save == 1:
				s.nb++
				s.saveB++
			}
		}
	}
	return st, all, pre
}

// segLB is a lower bound of the segments of units in scheme j (exact for
// the ceil and table billings).
func (sg *suggester) segLB(j, units int) int {
	sc := &sg.rl.Schemes[j]
	if units <= 0 {
		return 0
	}
	if sg.rl.Billing == engine.Ranges && len(sc.Ranges) > 0 {
		for k, hi := range sc.Ranges {
			if units <= hi {
				return k + 1
			}
		}
		return len(sc.Ranges) + 1
	}
	if units <= sc.Single {
		return 1
	}
	m := sc.Multi
	if sg.a.p.opt.Ref16 {
		m = sc.Multi16
	}
	return (units + m - 1) / m
}

// AppendSuggestions appends to dst what would make the text cheaper under
// its profile: every combination of the options -nfc, -smart, -ascii and
// -drop (removing the runes the vendor rejects) that lowers the credits or
// makes the vendor accept a rejected text, and that no smaller combination
// already matches (adding -smart to an -ascii that saves as much is no
// suggestion); cheapest first (accepted before rejected, then fewer
// segments, then fewer options). When there is any, the smallest edit
// follows: the fewest edits of the caller's text that reach the best
// outcome of the list (AppendEdits lists them); a text that is not valid
// UTF-8 gets no smallest edit, since deleting a rune between invalid bytes
// would join them into a new rune. It appends nothing when nothing helps:
// the text is already the cheapest.
//
// It allocates nothing, except for a text that is not NFC, has runes the
// vendor rejects or is longer than 1 KiB, when an option changes it.
func (a Analysis) AppendSuggestions(dst []Suggestion) []Suggestion {
	r := a.res()
	if a.p.rl == nil || r.Scheme < 0 || r.AllPlain && r.Errors == 0 {
		return dst
	}
	sg := newSuggester(&a)
	var stk [maxStack]byte
	buf := stk[:0]
	live := sg.live()
	if live == 0 {
		return dst
	}
	cur := scoreOf(r)
	var got [AllFolds + 1]score
	var have [AllFolds + 1]bool
	base := len(dst)
	for c := Folds(1); c <= AllFolds; c++ {
		if c&^live != 0 {
			continue
		}
		var res engine.Result
		res, buf = sg.evaluate(sg.pf|c, buf)
		s := scoreOf(&res)
		got[c], have[c] = s, true
		if !s.less(cur) {
			continue
		}
		minimal := true
		for sub := (c - 1) & c; sub != 0; sub = (sub - 1) & c {
			if have[sub] && !s.less(got[sub]) {
				minimal = false
				break
			}
		}
		if !minimal {
			continue
		}
		dst = append(dst, a.suggestion(&res, c, plan{}))
	}
	if len(dst) == base {
		return dst
	}
	// Cheapest first: insertion sort of the few appended.
	list := dst[base:]
	for i := 1; i < len(list); i++ {
		for k := i; k > 0 && suggestionLess(&list[k], &list[k-1]); k-- {
			list[k], list[k-1] = list[k-1], list[k]
		}
	}
	if !sg.valid {
		// Edits are made on the bytes: deleting a rune between invalid
		// bytes would join them into a rune the edit did not promise.
		// Such a text gets the options only (its encoding wants fixing
		// first).
		return dst
	}
	best := score{segs: list[0].Segments}
	if list[0].Errors > 0 {
		best.rejected = 1
	}
	var stk2 [maxStack]byte
	if e, ok := sg.smallestEdit(list, best, buf, stk2[:0], live); ok {
		dst = append(dst, e)
	}
	return dst
}

func suggestionLess(x, y *Suggestion) bool {
	if (x.Errors > 0) != (y.Errors > 0) {
		return x.Errors == 0
	}
	if x.Segments != y.Segments {
		return x.Segments < y.Segments
	}
	if x.Folds.Count() != y.Folds.Count() {
		return x.Folds.Count() < y.Folds.Count()
	}
	return x.Folds < y.Folds
}

func (a *Analysis) suggestion(res *engine.Result, c Folds, pl plan) Suggestion {
	rl := a.p.rules()
	s := Suggestion{Folds: c, Segments: res.Segments, Errors: res.Errors, plan: pl, scheme: int8(res.Scheme)}
	if res.Scheme >= 0 {
		s.Class, s.Shift = Class(rl.Schemes[res.Scheme].Class), Shift(rl.Schemes[res.Scheme].Shift)
	}
	s.Credits = int64(res.Segments) * a.p.Recipients()
	s.Saves = a.Credits() - s.Credits
	return s
}

// smallestEdit finds the fewest edits reaching best, from the fold sets of
// the suggestions that reach it.
func (sg *suggester) smallestEdit(list []Suggestion, best score, buf, pre []byte, live Folds) (Suggestion, bool) {
	a, rl := &sg.a, sg.rl
	var found Suggestion // Edits 0: none yet
	for i := range list {
		s := &list[i]
		if (s.Errors > 0) != (best.rejected == 1) || s.Segments != best.segs {
			break
		}
		f := sg.pf | s.Folds
		var st [engine.MaxSchemes]schemeStats
		var all int
		jStar := int(s.scheme)
		st, all, pre = sg.stats(f, jStar, pre[:0])
		if found.Edits == 0 || all < found.Edits {
			// Every edit of these options: what the options cost.
			found = *s
			found.Folds, found.Edits, found.plan = 0, all, plan{folds: f, scheme: -1}
		}
		for j := range rl.Schemes {
			x := &st[j]
			if !x.feasible || x.req+x.na+x.nb == 0 || x.req >= found.Edits {
				continue
			}
			kmax := x.na + x.nb
			units := a.r.Units
			switch {
			case kmax == 0 || j == a.r.Scheme && a.r.Truncated == 0:
				// Nothing to choose (kmax 0): the one candidate is checked
				// at once, units are only for the bounds below.
			case x.units >= 0 && a.r.Truncated == 0:
				units = x.units + sg.tailUnits(j)
			default:
				units = engine.AnalyzeIn(rl, &a.p.opt, a.text, j).Units
			}
			units -= x.reqSave
			maxSave := func(k int) int {
				if k <= x.na {
					if k == 0 {
						return 0
					}
					return x.saveA
				}
				return x.saveA + min(k-x.na, x.nb)
			}
			if kmax > 0 && sg.segLB(j, units-maxSave(kmax)) > best.segs {
				continue
			}
			k0 := 0
			for k0 < kmax && sg.segLB(j, units-maxSave(k0)) > best.segs {
				k0++
			}
			if x.req+k0 >= found.Edits {
				continue
			}
			// The exact segments in scheme j fall as k grows: find the
			// first k from k0 that reaches best there.
			planK := func(k int) plan { return plan{folds: f, scheme: int8(j), k: int32(k), na: int32(x.na)} }
			lastK := -1
			build := func(k int) {
				if j == jStar && k == 0 {
					buf, lastK = append(buf[:0], pre...), k // stats wrote it
				} else {
					buf, lastK = sg.materialize(buf[:0], planK(k)), k
				}
			}
			fits := func(k int) bool {
				build(k)
				res := engine.AnalyzeIn(rl, &a.p.opt, buf, j)
				return res.Segments <= best.segs
			}
			if kmax == 0 {
				build(0) // one candidate: the real analysis below decides
			} else if !fits(kmax) {
				continue
			}
			lo, hi := k0, kmax // fits(hi)
			for lo < hi {
				mid := (lo + hi) / 2
				if fits(mid) {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			n := x.req + lo
			if n >= found.Edits {
				continue
			}
			// The profile chooses its own scheme: check the real outcome.
			if lastK != lo {
				buf = sg.materialize(buf[:0], planK(lo))
			}
			res := engine.Analyze(rl, &a.p.opt, buf)
			if best.less(scoreOf(&res)) {
				continue
			}
			found = a.suggestion(&res, 0, planK(lo))
			found.Edits = n
		}
	}
	// As many edits, fewer removals: replace a removed rune by its fold
	// under the other options when that reaches the same outcome.
	if pref := live & (FoldSmart | FoldASCII) &^ sg.pf; found.Edits > 0 && found.plan.folds&FoldDrop != 0 && pref != 0 {
		pl := found.plan
		pl.prefer = pref
		buf = sg.materialize(buf[:0], pl)
		res := engine.Analyze(rl, &a.p.opt, buf)
		if !best.less(scoreOf(&res)) && res.Errors <= found.Errors {
			n := found.Edits
			found = a.suggestion(&res, 0, pl)
			found.Edits = n
		}
	}
	return found, found.Edits > 0
}

// AppendEdits appends the edits of an edit suggestion of a (from
// AppendSuggestions) to dst, in text order: applying them to the caller's
// text (ApplyEdits) and analysing the result under a's profile gives the
// suggestion's numbers. It appends nothing for an options suggestion. It
// allocates nothing, except for the To of an edit of more than one rune
// (NFC composition).
func (a Analysis) AppendEdits(dst []Edit, s Suggestion) []Edit {
	for e := range a.Edits(s) {
		dst = append(dst, e)
	}
	return dst
}

// Edits returns the edits of AppendEdits as an iterator, one at a time, so
// that a caller showing a few of many (a text of a million NULs has a
// million) need not hold them all.
func (a Analysis) Edits(s Suggestion) iter.Seq[Edit] {
	return func(yield func(Edit) bool) {
		if !s.IsEdit() || a.p.rl == nil {
			return
		}
		sg := newSuggester(&a)
		k, w := sg.walker(s.plan)
		for {
			e, take, ok := k.next(&w)
			if !ok {
				return
			}
			if take {
				// From is sliced from a.src, not e: e refers to k's buffers.
				from := a.src[e.u.off : e.u.off+len(e.u.raw)]
				if !yield(Edit{Offset: e.u.off, UTF16: e.u.u16, From: from, To: sg.toString(&e, from, s.plan)}) {
					return
				}
			}
		}
	}
}

// toString returns the edited form of e (from in the caller's text) as a
// string of its own: for one rune, the static replacement (or "") found
// again from the rune, never e's buffers; a longer one is copied.
func (sg *suggester) toString(e *edited, from string, pl plan) string {
	if e.u.nfc == "" && utf8.RuneCountInString(from) == 1 {
		t := sg.fold1(from, pl.folds)
		if t == "" && pl.prefer != 0 {
			t = sg.fold1(from, pl.folds|pl.prefer)
		}
		return t
	}
	return strings.Clone(e.t)
}

// fold1 is the form of the one-rune text from under f, from the static
// replacement tables.
func (sg *suggester) fold1(from string, f Folds) string {
	r, _ := utf8.DecodeRuneInString(from)
	t := from
	if repl, ok := foldRune(r, f); ok {
		t = repl
	}
	if f&FoldDrop != 0 && !carriesAll(sg.rl, t) {
		return ""
	}
	return t
}

// Suggestions returns AppendSuggestions(nil): nil when the text is already
// the cheapest.
func (a Analysis) Suggestions() []Suggestion { return a.AppendSuggestions(nil) }

// SmallestEdit returns the smallest-edit suggestion and its edits, and
// false when nothing makes the text cheaper.
func (a Analysis) SmallestEdit() (Suggestion, []Edit, bool) {
	for _, s := range a.AppendSuggestions(nil) {
		if s.IsEdit() {
			return s, a.AppendEdits(nil, s), true
		}
	}
	return Suggestion{}, nil, false
}

// ApplyEdits returns text with the edits (in text order, not overlapping,
// as AppendEdits gives them) made; an edit that does not match text is an
// error naming its offset.
func ApplyEdits(text string, edits []Edit) (string, error) {
	b := make([]byte, 0, len(text))
	at := 0
	for _, e := range edits {
		if e.Offset < at || e.Offset+len(e.From) > len(text) || text[e.Offset:e.Offset+len(e.From)] != e.From {
			return "", &EditError{Offset: e.Offset}
		}
		b = append(b, text[at:e.Offset]...)
		b = append(b, e.To...)
		at = e.Offset + len(e.From)
	}
	b = append(b, text[at:]...)
	return string(b), nil
}

// EditError is ApplyEdits' error for an edit that does not fit the text.
type EditError struct{ Offset int }

func (e *EditError) Error() string {
	return "smsseg: edit at byte " + strconv.Itoa(e.Offset) + " does not match the text (out of order, overlapping or another text)"
}
