// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/smsseg/smsseg"
)

// TestIssuesStream proves the library side of issue 14: a caller consumes
// the issues of a text as an iterator, without collecting them, and writes
// its JSON as a stream; neither grows with the number of issues.
//
// 1 MiB of NUL bytes under oztek (SPEC 3.5) has 1,048,576 unknown_char
// errors, one at every offset, and one too_long at offset 918 (the 919th
// rune takes the units past 918), after that offset's unknown_char (SPEC
// 3.7 order).
func TestIssuesStream(t *testing.T) {
	const n = 1 << 20
	a := smsseg.Oztek.Analyze(strings.Repeat("\x00", n))
	if got, want := a.ErrorCount(), n+1; got != want {
		t.Fatalf("ErrorCount() = %d; want %d", got, want)
	}

	// Every issue, in order, walked without a slice.
	i, bad := 0, 0
	for is := range a.Issues() {
		want := smsseg.Issue{Code: smsseg.UnknownChar, Offset: i, Rune: 0}
		if i == 919 && is.Code == smsseg.TooLong {
			want = smsseg.Issue{Code: smsseg.TooLong, Offset: 918, Rune: 0}
		} else {
			i++
		}
		if is != want && bad < 5 {
			bad++
			t.Errorf("issue at %d: got %+v; want %+v", i, is, want)
		}
	}
	if i != n {
		t.Errorf("walked %d unknown_char issues; want %d", i, n)
	}

	// Walking them allocates a constant, whatever their number; breaking
	// off stops the walk.
	walk := func(a smsseg.Analysis, stop int) func() {
		return func() {
			k := 0
			for range a.Issues() {
				if k++; k == stop {
					break
				}
			}
		}
	}
	small := smsseg.Oztek.Analyze(strings.Repeat("\x00", 10))
	allocsSmall := testing.AllocsPerRun(5, walk(small, -1))
	allocsLarge := testing.AllocsPerRun(2, walk(a, -1))
	allocsBreak := testing.AllocsPerRun(5, walk(a, 3))
	if allocsLarge != allocsSmall || allocsBreak != allocsSmall {
		t.Errorf("walking the issues: %v allocations for 10 issues, %v for %d, %v when breaking off after 3; want the same",
			allocsSmall, allocsLarge, n+1, allocsBreak)
	}
	stopped := 0
	for range a.Issues() {
		if stopped++; stopped == 3 {
			break
		}
	}
	if stopped != 3 {
		t.Errorf("the walk went on after break: %d", stopped)
	}

	// The JSON of it (about 160 MB) is written in pieces by a JSONEncoder,
	// with memory that does not depend on the number of issues.
	var w countingWriter
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	enc := smsseg.NewJSONEncoder(&w)
	if err := enc.Encode(&a); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("JSON of %d issues: %d bytes in %d writes (largest %d), %d bytes allocated", n+1, w.n, w.writes, w.largest, alloc)
	if w.n < 100*n {
		t.Errorf("the JSON is %d bytes; want more than %d (about 150 a NUL)", w.n, 100*n)
	}
	// The text goes out in 32 KiB slices, each at most 6 times as long
	// escaped (a NUL is \u0000): a write is at most about 192 KiB.
	if w.largest > 200<<10 {
		t.Errorf("the largest write is %d bytes; want the JSON streamed in pieces of at most 200 KiB", w.largest)
	}
	if alloc > 1<<20 {
		t.Errorf("encoding allocated %d bytes; want at most 1 MiB", alloc)
	}
}

type countingWriter struct{ n, writes, largest int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.writes++
	c.largest = max(c.largest, len(p))
	return len(p), nil
}
