// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/vectors"
)

// profileFor builds the profile a vector names, with its options.
func profileFor(t testing.TB, name string, o vectors.Options) smsseg.Profile {
	t.Helper()
	p, ok := smsseg.Lookup(name)
	require.True(t, ok, "profile %q", name)
	p = p.WithASCII(o.ASCII).WithSmart(o.Smart)
	if len(o.OptOut) > 0 {
		oo, err := smsseg.ParseOptOut(strings.Join(o.OptOut, ","))
		require.NoError(t, err)
		p, err = p.WithOptOut(oo)
		require.NoError(t, err)
	}
	return p
}

func TestVectors(t *testing.T) {
	files, err := vectors.All()
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		for _, v := range f.Tests {
			t.Run(fmt.Sprintf("%s/%d", f.Profile, v.ID), func(t *testing.T) {
				checkVector(t, f.Profile, v)
			})
		}
	}
}

func checkVector(t *testing.T, profile string, v vectors.Test) {
	p := profileFor(t, profile, v.Options)
	in := string(v.Input)
	e := v.Expect
	r := p.Analyze(in)
	msg := fmt.Sprintf("%s #%d (%s) input %.80q", profile, v.ID, v.Comment, in)
	assert.Equal(t, e.Encoding, r.Encoding.String(), "encoding: %s", msg)
	assert.Equal(t, e.Shift, r.Shift.String(), "shift: %s", msg)
	assert.Equal(t, e.Units, r.Units, "units: %s", msg)
	assert.Equal(t, e.Runes, r.Runes, "runes: %s", msg)
	assert.Equal(t, e.Segments, r.Segments, "segments: %s", msg)
	assert.Equal(t, e.Remaining, r.Remaining, "remaining: %s", msg)
	assert.Equal(t, e.Truncated, r.Truncated, "truncated: %s", msg)

	rb := p.AnalyzeBytes([]byte(in))
	assert.Equal(t, r, rb, "AnalyzeBytes differs from Analyze: %s", msg)

	if e.Credits != nil {
		n := v.Options.Recipients
		if n == 0 {
			n = 1
		}
		c, ok := r.Credits(n)
		assert.True(t, ok, msg)
		assert.Equal(t, *e.Credits, c, "credits: %s", msg)
	}
	text := string(p.AppendText(nil, in))
	if e.Text != nil {
		assert.Equal(t, string(*e.Text), text, "text: %s", msg)
	}
	assert.Equal(t, len(text), r.TextLen, "TextLen: %s", msg)
	if e.Wire != nil {
		assert.Equal(t, string(*e.Wire), string(p.AppendWire(nil, in)), "wire: %s", msg)
	}
	if e.Parts != nil {
		var want []smsseg.Part
		for _, pt := range e.Parts {
			want = append(want, smsseg.Part{Start: pt.Start, End: pt.End, Units: pt.Units})
		}
		got := p.AppendParts(nil, in)
		if len(want) == 0 {
			assert.Empty(t, got, "parts: %s", msg)
		} else {
			assert.Equal(t, want, got, "parts: %s", msg)
		}
	}
	if e.Params != nil {
		assert.JSONEq(t, string(e.Params), r.Params.String(), "params: %s", msg)
	}
	var gotErr, gotWarn []vectors.Issue
	for _, is := range p.AppendIssues(nil, in) {
		x := vectors.Issue{Code: is.Code.String(), Offset: is.Offset}
		if is.Code.IsWarning() {
			gotWarn = append(gotWarn, x)
		} else {
			gotErr = append(gotErr, x)
		}
	}
	assert.Equal(t, len(e.Errors), r.Errors, "error count: %s", msg)
	assert.Equal(t, len(e.Warnings), r.Warnings, "warning count: %s", msg)
	assert.Equal(t, nilIfEmpty(e.Errors), gotErr, "errors: %s", msg)
	assert.Equal(t, nilIfEmpty(e.Warnings), gotWarn, "warnings: %s", msg)
	if len(e.Errors) > 0 {
		assert.Equal(t, e.Errors[0].Code, r.FirstError.Code.String(), "first error: %s", msg)
		assert.Equal(t, e.Errors[0].Offset, r.FirstError.Offset, "first error offset: %s", msg)
	}
}

func nilIfEmpty(s []vectors.Issue) []vectors.Issue {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestTablesUpToDate regenerates tables.go in memory and compares.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(goTool, "run", "gen_tables.go", "-output", "-").CombinedOutput()
	require.NoError(t, err, "%s", out)
	have, err := os.ReadFile("tables.go")
	require.NoError(t, err)
	if !bytes.Equal(out, have) {
		t.Fatalf("tables.go is stale: run go generate in the module root")
	}
}

