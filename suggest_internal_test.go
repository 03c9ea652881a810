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

// TestLeanWalks: the lean walks give what the general ones give.
func TestLeanWalks(t *testing.T) {
	texts := []string{"", "abc", "Sayın müşterimiz, ’kargo’ `x` ₺ â 😀 \xff “q” İİ ğ", "şşşşş" + string(make([]byte, 20)) + "ç€{|}"}
	if b, err := os.ReadFile("bench/testdata/turkish300.txt"); err == nil {
		texts = append(texts, string(b))
	}
	var ps []Profile
	for _, p := range Profiles() {
		q, _ := p.WithOperatorCode("B001")
		ps = append(ps, p, q, p.WithSmart(true))
	}
	for _, p := range ps {
		for _, text := range texts {
			a := p.Analyze(text)
			sg := newSuggester(&a)
			for f := Folds(0); f <= FoldSmart|FoldASCII; f++ {
				if !sg.lean(f) {
					continue
				}
				for jStar := -1; jStar < len(sg.rl.Schemes); jStar++ {
					st1, all1, pre1 := sg.leanStats(f, jStar, nil)
					st2, all2, pre2 := sg.walkStats(f, jStar, nil)
					for j := range sg.rl.Schemes {
						// The lean walk counts the units; with the tail they
						// are what the engine counts in a scheme that
						// carries the text (AnalyzeIn stops counting the
						// 2-unit runes of one ruled out).
						if want := engine.AnalyzeIn(sg.rl, &a.p.opt, a.text, j).Units; text != "" && f == 0 && a.r.Truncated == 0 && a.r.Kill[j].Offset < 0 && st1[j].units+sg.tailUnits(j) != want {
							t.Errorf("%s %q scheme %d: units got %d + %d; want %d", p, text, j, st1[j].units, sg.tailUnits(j), want)
						}
						st1[j].units = -1
					}
					if st1 != st2 || all1 != all2 || string(pre1) != string(pre2) {
						t.Errorf("%s %q %v %d: leanStats got %v %d %q; want %v %d %q", p, text, f, jStar, st1, all1, pre1, st2, all2, pre2)
					}
					for k := int32(0); k < 4; k++ {
						pl := plan{folds: f, scheme: int8(jStar), k: k, na: 1}
						if got, want := sg.leanMaterialize(nil, pl), sg.walkMaterialize(nil, pl); string(got) != string(want) {
							t.Errorf("%s %q %+v: leanMaterialize got %q; want %q", p, text, pl, got, want)
						}
					}
				}
			}
		}
	}
}
