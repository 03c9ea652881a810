// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package bench

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
)

func inputByName(t *testing.T, name string) string {
	t.Helper()
	for _, in := range inputs(t) {
		if in.name == name {
			return in.text
		}
	}
	t.Fatalf("no input %q", name)
	return ""
}

// isPlain reports whether every rune of s is printable ASCII that costs 1
// unit in every scheme of every profile (the runes a fast path may only
// count).
func isPlain(t *testing.T, s string) bool {
	t.Helper()
	for i, r := range s {
		if r < 0x20 || r > 0x7E {
			t.Logf("%q: byte %d is %q, not printable ASCII", s[:min(len(s), 20)], i, r)
			return false
		}
		for _, p := range smsseg.Profiles() {
			for k := range p.Schemes() {
				if u := p.RuneUnits(k, r); u != 1 {
					t.Logf("%q costs %d units in %s scheme %d", r, u, p.Name(), k)
					return false
				}
			}
		}
	}
	return true
}

// TestBenchInputs holds the inputs to what their names promise, so that a
// benchmark measures the path it says it measures.
func TestBenchInputs(t *testing.T) {
	require.Len(t, inputs(t), len(inputNames))
	for _, in := range inputs(t) {
		assert.True(t, utf8.ValidString(in.text), "%s: invalid UTF-8", in.name)
		assert.False(t, strings.HasSuffix(in.text, "\n"), "%s: trailing newline (files are read as they are)", in.name)
		assert.NotContains(t, in.text, "\r", in.name)
		assert.NotContains(t, in.text, "\"", "%s: '\"' is unknown to oztek", in.name)
	}

	sizes := []struct {
		name           string
		bytes          int // exact, or 0
		minRunes, maxR int
	}{
		{"ascii160", 160, 160, 160},
		{"ascii612", 612, 612, 612},
		{"turkish300", 0, 290, 310},
		{"emoji200", 0, 190, 210},
		{"ext160", 160, 150, 160},
		{"ascii64k", 64 << 10, 64 << 10, 64 << 10},
		{"turkish64k", 64 << 10, 50000, 64 << 10},
	}
	for _, tc := range sizes {
		s := inputByName(t, tc.name)
		if tc.bytes != 0 {
			assert.Len(t, s, tc.bytes, tc.name)
		}
		n := utf8.RuneCountInString(s)
		assert.True(t, n >= tc.minRunes && n <= tc.maxR, "%s: %d runes; want %d..%d", tc.name, n, tc.minRunes, tc.maxR)
	}

	// The ASCII inputs are all plain; ascii160 is exactly one default-alphabet segment.
	for _, name := range []string{"ascii160", "ascii612", "ascii64k"} {
		assert.True(t, isPlain(t, inputByName(t, name)), "%s is not all plain", name)
	}
	r := smsseg.GSM.Analyze(inputByName(t, "ascii160"))
	assert.Equal(t, smsseg.Normal, r.Class())
	assert.Equal(t, 160, r.Units())
	assert.Equal(t, 1, r.Segments())

	// turkish300 and turkish64k: every Turkish letter, and otherwise plain.
	for _, name := range []string{"turkish300", "turkish64k"} {
		s := inputByName(t, name)
		for _, c := range "çşğıİöüÇŞĞÖÜ" {
			assert.True(t, strings.ContainsRune(s, c), "%s lacks %q", name, c)
		}
		rest := strings.Map(func(r rune) rune {
			if strings.ContainsRune("çşğıİöüÇŞĞÖÜ", r) {
				return -1
			}
			return r
		}, s)
		assert.True(t, isPlain(t, rest), "%s: a rune other than the Turkish letters is not plain", name)
	}

	// emoji200: plain ASCII but for a few astral emoji.
	emoji := inputByName(t, "emoji200")
	astral := 0
	for _, r := range emoji {
		if r > 0xFFFF {
			astral++
		}
	}
	assert.Equal(t, 3, astral, "emoji200: astral runes")
	assert.True(t, isPlain(t, strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return -1
		}
		return r
	}, emoji)), "emoji200: a rune other than the emoji is not plain")

	// ext160: each of the extension characters, each costing 2 septets in gsm.
	ext := inputByName(t, "ext160")
	nExt := 0
	for _, c := range "{}[]~^|€" {
		assert.True(t, strings.ContainsRune(ext, c), "ext160 lacks %q", c)
		nExt += strings.Count(ext, string(c))
	}
	r = smsseg.GSM.Analyze(ext)
	assert.Equal(t, smsseg.Normal, r.Class())
	assert.Equal(t, utf8.RuneCountInString(ext)+nExt, r.Units(), "ext160: gsm units")

	// What every profile makes of every input: the class and the first
	// error, so that each benchmark's path is known (oztek's 918-unit
	// maximum and bisms's truncation make the 64k inputs error or cut paths
	// for them).
	const (
		N = smsseg.Normal
		T = smsseg.Turkish
		U = smsseg.UCS2
	)
	var (
		none     smsseg.Code
		unknown  = smsseg.UnknownChar
		tooLong  = smsseg.TooLong
		profiles = []string{"gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms", "verimor"}
	)
	matrix := []struct {
		input     string
		class     [7]smsseg.Class
		err       [7]smsseg.Code
		truncated [7]bool
	}{
		{"ascii160", [7]smsseg.Class{N, N, N, N, N, N, N}, [7]smsseg.Code{}, [7]bool{}},
		{"ascii612", [7]smsseg.Class{N, N, N, N, N, N, N}, [7]smsseg.Code{}, [7]bool{}},
		{"turkish300", [7]smsseg.Class{T, T, T, T, T, T, T}, [7]smsseg.Code{}, [7]bool{}},
		{"emoji200", [7]smsseg.Class{U, N, N, U, U, N, U}, [7]smsseg.Code{none, unknown, unknown, none, none, none, none}, [7]bool{}},
		{"ext160", [7]smsseg.Class{N, N, N, N, N, N, N}, [7]smsseg.Code{}, [7]bool{}},
		{"ascii64k", [7]smsseg.Class{N, N, N, N, N, N, N}, [7]smsseg.Code{none, tooLong, 6: tooLong}, [7]bool{5: true}},
		{"turkish64k", [7]smsseg.Class{T, T, T, T, T, T, T}, [7]smsseg.Code{none, tooLong, 6: tooLong}, [7]bool{5: true}},
	}
	require.Len(t, matrix, len(inputNames))
	for _, tc := range matrix {
		s := inputByName(t, tc.input)
		for k, name := range profiles {
			p, ok := smsseg.Lookup(name)
			require.True(t, ok, name)
			r := p.Analyze(s)
			assert.Equal(t, tc.class[k], r.Class(), "%s/%s: class", name, tc.input)
			first, _ := r.FirstError()
			assert.Equal(t, tc.err[k], first.Code, "%s/%s: first error", name, tc.input)
			assert.Equal(t, tc.truncated[k], r.Truncated() > 0, "%s/%s: truncated %d", name, tc.input, r.Truncated())
		}
	}
	assert.Len(t, profiles, len(smsseg.Profiles()), "a new profile needs a column in the matrix")
}

