// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// canned is go test -bench output in its real layout (tabs, GOMAXPROCS
// suffix, -count 3 for one name, interleaved noise).
const canned = `goos: linux
goarch: amd64
pkg: github.com/smsseg/smsseg/bench
cpu: Test CPU @ 2.00GHz
BenchmarkAnalyze/gsm/ascii160-2         	12000000	        80.00 ns/op	2000.00 MB/s	       0 B/op	       0 allocs/op
BenchmarkAnalyze/gsm/ascii160-2         	12000000	        90.00 ns/op	1777.78 MB/s	       0 B/op	       0 allocs/op
BenchmarkAnalyze/gsm/ascii160-2         	12000000	       120.00 ns/op	1333.33 MB/s	       0 B/op	       0 allocs/op
BenchmarkAnalyze/oztek/ascii160-2       	 9000000	       130.0 ns/op	1230.77 MB/s	       0 B/op	       0 allocs/op
BenchmarkParts/gsm/ascii160-2           	 9000000	        95.0 ns/op	1684.21 MB/s	      48 B/op	       1 allocs/op
BenchmarkAnalyze/gsm/ascii64k-2         	   20000	     40000 ns/op	1638.40 MB/s	       0 B/op	       0 allocs/op
BenchmarkAnalyze/gsm/turkish300-2       	 2000000	       500 ns/op	 672.00 MB/s	       0 B/op	       0 allocs/op
BenchmarkBaseline/ValidString/ascii160-2	100000000	        10.00 ns/op	16000.00 MB/s	       0 B/op	       0 allocs/op
BenchmarkBaseline/RuneCount/ascii160-2  	100000000	       100.00 ns/op	1600.00 MB/s	       0 B/op	       0 allocs/op
BenchmarkBaseline/ValidString/ascii64k-2	  200000	      5000 ns/op	13107.20 MB/s	       0 B/op	       0 allocs/op
--- BENCH: BenchmarkSomething
    bench_test.go:1: Benchmark log line
PASS
ok  	github.com/smsseg/smsseg/bench	12.345s
`

func TestParse(t *testing.T) {
	rep, err := parse(strings.NewReader(canned))
	require.NoError(t, err)
	assert.Equal(t, []string{"goos: linux", "goarch: amd64", "pkg: github.com/smsseg/smsseg/bench", "cpu: Test CPU @ 2.00GHz"}, rep.meta)
	assert.Equal(t, []string{
		"Analyze/gsm/ascii160", "Analyze/oztek/ascii160", "Parts/gsm/ascii160", "Analyze/gsm/ascii64k",
		"Analyze/gsm/turkish300", "Baseline/ValidString/ascii160", "Baseline/RuneCount/ascii160", "Baseline/ValidString/ascii64k",
	}, rep.order)
	s := rep.samples["Analyze/gsm/ascii160"]
	require.NotNil(t, s)
	assert.Equal(t, []float64{80, 90, 120}, s.ns)
	assert.Equal(t, []float64{0, 0, 0}, s.allocs)
	assert.Equal(t, 90.0, median(s.ns))
	assert.Equal(t, 85.0, median([]float64{90, 80}))
}

func TestParseErrors(t *testing.T) {
	_, err := parse(strings.NewReader("PASS\nok x 1s\n"))
	assert.ErrorContains(t, err, "ratios: no benchmark results")
	_, err = parse(strings.NewReader("BenchmarkX-2 10 abc ns/op\n"))
	assert.ErrorContains(t, err, `bad value "abc"`)
}

func TestTrimProcs(t *testing.T) {
	for in, want := range map[string]string{
		"Analyze/gsm/ascii160-2":  "Analyze/gsm/ascii160",
		"Analyze/gsm/ascii160-16": "Analyze/gsm/ascii160",
		"Analyze/gsm/ascii160":    "Analyze/gsm/ascii160",
		"Analyze/gsm/a-b":         "Analyze/gsm/a-b",
		"X-":                      "X-",
	} {
		assert.Equal(t, want, trimProcs(in), "trimProcs(%q)", in)
	}
}

