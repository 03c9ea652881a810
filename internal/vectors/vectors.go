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
	"unicode/utf8"

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
//
// By default Input is the caller's message as UTF-8: the text a library
// caller passes, and what segcalc gets as a TEXT argument or, with -raw, on
// standard input (the two must agree). Two flags narrow that:
//
//   - Stdin: Input is the raw bytes segcalc reads on standard input, without
//     -raw: a byte order mark at the very start is dropped and decides the
//     encoding (EF BB BF UTF-8, FF FE UTF-16LE, FE FF UTF-16BE), otherwise
//     the bytes are read in Charset; then one trailing "\n" or "\r\n" is
//     dropped (SPEC 5). Such a vector is for the command only (see
//     [Test.CommandOnly]); a library test must skip it or decode it first.
//   - Argv: Input goes to segcalc only as a TEXT argument, never on
//     standard input, because standard input would read it differently
//     (a leading U+FEFF is a character in an argument but a byte order
//     mark on standard input).
type Test struct {
	ID      int      `json:"id"`
	Comment string   `json:"comment"`
	Flags   []string `json:"flags"`
	Input   Text     `json:"input"`
	Stdin   bool     `json:"stdin"`
	Argv    bool     `json:"argv"`
	// Charset is the -charset of a Stdin vector: "utf-8" (the default when
	// empty), "utf-16le", "utf-16be", "windows-1254" or "iso-8859-9".
	Charset string  `json:"charset"`
	Options Options `json:"options"`
	Expect  Expect  `json:"expect"`
}

// CommandOnly reports whether the vector can only be run through segcalc:
// its input is standard input bytes (Stdin), not the message itself.
func (t Test) CommandOnly() bool { return t.Stdin }

// Options are the user options of SPEC sections 3.7, 3.9 and 5 a vector is
// analysed with.
type Options struct {
	NFC    bool     `json:"nfc"`    // -nfc
	ASCII  bool     `json:"ascii"`  // -ascii
	Smart  bool     `json:"smart"`  // -smart
	OptOut []string `json:"optout"` // -optout, in the order given
	// OpCode is the operator code of -opcode (4 characters from A–Z 0–9),
	// "" when the option is not given.
	OpCode     string `json:"opcode"`
	Recipients int64  `json:"recipients"` // 0 means 1
}

// Expect holds the expected analysis, named as in the segcalc JSON of SPEC 5.
// Pointer and nil-slice fields are optional: nil means "not stated".
// Text is the delivered text (after options, substitutions, the esemes
// suffixes, the operator code and truncation); when nil it equals the
// input. Wire is the vendor field value (the delivered text without the
// esemes suffixes and the operator code, pipe-coded for oztek); when nil
// it equals Text, except for oztek, where it is not stated.
// Params is the vendor parameter object: esemes states endpoint,
// izin_link and izin_telefon.
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

// An Issue is an expected error or warning: its code and byte offset in the
// delivered text, and optionally the character at issue (SPEC 5 "rune").
type Issue struct {
	Code   string `json:"code"`
	Offset int    `json:"offset"`
	// Rune is the character at issue as a JSON string of exactly one rune
	// (for bisms' replaced, the caller's rune before the change); nil when
	// the vector does not state it. It is never stated for empty and
	// truncated, which have none.
	Rune *string `json:"rune"`
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
		if err := t.check(); err != nil {
			return nil, fmt.Errorf("vectors: %s.json: id %d: %v", profile, t.ID, err)
		}
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

// charsets are the -charset names of SPEC 5.
var charsets = map[string]bool{"utf-8": true, "utf-16le": true, "utf-16be": true, "windows-1254": true, "iso-8859-9": true}

// check reports a vector whose fields contradict each other.
func (t Test) check() error {
	switch {
	case t.Stdin && t.Argv:
		return fmt.Errorf("stdin and argv both set")
	case t.Charset != "" && !t.Stdin:
		return fmt.Errorf("charset %q without stdin", t.Charset)
	case t.Charset != "" && !charsets[t.Charset]:
		return fmt.Errorf("unknown charset %q", t.Charset)
	case t.Stdin && t.Expect.Text == nil:
		return fmt.Errorf("stdin vector without expect.text")
	}
	if c := t.Options.OpCode; c != "" {
		if len(c) != 4 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
			return fmt.Errorf("opcode %q is not 4 characters from A-Z 0-9", c)
		}
	}
	for _, list := range [][]Issue{t.Expect.Errors, t.Expect.Warnings} {
		for _, is := range list {
			if is.Rune != nil && utf8.RuneCountInString(*is.Rune) != 1 {
				return fmt.Errorf("%s at %d: rune %q is not one rune", is.Code, is.Offset, *is.Rune)
			}
		}
	}
	return nil
}
