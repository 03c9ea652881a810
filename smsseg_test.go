// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/vectors"
)

// profileFor returns the profile a vector names, with its options.
func profileFor(t testing.TB, name string, o vectors.Options) smsseg.Profile {
	p, ok := smsseg.Lookup(name)
	require.True(t, ok, "profile %q", name)
	p = p.WithNFC(o.NFC).WithSmart(o.Smart).WithASCII(o.ASCII)
	var err error
	if len(o.OptOut) > 0 {
		p, err = p.WithOptOut(strings.Join(o.OptOut, ","))
		require.NoError(t, err)
	}
	if o.OpCode != "" {
		p, err = p.WithOperatorCode(o.OpCode)
		require.NoError(t, err)
	}
	if o.Recipients > 0 {
		p, err = p.WithRecipients(o.Recipients)
		require.NoError(t, err)
	}
	return p
}

func issueList(a smsseg.Analysis, warnings bool, withRune []bool) []string {
	var out []string
	i := 0
	for is := range a.Issues() {
		if is.Code.IsWarning() != warnings {
			continue
		}
		s := fmt.Sprintf("%s@%d", is.Code, is.Offset)
		if i < len(withRune) && withRune[i] && is.HasRune() {
			s += "/" + string(is.Rune)
		}
		out = append(out, s)
		i++
	}
	return out
}

func wantIssues(is []vectors.Issue) ([]string, []bool) {
	var out []string
	var withRune []bool
	for _, x := range is {
		s := fmt.Sprintf("%s@%d", x.Code, x.Offset)
		if x.Rune != nil {
			s += "/" + *x.Rune
		}
		out = append(out, s)
		withRune = append(withRune, x.Rune != nil)
	}
	return out, withRune
}

// TestVectors holds every profile to the hand-worked golden vectors.
func TestVectors(t *testing.T) {
	files, err := vectors.All()
	require.NoError(t, err)
	for _, f := range files {
		for _, tc := range f.Tests {
			if tc.CommandOnly() {
				continue // standard input handling is segcalc's (cmd/segcalc tests it)
			}
			t.Run(fmt.Sprintf("%s/%d", f.Profile, tc.ID), func(t *testing.T) {
				p := profileFor(t, f.Profile, tc.Options)
				in := string(tc.Input)
				a := p.Analyze(in)
				e := tc.Expect
				assert.Equal(t, e.Encoding, a.Class().String(), "encoding")
				assert.Equal(t, e.Shift, a.Shift().String(), "shift")
				assert.Equal(t, e.Units, a.Units(), "units")
				assert.Equal(t, e.Runes, a.Runes(), "runes")
				assert.Equal(t, e.Segments, a.Segments(), "segments")
				assert.Equal(t, e.Remaining, a.Remaining(), "remaining")
				assert.Equal(t, e.Truncated, a.Truncated(), "truncated")
				if e.Credits != nil {
					assert.Equal(t, *e.Credits, a.Credits(), "credits")
				}
				if e.Text != nil {
					assert.Equal(t, string(*e.Text), string(a.AppendText(nil)), "text")
				}
				if e.Wire != nil {
					assert.Equal(t, string(*e.Wire), string(a.AppendWire(nil)), "wire")
				}
				if e.Parts != nil {
					var got []vectors.Part
					for pt := range a.Parts() {
						got = append(got, vectors.Part{Start: pt.Start, End: pt.End, Units: pt.Units})
					}
					if len(e.Parts) == 0 {
						assert.Empty(t, got, "parts")
					} else {
						assert.Equal(t, e.Parts, got, "parts")
					}
					assert.Equal(t, len(e.Parts), a.PartCount(), "part count")
				}
				if e.Params != nil {
					assert.JSONEq(t, string(e.Params), a.Params().String(), "params")
				}
				if e.Errors != nil {
					want, wr := wantIssues(e.Errors)
					assert.Equal(t, want, issueList(a, false, wr), "errors")
					assert.Equal(t, len(e.Errors), a.ErrorCount(), "error count")
				}
				if e.Warnings != nil {
					want, wr := wantIssues(e.Warnings)
					assert.Equal(t, want, issueList(a, true, wr), "warnings")
					assert.Equal(t, len(e.Warnings), a.WarningCount(), "warning count")
				}
				// The JSON object says the same.
				var obj map[string]any
				require.NoError(t, json.Unmarshal(a.AppendJSON(nil), &obj))
				assert.Equal(t, e.Encoding, obj["encoding"])
				assert.EqualValues(t, e.Units, obj["units"])
				assert.EqualValues(t, e.Segments, obj["segments"])
				assert.Equal(t, string(a.AppendText(nil)), obj["text"])
				assert.Equal(t, string(a.AppendWire(nil)), obj["wire"])
				// The []byte twin agrees.
				b := p.AnalyzeBytes([]byte(in))
				assert.Equal(t, a.AppendJSON(nil), b.AppendJSON(nil))
			})
		}
	}
}

