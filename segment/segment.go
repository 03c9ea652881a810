// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package segment describes how a vendor segments and bills SMS: the
// profile description format. A Description says, as data, which schemes a
// vendor chooses among (GSM 7-bit tables named by their 3GPP national
// language identifiers, UCS-2, or a vendor's own rune table), their
// capacities (computed from the user-data-header layout by the TS 23.040
// formula, or the vendor's own), how the vendor chooses and bills, its
// maximum, substitutions, suffixes, wire format and request parameters.
//
// The built-in vendors are such files (vendors/*.json, [Builtin]); the file
// format is documented in docs/profile-format.md. [Parse] reads one strictly:
// every mistake is an error naming the field by its JSON path. Descriptions
// are plain values; package smsseg compiles them into its fast tables.
package segment

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A Description is one vendor profile.
type Description struct {
	Name       string        `json:"name"`   // stable lower-case name: [a-z0-9_-]+
	Title      string        `json:"title"`  // one line for people
	Source     string        `json:"source"` // where the rules come from
	Choice     string        `json:"choice"` // "first" (the first scheme that carries the text) or "cheapest" (fewest segments; ties to the earlier)
	Billing    string        `json:"billing"`
	OverMax    string        `json:"over_max"` // "none" (default), "error" (too_long) or "truncate"
	Wire       string        `json:"wire"`     // "text" (default) or "oztek-pipe"
	Schemes    []Scheme      `json:"schemes"`
	Substitute *Substitution `json:"substitute,omitempty"`
	Suffixes   []Suffix      `json:"suffixes,omitempty"`
	Params     []Param       `json:"params,omitempty"`
}

// A Scheme is one encoding the vendor may choose.
type Scheme struct {
	ID       string    `json:"id"`    // unique within the description
	Class    string    `json:"class"` // "normal", "turkish" or "ucs2"
	Alphabet Alphabet  `json:"alphabet"`
	Capacity *Capacity `json:"capacity,omitempty"` // required for a table alphabet; computed from the header layout when absent
	Max      int       `json:"max,omitempty"`      // maximum units (over_max "error" or "truncate")
	Ranges   []int     `json:"ranges,omitempty"`   // billing "table": inclusive upper bounds of units for 1, 2, ... segments
}

// An Alphabet is exactly one of GSM7, UCS2 or Table, with optional unit
// overrides.
type Alphabet struct {
	GSM7  *GSM7     `json:"gsm7,omitempty"`
	UCS2  *struct{} `json:"ucs2,omitempty"`
	Table *Table    `json:"table,omitempty"`
	// Units overrides what single runes cost: 0 (cannot carry), 1 or 2.
	Units map[string]int `json:"units,omitempty"`
}

// GSM7 names the tables of a GSM 7-bit scheme by their national language
// identifiers (TS 23.038 6.2.1): 0 is the default alphabet (locking) or the
// default extension table (single), 1 Turkish.
type GSM7 struct {
	Locking int `json:"locking"`
	Single  int `json:"single"`
}

// A Table is a vendor's own rune table.
type Table struct {
	One string `json:"one"` // the runes that cost 1 unit
	Two string `json:"two"` // the runes that cost 2 units
}

// A Capacity is a vendor's own capacities.
type Capacity struct {
	Single int `json:"single"` // units in a message of one part
	Multi  int `json:"multi"`  // units in each part of a concatenated message
}

// A Substitution is what a vendor does to the caller's runes before
// counting: Map first, then every rune not in Keep becomes Others (when
// Others is set).
type Substitution struct {
	Map    map[string]string `json:"map,omitempty"`
	Keep   string            `json:"keep,omitempty"`
	Others *string           `json:"others,omitempty"`
}

// A Suffix is a text the vendor appends when the request asks for it
// (esemes opt-out): counted, part of the delivered text, not of the wire.
type Suffix struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// A Param is one vendor request parameter.
type Param struct {
	Key string `json:"key"`
	// By is "scheme" (Values keyed by scheme id), "segments" (Values keyed
	// "one" and "more") or "suffix" (a boolean: Suffix is selected).
	By     string                     `json:"by"`
	Values map[string]json.RawMessage `json:"values,omitempty"`
	Suffix string                     `json:"suffix,omitempty"`
}

