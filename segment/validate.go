// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package segment

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Capacity limits of 140 octets of user data (TS 23.040 9.2.3.24): a
// concatenated part carries at least a 6-octet header.
const (
	maxSeptetsSingle = 160
	maxSeptetsMulti  = 153
	maxUCS2Single    = 70
	maxUCS2Multi     = 67
)

func oneOf(path, v string, allowed ...string) error {
	if slices.Contains(allowed, v) {
		return nil
	}
	return errf(path, "%q is not one of %q", v, allowed)
}

// singleRune reports whether s is exactly one valid rune.
func singleRune(s string) (rune, bool) {
	r, n := utf8.DecodeRuneInString(s)
	return r, n == len(s) && n > 0 && !(r == utf8.RuneError && n == 1)
}

// Validate checks d against the rules of the format and returns the first
// mistake, naming its field. (Rules that need the tables — a suffix rune no
// scheme carries, a truncating profile whose last scheme cannot carry what
// the others do — are checked when the description is compiled.)
func (d *Description) Validate() error {
	if d.Name == "" {
		return errf("name", "is required")
	}
	for _, c := range d.Name {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return errf("name", "%q: use lower-case letters, digits, - and _", d.Name)
		}
	}
	if d.Choice == "" {
		d.Choice = "first"
	}
	if d.Billing == "" {
		d.Billing = "parts"
	}
	if d.OverMax == "" {
		d.OverMax = "none"
	}
	if d.Wire == "" {
		d.Wire = "text"
	}
	if err := oneOf("choice", d.Choice, "first", "cheapest"); err != nil {
		return err
	}
	if err := oneOf("billing", d.Billing, "parts", "ceil", "table"); err != nil {
		return err
	}
	if err := oneOf("over_max", d.OverMax, "none", "error", "truncate"); err != nil {
		return err
	}
	if err := oneOf("wire", d.Wire, "text", "oztek-pipe"); err != nil {
		return err
	}
	if len(d.Schemes) == 0 || len(d.Schemes) > MaxSchemes {
		return errf("schemes", "wants 1 to %d schemes, not %d", MaxSchemes, len(d.Schemes))
	}
	ids := map[string]bool{}
	for i := range d.Schemes {
		if err := d.validateScheme(i); err != nil {
			return err
		}
		id := d.Schemes[i].ID
		if ids[id] {
			return errf("schemes["+strconv.Itoa(i)+"].id", "%q is used twice", id)
		}
		ids[id] = true
	}
	if d.OverMax == "truncate" && (d.Substitute == nil || d.Substitute.Others == nil) {
		return errf("substitute.others", "a truncating profile must replace every rune it cannot carry (set substitute.others)")
	}
	if sb := d.Substitute; sb != nil {
		for k, v := range sb.Map {
			if _, ok := singleRune(k); !ok {
				return errf("substitute.map", "key %q is not one rune", k)
			}
			if _, ok := singleRune(v); !ok {
				return errf("substitute.map["+strconv.Quote(k)+"]", "%q is not one rune", v)
			}
		}
		if sb.Others != nil {
			if _, ok := singleRune(*sb.Others); !ok {
				return errf("substitute.others", "%q is not one rune", *sb.Others)
			}
			if sb.Keep == "" {
				return errf("substitute.keep", "is required with others (the runes kept as they are)")
			}
		}
		if !utf8.ValidString(sb.Keep) {
			return errf("substitute.keep", "is not valid UTF-8")
		}
	}
	if len(d.Suffixes) > 8 {
		return errf("suffixes", "at most 8 suffixes, not %d", len(d.Suffixes))
	}
	names := map[string]bool{}
	for i, sf := range d.Suffixes {
		p := "suffixes[" + strconv.Itoa(i) + "]"
		if sf.Name == "" || names[sf.Name] {
			return errf(p+".name", "%q: want a unique, non-empty name", sf.Name)
		}
		names[sf.Name] = true
		if sf.Text == "" || !utf8.ValidString(sf.Text) {
			return errf(p+".text", "wants a non-empty valid UTF-8 text")
		}
	}
	keys := map[string]bool{}
	for i := range d.Params {
		if err := d.validateParam(i, names, keys); err != nil {
			return err
		}
	}
	return nil
}

