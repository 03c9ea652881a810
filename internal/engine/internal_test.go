// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveSpecial is the byte-by-byte definition special() implements.
func naiveSpecial(b, extra byte) bool {
	return b >= 0x80 || b < 0x20 || (b >= 0x5B && b <= 0x60) || b >= 0x7B || (extra != 0 && b == extra)
}

func TestSpecialFirstByteExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var buf [8]byte
	for _, extra := range []byte{0, '"'} {
		for n := 0; n < 200000; n++ {
			for i := range buf {
				switch rng.IntN(4) {
				case 0:
					buf[i] = byte(rng.IntN(256))
				default:
					buf[i] = byte(0x20 + rng.IntN(0x60))
				}
			}
			want := 8
			for i, b := range buf {
				if naiveSpecial(b, extra) {
					want = i
					break
				}
			}
			m := special(load64(string(buf[:]), 0), uint64(extra)*lsb)
			got := 8
			if m != 0 {
				got = bits.TrailingZeros64(m) >> 3
			}
			require.Equal(t, want, got, "word % x extra %q", buf, extra)
		}
	}
	// Every single byte value at every position, in an otherwise plain word.
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 8; pos++ {
			w := []byte("abcdefgh")
			w[pos] = byte(b)
			m := special(load64(w, 0), uint64('"')*lsb)
			got := 8
			if m != 0 {
				got = bits.TrailingZeros64(m) >> 3
			}
			want := 8
			if naiveSpecial(byte(b), '"') {
				want = pos
			}
			assert.Equal(t, want, got, "byte %#02x at %d", b, pos)
		}
	}
}

func TestDecodeMatchesUTF8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	interesting := []byte{0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF}
	buf := make([]byte, 5)
	for n := 0; n < 300000; n++ {
		l := 1 + rng.IntN(5)
		for i := 0; i < l; i++ {
			if rng.IntN(2) == 0 {
				buf[i] = interesting[rng.IntN(len(interesting))]
			} else {
				buf[i] = byte(rng.IntN(256))
			}
		}
		s := buf[:l]
		wr, ws := utf8.DecodeRune(s)
		gr, gs := decode(s, 0)
		require.Equal(t, [2]int{int(wr), ws}, [2]int{int(gr), gs}, "% x", s)
		gr, gs = decode(string(s), 0)
		require.Equal(t, [2]int{int(wr), ws}, [2]int{int(gr), gs}, "% x", s)
	}
}

func TestCapacities(t *testing.T) {
	assert.Equal(t, 160, Septets(0))
	assert.Equal(t, 153, Septets(6))
	assert.Equal(t, 155, Septets(4))
	assert.Equal(t, 149, Septets(9))
	assert.Equal(t, 70, UCS2Units(0))
	assert.Equal(t, 67, UCS2Units(6))
}

// testRules has two schemes with small capacities: 'a' (and other letters)
// cost 1/1, '[' 2/1, ']' 1/2, '{' 2/2, '~' 0/1 (rules the first scheme
// out), '`' is unknown. (Letters must be plain: the word scanner assumes it,
// see Validate.)
func testRules(billing Billing, over OverMax) *Rules {
	var info [0x800]uint16
	for r := 0x20; r < 0x7F; r++ {
		info[r] = 1 | 1<<2
	}
	info['['] = 2 | 1<<2
	info[']'] = 1 | 2<<2
	info['{'] = 2 | 2<<2
	info['~'] = 0 | 1<<2
	info['`'] = 0
	return &Rules{Name: "test", Schemes: []Scheme{
		{Class: ClassNormal, Single: 12, Multi: 7, Multi16: 7, Max: 30, Ranges: []int{12, 14, 21, 28, 30}},
		{Class: ClassTurkish, Single: 11, Multi: 5, Multi16: 5, Max: 25, Ranges: []int{11, 15, 20, 25}}},
		Info: &info, Plain: 1 | 1<<2, Billing: billing, OverMax: over}
}

