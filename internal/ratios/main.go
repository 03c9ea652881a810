// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Command ratios reads `go test -bench` output of package bench on standard
// input and prints a markdown table: for each input, every Analyze, Parts
// and Wire benchmark with its ns/op, MB/s and allocs/op (medians over
// -count runs; allocs the maximum), its throughput as a multiple of
// Baseline/ValidString and Baseline/RuneCount on the same input, and the
// targets of the performance issue, met or missed.
//
// Usage:
//
//	go test -run '^$' -bench . -count 6 ./bench > new.txt
//	go run ./internal/ratios < new.txt
//	go run ./internal/ratios -check < new.txt   # exit status 1 when a target is missed
//
// Ratios are taken within one run, so they hold up better than absolute
// figures on a busy machine.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// A sample is one benchmark's measurements, one entry per -count run.
type sample struct {
	name   string // without the "Benchmark" prefix and the -GOMAXPROCS suffix
	ns     []float64
	mbs    []float64
	allocs []float64
}

// A report is a parsed benchmark output.
type report struct {
	meta    []string // goos, goarch, pkg, cpu lines, as given
	samples map[string]*sample
	order   []string // names in order of first appearance
}

// parse reads `go test -bench` output. Lines that are not benchmark results
// are ignored, except the goos/goarch/pkg/cpu header lines.
func parse(r io.Reader) (*report, error) {
	rep := &report{samples: make(map[string]*sample)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		for _, h := range []string{"goos:", "goarch:", "pkg:", "cpu:"} {
			if strings.HasPrefix(line, h) && !slices.Contains(rep.meta, line) {
				rep.meta = append(rep.meta, line)
			}
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue // a log line that happens to start with "Benchmark"
		}
		name := trimProcs(strings.TrimPrefix(f[0], "Benchmark"))
		s := rep.samples[name]
		if s == nil {
			s = &sample{name: name}
			rep.samples[name] = s
			rep.order = append(rep.order, name)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("ratios: %q: bad value %q", line, f[i])
			}
			switch f[i+1] {
			case "ns/op":
				s.ns = append(s.ns, v)
			case "MB/s":
				s.mbs = append(s.mbs, v)
			case "allocs/op":
				s.allocs = append(s.allocs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ratios: %v", err)
	}
	if len(rep.order) == 0 {
		return nil, fmt.Errorf("ratios: no benchmark results in the input (pipe `go test -bench` output to it)")
	}
	return rep, nil
}

// trimProcs drops the "-N" GOMAXPROCS suffix the testing package adds.
func trimProcs(name string) string {
	i := strings.LastIndexByte(name, '-')
	if i < 0 || i == len(name)-1 {
		return name
	}
	if _, err := strconv.Atoi(name[i+1:]); err != nil {
		return name
	}
	return name[:i]
}

// median returns the median of v, or -1 when v is empty.
func median(v []float64) float64 {
	if len(v) == 0 {
		return -1
	}
	w := slices.Clone(v)
	slices.Sort(w)
	n := len(w)
	if n%2 == 1 {
		return w[n/2]
	}
	return (w[n/2-1] + w[n/2]) / 2
}

// maxOf returns the largest of v, or -1 when v is empty.
func maxOf(v []float64) float64 {
	if len(v) == 0 {
		return -1
	}
	return slices.Max(v)
}

// A target is a goal of the performance issue for the benchmarks matching
// pattern (path.Match syntax).
type target struct {
	pattern string
	kind    targetKind
	limit   float64
	ref     func(name string) string // maxVsRef: the benchmark measured against
}

type targetKind uint8

const (
	minRatioValid targetKind = iota // throughput ≥ limit × Baseline/ValidString
	maxNs                           // ns/op < limit
	maxVsCount                      // ns/op ≤ limit × Baseline/RuneCount on the same input
	maxVsRef                        // ns/op ≤ limit × the reference benchmark (see target.ref)
)

// targets lists the goals of the Engine v2 issue; every benchmark must also
// allocate nothing.
var targets = []target{
	{pattern: "Analyze/gsm/ascii64k", kind: minRatioValid, limit: 0.15},
	{pattern: "Analyze/gsm/turkish64k", kind: minRatioValid, limit: 0.5},
	{pattern: "Analyze/*/ascii160", kind: maxVsCount, limit: 1},
	{pattern: "Analyze/*/turkish300", kind: maxVsCount, limit: 1},
	{pattern: "Analyze/gsm/ext160", kind: maxVsRef, limit: 2.5, ref: func(string) string { return "Analyze/gsm/ascii160" }},
	{pattern: "Parts/*/*", kind: maxVsRef, limit: 1.3, ref: func(n string) string { return "Analyze/" + strings.TrimPrefix(n, "Parts/") }},
	{pattern: "PDU/*/*", kind: maxVsRef, limit: 3, ref: func(n string) string { return "Analyze/" + strings.TrimPrefix(n, "PDU/") }},
}

// A verdict is the outcome of one check on one benchmark.
type verdict struct {
	bench, what string
	ok, known   bool // known is false when a baseline needed is missing
}

// A row is one line of the table.
type row struct {
	input, name             string
	ns, mbs, allocs         float64
	vsValid, vsCount        float64 // -1 when the baseline is missing
	verdicts                []verdict
	isBaseline, hasBaseline bool
}

// inputOf returns the last element of a benchmark name, the input.
func inputOf(name string) string { return name[strings.LastIndexByte(name, '/')+1:] }

// groupRank orders the rows of one input.
func groupRank(name string) int {
	for i, g := range []string{"Analyze/", "Parts/", "PDU/", "Wire/", "Baseline/"} {
		if strings.HasPrefix(name, g) {
			return i
		}
	}
	return 4
}

// rows evaluates rep into table rows, ordered by input (first appearance),
// then by group (Analyze, Parts, Wire, other, Baseline), then by first
// appearance.
func (rep *report) rows() []row {
	var inputs []string
	for _, name := range rep.order {
		if in := inputOf(name); !slices.Contains(inputs, in) {
			inputs = append(inputs, in)
		}
	}
	ratio := func(base string, ns float64) float64 {
		b := rep.samples[base]
		if b == nil || ns <= 0 {
			return -1
		}
		return median(b.ns) / ns
	}
	var out []row
	for _, in := range inputs {
		var names []string
		for _, name := range rep.order {
			if inputOf(name) == in {
				names = append(names, name)
			}
		}
		slices.SortStableFunc(names, func(a, b string) int { return groupRank(a) - groupRank(b) })
		for _, name := range names {
			s := rep.samples[name]
			r := row{input: in, name: name, ns: median(s.ns), mbs: median(s.mbs), allocs: maxOf(s.allocs),
				isBaseline: strings.HasPrefix(name, "Baseline/")}
			r.vsValid = ratio("Baseline/ValidString/"+in, r.ns)
			r.vsCount = ratio("Baseline/RuneCount/"+in, r.ns)
			if !r.isBaseline {
				r.verdicts = evaluate(r, func(name string) float64 {
					if b := rep.samples[name]; b != nil {
						return median(b.ns)
					}
					return -1
				})
			}
			out = append(out, r)
		}
	}
	return out
}

// evaluate checks row r against the targets and the zero-allocation rule;
// nsOf returns the median ns/op of another benchmark (-1 when missing).
func evaluate(r row, nsOf func(name string) float64) []verdict {
	var vs []verdict
	for _, t := range targets {
		if ok, _ := path.Match(t.pattern, r.name); !ok {
			continue
		}
		switch t.kind {
		case minRatioValid:
			v := verdict{bench: r.name, what: fmt.Sprintf("≥ %.2f× ValidString", t.limit)}
			if r.vsValid >= 0 {
				v.known, v.ok = true, r.vsValid >= t.limit
			}
			vs = append(vs, v)
		case maxNs:
			vs = append(vs, verdict{bench: r.name, what: fmt.Sprintf("< %g ns", t.limit), known: r.ns >= 0, ok: r.ns >= 0 && r.ns < t.limit})
		case maxVsCount:
			v := verdict{bench: r.name, what: fmt.Sprintf("≤ %g× RuneCount time", t.limit)}
			if r.vsCount >= 0 {
				v.known, v.ok = true, r.vsCount >= 1/t.limit
			}
			vs = append(vs, v)
		case maxVsRef:
			ref := t.ref(r.name)
			v := verdict{bench: r.name, what: fmt.Sprintf("≤ %g× %s", t.limit, ref)}
			if base := nsOf(ref); base > 0 && r.ns >= 0 {
				v.known, v.ok = true, r.ns <= t.limit*base
			}
			vs = append(vs, v)
		}
	}
	return append(vs, verdict{bench: r.name, what: "0 allocs", known: r.allocs >= 0, ok: r.allocs == 0})
}

func fmtNum(v float64, prec int) string {
	if v < 0 {
		return "—"
	}
	return strconv.FormatFloat(v, 'f', prec, 64)
}

func fmtRatio(v float64) string {
	if v < 0 {
		return "—"
	}
	return strconv.FormatFloat(v, 'f', 3, 64) + "×"
}

// write prints the table and a summary of the targets to w, and reports
// whether every known target is met.
func (rep *report) write(w io.Writer) (allMet bool) {
	for _, m := range rep.meta {
		fmt.Fprintf(w, "%s  \n", m)
	}
	if len(rep.meta) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "| input | benchmark | ns/op | MB/s | allocs/op | × ValidString | × RuneCount | targets |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|---|")
	var missed, unknown []verdict
	met := 0
	for _, r := range rep.rows() {
		var ts []string
		for _, v := range r.verdicts {
			switch {
			case !v.known:
				ts = append(ts, v.what+" n/a")
				unknown = append(unknown, v)
			case v.ok:
				ts = append(ts, v.what+" ok")
				met++
			default:
				ts = append(ts, "**"+v.what+" FAIL**")
				missed = append(missed, v)
			}
		}
		vsValid, vsCount := fmtRatio(r.vsValid), fmtRatio(r.vsCount)
		if r.isBaseline {
			vsValid, vsCount = "", ""
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", r.input, r.name,
			fmtNum(r.ns, 1), fmtNum(r.mbs, 1), fmtNum(r.allocs, 0), vsValid, vsCount, strings.Join(ts, ", "))
	}
	fmt.Fprintf(w, "\nTargets: %d met, %d missed", met, len(missed))
	if len(unknown) > 0 {
		fmt.Fprintf(w, ", %d not evaluated (baseline or figure missing)", len(unknown))
	}
	fmt.Fprintln(w, ".")
	for _, v := range missed {
		fmt.Fprintf(w, "- missed: %s %s\n", v.bench, v.what)
	}
	return len(missed) == 0
}

func main() {
	check := flag.Bool("check", false, "exit with status 1 when a target is missed")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go test -run '^$' -bench . ./bench | go run ./internal/ratios [-check]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	rep, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	ok := rep.write(out)
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "ratios:", err)
		os.Exit(2)
	}
	if *check && !ok {
		os.Exit(1)
	}
}
