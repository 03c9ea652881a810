// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/vectors"
)

// suggested is the -json -suggest object: SPEC 5 fields decoded strictly
// as result does, plus "suggestions".
type suggested struct {
	result
	Suggestions []vectors.Suggestion `json:"suggestions"`
}

func decodeSuggested(t *testing.T, out string) suggested {
	t.Helper()
	var r suggested
	dec := json.NewDecoder(strings.NewReader(out))
	require.NoError(t, dec.Decode(&r), "output %q", out)
	return r
}

// TestSuggestVectors runs the suggestion vectors through segcalc -json
// -suggest and compares the "suggestions" array with the hand-worked one;
// then runs segcalc again with each suggestion's options, which must give
// exactly its numbers.
func TestSuggestVectors(t *testing.T) {
	f, err := vectors.LoadSuggestions()
	require.NoError(t, err)
	for _, v := range f.Tests {
		t.Run(strconv.Itoa(v.ID), func(t *testing.T) {
			recipients := v.Options.Recipients
			if recipients == 0 {
				recipients = 1
			}
			args := []string{"-json", "-suggest", "-vendor", v.Profile, "-recipients", strconv.FormatInt(recipients, 10)}
			if len(v.Options.OptOut) > 0 {
				args = append(args, "-optout", strings.Join(v.Options.OptOut, ","))
			}
			if v.Options.OpCode != "" {
				args = append(args, "-opcode", v.Options.OpCode)
			}
			for flag, on := range map[string]bool{"-nfc": v.Options.NFC, "-smart": v.Options.Smart, "-ascii": v.Options.ASCII} {
				if on {
					args = append(args, flag)
				}
			}
			_, out, _ := segcalc("", append(args, "--", string(v.Input))...)
			r := decodeSuggested(t, out)
			assert.Equal(t, v.Expect.Encoding, r.Encoding)
			assert.Equal(t, v.Expect.Segments, r.Segments)
			assert.Equal(t, v.Expect.Credits, r.Credits)
			if !assert.Equal(t, v.Expect.Suggestions, r.Suggestions) {
				return
			}
			for _, s := range r.Suggestions {
				if len(s.Options) == 0 {
					continue
				}
				a := append(append([]string{}, args...), s.Options...)
				_, out, _ := segcalc("", append(a, "--", string(v.Input))...)
				got := decodeSuggested(t, out)
				assert.Equal(t, s.Encoding, got.Encoding, "%v", s.Options)
				assert.Equal(t, s.Segments, got.Segments, "%v", s.Options)
				assert.Equal(t, s.Credits, got.Credits, "%v", s.Options)
				assert.Len(t, got.Errors, s.Errors, "%v", s.Options)
			}
		})
	}
}

func TestSuggestJSONShape(t *testing.T) {
	// "suggestions" comes right after "warnings", the SPEC 5 fields before
	// it are byte for byte those of -json alone.
	text := strings.Repeat("a", 100) + "’s"
	_, plain, _ := segcalc("", "-json", text)
	_, withS, _ := segcalc("", "-json", "-suggest", text)
	plain = strings.TrimSuffix(plain, "}\n")
	require.True(t, strings.HasPrefix(withS, plain+`,"suggestions":[`), "got %q", withS)
	assert.Equal(t, `,"suggestions":[{"options":["-smart"],"encoding":"normal","segments":1,"credits":1,"saves":1,"errors":0},`+
		`{"edits":[{"offset":100,"from":"’","to":"'"}],"encoding":"normal","segments":1,"credits":1,"saves":1,"errors":0}]}`+"\n",
		withS[len(plain):])

	_, out, _ := segcalc("", "-json", "-suggest", "hello")
	assert.True(t, strings.HasSuffix(out, `"warnings":[],"suggestions":[]}`+"\n"), "got %q", out)

	// JSON Lines with -lines: every line its own suggestions.
	_, out, _ = segcalc("hello\n"+text+"\n", "-json", "-suggest", "-lines")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Empty(t, decodeSuggested(t, lines[0]).Suggestions)
	assert.Len(t, decodeSuggested(t, lines[1]).Suggestions, 2)

	// Escaping: a tab and a quote the vendor rejects.
	_, out, _ = segcalc("", "-json", "-suggest", "-vendor", "oztek", "a\t\"b")
	assert.Contains(t, out, `{"edits":[{"offset":1,"from":"\u0009","to":""},{"offset":2,"from":"\"","to":""}]`)
}

