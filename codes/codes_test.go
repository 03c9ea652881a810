// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// specCodes is the list of SPEC.md section 3.5, copied by hand in the
// vendor's order, independently of oztek_codes.txt.
var specCodes = []struct {
	r    rune
	wire string
}{
	{'@', "|01|"}, {'£', "|02|"}, {'$', "|03|"}, {'€', "|05|"}, {'_', "|14|"},
	{'!', "|26|"}, {'\'', "|27|"}, {'#', "|28|"}, {'%', "|30|"}, {'&', "|31|"},
	{'(', "|33|"}, {')', "|34|"}, {'*', "|35|"}, {'+', "|36|"}, {'-', "|38|"},
	{'/', "|39|"}, {':', "|40|"}, {';', "|41|"}, {'<', "|42|"}, {'=', "|43|"},
	{'>', "|44|"}, {'?', "|45|"}, {'{', "|46|"}, {'}', "|47|"}, {'~', "|49|"},
	{'^', "|51|"}, {'ö', "|62|"}, {'ü', "|63|"}, {'ç', "|64|"}, {'ş', "|65|"},
	{'ğ', "|66|"}, {'ı', "|67|"}, {'Ö', "|68|"}, {'Ü', "|69|"}, {'Ç', "|70|"},
	{'Ş', "|71|"}, {'İ', "|72|"}, {'Ğ', "|73|"}, {'\n', "|61|"},
}

func specCode(t *testing.T, wire string) uint8 {
	t.Helper()
	require.Len(t, wire, 4)
	return (wire[1]-'0')*10 + wire[2] - '0'
}

func TestTableMatchesSPEC(t *testing.T) {
	require.Len(t, specCodes, 39)
	assert.Equal(t, 39, numCodes)
	want := map[rune]uint8{}
	for _, c := range specCodes {
		code := specCode(t, c.wire)
		want[c.r] = code

		got, ok := Lookup(c.r)
		assert.True(t, ok, "Lookup(%q)", c.r)
		assert.Equal(t, code, got, "Lookup(%q)", c.r)
		assert.True(t, HasCode(c.r), "HasCode(%q)", c.r)
		r, ok := Rune(code)
		assert.True(t, ok, "Rune(%d)", code)
		assert.Equal(t, c.r, r, "Rune(%d)", code)
	}
	// No rune outside the list has a code, and no other number is a code.
	for r := rune(-1); r < 0x11000; r++ {
		if _, listed := want[r]; listed {
			continue
		}
		code, ok := Lookup(r)
		if ok || code != 0 || HasCode(r) {
			t.Errorf("Lookup(%q) = %d, %v; want 0, false", r, code, ok)
		}
	}
	for _, r := range []rune{utf8.MaxRune, utf8.MaxRune + 1, -0x20AC, 0x7FFFFFFF} {
		assert.False(t, HasCode(r), "HasCode(%#x)", r)
	}
	codes := map[uint8]bool{}
	for _, code := range want {
		codes[code] = true
	}
	for c := 0; c < 256; c++ {
		if codes[uint8(c)] {
			continue
		}
		r, ok := Rune(uint8(c))
		if ok || r != 0 {
			t.Errorf("Rune(%d) = %q, %v; want 0, false", c, r, ok)
		}
	}
	// All yields every code once, in increasing order.
	var last uint8
	n := 0
	for code, r := range All() {
		assert.Greater(t, code, last, "All: codes out of order")
		assert.Equal(t, want[r], code, "All: %q", r)
		last = code
		n++
	}
	assert.Equal(t, 39, n)
	n = 0
	for range All() {
		n++
		break
	}
	assert.Equal(t, 1, n, "All must stop when yield returns false")
}

// TestTablesUpToDate regenerates tables.go in memory and compares it with
// the checked-in file.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command(goCmd, "run", "gen.go", "-output", "-").CombinedOutput()
	require.NoError(t, err, "go run gen.go: %s", out)
	have, err := os.ReadFile("tables.go")
	require.NoError(t, err)
	if !bytes.Equal(out, have) {
		t.Fatal("tables.go is stale: run go generate in codes")
	}
}

// seedExample is SPEC.md 3.5's worked example, from the vendor's document.
const (
	seedText = "Selam\nAhmet\n.Bugün %50 indirim var."
	seedWire = "Selam|61|Ahmet|61|.Bug|63|n |30|50 indirim var."
)