// TestNoAllocs proves that every benchmarked operation allocates nothing on
// every input, once its reused buffer has grown (AllocsPerRun makes one
// warm-up call first), so `go test ./bench` checks it without running the
// benchmarks.
func TestNoAllocs(t *testing.T) {
	for _, in := range inputs(t) {
		text := in.text
		for _, p := range smsseg.Profiles() {
			var res smsseg.Analysis
			var ps []smsseg.Part
			var buf, js []byte
			cases := []struct {
				name string
				f    func()
			}{
				{"Analyze", func() { res = p.Analyze(text) }},
				{"Parts", func() { ps = parts(p, text, ps) }},
				{"AppendParts", func() { ps = partsAfter(p, text, ps) }},
				{"Wire", func() { buf = wire(p, text, buf) }},
				{"JSON", func() { js = jsonObject(p, text, js) }},
			}
			for _, c := range cases {
				if n := testing.AllocsPerRun(5, c.f); n != 0 {
					t.Errorf("%s/%s/%s: %v allocs per run; want 0", c.name, p.Name(), in.name, n)
				}
			}
			require.Positive(t, res.Units(), "%s/%s: no units", p.Name(), in.name)
			require.NotEmpty(t, js, "%s/%s: no JSON", p.Name(), in.name)
			require.NotEmpty(t, ps, "%s/%s: no parts", p.Name(), in.name)
			require.NotEmpty(t, buf, "%s/%s: empty wire", p.Name(), in.name)
		}
		for _, c := range []struct {
			name string
			f    func()
		}{
			{"ValidString", func() { utf8.ValidString(text) }},
			{"RuneCount", func() { utf8.RuneCountInString(text) }},
		} {
			if n := testing.AllocsPerRun(5, c.f); n != 0 {
				t.Errorf("Baseline/%s/%s: %v allocs per run; want 0", c.name, in.name, n)
			}
		}
	}
}