func TestRowsAndTargets(t *testing.T) {
	rep, err := parse(strings.NewReader(canned))
	require.NoError(t, err)
	rows := rep.rows()
	byName := map[string]row{}
	var names []string
	for _, r := range rows {
		byName[r.name] = r
		names = append(names, r.name)
	}
	// Inputs in order of appearance; within one, Analyze, Parts, Wire, then baselines.
	assert.Equal(t, []string{
		"Analyze/gsm/ascii160", "Analyze/oztek/ascii160", "Parts/gsm/ascii160",
		"Baseline/ValidString/ascii160", "Baseline/RuneCount/ascii160",
		"Analyze/gsm/ascii64k", "Baseline/ValidString/ascii64k",
		"Analyze/gsm/turkish300",
	}, names)

	r := byName["Analyze/gsm/ascii160"]
	assert.InDelta(t, 10.0/90, r.vsValid, 1e-9)
	assert.InDelta(t, 100.0/90, r.vsCount, 1e-9)
	assert.Equal(t, []verdict{
		{bench: r.name, what: "≤ 1× RuneCount time", ok: true, known: true},
		{bench: r.name, what: "0 allocs", ok: true, known: true},
	}, r.verdicts)

	r = byName["Analyze/oztek/ascii160"]
	assert.Equal(t, verdict{bench: r.name, what: "≤ 1× RuneCount time", ok: false, known: true}, r.verdicts[0])

	r = byName["Parts/gsm/ascii160"]
	assert.Equal(t, []verdict{
		{bench: r.name, what: "≤ 1.3× Analyze/gsm/ascii160", ok: true, known: true},
		{bench: r.name, what: "0 allocs", ok: false, known: true},
	}, r.verdicts)

	r = byName["Analyze/gsm/ascii64k"]
	assert.InDelta(t, 0.125, r.vsValid, 1e-9)
	assert.Equal(t, -1.0, r.vsCount, "no RuneCount baseline for ascii64k")
	assert.Equal(t, verdict{bench: r.name, what: "≥ 0.15× ValidString", ok: false, known: true}, r.verdicts[0])

	r = byName["Analyze/gsm/turkish300"]
	assert.Equal(t, verdict{bench: r.name, what: "≤ 1× RuneCount time", ok: false, known: false}, r.verdicts[0])

	assert.Nil(t, byName["Baseline/ValidString/ascii160"].verdicts)
}

func TestWrite(t *testing.T) {
	rep, err := parse(strings.NewReader(canned))
	require.NoError(t, err)
	var b strings.Builder
	assert.False(t, rep.write(&b), "targets are missed in the canned input")
	out := b.String()
	assert.Contains(t, out, "cpu: Test CPU @ 2.00GHz  \n")
	assert.Contains(t, out, "| ascii160 | Analyze/gsm/ascii160 | 90.0 | 1777.8 | 0 | 0.111× | 1.111× | ≤ 1× RuneCount time ok, 0 allocs ok |\n")
	assert.Contains(t, out, "| ascii64k | Analyze/gsm/ascii64k | 40000.0 | 1638.4 | 0 | 0.125× | — | **≥ 0.15× ValidString FAIL**, 0 allocs ok |\n")
	assert.Contains(t, out, "| ascii160 | Baseline/ValidString/ascii160 | 10.0 | 16000.0 | 0 |  |  |  |\n")
	assert.Contains(t, out, "\nTargets: 6 met, 3 missed, 1 not evaluated (baseline or figure missing).\n")
	assert.Contains(t, out, "- missed: Parts/gsm/ascii160 0 allocs\n")

	// Without its baseline a ratio target is not evaluated, not failed.
	rep, err = parse(strings.NewReader("BenchmarkAnalyze/gsm/turkish64k-2 10 100 ns/op 0 allocs/op\n"))
	require.NoError(t, err)
	b.Reset()
	assert.True(t, rep.write(&b))
	assert.Contains(t, b.String(), "Targets: 1 met, 0 missed, 1 not evaluated")
}
