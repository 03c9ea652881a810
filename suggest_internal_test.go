// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"os"
	"testing"

	"github.com/smsseg/smsseg/internal/engine"
)

// BenchmarkSuggestPhases times the passes AppendSuggestions makes on
// turkish300 under GSM, beside Analyze on the same text: where the time of
// BenchmarkSuggest goes.
func BenchmarkSuggestPhases(b *testing.B) {
	t, err := os.ReadFile("bench/testdata/turkish300.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(t)
	a := GSM.Analyze(text)
	sg := newSuggester(&a)
	var stk [maxStack]byte
	b.Run("Analyze", func(b *testing.B) {
		for b.Loop() {
			GSM.Analyze(text)
		}
	})
	b.Run("live", func(b *testing.B) {
		for b.Loop() {
			sg.live()
		}
	})
	b.Run("evaluate", func(b *testing.B) {
		for b.Loop() {
			sg.evaluate(FoldASCII, stk[:0])
		}
	})
	b.Run("stats", func(b *testing.B) {
		for b.Loop() {
			sg.stats(FoldASCII, 0, stk[:0])
		}
	})
	b.Run("materialize", func(b *testing.B) {
		for b.Loop() {
			sg.materialize(stk[:0], plan{folds: FoldASCII, scheme: 0})
		}
	})
	b.Run("AnalyzeIn", func(b *testing.B) {
		for b.Loop() {
			engine.AnalyzeIn(sg.rl, &a.p.opt, a.text, 2)
		}
	})
	b.Run("AppendSuggestions", func(b *testing.B) {
		var dst [16]Suggestion
		for b.Loop() {
			a.AppendSuggestions(dst[:0])
		}
	})
}