// units is Rules.Units with an unknown rune costing 1.
func (rl *Rules) units(s int, r rune) int { return max(rl.Units(s, r), 1) }

// naiveGreedy splits unit costs one by one (SPEC 4).
func naiveGreedy(units []int, single, multi int) (parts, last, total int) {
	for _, u := range units {
		total += u
	}
	if total <= single {
		return 1, total, total
	}
	parts, cur := 1, 0
	for _, u := range units {
		if cur+u > multi {
			parts++
			cur = 0
		}
		cur += u
	}
	return parts, cur, total
}

func TestCounterMatchesNaiveGreedy(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte("aaaaaaaa[[]]{.. 01~")
	for n := 0; n < 20000; n++ {
		l := rng.IntN(60)
		buf := make([]byte, l)
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		rl := testRules(Greedy, NoMax)
		res := Analyze(rl, &Options{}, string(buf))
		if l == 0 {
			require.Equal(t, Empty, res.FirstError.Code)
			continue
		}
		s := 0
		for _, b := range buf {
			if b == '~' {
				s = 1
			}
		}
		var units []int
		for _, b := range buf {
			units = append(units, rl.units(s, rune(b)))
		}
		parts, last, total := naiveGreedy(units, rl.Schemes[s].Single, rl.Schemes[s].Multi)
		require.Equal(t, s, res.Scheme, "%q", buf)
		require.Equal(t, total, res.Units, "%q", buf)
		require.Equal(t, parts, res.Parts, "%q", buf)
		require.Equal(t, parts, res.Segments, "%q", buf)
		want := rl.Schemes[s].Multi - last
		if parts == 1 {
			want = rl.Schemes[s].Single - total
		}
		require.Equal(t, want, res.Remaining, "%q", buf)
		ps := AppendParts(nil, rl, &Options{}, &res, string(buf))
		require.Len(t, ps, parts, "%q", buf)
		sum := 0
		for _, p := range ps {
			sum += p.Units
		}
		require.Equal(t, total, sum)
	}
}

func TestCounterMaxSnapshot(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []byte("aaaaaaaaaaaaaaaa[]{ ~")
	for n := 0; n < 20000; n++ {
		l := 1 + rng.IntN(50)
		buf := make([]byte, l)
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		rl := testRules(Ceil, MaxTruncate)
		res := Analyze(rl, &Options{}, string(buf))
		s := res.Scheme
		// naive: keep the longest prefix whose units fit the maximum.
		keep, total := 0, 0
		for _, b := range buf {
			u := rl.units(s, rune(b))
			if total+u > rl.Schemes[s].Max {
				break
			}
			total += u
			keep++
		}
		require.Equal(t, total, res.Units, "%q", buf)
		require.Equal(t, keep, res.Runes, "%q", buf)
		require.Equal(t, l-keep, res.Truncated, "%q", buf)
		require.Equal(t, keep, res.TextLen, "%q", buf)
		var units []int
		for _, b := range buf[:keep] {
			units = append(units, rl.units(s, rune(b)))
		}
		parts, _, _ := naiveGreedy(units, rl.Schemes[s].Single, rl.Schemes[s].Multi)
		require.Equal(t, parts, res.Parts, "%q", buf)

		rl = testRules(Ceil, MaxError)
		res = Analyze(rl, &Options{}, string(buf))
		if keep < l {
			require.Equal(t, TooLong, res.FirstError.Code, "%q", buf)
			require.Equal(t, keep, res.FirstError.Offset, "%q", buf)
			require.Equal(t, rune(buf[keep]), res.FirstError.Rune, "%q", buf)
		} else {
			require.Zero(t, res.Errors, "%q", buf)
		}
	}
}