var encodeTests = []struct {
	name, in, want string
}{
	{"seed example", seedText, seedWire},
	{"empty", "", ""},
	{"no codes", "Merhaba dunya. 123, ok", "Merhaba dunya. 123, ok"},
	{"pipe has no code", "a|b", "a|b"},
	{"literal code stays", "|61|", "|61|"},
	{"digits", "0123456789", "0123456789"},
	{"crlf", "a\r\nb", "a\r|61|b"},
	{"extension chars without code", "[]\\|\f", "[]\\|\f"},
	{"turkish", "Çağrı İşçi ğüşıöç", "|70|a|66|r|67| |72||65||64|i |66||63||65||67||62||64|"},
	{"euro", "5€", "5|05|"},
	{"adjacent", "@@", "|01||01|"},
	{"near misses", "÷ Š ŧ ₭ ¢ é Ã", "÷ Š ŧ ₭ ¢ é Ã"},
	{"four-byte rune", "😀!", "😀|26|"},
	{"invalid byte", "\xff@\xfe", "\xff|01|\xfe"},
	{"lone continuation", "\x80\xb6", "\x80\xb6"},
	{"truncated ö", "\xc3", "\xc3"},
	{"truncated ö before ö", "\xc3ö", "\xc3|62|"},
	{"truncated euro", "\xe2\x82", "\xe2\x82"},
	{"truncated euro before code", "\xe2\x82@", "\xe2\x82|01|"},
	{"overlong ö", "\xe0\x83\xb6", "\xe0\x83\xb6"},
	{"surrogate", "\xed\xa0\x80", "\xed\xa0\x80"},
	{"bad continuation", "\xc3(", "\xc3|33|"},
}

func TestAppendEncode(t *testing.T) {
	tests := encodeTests
	for _, c := range specCodes {
		in := "x" + string(c.r) + "y"
		tests = append(tests, struct{ name, in, want string }{
			"code " + c.wire, in, "x" + c.wire + "y",
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(AppendEncode(nil, tt.in)), "AppendEncode(nil, %q)", tt.in)
			assert.Equal(t, tt.want, string(AppendEncodeBytes(nil, []byte(tt.in))), "AppendEncodeBytes(nil, %q)", tt.in)
			assert.Equal(t, "pre:"+tt.want, string(AppendEncode([]byte("pre:"), tt.in)), "AppendEncode(\"pre:\", %q)", tt.in)
			assert.Equal(t, len(tt.want), EncodedLen(tt.in), "EncodedLen(%q)", tt.in)
		})
	}
}

var decodeTests = []struct {
	name, in, want string
}{
	{"seed example", seedWire, seedText},
	{"empty", "", ""},
	{"no pipes", "abc öç", "abc öç"},
	{"unknown code", "|99|", "|99|"},
	{"unused code", "|04||00||74|", "|04||00||74|"},
	{"one digit", "|1|", "|1|"},
	{"three digits", "|123|", "|123|"},
	{"no closing bar", "|61", "|61"},
	{"no closing bar, more", "|61x", "|61x"},
	{"lone bar", "|", "|"},
	{"bar digit", "|6", "|6"},
	{"non-digit", "|1a|", "|1a|"},
	{"double bar", "||61|", "|\n"},
	{"left to right, no overlap", "|61|62|", "\n62|"},
	{"adjacent codes", "|61||62|", "\nö"},
	{"euro", "|05|", "€"},
	{"bars only", "||||", "||||"},
	{"invalid bytes kept", "\xff|01|\xc3", "\xff@\xc3"},
	{"fullwidth digits", "|６１|", "|６１|"},
}

func TestAppendDecode(t *testing.T) {
	tests := decodeTests
	for _, c := range specCodes {
		tests = append(tests, struct{ name, in, want string }{
			"code " + c.wire, "x" + c.wire + "y", "x" + string(c.r) + "y",
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(AppendDecode(nil, tt.in)), "AppendDecode(nil, %q)", tt.in)
			assert.Equal(t, tt.want, string(AppendDecodeBytes(nil, []byte(tt.in))), "AppendDecodeBytes(nil, %q)", tt.in)
			assert.Equal(t, "pre:"+tt.want, string(AppendDecode([]byte("pre:"), tt.in)), "AppendDecode(\"pre:\", %q)", tt.in)
		})
	}
}

// TestEachCode encodes and decodes every code on its own.
func TestEachCode(t *testing.T) {
	for _, c := range specCodes {
		s := string(c.r)
		assert.Equal(t, c.wire, string(AppendEncode(nil, s)), "AppendEncode(nil, %q)", s)
		assert.Equal(t, 4, EncodedLen(s), "EncodedLen(%q)", s)
		assert.Equal(t, s, string(AppendDecode(nil, c.wire)), "AppendDecode(nil, %q)", c.wire)
		assert.Zero(t, CountAmbiguous(s), "CountAmbiguous(%q)", s)
	}
}