// An Error is a mistake in a description: the JSON path of the field, and
// what is wrong with it.
type Error struct {
	Path string // e.g. "schemes[1].capacity.multi"
	Msg  string
}

func (e *Error) Error() string {
	if e.Path == "" {
		return "segment: " + e.Msg
	}
	return "segment: " + e.Path + ": " + e.Msg
}

func errf(path, format string, a ...any) *Error {
	return &Error{Path: path, Msg: fmt.Sprintf(format, a...)}
}

// MaxSchemes is the most schemes a description may have.
const MaxSchemes = 8

// MaxFileBytes bounds what Parse reads.
const MaxFileBytes = 1 << 20

// Parse reads one description in the file format, strictly: unknown
// fields, wrong types and every rule of Validate are errors naming the
// field.
func Parse(r io.Reader) (Description, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return Description{}, &Error{Msg: "reading: " + err.Error()}
	}
	if len(b) > MaxFileBytes {
		return Description{}, &Error{Msg: "the file is larger than 1 MiB"}
	}
	var raw any
	if err := json.Unmarshal(b, &raw); err != nil {
		return Description{}, &Error{Msg: "not JSON: " + err.Error()}
	}
	if err := checkShape(raw); err != nil {
		return Description{}, err
	}
	var d Description
	if err := json.Unmarshal(b, &d); err != nil {
		var te *json.UnmarshalTypeError
		if ok := asTypeError(err, &te); ok {
			return Description{}, errf(te.Field, "wants a JSON %s, not %s", te.Type.Kind(), te.Value)
		}
		return Description{}, &Error{Msg: err.Error()}
	}
	if err := d.Validate(); err != nil {
		return Description{}, err
	}
	return d, nil
}

func asTypeError(err error, te **json.UnmarshalTypeError) bool {
	t, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*te = t
	}
	return ok
}

// fields lists the known keys of each object of the format.
var (
	topFields      = []string{"name", "title", "source", "choice", "billing", "over_max", "wire", "schemes", "substitute", "suffixes", "params"}
	schemeFields   = []string{"id", "class", "alphabet", "capacity", "max", "ranges"}
	alphabetFields = []string{"gsm7", "ucs2", "table", "units"}
	gsm7Fields     = []string{"locking", "single"}
	tableFields    = []string{"one", "two"}
	capFields      = []string{"single", "multi"}
	substFields    = []string{"map", "keep", "others"}
	suffixFields   = []string{"name", "text"}
	paramFields    = []string{"key", "by", "values", "suffix"}
)

// checkShape rejects unknown fields and objects where arrays belong, with
// their paths (encoding/json names neither).
func checkShape(v any) error {
	top, ok := v.(map[string]any)
	if !ok {
		return &Error{Msg: "a description is a JSON object"}
	}
	if err := known("", top, topFields); err != nil {
		return err
	}
	for _, k := range []string{"schemes", "suffixes", "params"} {
		if x, ok := top[k]; ok {
			if _, ok := x.([]any); !ok {
				return errf(k, "wants a JSON array")
			}
		}
	}
	schemes, _ := top["schemes"].([]any)
	for i, s := range schemes {
		p := "schemes[" + strconv.Itoa(i) + "]"
		m, ok := s.(map[string]any)
		if !ok {
			return errf(p, "wants a JSON object")
		}
		if err := known(p, m, schemeFields); err != nil {
			return err
		}
		if a, ok := m["alphabet"].(map[string]any); ok {
			if err := known(p+".alphabet", a, alphabetFields); err != nil {
				return err
			}
			for k, fs := range map[string][]string{"gsm7": gsm7Fields, "table": tableFields, "ucs2": nil} {
				if x, ok := a[k].(map[string]any); ok {
					if err := known(p+".alphabet."+k, x, fs); err != nil {
						return err
					}
				}
			}
		}
		if c, ok := m["capacity"].(map[string]any); ok {
			if err := known(p+".capacity", c, capFields); err != nil {
				return err
			}
		}
	}
	if s, ok := top["substitute"].(map[string]any); ok {
		if err := known("substitute", s, substFields); err != nil {
			return err
		}
	}
	for k, fs := range map[string][]string{"suffixes": suffixFields, "params": paramFields} {
		list, _ := top[k].([]any)
		for i, x := range list {
			p := k + "[" + strconv.Itoa(i) + "]"
			m, ok := x.(map[string]any)
			if !ok {
				return errf(p, "wants a JSON object")
			}
			if err := known(p, m, fs); err != nil {
				return err
			}
		}
	}
	return nil
}