func TestCodeNames(t *testing.T) {
	assert.Equal(t, "invalid_utf8", InvalidUTF8.String())
	assert.Equal(t, "unknown_char", UnknownChar.String())
	assert.Equal(t, "empty", Empty.String())
	assert.Equal(t, "too_long", TooLong.String())
	assert.Equal(t, "too_large", TooLarge.String())
	assert.Equal(t, "replaced", Replaced.String())
	assert.Equal(t, "ambiguous_pipe", AmbiguousPipe.String())
	assert.Equal(t, "truncated", Truncated.String())
	assert.Equal(t, "Code(99)", Code(99).String())
	for _, c := range []Code{Replaced, AmbiguousPipe, Truncated} {
		assert.True(t, c.IsWarning(), c)
	}
	for _, c := range []Code{InvalidUTF8, UnknownChar, Empty, TooLong, TooLarge, 0, 99} {
		assert.False(t, c.IsWarning(), c)
	}
}

func TestExpandCompress(t *testing.T) {
	for x := 0; x < 256; x++ {
		e := expand(uint8(x))
		for i := 0; i < 8; i++ {
			assert.Equal(t, x>>i&1, int(e>>(2*i)&3), "x=%#x bit %d", x, i)
		}
		assert.Equal(t, uint8(x), compress(e), "x=%#x", x)
		assert.Equal(t, uint8(x), compress(e|e<<1), "x=%#x", x)
	}
}

func TestPlace(t *testing.T) {
	for _, tc := range []struct {
		pos, next, u, multi, npos, nnext int
		starts                           bool
	}{
		{0, 7, 1, 7, 0, 7, false},
		{6, 7, 1, 7, 6, 7, false},
		{7, 7, 1, 7, 7, 14, true},
		{6, 7, 2, 7, 7, 14, true}, // the 2-unit rune moves whole: one unit wasted
		{5, 7, 2, 7, 5, 7, false},
	} {
		npos, nnext, starts := place(tc.pos, tc.next, tc.u, tc.multi)
		assert.Equal(t, [3]any{tc.npos, tc.nnext, tc.starts}, [3]any{npos, nnext, starts}, "%+v", tc)
	}
}

// TestBoundsFromCountingPass checks that the parts kept by the counting
// pass are those of a walk through the split, up to and past MaxBounds.
func TestBoundsFromCountingPass(t *testing.T) {
	rl := testRules(Greedy, NoMax)
	rng := rand.New(rand.NewPCG(9, 10))
	alphabet := []byte("aaaa[]{ 0")
	for n := 0; n < 3000; n++ {
		buf := make([]byte, 1+rng.IntN(120))
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		res := Analyze(rl, &Options{}, string(buf))
		fast := AppendParts(nil, rl, &Options{}, &res, string(buf))
		slow := res
		slow.Parts = MaxBounds + 2 // forces the walk
		walked := AppendParts(nil, rl, &Options{}, &slow, string(buf))
		if res.Parts == 1 {
			require.Len(t, fast, 1)
			continue
		}
		require.Equal(t, walked, fast, "%q", buf)
	}
}

// TestEmptyAfterOptions: a text the options remove whole is empty (SPEC
// 3.7): no suffix, no operator code, error empty.
func TestEmptyAfterOptions(t *testing.T) {
	rl := testRules(Greedy, NoMax)
	res := Analyze(rl, &Options{Smart: true, OpCode: "B001"}, "\u00AD\u200B\uFEFF")
	require.Equal(t, -1, res.Scheme)
	require.Equal(t, Empty, res.FirstError.Code)
	require.Zero(t, res.TextLen)
}