var allocInputs = []string{
	"Hello, your code is 123456. Do not share it.",
	strings.Repeat("Merhaba dünya, siparişiniz kargoya verildi. ", 8),
	"Sale 😀 today {only} [members] ~ ^ | € \\ 👩‍👩‍👧",
	strings.Repeat("x", 1000) + "\xff" + "İĞŞ",
	"|61|62| test",
	"“smart” – quotes…",
}

func TestNoAllocs(t *testing.T) {
	dst := make([]byte, 0, 1<<16)
	parts := make([]smsseg.Part, 0, 64)
	issues := make([]smsseg.Issue, 0, 64)
	for _, base := range smsseg.Profiles() {
		for _, p := range []smsseg.Profile{base, base.WithASCII(true).WithSmart(true)} {
			if p.Name() == "esemes" {
				p, _ = p.WithOptOut(smsseg.OptOutLink | smsseg.OptOutPhone)
			}
			for _, in := range allocInputs {
				inb := []byte(in)
				n := testing.AllocsPerRun(20, func() {
					r := p.Analyze(in)
					_ = p.AnalyzeBytes(inb)
					dst = p.AppendTextOf(dst[:0], &r, in)
					dst = p.AppendWireOf(dst[:0], &r, in)
					parts = p.AppendPartsOf(parts[:0], &r, in)
					issues = p.AppendIssuesOf(issues[:0], &r, in)
					dst = p.AppendText(dst[:0], in)
					dst = p.AppendWire(dst[:0], in)
					parts = p.AppendParts(parts[:0], in)
					issues = p.AppendIssues(issues[:0], in)
					dst = r.Params.AppendJSON(dst[:0])
				})
				assert.Zero(t, n, "%s: %.40q allocates", p.Name(), in)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	for _, name := range []string{"gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms"} {
		p, ok := smsseg.Lookup(name)
		require.True(t, ok, name)
		assert.Equal(t, name, p.Name())
	}
	_, ok := smsseg.Lookup("GSM")
	assert.False(t, ok, "names are lower-case and exact")
	assert.Equal(t, "gsm", smsseg.Profile{}.Name(), "zero Profile is GSM")
	assert.Equal(t, "gsm, oztek, esemes, nodeapi, kobikom, bisms", smsseg.Names())
}

func TestOptOut(t *testing.T) {
	_, err := smsseg.GSM.WithOptOut(smsseg.OptOutLink)
	assert.ErrorIs(t, err, smsseg.ErrNoOptOut)
	o, err := smsseg.ParseOptOut("phone,link")
	require.NoError(t, err)
	assert.Equal(t, smsseg.OptOutLink|smsseg.OptOutPhone, o)
	_, err = smsseg.ParseOptOut("sms")
	assert.Error(t, err)
	_, err = smsseg.ParseOptOut("")
	assert.Error(t, err)
}

func TestCredits(t *testing.T) {
	r := smsseg.GSM.Analyze(strings.Repeat("a", 161))
	require.Equal(t, 2, r.Segments)
	c, ok := r.Credits(100000)
	assert.True(t, ok)
	assert.Equal(t, int64(200000), c)
	_, ok = r.Credits(1 << 62)
	assert.False(t, ok, "overflow must be reported")
	_, ok = r.Credits(0)
	assert.False(t, ok)
}

func TestParamsJSON(t *testing.T) {
	r := smsseg.Kobikom.Analyze(strings.Repeat("ş", 100))
	var m map[string]any
	require.NoError(t, json.Unmarshal(r.Params.AppendJSON(nil), &m))
	assert.Equal(t, map[string]any{"datacoding": 0.0, "languageCode": "ES", "type": "longSMS"}, m)
}

func TestRulesValid(t *testing.T) {
	for _, p := range smsseg.Profiles() {
		assert.NoError(t, p.Rules().Validate(), p.Name())
	}
}

// TestPartIterMatchesAppendParts walks every golden vector with PartIter.
func TestPartIterMatchesAppendParts(t *testing.T) {
	files, err := vectors.All()
	require.NoError(t, err)
	var it smsseg.PartIter
	for _, f := range files {
		for _, v := range f.Tests {
			p := profileFor(t, f.Profile, v.Options)
			in := string(v.Input)
			r := p.Analyze(in)
			var got []smsseg.Part
			for p.InitParts(&it, &r, in); !it.Done(); {
				got = append(got, it.Next())
			}
			assert.Equal(t, p.AppendPartsOf(nil, &r, in), got, "%s #%d", f.Profile, v.ID)
			allocs := testing.AllocsPerRun(5, func() {
				for p.InitParts(&it, &r, in); !it.Done(); {
					it.Next()
				}
			})
			assert.Zero(t, allocs)
		}
	}
}