var ambiguousTests = []struct {
	in   string
	want []int
}{
	{"", nil},
	{"|", nil},
	{"|61|", []int{0}},
	{"|61|62|", []int{0, 3}},
	{"|12ö", []int{0}},        // ö goes on the wire as |62|
	{"|12€", []int{0}},        // € goes on the wire as |05|
	{"|99|", []int{0}},        // the digits need not be a code in use
	{"|12o", nil},             // o has no code
	{"|12\xc3", nil},          // a truncated ö is copied as it is
	{"|12\xc3\xb6", []int{0}}, // a whole ö
	{"|1a|", nil},
	{"|61", nil},
	{"x|61", nil},
	{"||61|", []int{1}},
	{"|6|61|", []int{2}},
	{"|123|", nil},
	{"a|12@b", []int{1}},
	{"a|12\n", []int{1}},
	{"|61||62|", []int{0, 4}},
	{"|٦١|", nil}, // Arabic-Indic digits are not ASCII digits
	{seedText, nil},
	{"ödeme|10|12|2026", []int{6, 9}},
}

func TestAmbiguous(t *testing.T) {
	for _, tt := range ambiguousTests {
		got := AppendAmbiguous(nil, tt.in)
		assert.Equal(t, tt.want, got, "AppendAmbiguous(nil, %q)", tt.in)
		assert.Equal(t, len(tt.want), CountAmbiguous(tt.in), "CountAmbiguous(%q)", tt.in)
		assert.Equal(t, append([]int{7}, tt.want...), AppendAmbiguous([]int{7}, tt.in), "AppendAmbiguous([7], %q)", tt.in)
		// Without an ambiguous bar the text survives the round trip; with
		// one whose digits are a code in use it does not. (Digits that are
		// no code, as in "|12ö", are still flagged: SPEC does not know what
		// the vendor does with `|12|`, though our decoder keeps it.)
		rt := string(AppendDecode(nil, string(AppendEncode(nil, tt.in))))
		if len(tt.want) == 0 {
			assert.Equal(t, tt.in, rt, "round trip of %q", tt.in)
		}
		for _, off := range tt.want {
			if _, ok := Rune((tt.in[off+1]-'0')*10 + tt.in[off+2] - '0'); ok {
				assert.NotEqual(t, tt.in, rt, "round trip of %q", tt.in)
			}
		}
	}
}

// TestRoundTrip checks AppendDecode(AppendEncode(x)) == x on the tables'
// inputs that hold no ambiguous bar.
func TestRoundTrip(t *testing.T) {
	var ins []string
	for _, tt := range encodeTests {
		ins = append(ins, tt.in)
	}
	for _, tt := range decodeTests {
		ins = append(ins, tt.in)
	}
	ins = append(ins, strings.Repeat(seedText, 20))
	n := 0
	for _, in := range ins {
		if CountAmbiguous(in) != 0 {
			continue
		}
		n++
		assert.Equal(t, in, string(AppendDecode(nil, string(AppendEncode(nil, in)))), "round trip of %q", in)
	}
	assert.Greater(t, n, 30)
}

func TestNoAllocs(t *testing.T) {
	text := strings.Repeat(seedText+" |6| \xff€", 8)
	ambig := strings.Repeat("|61|x", 8)
	wire := string(AppendEncode(nil, text))
	enc := make([]byte, 0, EncodedLen(text))
	dec := make([]byte, 0, len(text))
	offs := make([]int, 0, 64)
	textBytes := []byte(text)
	wireBytes := []byte(wire)
	tests := []struct {
		name string
		fn   func()
	}{
		{"AppendEncode", func() { enc = AppendEncode(enc[:0], text) }},
		{"AppendEncodeBytes", func() { enc = AppendEncodeBytes(enc[:0], textBytes) }},
		{"EncodedLen", func() { _ = EncodedLen(text) }},
		{"AppendDecode", func() { dec = AppendDecode(dec[:0], wire) }},
		{"AppendDecodeBytes", func() { dec = AppendDecodeBytes(dec[:0], wireBytes) }},
		{"CountAmbiguous", func() { _ = CountAmbiguous(ambig) }},
		{"AppendAmbiguous", func() { offs = AppendAmbiguous(offs[:0], ambig) }},
		{"Lookup", func() { _, _ = Lookup('ğ') }},
		{"Rune", func() { _, _ = Rune(61) }},
		{"All", func() {
			for range All() {
			}
		}},
		{"Encoder.Transform", func() { _, _, _ = Encoder{}.Transform(enc[:cap(enc)], textBytes, true) }},
		{"Decoder.Transform", func() { _, _, _ = Decoder{}.Transform(dec[:cap(dec)], wireBytes, true) }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.fn); n != 0 {
			t.Errorf("%s: got %v allocs; want 0", tt.name, n)
		}
	}
	// The buffers really were filled (the closures did their work).
	assert.Equal(t, wire, string(enc))
	assert.Equal(t, text, string(dec))
	assert.Len(t, offs, 8)
}
