// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package vectors

import (
	"encoding/json"
	"fmt"
	"strings"
)

// A SuggestFile is the vector file of suggestions and smallest edits
// (suggest/suggestions.json): vectors over several profiles, so it is not
// one of the per-profile files that Profiles and All list.
type SuggestFile struct {
	Source string        `json:"source"`
	Notes  []string      `json:"notes"`
	Tests  []SuggestTest `json:"tests"`
}

// A SuggestTest is one vector: a caller's text under a profile and options,
// the analysis as written and the exact suggestions, in order.
type SuggestTest struct {
	ID      int           `json:"id"`
	Profile string        `json:"profile"`
	Comment string        `json:"comment"`
	Flags   []string      `json:"flags"`
	Input   Text          `json:"input"`
	Options Options       `json:"options"`
	Expect  SuggestExpect `json:"expect"`
}

// SuggestExpect is the expected analysis as written and its suggestions.
type SuggestExpect struct {
	Encoding    string       `json:"encoding"`
	Segments    int          `json:"segments"`
	Credits     int64        `json:"credits"`
	Suggestions []Suggestion `json:"suggestions"`
}

// A Suggestion is one entry of segcalc's "suggestions" array: Options (the
// segcalc flags) or, for the smallest edit, Edits.
type Suggestion struct {
	Options  []string `json:"options,omitempty"`
	Edits    []Edit   `json:"edits,omitempty"`
	Encoding string   `json:"encoding"`
	Segments int      `json:"segments"`
	Credits  int64    `json:"credits"`
	Saves    int64    `json:"saves"`
	Errors   int      `json:"errors"`
}

// An Edit replaces From at byte Offset of the caller's text by To.
type Edit struct {
	Offset int    `json:"offset"`
	From   string `json:"from"`
	To     string `json:"to"`
}

// LoadSuggestions returns the suggestion vectors.
func LoadSuggestions() (*SuggestFile, error) {
	b, err := files.ReadFile("suggest/suggestions.json")
	if err != nil {
		return nil, fmt.Errorf("vectors: %v", err)
	}
	var f SuggestFile
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("vectors: suggest/suggestions.json: %v", err)
	}
	seen := map[int]bool{}
	for _, t := range f.Tests {
		if seen[t.ID] {
			return nil, fmt.Errorf("vectors: suggest/suggestions.json: id %d used twice", t.ID)
		}
		seen[t.ID] = true
		if t.Expect.Suggestions == nil {
			return nil, fmt.Errorf("vectors: suggest/suggestions.json: id %d states no suggestions (write [] for none)", t.ID)
		}
		for _, s := range t.Expect.Suggestions {
			if (len(s.Options) == 0) == (len(s.Edits) == 0) {
				return nil, fmt.Errorf("vectors: suggest/suggestions.json: id %d: a suggestion has options or edits, not both or neither", t.ID)
			}
		}
	}
	return &f, nil
}
