// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package bench holds the cross-package benchmarks of smsseg: the whole
// pipeline (Analyze, then the parts or the wire form) for every profile on
// fixed inputs, beside the baselines it is measured against
// (utf8.ValidString and utf8.RuneCountInString on the same bytes). See
// README.md for how to run and compare them.
package bench

import (
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
)

// The benchmarked operations. Benchmarks call them directly in the b.Loop
// body (no closure, no global sink: b.Loop keeps results alive), and
// TestNoAllocs calls the same functions, so what is measured is what is
// proven allocation-free. Buffers are passed in and returned for reuse.

// parts is AnalyzeParts into the reused slice dst: the analysis and every
// part, in one pass.
func parts(p smsseg.Profile, text string, dst []smsseg.Part) []smsseg.Part {
	_, dst = p.AnalyzeParts(text, dst[:0])
	return dst
}

// partsAfter is Analyze, then AppendParts on the Analysis into the reused
// slice dst: past 12 parts, a second walk over the text.
func partsAfter(p smsseg.Profile, text string, dst []smsseg.Part) []smsseg.Part {
	a := p.Analyze(text)
	return a.AppendParts(dst[:0])
}

// wire is Analyze plus AppendWire into the reused buffer dst.
func wire(p smsseg.Profile, text string, dst []byte) []byte {
	a := p.Analyze(text)
	return a.AppendWire(dst[:0])
}

// jsonObject is Analyze plus AppendJSON (the SPEC 5 object) into the
// reused buffer dst.
func jsonObject(p smsseg.Profile, text string, dst []byte) []byte {
	a := p.Analyze(text)
	return a.AppendJSON(dst[:0])
}

// forInputs runs f as sub-benchmark <input> for every input, with
// SetBytes(len(input)) and ReportAllocs.
func forInputs(b *testing.B, f func(b *testing.B, text string)) {
	for _, in := range inputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			f(b, in.text)
		})
	}
}

// forProfiles runs f as <profile>/<input> for every profile × input.
func forProfiles(b *testing.B, f func(b *testing.B, p smsseg.Profile, text string)) {
	for _, p := range smsseg.Profiles() {
		b.Run(p.Name(), func(b *testing.B) {
			forInputs(b, func(b *testing.B, text string) { f(b, p, text) })
		})
	}
}

func BenchmarkAnalyze(b *testing.B) {
	forProfiles(b, func(b *testing.B, p smsseg.Profile, text string) {
		for b.Loop() {
			p.Analyze(text)
		}
	})
}

func BenchmarkParts(b *testing.B) {
	forProfiles(b, func(b *testing.B, p smsseg.Profile, text string) {
		// Reused across iterations and grown once before timing, so the
		// figure is the steady state a batch caller sees.
		dst := parts(p, text, nil)
		for b.Loop() {
			dst = parts(p, text, dst)
		}
	})
}

func BenchmarkAppendParts(b *testing.B) {
	forProfiles(b, func(b *testing.B, p smsseg.Profile, text string) {
		dst := partsAfter(p, text, nil)
		for b.Loop() {
			dst = partsAfter(p, text, dst)
		}
	})
}

func BenchmarkWire(b *testing.B) {
	b.Run("oztek", func(b *testing.B) {
		forInputs(b, func(b *testing.B, text string) {
			dst := wire(smsseg.Oztek, text, nil)
			for b.Loop() {
				dst = wire(smsseg.Oztek, text, dst)
			}
		})
	})
}

func BenchmarkJSON(b *testing.B) {
	forProfiles(b, func(b *testing.B, p smsseg.Profile, text string) {
		dst := jsonObject(p, text, nil)
		for b.Loop() {
			dst = jsonObject(p, text, dst)
		}
	})
}

func BenchmarkBaseline(b *testing.B) {
	b.Run("ValidString", func(b *testing.B) {
		forInputs(b, func(b *testing.B, text string) {
			for b.Loop() {
				utf8.ValidString(text)
			}
		})
	})
	b.Run("RuneCount", func(b *testing.B) {
		forInputs(b, func(b *testing.B, text string) {
			for b.Loop() {
				utf8.RuneCountInString(text)
			}
		})
	})
}