// allocInputs exercise every path: plain ASCII, Turkish, emoji, escapes,
// invalid bytes, pipes, curly quotes, long texts.
var allocInputs = []string{
	"",
	"Merhaba dunya",
	"Merhaba dünya, siparişiniz kargoya verildi. ÇĞİÖŞÜ çğıöşü",
	strings.Repeat("Kargonuz yola çıktı. ", 30),
	"Emoji 😀👍🏽 and ZWJ 👨‍👩‍👧",
	"{}[]~^|€\\ escapes",
	"bad \xff\xfe bytes",
	"|61| pipes |12|ş",
	"“smart” ‘quotes’ – dash … NBSP\u00a0₺ Kâğıthane",
	strings.Repeat("a", 2000),
	strings.Repeat("ş{", 700),
}

func allProfiles(t testing.TB) []smsseg.Profile {
	var ps []smsseg.Profile
	for _, p := range smsseg.Profiles() {
		ps = append(ps, p, p.WithSmart(true).WithASCII(true), p.WithRef16(true))
		if q, err := p.WithOperatorCode("B001"); err == nil {
			ps = append(ps, q)
		}
		if q, err := p.WithOptOut("link,phone"); err == nil {
			ps = append(ps, q)
		}
	}
	return ps
}

// TestNoAllocs proves that Analyze, every Append method into a grown
// buffer, the iterators and AppendJSON allocate nothing, for every profile.
func TestNoAllocs(t *testing.T) {
	text := make([]byte, 0, 1<<16)
	parts := make([]smsseg.Part, 0, 1<<10)
	issues := make([]smsseg.Issue, 0, 1<<12)
	for _, p := range allProfiles(t) {
		for _, in := range allocInputs {
			inb := []byte(in)
			var a smsseg.Analysis
			check := func(what string, f func()) {
				t.Helper()
				if n := testing.AllocsPerRun(20, f); n != 0 {
					t.Errorf("%s %s/%.30q: %v allocs", what, p, in, n)
				}
			}
			check("Analyze", func() { a = p.Analyze(in) })
			check("AnalyzeBytes", func() { a = p.AnalyzeBytes(inb) })
			check("AnalyzeParts", func() { a, parts = p.AnalyzeParts(in, parts[:0]) })
			check("AnalyzeBytesParts", func() { a, parts = p.AnalyzeBytesParts(inb, parts[:0]) })
			check("AppendText", func() { text = a.AppendText(text[:0]) })
			check("AppendWire", func() { text = a.AppendWire(text[:0]) })
			check("AppendParts", func() { parts = a.AppendParts(parts[:0]) })
			check("AppendIssues", func() { issues = a.AppendIssues(issues[:0]) })
			check("AppendJSON", func() { text = a.AppendJSON(text[:0]) })
			check("PartIter", func() {
				var it smsseg.PartIter
				for it.Init(&a); !it.Done(); {
					_ = it.Next()
				}
			})
			check("Params", func() { text = a.Params().AppendJSON(text[:0]) })
		}
	}
}