func (d *Description) validateScheme(i int) error {
	sc := &d.Schemes[i]
	p := "schemes[" + strconv.Itoa(i) + "]"
	if sc.ID == "" {
		return errf(p+".id", "is required")
	}
	if err := oneOf(p+".class", sc.Class, "normal", "turkish", "ucs2"); err != nil {
		return err
	}
	a := &sc.Alphabet
	n := 0
	for _, set := range []bool{a.GSM7 != nil, a.UCS2 != nil, a.Table != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return errf(p+".alphabet", "wants exactly one of gsm7, ucs2 and table")
	}
	if g := a.GSM7; g != nil {
		for k, v := range map[string]int{"locking": g.Locking, "single": g.Single} {
			if v != 0 && v != 1 {
				return errf(p+".alphabet.gsm7."+k, "national language identifier %d is not supported (0 default, 1 Turkish)", v)
			}
		}
		if g.Locking != 0 && g.Single != 0 {
			return errf(p+".alphabet.gsm7", "a locking and a single shift table together are not supported")
		}
	}
	if t := a.Table; t != nil {
		seen := map[rune]string{}
		for _, part := range []struct{ name, s string }{{"one", t.One}, {"two", t.Two}} {
			if !utf8.ValidString(part.s) {
				return errf(p+".alphabet.table."+part.name, "is not valid UTF-8")
			}
			for _, r := range part.s {
				if where, dup := seen[r]; dup {
					return errf(p+".alphabet.table."+part.name, "%q (U+%04X) is listed twice (also in %s)", r, r, where)
				}
				seen[r] = part.name
			}
		}
		if sc.Capacity == nil {
			return errf(p+".capacity", "is required for a table alphabet")
		}
	}
	for k, v := range a.Units {
		if _, ok := singleRune(k); !ok {
			return errf(p+".alphabet.units", "key %q is not one rune", k)
		}
		if v < 0 || v > 2 {
			return errf(p+".alphabet.units["+strconv.Quote(k)+"]", "%d: want 0 (cannot carry), 1 or 2", v)
		}
	}
	if c := sc.Capacity; c != nil {
		maxS, maxM := maxSeptetsSingle, maxSeptetsMulti
		if a.UCS2 != nil {
			maxS, maxM = maxUCS2Single, maxUCS2Multi
		}
		if c.Single < 1 || c.Single > maxS {
			return errf(p+".capacity.single", "%d does not fit 140 octets (1 to %d)", c.Single, maxS)
		}
		if c.Multi < 1 || c.Multi > maxM {
			return errf(p+".capacity.multi", "%d does not fit 140 octets with a concatenation header (1 to %d)", c.Multi, maxM)
		}
		if c.Multi > c.Single {
			return errf(p+".capacity.multi", "%d is more than single (%d)", c.Multi, c.Single)
		}
	}
	switch {
	case d.OverMax != "none" && sc.Max < 1:
		return errf(p+".max", "is required (a positive number of units) with over_max %q", d.OverMax)
	case d.OverMax == "none" && sc.Max != 0:
		return errf(p+".max", "is set but over_max is \"none\"")
	case sc.Max > 1<<20:
		return errf(p+".max", "%d is more than 1048576", sc.Max)
	}
	if d.Billing == "table" {
		if len(sc.Ranges) == 0 {
			return errf(p+".ranges", "is required with billing \"table\"")
		}
		for k, v := range sc.Ranges {
			if v < 1 || (k > 0 && v <= sc.Ranges[k-1]) {
				return errf(p+".ranges["+strconv.Itoa(k)+"]", "%d: the bounds must be positive and strictly increasing", v)
			}
		}
	} else if len(sc.Ranges) != 0 {
		return errf(p+".ranges", "is set but billing is %q, not \"table\"", d.Billing)
	}
	return nil
}

func (d *Description) validateParam(i int, suffixes, keys map[string]bool) error {
	pm := &d.Params[i]
	p := "params[" + strconv.Itoa(i) + "]"
	if pm.Key == "" || keys[pm.Key] {
		return errf(p+".key", "%q: want a unique, non-empty key", pm.Key)
	}
	keys[pm.Key] = true
	if err := oneOf(p+".by", pm.By, "scheme", "segments", "suffix"); err != nil {
		return err
	}
	var want []string
	switch pm.By {
	case "scheme":
		for _, sc := range d.Schemes {
			want = append(want, sc.ID)
		}
	case "segments":
		want = []string{"one", "more"}
	case "suffix":
		if !suffixes[pm.Suffix] {
			return errf(p+".suffix", "%q is not the name of a suffix", pm.Suffix)
		}
		if len(pm.Values) != 0 {
			return errf(p+".values", "a by-suffix parameter is a boolean; it has no values")
		}
		return nil
	}
	if pm.Suffix != "" {
		return errf(p+".suffix", "is only for by \"suffix\"")
	}
	for _, k := range want {
		v, ok := pm.Values[k]
		if !ok {
			return errf(p+".values", "has no value for %q", k)
		}
		if _, err := ParseValue(v); err != nil {
			return errf(p+".values["+strconv.Quote(k)+"]", "%v", err)
		}
	}
	for k := range pm.Values {
		if !slices.Contains(want, k) {
			return errf(p+".values["+strconv.Quote(k)+"]", "%q is not one of %q", k, want)
		}
	}
	return nil
}

// A Value is a parameter value: exactly one of the fields is set.
type Value struct {
	Str  *string
	Int  *int64
	Bool *bool
}

// ParseValue reads a parameter value: a JSON string, integer or boolean.
func ParseValue(raw json.RawMessage) (Value, error) {
	var x any
	if err := json.Unmarshal(raw, &x); err != nil {
		return Value{}, err
	}
	switch v := x.(type) {
	case string:
		return Value{Str: &v}, nil
	case bool:
		return Value{Bool: &v}, nil
	case float64:
		n := int64(v)
		if float64(n) != v || v > 1<<53 || v < -(1<<53) {
			return Value{}, fmt.Errorf("%v is not a whole number", v)
		}
		return Value{Int: &n}, nil
	}
	return Value{}, fmt.Errorf("want a string, a whole number or a boolean, not %s", raw)
}