// TestLongParts checks the parts of texts past MaxBounds boundaries, which
// AppendParts after Analyze finds by a walk and AnalyzeParts takes from the
// counting pass, under the gsm rules.
// The expected parts are the greedy split of SPEC 4 worked out by hand:
//   - "aş" × 1000: ş rules the default alphabet out; under the Turkish
//     locking table both runes cost 1, so 2000 units in parts of 149
//     runes: 13 full parts and one of 2000 - 13×149 = 63. Rune j starts at
//     byte 3⌊j/2⌋ + j mod 2 (the walk that counts rune starts).
//   - "{" × 1000: 2 septets each everywhere but UCS-2; the default
//     alphabet (153 per part) and the Turkish tables (149) all need 14
//     parts, the default is first: a part holds 76 braces (152 septets,
//     the 153rd is left empty), so parts start every 76 bytes and the last
//     holds 1000 - 13×76 = 12 braces, 24 septets (the walk through 2-unit
//     runes).
//   - "{a" × 500: 3 septets a pair, 51 pairs fill a part of 153 exactly:
//     parts every 102 bytes, 1500 septets, the last 1500 - 9×153 = 123.
//     Only 10 parts: these come from the counting pass.
func TestLongParts(t *testing.T) {
	rl := gsmRules()
	opt := &Options{}
	aSh := func(j int) int { return 3*(j/2) + j%2 }
	tests := []struct {
		name  string
		text  string
		units int
		want  func() []Part
	}{
		{"aş", strings.Repeat("aş", 1000), 2000, func() (ps []Part) {
			for k := 0; k < 13; k++ {
				ps = append(ps, Part{Start: aSh(149 * k), End: aSh(149 * (k + 1)), Units: 149})
			}
			return append(ps, Part{Start: aSh(149 * 13), End: 3000, Units: 63})
		}},
		{"brace", strings.Repeat("{", 1000), 2000, func() (ps []Part) {
			for k := 0; k < 13; k++ {
				ps = append(ps, Part{Start: 76 * k, End: 76 * (k + 1), Units: 152})
			}
			return append(ps, Part{Start: 988, End: 1000, Units: 24})
		}},
		{"brace-a", strings.Repeat("{a", 500), 1500, func() (ps []Part) {
			for k := 0; k < 9; k++ {
				ps = append(ps, Part{Start: 102 * k, End: 102 * (k + 1), Units: 153})
			}
			return append(ps, Part{Start: 918, End: 1000, Units: 123})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze(rl, opt, tt.text)
			want := tt.want()
			var sunk Result
			if got := AnalyzeParts(nil, &sunk, rl, opt, tt.text); !slices.Equal(got, want) || sunk != res {
				t.Errorf("AnalyzeParts: got %v; want %v", got, want)
			}
			if res.Units != tt.units || res.Parts != len(want) {
				t.Fatalf("units %d parts %d; want %d %d", res.Units, res.Parts, tt.units, len(want))
			}
			if got := AppendParts(nil, rl, opt, &res, tt.text); !slices.Equal(got, want) {
				t.Errorf("got %v; want %v", got, want)
			}
			if got := AppendParts(nil, rl, opt, &res, []byte(tt.text)); !slices.Equal(got, want) {
				t.Errorf("[]byte: got %v; want %v", got, want)
			}
			var it PartIter[string]
			it.Init(rl, opt, &res, tt.text)
			var got []Part
			for p, ok := it.Next(); ok; p, ok = it.Next() {
				got = append(got, p)
			}
			if !slices.Equal(got, want) {
				t.Errorf("PartIter: got %v; want %v", got, want)
			}
		})
	}
}

// TestAnalyzePartsSink checks which texts get their parts from the counting
// pass (analyzeSlow with a sink reports true): past MaxBounds parts, the
// chosen scheme must have counted a 2-unit rune by its 11th boundary ("{",
// 2 septets); a text whose runes all cost 1 there ("aş" under the Turkish
// locking table) is left to the walk, which counts runes (nextOnes); a
// text of few parts needs no sink.
func TestAnalyzePartsSink(t *testing.T) {
	rl := gsmRules()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{strings.Repeat("{", 1000), true},
		{strings.Repeat("a{", 1000), true},
		{strings.Repeat("aş", 1000), false},
		{strings.Repeat("{a", 500), false},
		{strings.Repeat("a", 2000) + strings.Repeat("{", 10), false},
	} {
		var res Result
		sink := []Part{}
		if got := analyzeSlow(&res, rl, &Options{}, tt.text, &sink); got != tt.want {
			t.Errorf("%.12q…: sunk %v; want %v", tt.text, got, tt.want)
		}
		if tt.want && len(sink) != res.Parts {
			t.Errorf("%.12q…: %d parts in the sink; want %d", tt.text, len(sink), res.Parts)
		}
	}
}