// TestNothingShared mutates everything the API hands out and checks that
// later analyses do not change.
func TestNothingShared(t *testing.T) {
	text := "Bugün %50 indirim! {KOD: YAZ50} " + strings.Repeat("ş", 200)
	before := map[string]string{}
	for _, p := range smsseg.Profiles() {
		before[p.Name()] = string(p.Analyze(text).AppendJSON(nil))
	}
	for _, p := range smsseg.Profiles() {
		for _, sc := range p.Schemes() {
			for i := range sc.Ranges {
				sc.Ranges[i] = 1
			}
		}
		sc := p.Schemes()
		sc[0].Single, sc[0].Multi = 1, 1
		d := p.Description()
		for i := range d.Schemes {
			d.Schemes[i] = d.Schemes[len(d.Schemes)-1]
		}
		d.Name = "changed"
		names := smsseg.Names()
		names[0] = "changed"
		ps := smsseg.Profiles()
		ps[0] = smsseg.BiSMS
		a := p.Analyze(text)
		parts := a.AppendParts(nil)
		parts[0].End = -1
		keys := p.ParamKeys()
		if len(keys) > 0 {
			keys[0] = "x"
		}
	}
	for _, p := range smsseg.Profiles() {
		assert.Equal(t, before[p.Name()], string(p.Analyze(text).AppendJSON(nil)), p.Name())
	}
	assert.Equal(t, "gsm", smsseg.Names()[0])
	assert.Equal(t, "gsm", smsseg.Profiles()[0].Name())
}

