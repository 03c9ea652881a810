// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package vectors loads the golden test vectors of package
// github.com/smsseg/smsseg/vectors: JSON files, one per profile (gsm.json,
// oztek.json, ...), in the style of Project Wycheproof. Every
// expected value in them was worked by hand from SPEC.md and the vendor
// documents, never produced by running smsseg. The same files feed the unit
// tests of every package they concern, the fuzz seed corpora and the segcalc
// command tests.
package vectors

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	data "github.com/smsseg/smsseg/vectors"
)

// files is the embedded data of the vector files.
var files = data.Files

// A File is one vector file: the vectors of one profile.
type File struct {
	Profile string   `json:"profile"`
	Source  string   `json:"source"`
	Notes   []string `json:"notes"`
	Tests   []Test   `json:"tests"`
}

// A Test is one vector.
type Test struct {
	ID      int      `json:"id"`
	Comment string   `json:"comment"`
	Flags   []string `json:"flags"`
	Input   Text     `json:"input"`
	Options Options  `json:"options"`
	Expect  Expect   `json:"expect"`
}

// Options are the user options of SPEC section 5 a vector is analysed with.
type Options struct {
	ASCII      bool     `json:"ascii"`
	Smart      bool     `json:"smart"`
	OptOut     []string `json:"optout"`
	Recipients int64    `json:"recipients"` // 0 means 1
}

// Expect holds the expected analysis, named as in the segcalc JSON of SPEC 5.
// Pointer and nil-slice fields are optional: nil means "not stated".
type Expect struct {
	Encoding  string          `json:"encoding"`
	Shift     string          `json:"shift"`
	Units     int             `json:"units"`
	Runes     int             `json:"runes"`
	Segments  int             `json:"segments"`
	Remaining int             `json:"remaining"`
	Truncated int             `json:"truncated"`
	Credits   *int64          `json:"credits"`
	Text      *Text           `json:"text"`
	Wire      *Text           `json:"wire"`
	Parts     []Part          `json:"parts"`
	Params    json.RawMessage `json:"params"`
	Errors    []Issue         `json:"errors"`
	Warnings  []Issue         `json:"warnings"`
	// Packed is, for a single-part GSM 7-bit text, the hex of its septets
	// under the chosen alphabet packed into octets with no user data
	// header (3GPP TS 23.038 6.1.2.1).
	Packed *string `json:"packed"`
}

// A Part is a part boundary: byte offsets into the delivered text.
type Part struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Units int `json:"units"`
}

// An Issue is an expected error or warning.
type Issue struct {
	Code   string `json:"code"`
	Offset int    `json:"offset"`
}

// Text is a message as written in a vector: either a JSON string, or an array
// of pieces concatenated, each a string, {"repeat": s, "count": n} (s written
// n times) or {"hex": "ff80"} (raw bytes, for invalid UTF-8).
type Text string

// UnmarshalJSON implements json.Unmarshaler.
func (t *Text) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = Text(s)
		return nil
	}
	var pieces []json.RawMessage
	if err := json.Unmarshal(b, &pieces); err != nil {
		return fmt.Errorf("vectors: text must be a string or an array of pieces: %v", err)
	}
	var sb strings.Builder
	for _, p := range pieces {
		if err := json.Unmarshal(p, &s); err == nil {
			sb.WriteString(s)
			continue
		}
		var obj struct {
			Repeat *string `json:"repeat"`
			Count  int     `json:"count"`
			Hex    *string `json:"hex"`
		}
		if err := json.Unmarshal(p, &obj); err != nil {
			return fmt.Errorf("vectors: bad piece %s: %v", p, err)
		}
		switch {
		case obj.Repeat != nil && obj.Count >= 0:
			sb.WriteString(strings.Repeat(*obj.Repeat, obj.Count))
		case obj.Hex != nil:
			raw, err := hex.DecodeString(*obj.Hex)
			if err != nil {
				return fmt.Errorf("vectors: bad hex piece %s: %v", p, err)
			}
			sb.Write(raw)
		default:
			return fmt.Errorf("vectors: bad piece %s", p)
		}
	}
	*t = Text(sb.String())
	return nil
}

// Load returns the vector file of the named profile.
func Load(profile string) (*File, error) {
	b, err := files.ReadFile(profile + ".json")
	if err != nil {
		return nil, fmt.Errorf("vectors: no vectors for profile %q", profile)
	}
	var f File
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("vectors: %s.json: %v", profile, err)
	}
	if f.Profile != profile {
		return nil, fmt.Errorf("vectors: %s.json names profile %q", profile, f.Profile)
	}
	seen := map[int]bool{}
	for _, t := range f.Tests {
		if seen[t.ID] {
			return nil, fmt.Errorf("vectors: %s.json: id %d used twice", profile, t.ID)
		}
		seen[t.ID] = true
	}
	return &f, nil
}

// Profiles returns the names of the profiles that have vector files, sorted.
func Profiles() []string {
	names, _ := fs.Glob(files, "*.json")
	for i, n := range names {
		names[i] = strings.TrimSuffix(n, ".json")
	}
	sort.Strings(names)
	return names
}

// All loads every vector file, sorted by profile name.
func All() ([]*File, error) {
	var all []*File
	for _, p := range Profiles() {
		f, err := Load(p)
		if err != nil {
			return nil, err
		}
		all = append(all, f)
	}
	return all, nil
}
