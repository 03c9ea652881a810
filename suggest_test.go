// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/vectors"
)

// suggestionVector turns a suggestion and its edits into the vector form.
func suggestionVector(a smsseg.Analysis, s smsseg.Suggestion) vectors.Suggestion {
	v := vectors.Suggestion{Options: s.Folds.Flags(), Encoding: s.Class.String(), Segments: s.Segments,
		Credits: s.Credits, Saves: s.Saves, Errors: s.Errors}
	for _, e := range a.AppendEdits(nil, s) {
		v.Edits = append(v.Edits, vectors.Edit{Offset: e.Offset, From: e.From, To: e.To})
	}
	return v
}

func TestSuggestionVectors(t *testing.T) {
	f, err := vectors.LoadSuggestions()
	require.NoError(t, err)
	require.NotEmpty(t, f.Tests)
	for _, v := range f.Tests {
		t.Run(fmt.Sprint(v.ID), func(t *testing.T) {
			p := profileFor(t, v.Profile, v.Options)
			a := p.Analyze(string(v.Input))
			if got := a.Class().String(); got != v.Expect.Encoding {
				t.Errorf("%s %q: encoding: got %v; want %v", v.Profile, v.Input, got, v.Expect.Encoding)
			}
			if got := a.Segments(); got != v.Expect.Segments {
				t.Errorf("%s %q: segments: got %v; want %v", v.Profile, v.Input, got, v.Expect.Segments)
			}
			if got := a.Credits(); got != v.Expect.Credits {
				t.Errorf("%s %q: credits: got %v; want %v", v.Profile, v.Input, got, v.Expect.Credits)
			}
			got := []vectors.Suggestion{}
			for _, s := range a.Suggestions() {
				got = append(got, suggestionVector(a, s))
			}
			if !slices.EqualFunc(got, v.Expect.Suggestions, func(x, y vectors.Suggestion) bool {
				return slices.Equal(x.Options, y.Options) && slices.Equal(x.Edits, y.Edits) && x.Encoding == y.Encoding &&
					x.Segments == y.Segments && x.Credits == y.Credits && x.Saves == y.Saves && x.Errors == y.Errors
			}) {
				t.Errorf("%s %q: suggestions:\ngot  %+v;\nwant %+v", v.Profile, v.Input, got, v.Expect.Suggestions)
			}
		})
	}
}

