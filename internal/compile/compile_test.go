// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package compile

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg/internal/engine"
	"github.com/smsseg/smsseg/segment"
)

func builtin(t *testing.T, name string) *engine.Rules {
	t.Helper()
	for _, d := range segment.Builtin() {
		if d.Name == name {
			rl, err := Compile(d)
			require.NoError(t, err)
			return rl
		}
	}
	t.Fatalf("no built-in %q", name)
	return nil
}

// TestOldTables: the compiled descriptions give, rune for rune below
// U+0800 (and for €, the BMP and the astral classes), the units of the
// hand-written tables they replace (testdata/old_tables.txt, a dump of the
// generated tables of the previous design, 2 bits per scheme).
func TestOldTables(t *testing.T) {
	f, err := os.Open("testdata/old_tables.txt")
	require.NoError(t, err)
	defer f.Close()
	old := map[string]map[rune]uint16{}
	var cur map[rune]uint16
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if fs[0] == "profile" {
			cur = map[rune]uint16{}
			old[fs[1]] = cur
			continue
		}
		r, _ := strconv.ParseUint(fs[0], 16, 32)
		v, _ := strconv.Atoi(fs[1])
		cur[rune(r)] = uint16(v)
	}
	require.Len(t, old, 6)
	for name, want := range old {
		rl := builtin(t, name)
		for r := rune(0); r < 0x800; r++ {
			require.Equal(t, want[r], rl.Info[r], "%s: info of %U", name, r)
		}
		for _, r := range []rune{0x20AC, 0x4E00, 0x1F600} {
			got := uint16(0)
			for s := range rl.Schemes {
				got |= uint16(rl.Units(s, r)) << (2 * s)
			}
			assert.Equal(t, want[r], got, "%s: info of %U", name, r)
		}
	}
}

func TestDerivedHints(t *testing.T) {
	gsm := builtin(t, "gsm")
	assert.Equal(t, [engine.MaxSchemes]uint8{2: 0b0011, 3: 0b0111}, gsm.Dominators)
	assert.Equal(t, uint8(0b0001), gsm.Extends[2]&0b0001, "Turkish single shift extends the default alphabet")
	for _, name := range []string{"esemes", "nodeapi", "kobikom", "oztek", "bisms"} {
		rl := builtin(t, name)
		assert.Equal(t, [engine.MaxSchemes]uint8{}, rl.Dominators, name)
		assert.Equal(t, uint8(0b01), rl.Extends[1]&0b01, "%s: scheme 1 extends scheme 0", name)
	}
	assert.Equal(t, byte('"'), builtin(t, "oztek").SWARExtra, "oztek rejects '\"'")
	assert.False(t, builtin(t, "oztek").NoSWAR)
	assert.Equal(t, byte(0), gsm.SWARExtra)
}

func TestUnitsAtTableEdges(t *testing.T) {
	for _, tc := range []struct {
		profile string
		r       rune
		want    []int
	}{
		{"gsm", '€', []int{2, 1, 2, 1}},
		{"gsm", 'ç', []int{0, 1, 2, 1}},
		{"gsm", 'Ç', []int{1, 1, 1, 1}},
		{"gsm", 'è', []int{1, 0, 1, 1}},
		{"gsm", '😀', []int{0, 0, 0, 2}},
		{"gsm", '\f', []int{2, 2, 2, 1}},
		{"oztek", '"', []int{0, 0}},
		{"oztek", '\n', []int{2, 2}},
		{"oztek", 'ç', []int{0, 2}},
		{"oztek", 'ö', []int{0, 1}},
		{"oztek", '#', []int{1, 1}},
		{"bisms", 'ç', []int{0, 2}},
		{"bisms", 'ü', []int{0, 1}},
		{"bisms", '|', []int{0, 0}},
		{"verimor", '€', []int{2, 2, 1}},
		{"verimor", 'ş', []int{0, 1, 1}},
		{"verimor", 'è', []int{1, 0, 1}},
		{"esemes", 'ş', []int{0, 2}},
		{"esemes", '😀', []int{0, 0}},
	} {
		rl := builtin(t, tc.profile)
		var got []int
		for s := range rl.Schemes {
			got = append(got, rl.Units(s, tc.r))
		}
		assert.Equal(t, tc.want, got, "%s %q", tc.profile, tc.r)
	}
	bisms := builtin(t, "bisms")
	for in, out := range map[rune]rune{'|': 'I', '€': 'E', '[': '(', '\n': ' ', '₺': ' ', 'ş': 'ş', 'a': 'a', 0xFFFD: ' '} {
		assert.Equal(t, out, bisms.SubstRune(in), "bisms %q", in)
	}
}

func TestCapacities(t *testing.T) {
	gsm := builtin(t, "gsm")
	var got [][3]int
	for _, sc := range gsm.Schemes {
		got = append(got, [3]int{sc.Single, sc.Multi, sc.Multi16})
	}
	assert.Equal(t, [][3]int{{160, 153, 152}, {155, 149, 148}, {155, 149, 148}, {70, 67, 66}}, got)
	oz := builtin(t, "oztek")
	assert.Equal(t, [3]int{155, 147, 147}, [3]int{oz.Schemes[1].Single, oz.Schemes[1].Multi, oz.Schemes[1].Multi16})
}

func TestExampleFile(t *testing.T) {
	f, err := os.Open("../../examples/acme.json")
	require.NoError(t, err)
	defer f.Close()
	d, err := segment.Parse(f)
	require.NoError(t, err)
	rl, err := Compile(d)
	require.NoError(t, err)
	assert.Equal(t, "acme", rl.Name)
	assert.Equal(t, engine.Ceil, rl.Billing)
	assert.Equal(t, 2, rl.Units(1, 'ş'))
	assert.Equal(t, [3]int{70, 67, 66}, [3]int{rl.Schemes[2].Single, rl.Schemes[2].Multi, rl.Schemes[2].Multi16})
}

// TestCompileErrors: the rules that need the tables are errors naming the
// field.
func TestCompileErrors(t *testing.T) {
	base := func() segment.Description {
		return segment.Description{Name: "x", Schemes: []segment.Scheme{
			{ID: "a", Class: "normal", Alphabet: segment.Alphabet{Table: &segment.Table{One: "abc"}}, Capacity: &segment.Capacity{Single: 160, Multi: 153}},
			{ID: "b", Class: "turkish", Alphabet: segment.Alphabet{Table: &segment.Table{One: "abcş"}}, Capacity: &segment.Capacity{Single: 155, Multi: 149}},
		}}
	}
	d := base()
	_, err := Compile(d)
	require.NoError(t, err)

	d = base()
	d.Schemes[1].Alphabet.Table.One = "ab"
	_, err = Compile(d)
	assert.ErrorContains(t, err, "segment: schemes[1].alphabet: the last scheme must carry every rune")

	d = base()
	d.Suffixes = []segment.Suffix{{Name: "s", Text: "abc😀"}}
	_, err = Compile(d)
	assert.ErrorContains(t, err, "segment: suffixes[0].text: '😀' (U+1F600) at byte 3 is carried by no scheme")

	d = base()
	d.OverMax = "truncate"
	d.Schemes[0].Max, d.Schemes[1].Max = 900, 800
	others := "?"
	d.Substitute = &segment.Substitution{Keep: "abc", Others: &others}
	_, err = Compile(d)
	assert.ErrorContains(t, err, "segment: substitute")

	d.Substitute.Others = new(string)
	*d.Substitute.Others = "a"
	_, err = Compile(d)
	require.NoError(t, err)
}