func known(path string, m map[string]any, fields []string) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !slices.Contains(fields, k) {
			p := k
			if path != "" {
				p = path + "." + k
			}
			return errf(p, "unknown field (allowed here: %s)", strings.Join(fields, ", "))
		}
	}
	return nil
}

// Clone returns a deep copy of d: nothing of it is shared with d.
func (d Description) Clone() Description {
	c := d
	c.Schemes = make([]Scheme, len(d.Schemes))
	for i, s := range d.Schemes {
		s.Ranges = slices.Clone(s.Ranges)
		if s.Capacity != nil {
			cp := *s.Capacity
			s.Capacity = &cp
		}
		if s.Alphabet.GSM7 != nil {
			g := *s.Alphabet.GSM7
			s.Alphabet.GSM7 = &g
		}
		if s.Alphabet.Table != nil {
			t := *s.Alphabet.Table
			s.Alphabet.Table = &t
		}
		if s.Alphabet.UCS2 != nil {
			s.Alphabet.UCS2 = &struct{}{}
		}
		if s.Alphabet.Units != nil {
			m := make(map[string]int, len(s.Alphabet.Units))
			for k, v := range s.Alphabet.Units {
				m[k] = v
			}
			s.Alphabet.Units = m
		}
		c.Schemes[i] = s
	}
	if d.Substitute != nil {
		sb := *d.Substitute
		if sb.Map != nil {
			m := make(map[string]string, len(sb.Map))
			for k, v := range sb.Map {
				m[k] = v
			}
			sb.Map = m
		}
		if sb.Others != nil {
			o := *sb.Others
			sb.Others = &o
		}
		c.Substitute = &sb
	}
	c.Suffixes = slices.Clone(d.Suffixes)
	if d.Params != nil {
		c.Params = make([]Param, len(d.Params))
		for i, p := range d.Params {
			if p.Values != nil {
				m := make(map[string]json.RawMessage, len(p.Values))
				for k, v := range p.Values {
					m[k] = slices.Clone(v)
				}
				p.Values = m
			}
			c.Params[i] = p
		}
	}
	return c
}

// AppendJSON appends d in the file format (one line, fields in the
// documented order, map keys sorted), which Parse reads back.
func (d Description) AppendJSON(dst []byte) []byte {
	b, err := json.Marshal(d)
	if err != nil {
		return dst
	}
	return append(dst, b...)
}

//go:embed vendors/*.json
var vendorFiles embed.FS

// BuiltinNames lists the built-in vendors, GSM first: the order of
// Builtin and of smsseg.Profiles.
var BuiltinNames = [...]string{"gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms", "verimor"}

// Builtin returns the built-in descriptions, parsed from vendors/*.json, as
// fresh copies in BuiltinNames order. It panics only if a built-in file is
// broken, which TestBuiltin rules out.
func Builtin() []Description {
	ds := make([]Description, len(BuiltinNames))
	for i, name := range BuiltinNames {
		f, err := vendorFiles.Open("vendors/" + name + ".json")
		if err != nil {
			panic("segment: built-in " + name + ": " + err.Error())
		}
		d, err := Parse(f)
		f.Close()
		if err != nil {
			panic("segment: built-in " + name + ": " + err.Error())
		}
		ds[i] = d
	}
	return ds
}

// BuiltinFile returns the bytes of a built-in vendor file.
func BuiltinFile(name string) ([]byte, error) {
	return vendorFiles.ReadFile("vendors/" + name + ".json")
}