// suggestTexts are realistic texts for the property tests, and random
// mixtures of the runes that matter.
func suggestTexts(n int) []string {
	texts := []string{
		"",
		"Merhaba dünya",
		"Sayın müşterimiz, 48213 numaralı kargonuz bugün dağıtıma çıkmıştır. Teslimat saat 14:00-18:00 arası yapılacaktır. Bilgi: 0850 123 45 67. İyi günler dileriz",
		"Yarın’ki toplantı saat 10’da, “önemli” konular var… Lütfen katılın — gündem ekte.",
		"Kampanya \"bugun\"\t%50 indirim {kod: YAZ50} 😀",
		"Fiyat 50₺, kâr payı dahil. Hâlâ geçerli!",
		"s\u0327ampuan ve c\u0327ay, I\u0307stanbul",
		strings.Repeat("a", 152) + "ş",
		strings.Repeat("ş", 80) + "’",
		"Ali’nin \u00a0kitabı\u00ad « bu » `x`",
		"bad \xff byte ’ and ş",
	}
	pool := []string{"a", "b", " ", "ş", "ı", "ğ", "ç", "İ", "ü", "ö", "Ç", "’", "“", "”", "…", "—", "\u00a0", "\u00ad",
		"₺", "â", "û", "s\u0327", "😀", "€", "{", "|", "\"", "\t", "\n", "é", "中", "🇹🇷", "\xff", "`"}
	rng := rand.New(rand.NewPCG(11, 42))
	for len(texts) < n {
		var b strings.Builder
		k := rng.IntN(400)
		for i := 0; i < k; i++ {
			if rng.IntN(3) > 0 {
				b.WriteByte('a' + byte(rng.IntN(26)))
			} else {
				b.WriteString(pool[rng.IntN(len(pool))])
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

// propertyProfiles are every built-in profile, plain and with some options
// already set, 15000 recipients.
func propertyProfiles(t *testing.T) []smsseg.Profile {
	var ps []smsseg.Profile
	for _, p := range smsseg.Profiles() {
		p, err := p.WithRecipients(15000)
		require.NoError(t, err)
		ps = append(ps, p, p.WithSmart(true), p.WithNFC(true).WithASCII(true))
		if q, err := p.WithOperatorCode("B001"); err == nil {
			ps = append(ps, q)
		}
	}
	return ps
}

// TestSuggestionsDeliver applies every suggestion: the options through
// Profile.With, the smallest edit through ApplyEdits, and analyses the
// result under the same profile: the numbers are exactly those promised.
func TestSuggestionsDeliver(t *testing.T) {
	texts := suggestTexts(300)
	if testing.Short() {
		texts = texts[:60]
	}
	for _, p := range propertyProfiles(t) {
		for _, text := range texts {
			a := p.Analyze(text)
			list := a.Suggestions()
			for i, s := range list {
				var b smsseg.Analysis
				if s.IsEdit() {
					if i != len(list)-1 {
						t.Fatalf("%s %q: the edit suggestion is not last", p, text)
					}
					edits := a.AppendEdits(nil, s)
					if len(edits) != s.Edits {
						t.Fatalf("%s %q: edits: got %v; want %v", p, text, len(edits), s.Edits)
					}
					for _, e := range edits {
						if got := utf16Units(text[:e.Offset]); got != e.UTF16 {
							t.Fatalf("%s %q: edit at %d: UTF16 got %v; want %v", p, text, e.Offset, e.UTF16, got)
						}
					}
					edited, err := smsseg.ApplyEdits(text, edits)
					require.NoError(t, err)
					b = p.Analyze(edited)
					if s.Segments != list[0].Segments || (s.Errors > 0) != (list[0].Errors > 0) {
						t.Errorf("%s %q: the smallest edit reaches %d segments, %d errors; the best option %d, %d",
							p, text, s.Segments, s.Errors, list[0].Segments, list[0].Errors)
					}
				} else {
					b = p.With(s.Folds).Analyze(text)
				}
				if b.Segments() != s.Segments || b.Credits() != s.Credits || b.Class() != s.Class || b.Shift() != s.Shift || b.ErrorCount() != s.Errors {
					t.Errorf("%s %q: suggestion %+v: got %v segments, %v credits, %v %v, %v errors", p, text, s,
						b.Segments(), b.Credits(), b.Class(), b.Shift(), b.ErrorCount())
				}
				if s.Saves != a.Credits()-s.Credits {
					t.Errorf("%s %q: saves: got %v; want %v", p, text, s.Saves, a.Credits()-s.Credits)
				}
				if !(s.Errors < a.ErrorCount() && s.Errors == 0 || s.Credits < a.Credits() && (s.Errors == 0) == a.OK()) {
					t.Errorf("%s %q: suggestion %+v does not help (credits %d, errors %d)", p, text, s, a.Credits(), a.ErrorCount())
				}
			}
			// The whole fold never beats the best suggestion: nothing that
			// helps is missed.
			all := p.With(smsseg.FoldNFC | smsseg.FoldSmart | smsseg.FoldASCII).Analyze(text)
			if all.OK() == a.OK() && all.Segments() < a.Segments() && (len(list) == 0 || list[0].Segments > all.Segments()) {
				t.Errorf("%s %q: -nfc -smart -ascii gives %d segments; suggestions %+v", p, text, all.Segments(), list)
			}
		}
	}
}

func utf16Units(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

func TestFoldIfCheaper(t *testing.T) {
	for _, p := range propertyProfiles(t) {
		folds := smsseg.FoldSmart | smsseg.FoldASCII | smsseg.FoldNFC
		q := p.WithFold(smsseg.FoldIfCheaper, folds)
		always := p.WithFold(smsseg.FoldAlways, folds)
		for _, text := range suggestTexts(120) {
			a, b, c := p.Analyze(text), q.Analyze(text), always.Analyze(text)
			if b.Credits() > a.Credits() {
				t.Errorf("%s %q: IfCheaper raised the cost: got %v; want at most %v", p, text, b.Credits(), a.Credits())
			}
			if b.Folded() != 0 && b.Segments() >= a.Segments() {
				t.Errorf("%s %q: IfCheaper folded a text that costs the same (%d segments)", p, text, a.Segments())
			}
			if b.Folded() == 0 && string(b.AppendText(nil)) != string(a.AppendText(nil)) {
				t.Errorf("%s %q: IfCheaper changed a text it did not fold", p, text)
			}
			want := p.With(folds).Analyze(text)
			if c.Segments() != want.Segments() || string(c.AppendText(nil)) != string(want.AppendText(nil)) {
				t.Errorf("%s %q: Always: got %d segments; want %d", p, text, c.Segments(), want.Segments())
			}
			// The audit list, applied to the caller's text, gives the
			// folded analysis.
			if b.Folded() != 0 {
				edited, err := smsseg.ApplyEdits(text, b.AppendFolds(nil))
				require.NoError(t, err)
				e := b.Profile().WithFold(smsseg.FoldNever, 0).Analyze(edited)
				if e.Segments() != b.Segments() || string(e.AppendText(nil)) != string(b.AppendText(nil)) {
					t.Errorf("%s %q: audit applied: got %d segments %q; want %d %q", p, text, e.Segments(), e.AppendText(nil), b.Segments(), b.AppendText(nil))
				}
			} else if n := len(b.AppendFolds(nil)); n != 0 {
				t.Errorf("%s %q: audit of an unfolded text: got %d edits; want 0", p, text, n)
			}
		}
	}
}

func TestFoldPolicyValues(t *testing.T) {
	p := smsseg.GSM.WithFold(smsseg.FoldIfCheaper, smsseg.FoldSmart)
	// Same cost either way (1 UCS-2 segment, 1 normal): kept as written.
	a := p.Analyze("Ali’nin")
	if a.Folded() != 0 || a.Class() != smsseg.UCS2 {
		t.Errorf("%q: got folded %v, %v; want none, ucs2", "Ali’nin", a.Folded(), a.Class())
	}
	// 100 a + ’ + s: 102 UCS-2 units, 2 segments; folded 1 normal segment.
	text := strings.Repeat("a", 100) + "’s"
	a = p.Analyze(text)
	if a.Folded() != smsseg.FoldSmart || a.Segments() != 1 || a.Class() != smsseg.Normal {
		t.Errorf("%q: got folded %v, %d segments %v; want -smart, 1, normal", text, a.Folded(), a.Segments(), a.Class())
	}
	want := []smsseg.Edit{{Offset: 100, UTF16: 100, From: "’", To: "'"}}
	if got := a.AppendFolds(nil); !slices.Equal(got, want) {
		t.Errorf("%q: audit: got %v; want %v", text, got, want)
	}
	if pol, ok := smsseg.ParseFoldPolicy("ifcheaper"); !ok || pol != smsseg.FoldIfCheaper || pol.String() != "ifcheaper" {
		t.Errorf("ParseFoldPolicy(ifcheaper): got %v %v", pol, ok)
	}
	if _, ok := smsseg.ParseFoldPolicy("sometimes"); ok {
		t.Errorf("ParseFoldPolicy(sometimes): got ok; want not ok")
	}
	// An out-of-range policy is FoldNever: nothing panics.
	if got, _ := smsseg.GSM.WithFold(smsseg.FoldPolicy(200), smsseg.AllFolds).Fold(); got != smsseg.FoldNever {
		t.Errorf("WithFold(200): got %v; want never", got)
	}
}

func TestDrop(t *testing.T) {
	for _, tc := range []struct {
		profile, in, text string
		units             int
	}{
		{"oztek", "Kampanya \"bugun\"", "Kampanya bugun", 14},
		{"esemes", strings.Repeat("a", 150) + "😀", strings.Repeat("a", 150), 150},
		{"esemes", "x\xffy", "xy", 2}, // U+FFFD of a bad byte is in no GSM table
		{"gsm", "ş😀", "ş😀", 3},        // gsm carries everything
	} {
		p, _ := smsseg.Lookup(tc.profile)
		a := p.WithDrop(true).Analyze(tc.in)
		if got := string(a.AppendText(nil)); got != tc.text || a.Units() != tc.units || a.ErrorCount() != 0 {
			t.Errorf("%s %q: got %q, %d units, %d errors; want %q, %d, 0", tc.profile, tc.in, got, a.Units(), a.ErrorCount(), tc.text, tc.units)
		}
	}
}

func TestInputOffsets(t *testing.T) {
	// Caller's text: "s" U+0327 (3 bytes) "’" (3 bytes) "😀" (4) "x".
	in := "s\u0327’😀x"
	a := smsseg.GSM.WithNFC(true).WithSmart(true).Analyze(in)
	// Delivered: ş (2 bytes) ' (1) 😀 (4) x (1).
	if got := string(a.AppendText(nil)); got != "ş'😀x" {
		t.Fatalf("delivered: got %q; want %q", got, "ş'😀x")
	}
	for _, tc := range []struct{ off, in, utf16 int }{
		{0, 0, 0}, {1, 0, 0}, {2, 3, 2}, {3, 6, 3}, {7, 10, 5}, {8, 11, 6}, {100, 11, 6},
	} {
		got := a.InputOffset(tc.off)
		if got != tc.in {
			t.Errorf("InputOffset(%d): got %v; want %v", tc.off, got, tc.in)
		}
		if u := a.InputUTF16(got); u != tc.utf16 {
			t.Errorf("InputUTF16(%d): got %v; want %v", got, u, tc.utf16)
		}
	}
	// -drop: the dropped rune maps nowhere; the rune after it is found.
	b := smsseg.Esemes.WithDrop(true).Analyze("a😀b")
	if got := b.InputOffset(1); got != 5 {
		t.Errorf("esemes -drop InputOffset(1): got %v; want 5", got)
	}
	// The operator code maps to the end of the caller's text.
	p, _ := smsseg.GSM.WithOperatorCode("B001")
	c := p.Analyze("ab")
	if got := c.InputOffset(3); got != 2 {
		t.Errorf("opcode InputOffset(3): got %v; want 2", got)
	}
	if got := c.Input(); got != "ab" {
		t.Errorf("Input: got %q; want %q", got, "ab")
	}
}

func TestFit(t *testing.T) {
	flag := "🇹🇷"      // two regional indicators: one cluster, 4 UCS-2 units
	zwj := "👩\u200d💻" // ZWJ sequence: one cluster, 5 UCS-2 units
	for _, tc := range []struct {
		name     string
		p        smsseg.Profile
		text     string
		n        int
		ellipsis string
		k        int
		cut, ok  bool
	}{
		{"fits whole", smsseg.GSM, "Merhaba", 1, "...", 7, false, true},
		// 170 a: one part holds 160; with "..." 157 a + 3 dots.
		{"ascii ellipsis", smsseg.GSM, strings.Repeat("a", 170), 1, "...", 157, true, true},
		{"no ellipsis", smsseg.GSM, strings.Repeat("a", 170), 1, "", 160, true, true},
		// 159 a then € (2 septets): 161 > 160, the € does not fit, nor is it split.
		{"ESC pair", smsseg.GSM, strings.Repeat("a", 159) + "€b", 1, "", 159, true, true},
		// UCS-2 (the flag): 66 a + flag = 70 units fits; 67 a + flag = 71 does not: cut before the flag.
		{"flag kept whole", smsseg.GSM, strings.Repeat("a", 67) + flag + "b", 1, "", 67, true, true},
		{"zwj kept whole", smsseg.GSM, strings.Repeat("a", 66) + zwj, 1, "", 66, true, true},
		// e + combining acute: 69 a + "e" U+0301 = 71 units: the pair goes together.
		{"combining mark", smsseg.GSM, strings.Repeat("a", 69) + "e\u0301", 1, "", 69, true, true},
		// Two segments of 153: 306 a fit, 307 not.
		{"two parts", smsseg.GSM, strings.Repeat("a", 400), 2, "", 306, true, true},
		// The operator code counts: 160 - 5.
		{"opcode", must(smsseg.GSM.WithOperatorCode("B001")), strings.Repeat("a", 170), 1, "", 155, true, true},
		{"n < 1", smsseg.GSM, "abc", 0, "", 0, false, false},
		{"nothing fits", smsseg.GSM, strings.Repeat("a", 170), 1, strings.Repeat(".", 160), 0, true, false},
		// bisms truncates past 6 segments: a truncated text does not fit.
		{"bisms", smsseg.BiSMS, strings.Repeat("a", 1000), 6, "", 917, true, true},
		// oztek: too_long past 918 units does not fit 7 segments either (918 units is 6 billed).
		{"oztek", smsseg.Oztek, strings.Repeat("a", 1000), 7, "", 918, true, true},
	} {
		k, cut, ok := tc.p.FitLen(tc.text, tc.n, tc.ellipsis)
		if k != tc.k || cut != tc.cut || ok != tc.ok {
			t.Errorf("%s: FitLen(%d, %q): got %v %v %v; want %v %v %v", tc.name, tc.n, tc.ellipsis, k, cut, ok, tc.k, tc.cut, tc.ok)
		}
	}
}

func must(p smsseg.Profile, err error) smsseg.Profile {
	if err != nil {
		panic(err)
	}
	return p
}

// TestFitMaximal: the fitted prefix fits, and one more grapheme cluster
// would not.
func TestFitMaximal(t *testing.T) {
	for _, p := range propertyProfiles(t) {
		for _, text := range suggestTexts(80) {
			for _, n := range []int{1, 2, 3} {
				for _, ell := range []string{"", "...", "…"} {
					k, cut, ok := p.FitLen(text, n, ell)
					if !ok {
						continue
					}
					fitted := text[:k]
					if cut {
						fitted += ell
					}
					a := p.Analyze(fitted)
					if a.Segments() > n || a.Truncated() > 0 {
						t.Fatalf("%s %q n=%d %q: prefix %d does not fit: %d segments", p, text, n, ell, k, a.Segments())
					}
					if !cut {
						if k != len(text) {
							t.Fatalf("%s %q: not cut but k=%d", p, text, k)
						}
						continue
					}
					if !utf8.ValidString(text[:k]) && utf8.ValidString(text) {
						t.Fatalf("%s %q: prefix %d cuts a rune", p, text, k)
					}
					// The next cluster boundary after k.
					c, _, _, _ := uniseg.FirstGraphemeClusterInString(text[k:], -1)
					next := text[:k+len(c)]
					if k+len(c) < len(text) {
						next += ell
					}
					b := p.Analyze(next)
					if k+len(c) < len(text) && b.Segments() <= n && b.Truncated() == 0 && !hasCode(b, smsseg.TooLong) {
						t.Fatalf("%s %q n=%d %q: prefix %d is not maximal: %d fits", p, text, n, ell, k, k+len(c))
					}
				}
			}
		}
	}
}

func hasCode(a smsseg.Analysis, c smsseg.Code) bool {
	for is := range a.Issues() {
		if is.Code == c {
			return true
		}
	}
	return false
}

func TestSuggestNoPanic(t *testing.T) {
	var zero smsseg.Analysis
	if got := zero.Suggestions(); got != nil {
		t.Errorf("zero Analysis: got %v; want nil", got)
	}
	if got := zero.AppendEdits(nil, smsseg.Suggestion{Edits: 3}); got != nil {
		t.Errorf("zero Analysis AppendEdits: got %v; want nil", got)
	}
	if got := smsseg.GSM.Analyze("ş’").AppendEdits(nil, smsseg.Suggestion{Edits: 1}); len(got) > 2 {
		t.Errorf("a caller-built Suggestion: got %v", got)
	}
	if got := smsseg.GSM.TooLarge().Suggestions(); got != nil {
		t.Errorf("TooLarge: got %v; want nil", got)
	}
	if _, err := smsseg.ApplyEdits("abc", []smsseg.Edit{{Offset: 2, From: "x"}}); err == nil {
		t.Errorf("ApplyEdits with a mismatched edit: got no error")
	}
	if _, err := smsseg.ApplyEdits("abc", []smsseg.Edit{{Offset: 5, From: "x"}}); err == nil {
		t.Errorf("ApplyEdits past the end: got no error")
	}
}

func benchText(tb testing.TB, name string) string {
	b, err := os.ReadFile("bench/testdata/" + name + ".txt")
	require.NoError(tb, err)
	return string(b)
}

func TestSuggestNoAllocs(t *testing.T) {
	var dst [16]smsseg.Suggestion
	var edits [64]smsseg.Edit
	for _, name := range []string{"ascii160", "turkish300"} {
		text := benchText(t, name)
		a := smsseg.GSM.Analyze(text)
		if n := testing.AllocsPerRun(100, func() {
			for _, s := range a.AppendSuggestions(dst[:0]) {
				a.AppendEdits(edits[:0], s)
			}
		}); n != 0 {
			t.Errorf("%s: AppendSuggestions + AppendEdits: got %v allocs; want 0", name, n)
		}
	}
	if n := len(smsseg.GSM.Analyze(benchText(t, "turkish300")).Suggestions()); n == 0 {
		t.Errorf("turkish300: got no suggestions; want -ascii (3 segments → 2)")
	}
}

func BenchmarkSuggest(b *testing.B) {
	for _, name := range []string{"ascii160", "turkish300"} {
		text := benchText(b, name)
		for _, p := range []smsseg.Profile{smsseg.GSM, smsseg.NodeAPI} {
			b.Run("Analyze/"+p.Name()+"/"+name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					p.Analyze(text)
				}
			})
			b.Run("Suggest/"+p.Name()+"/"+name, func(b *testing.B) {
				var dst [16]smsseg.Suggestion
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					a := p.Analyze(text)
					a.AppendSuggestions(dst[:0])
				}
			})
		}
	}
}

// FuzzSuggest: for any text and profile, nothing panics, the suggestions
// deliver what they promise, and Fit fits.
func FuzzSuggest(f *testing.F) {
	for _, s := range suggestTexts(40) {
		f.Add(s, uint8(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, pi, opts uint8) {
		ps := smsseg.Profiles()
		p := ps[int(pi)%len(ps)].With(smsseg.Folds(opts) & smsseg.AllFolds)
		a := p.Analyze(text)
		for _, s := range a.Suggestions() {
			var b smsseg.Analysis
			if s.IsEdit() {
				edited, err := smsseg.ApplyEdits(text, a.AppendEdits(nil, s))
				if err != nil {
					t.Fatalf("%s %q: %v", p, text, err)
				}
				b = p.Analyze(edited)
			} else {
				b = p.With(s.Folds).Analyze(text)
			}
			if b.Segments() != s.Segments || b.ErrorCount() != s.Errors {
				t.Fatalf("%s %q: %+v: got %d segments, %d errors", p, text, s, b.Segments(), b.ErrorCount())
			}
		}
		if k, cut, ok := p.FitLen(text, 1, "..."); ok {
			fitted := text[:k]
			if cut {
				fitted += "..."
			}
			if p.Analyze(fitted).Segments() > 1 {
				t.Fatalf("%s %q: FitLen %d does not fit", p, text, k)
			}
		}
		for off := -1; off <= a.TextLen()+1; off += 7 {
			if in := a.InputOffset(off); in < 0 || in > len(text) {
				t.Fatalf("%s %q: InputOffset(%d) = %d", p, text, off, in)
			}
		}
	})
}

// BenchmarkSuggestRatio measures Suggest (Analyze plus AppendSuggestions)
// against Analyze alone on the same input, interleaved in every iteration,
// so that a busy machine slows both alike: the metric suggest/analyze is
// the ratio of their times (the issue's bound is 10).
func BenchmarkSuggestRatio(b *testing.B) {
	for _, name := range []string{"ascii160", "turkish300"} {
		text := benchText(b, name)
		for _, p := range []smsseg.Profile{smsseg.GSM, smsseg.NodeAPI} {
			b.Run(p.Name()+"/"+name, func(b *testing.B) {
				var dst [16]smsseg.Suggestion
				var ta, ts time.Duration
				b.ReportAllocs()
				for b.Loop() {
					t0 := time.Now()
					for range 10 {
						p.Analyze(text)
					}
					t1 := time.Now()
					a := p.Analyze(text)
					a.AppendSuggestions(dst[:0])
					t2 := time.Now()
					ta += t1.Sub(t0)
					ts += t2.Sub(t1)
				}
				b.ReportMetric(10*float64(ts)/float64(ta), "suggest/analyze")
			})
		}
	}
}

// TestInputMap: one forward pass maps every offset as InputOffset and
// InputUTF16 do one at a time.
func TestInputMap(t *testing.T) {
	for _, p := range smsseg.Profiles() {
		p, _ := p.WithOperatorCode("B001")
		for _, q := range []smsseg.Profile{p, p.WithSmart(true).WithDrop(true), p.WithNFC(true).WithDrop(true)} {
			for _, text := range suggestTexts(25) {
				a := q.Analyze(text)
				var m smsseg.InputMap
				m.Init(&a)
				for off := -1; off <= a.TextLen()+2; off++ {
					in, u16 := m.Map(off)
					want := a.InputOffset(off)
					if in != want || u16 != a.InputUTF16(want) {
						t.Fatalf("%s %q: Map(%d): got %d %d; want %d %d", q, text, off, in, u16, want, a.InputUTF16(want))
					}
				}
			}
		}
	}
}

// TestSuggestInvalidJoin: an option that removes a rune between invalid
// bytes must not count them as the rune they would make side by side
// ("\xe2\x94" + soft hyphen + "\xa7" is U+2527 once -smart drops the
// hyphen from the bytes; the engine folds rune by rune and sees three
// invalid bytes). Found by FuzzSuggest (testdata/fuzz/FuzzSuggest/8e67d426db773bd0).
//
// Worked by hand: each of the 20 groups delivers three U+FFFD (UCS-2, 1
// unit each: 60) and one invalid_utf8 error in all; the 10 "e" + U+0301
// cost 2 units each (80 in all: 2 segments of 67), 1 each under -nfc (70:
// one segment of 70).
func TestSuggestInvalidJoin(t *testing.T) {
	text := strings.Repeat("\xe2\x94\u00ad\xa7", 20) + strings.Repeat("e\u0301", 10)
	p := smsseg.GSM.With(smsseg.FoldSmart)
	a := p.Analyze(text)
	if a.Segments() != 2 || a.ErrorCount() != 1 {
		t.Fatalf("%q: got %d segments, %d errors; want 2, 1", text, a.Segments(), a.ErrorCount())
	}
	var got []string
	for _, s := range a.Suggestions() {
		if s.IsEdit() {
			continue
		}
		got = append(got, fmt.Sprintf("%v:%d:%d", s.Folds, s.Segments, s.Errors))
		b := p.With(s.Folds).Analyze(text)
		if b.Segments() != s.Segments || b.ErrorCount() != s.Errors {
			t.Errorf("%q: %v promises %d segments, %d errors; got %d, %d", text, s.Folds, s.Segments, s.Errors, b.Segments(), b.ErrorCount())
		}
	}
	if want := []string{"-nfc:1:1"}; !slices.Equal(got, want) {
		t.Errorf("%q: got fold suggestions %v; want %v", text, got, want)
	}
}

// TestSuggestInvalidNoEdit: a text that is not valid UTF-8 gets no
// smallest edit (deleting the soft hyphen of "\xe2\x94" U+00AD "\xa7" from
// the bytes makes U+2527: the edited text would have no invalid_utf8 error
// the edit did not promise), and every option it gets keeps its promise;
// the same text with the invalid bytes made valid gets its edit.
func TestSuggestInvalidNoEdit(t *testing.T) {
	bad := strings.Repeat("\xe2\x94\u00ad\xa7", 20) + strings.Repeat("e\u0301", 10)
	good := strings.Repeat("ab\u00adc", 20) + strings.Repeat("e\u0301", 10)
	for _, p := range smsseg.Profiles() {
		a := p.Analyze(bad)
		for _, s := range a.Suggestions() {
			if s.IsEdit() {
				t.Errorf("%s %q: got edit suggestion %+v; want none for invalid UTF-8", p.Name(), bad, s)
				continue
			}
			if b := p.With(s.Folds).Analyze(bad); b.Segments() != s.Segments || b.ErrorCount() != s.Errors {
				t.Errorf("%s %q: %v promises %d segments, %d errors; got %d, %d", p.Name(), bad, s.Folds, s.Segments, s.Errors, b.Segments(), b.ErrorCount())
			}
		}
	}
	if _, edits, ok := smsseg.GSM.Analyze(good).SmallestEdit(); !ok || len(edits) == 0 {
		t.Errorf("gsm %q: got no smallest edit; want one", good)
	}
}