func TestAppendSuggestionsJSON(t *testing.T) {
	// The web server's entry point: the array value alone.
	p, _ := smsseg.NodeAPI.WithRecipients(15000)
	a := p.Analyze(strings.Repeat("a", 159) + "ş")
	got := string(appendSuggestionsJSON([]byte("x"), a))
	want := `x[{"options":["-ascii"],"encoding":"normal","segments":1,"credits":15000,"saves":15000,"errors":0},` +
		`{"edits":[{"offset":159,"from":"ş","to":"s"}],"encoding":"normal","segments":1,"credits":15000,"saves":15000,"errors":0}]`
	assert.Equal(t, want, got)
	var v []map[string]any
	require.NoError(t, json.Unmarshal([]byte(got[1:]), &v))
	assert.Equal(t, "[]", string(appendSuggestionsJSON(nil, smsseg.GSM.Analyze("hello"))))
	var zero smsseg.Analysis
	assert.Equal(t, "[]", string(appendSuggestionsJSON(nil, zero)))
}

func TestHumanExplainSave(t *testing.T) {
	text := strings.Repeat("Kargonuz yola cikti. ", 7) + "Teşekkürler"
	code, out, _ := segcalc("", "-vendor", "nodeapi", "-recipients", "15000", text)
	require.Equal(t, 0, code)
	for _, want := range []string{
		"explain     'ş' (U+015F) at byte 149: forces the turkish encoding, costs 2 units\n",
		"save        -ascii → normal, 1 segment, 15,000 credits (saves 15,000)\n",
		"            smallest edit: 1 change → normal, 1 segment, 15,000 credits (saves 15,000)\n",
		"              ş→s at 149 (byte offsets in your text)\n",
	} {
		assert.Contains(t, out, want)
	}
	_, out, _ = segcalc("", "Merhaba dünya")
	assert.Contains(t, out, "explain     no character costs more than 1 unit or changes the encoding\n")
	assert.Contains(t, out, "save        already the cheapest: no option or edit makes it cheaper\n")

	_, out, _ = segcalc("", "-vendor", "oztek", "Ali’nin")
	assert.Contains(t, out, "explain     '’' (U+2019) at byte 3: rejected by oztek (unknown_char)\n")
	assert.Contains(t, out, "save        -smart → normal, 1 segment, 1 credit, accepted by the vendor\n")
}

func TestFitFlag(t *testing.T) {
	text := strings.Repeat("a", 170)
	code, out, _ := segcalc("", "-json", "-fit", "1", "-ellipsis", "...", text)
	require.Equal(t, 0, code)
	r := decodeSuggested(t, out)
	assert.Equal(t, strings.Repeat("a", 157)+"...", r.Text)
	assert.Equal(t, 160, r.Units)
	assert.Equal(t, 1, r.Segments)

	// The text fits: unchanged, no ellipsis.
	_, out, _ = segcalc("", "-json", "-fit", "2", "-ellipsis", "...", text)
	assert.Equal(t, text, decodeSuggested(t, out).Text)

	// Per line with -lines.
	_, out, _ = segcalc(text+"\nshort\n", "-json", "-lines", "-fit", "1")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, strings.Repeat("a", 160), decodeSuggested(t, lines[0]).Text)
	assert.Equal(t, "short", decodeSuggested(t, lines[1]).Text)

	for _, args := range [][]string{{"-fit", "-1", "x"}, {"-ellipsis", "…", "x"}, {"-fold", "sometimes", "x"}, {"-fit", "x", "y"}} {
		code, _, errOut := segcalc("", args...)
		assert.Equal(t, exitUsage, code, "%v", args)
		assert.NotEmpty(t, errOut, "%v", args)
	}
}

func TestDropAndFoldFlags(t *testing.T) {
	_, out, _ := segcalc("", "-json", "-vendor", "oztek", "-drop", "Kampanya \"bugun\"")
	r := decodeSuggested(t, out)
	assert.Equal(t, "Kampanya bugun", r.Text)
	assert.Empty(t, r.Errors)

	// -fold ifcheaper -smart: a text the fold does not make cheaper stays.
	_, out, _ = segcalc("", "-json", "-fold", "ifcheaper", "-smart", "Ali’nin")
	assert.Equal(t, "Ali’nin", decodeSuggested(t, out).Text)
	text := strings.Repeat("a", 100) + "’s"
	_, out, _ = segcalc("", "-json", "-fold", "ifcheaper", "-smart", text)
	r = decodeSuggested(t, out)
	assert.Equal(t, strings.Repeat("a", 100)+"'s", r.Text)
	assert.Equal(t, 1, r.Segments)
	_, out, _ = segcalc("", "-json", "-fold", "always", "-smart", "Ali’nin")
	assert.Equal(t, "Ali'nin", decodeSuggested(t, out).Text)
}

func TestHelpNamesNewFlags(t *testing.T) {
	var o bytes.Buffer
	run([]string{"-h"}, strings.NewReader(""), &o, &o)
	for _, f := range []string{"-suggest", "-fit N", "-ellipsis TEXT", "-drop", "-fold POLICY"} {
		assert.Contains(t, o.String(), f)
	}
}