func randomText(rng *rand.Rand) string {
	pieces := []string{"a", "Merhaba ", "ş", "ç", "İ", "€", "{", "|", "😀", "\n", "’", "\xff", "è", "₺", "12", "|6"}
	var b strings.Builder
	for n := rng.IntN(300); n > 0; n-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestConcurrent analyses random texts with every profile from 8
// goroutines (run under -race) and compares with one goroutine's results.
func TestConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := make([]string, 200)
	for i := range texts {
		texts[i] = randomText(rng)
	}
	ps := allProfiles(t)
	want := make([][]byte, len(texts)*len(ps))
	for i, in := range texts {
		for j, p := range ps {
			want[i*len(ps)+j] = p.Analyze(in).AppendJSON(nil)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var buf []byte
			for k := 0; k < len(texts)*len(ps); k++ {
				idx := (k*7 + g*131) % len(want)
				i, j := idx/len(ps), idx%len(ps)
				buf = ps[j].Analyze(texts[i]).AppendJSON(buf[:0])
				if string(buf) != string(want[idx]) {
					errs <- fmt.Sprintf("goroutine %d: %s %q differs", g, ps[j], texts[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestZeroValues: nothing a caller can construct makes a method panic.
func TestZeroValues(t *testing.T) {
	var p smsseg.Profile
	assert.Equal(t, "gsm", p.Name())
	a := p.Analyze("hi")
	assert.Equal(t, 2, a.Units())
	var z smsseg.Analysis
	assert.Equal(t, "normal", z.Class().String())
	assert.Equal(t, 0, z.Units())
	assert.Equal(t, 160, z.Remaining())
	is, ok := z.FirstError()
	assert.True(t, ok)
	assert.True(t, errors.Is(is, smsseg.ErrEmpty))
	assert.NotEmpty(t, z.AppendJSON(nil))
	assert.Empty(t, z.AppendParts(nil))
	var it smsseg.PartIter
	assert.True(t, it.Done())
	assert.Equal(t, smsseg.Part{}, it.Next())
	_, _, ok = z.Params().At(99)
	assert.False(t, ok)
	_, _, ok = smsseg.Params{}.At(0)
	assert.False(t, ok)
	assert.Equal(t, "Class(9)", smsseg.Class(9).String())
	assert.Equal(t, "Shift(9)", smsseg.Shift(9).String())
	assert.Equal(t, "Code(99)", smsseg.Code(99).String())
	assert.Equal(t, "smsseg: Code(99) at byte 0", smsseg.Issue{Code: 99}.Error())
	assert.Nil(t, smsseg.Issue{Code: 99}.Unwrap())
	assert.Equal(t, 0, p.RuneUnits(-1, 'a'))
	assert.Equal(t, 0, p.RuneUnits(99, 'a'))
	_, ok = a.RuledOut(-1)
	assert.False(t, ok)
	_, ok = a.CostIn(99)
	assert.False(t, ok)
	for _, s := range []string{"", "\xff", strings.Repeat("\xff", 3000), "\x00", string(rune(0x10FFFF))} {
		for _, q := range allProfiles(t) {
			b := q.Analyze(s)
			_ = b.AppendJSON(nil)
			_ = b.AppendIssues(nil)
			for range b.Marks() {
			}
		}
	}
}

func TestIssues(t *testing.T) {
	a := smsseg.Oztek.Analyze("ok\tok")
	is, ok := a.FirstError()
	require.True(t, ok)
	assert.Equal(t, smsseg.Issue{Code: smsseg.UnknownChar, Offset: 2, Rune: '\t'}, is)
	assert.True(t, errors.Is(is, smsseg.ErrUnknownChar))
	assert.False(t, errors.Is(is, smsseg.ErrEmpty))
	assert.Equal(t, `smsseg: unknown_char: '\t' (U+0009) at byte 2`, is.Error())
	b, err := smsseg.UnknownChar.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "unknown_char", string(b))
	_, ok = smsseg.GSM.Analyze("fine").FirstError()
	assert.False(t, ok)
}

func TestOptions(t *testing.T) {
	_, err := smsseg.GSM.WithOptOut("link")
	assert.ErrorIs(t, err, smsseg.ErrNoOptOut)
	_, err = smsseg.Esemes.WithOptOut("mail")
	assert.ErrorIs(t, err, smsseg.ErrNoOptOut)
	p, err := smsseg.Esemes.WithOptOut("phone,link")
	require.NoError(t, err)
	assert.Equal(t, "link,phone", p.OptOut())
	for _, bad := range []string{"b001", "B01", "B0011", "B-01", "ŞŞ"} {
		_, err := smsseg.GSM.WithOperatorCode(bad)
		assert.ErrorIs(t, err, smsseg.ErrOperatorCode, bad)
	}
	for _, bad := range []int64{0, -1, smsseg.MaxRecipients + 1} {
		_, err := smsseg.GSM.WithRecipients(bad)
		assert.ErrorIs(t, err, smsseg.ErrRecipients, bad)
	}
	q, err := smsseg.GSM.WithRecipients(smsseg.MaxRecipients)
	require.NoError(t, err)
	a := q.Analyze(strings.Repeat("😀", 10000))
	assert.Equal(t, int64(a.Segments())*smsseg.MaxRecipients, a.Credits())
}

func TestMarks(t *testing.T) {
	a := smsseg.GSM.Analyze("a€bç")
	var got []string
	for m := range a.Marks() {
		got = append(got, fmt.Sprintf("%c@%d u%d out%b", m.Rune, m.Offset, m.Units, m.RuledOut))
	}
	// Turkish locking: € costs 1 there; ç ruled out the default alphabet.
	assert.Equal(t, []string{"ç@5 u1 out1"}, got)
	m, ok := a.RuledOut(0)
	require.True(t, ok)
	assert.Equal(t, 'ç', m.Rune)
	c, ok := a.CostIn(1)
	require.True(t, ok)
	assert.Equal(t, smsseg.Cost{Units: 4, Segments: 1, Parts: 1}, c)
	assert.Equal(t, utf8.RuneLen('€'), 3)
}

func TestTooLarge(t *testing.T) {
	a := smsseg.GSM.Analyze(strings.Repeat("a", smsseg.MaxTextBytes+1))
	is, ok := a.FirstError()
	require.True(t, ok)
	assert.Equal(t, smsseg.TooLarge, is.Code)
	assert.Equal(t, 0, a.Units())
	assert.Equal(t, 160, a.Remaining())
	assert.Empty(t, a.AppendParts(nil))
	assert.Equal(t, 1, a.ErrorCount())
	assert.True(t, smsseg.GSM.Analyze(strings.Repeat("a", smsseg.MaxTextBytes)).OK())
}
