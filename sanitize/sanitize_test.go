// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/smsseg/smsseg/turkish"
)

// specAccepted is the accepted set exactly as SPEC 3.6 step 2 prints it.
const specAccepted = `ABCDEFGĞHIİJKLMNOPRSŞTUVYZÖÜQWXÇ abcçdefgğhıijklmnoprsştuvyzöüqwx @*:!$_#()+-;,<>=./'?"%&0123456789`

// specSubst are the substitutions of SPEC 3.6 step 1.
var specSubst = map[rune]rune{'|': 'I', '^': '\'', '€': 'E', '{': '(', '[': '(', '}': ')', ']': ')', '\\': '/'}

// naiveBiSMS is the reference for BiSMSRune, built from the SPEC text with a
// map and a string search.
func naiveBiSMS(r rune) rune {
	if s, ok := specSubst[r]; ok {
		r = s
	}
	if !strings.ContainsRune(specAccepted, r) {
		return ' '
	}
	return r
}

func TestBiSMSAcceptedIsSpec(t *testing.T) {
	require.Equal(t, specAccepted, BiSMSAccepted)
	require.Equal(t, 128, len(bismsASCII))
	// The set has 26+26 ASCII letters, 10 digits, space, 23 symbols and the
	// twelve Turkish letters; the vendor lists the space twice.
	seen := map[rune]bool{}
	for _, r := range specAccepted {
		seen[r] = true
	}
	assert.Len(t, seen, 26+26+10+1+23+12)
}

func TestBiSMSRune(t *testing.T) {
	tests := []struct {
		in, want rune
	}{
		// Step 1: the substitutions.
		{'|', 'I'}, {'^', '\''}, {'€', 'E'}, {'{', '('}, {'[', '('}, {'}', ')'}, {']', ')'}, {'\\', '/'},
		// Step 2: rejected runes become spaces.
		{'~', ' '}, {'`', ' '}, {'\n', ' '}, {'\r', ' '}, {'\t', ' '}, {0, ' '}, {0x7F, ' '}, {0x1B, ' '},
		{'é', ' '}, {'ä', ' '}, {'Ñ', ' '}, {'£', ' '}, {'¥', ' '}, {'§', ' '}, {'Δ', ' '}, {'\u00A0', ' '},
		{'“', ' '}, {'…', ' '}, {'😀', ' '}, {utf8.RuneError, ' '}, {'\u0327', ' '}, {-1, ' '}, {0x110000, ' '},
		// Kept.
		{' ', ' '}, {'a', 'a'}, {'Z', 'Z'}, {'0', '0'}, {'"', '"'}, {'\'', '\''}, {'&', '&'},
		{'ş', 'ş'}, {'İ', 'İ'}, {'ı', 'ı'}, {'Ç', 'Ç'}, {'ç', 'ç'},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, BiSMSRune(tt.in), "BiSMSRune(%q)", tt.in)
		assert.Equal(t, tt.in == tt.want, BiSMSAccepts(tt.in), "BiSMSAccepts(%q)", tt.in)
	}
}

// TestBiSMSAcceptedSet checks every rune of the accepted set, one table row
// per rune: it is accepted and comes back unchanged.
func TestBiSMSAcceptedSet(t *testing.T) {
	for _, r := range specAccepted {
		assert.Equal(t, r, BiSMSRune(r), "BiSMSRune(%q)", r)
		assert.True(t, BiSMSAccepts(r), "BiSMSAccepts(%q)", r)
	}
}

// TestBiSMSRuneAll compares BiSMSRune and BiSMSAccepts with the reference on
// every rune of the BMP and a sample above it.
func TestBiSMSRuneAll(t *testing.T) {
	check := func(r rune) {
		want := naiveBiSMS(r)
		if got := BiSMSRune(r); got != want {
			t.Errorf("BiSMSRune(%q) = %q; want %q", r, got, want)
		}
		if got, want := BiSMSAccepts(r), strings.ContainsRune(specAccepted, r); got != want {
			t.Errorf("BiSMSAccepts(%q) = %v; want %v", r, got, want)
		}
		if !BiSMSAccepts(BiSMSRune(r)) {
			t.Errorf("BiSMSRune(%q) = %q is not accepted", r, BiSMSRune(r))
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		check(r)
	}
	for r := rune(0x10000); r <= utf8.MaxRune; r += 0x3FF {
		check(r)
	}
}

// smartTests is SPEC 3.9's -smart list, one row per rune.
var smartTests = []struct {
	in   rune
	repl string
}{
	{'\u201C', `"`}, // “
	{'\u201D', `"`}, // ”
	{'\u201E', `"`}, // „
	{'\u201F', `"`}, // ‟
	{'\u00AB', `"`}, // «
	{'\u00BB', `"`}, // »
	{'\u2033', `"`}, // ″
	{'\u2018', "'"}, // ‘
	{'\u2019', "'"}, // ’
	{'\u201A', "'"}, // ‚
	{'\u201B', "'"}, // ‛
	{'\u2032', "'"}, // ′
	{'\u00B4', "'"}, // ´
	{'\u0060', "'"}, // `
	{'\u2039', "'"}, // ‹
	{'\u203A', "'"}, // ›
	{'\u2010', "-"}, // ‐ hyphen
	{'\u2011', "-"}, // ‑ non-breaking hyphen
	{'\u2012', "-"}, // ‒ figure dash
	{'\u2013', "-"}, // – en dash
	{'\u2014', "-"}, // — em dash
	{'\u2015', "-"}, // ― horizontal bar
	{'\u2212', "-"}, // − minus sign
	{'\u2026', "..."},
	{'\u00A0', " "},
	{'\u2000', " "},
	{'\u2001', " "},
	{'\u2002', " "},
	{'\u2003', " "},
	{'\u2004', " "},
	{'\u2005', " "},
	{'\u2006', " "},
	{'\u2007', " "},
	{'\u2008', " "},
	{'\u2009', " "},
	{'\u200A', " "},
	{'\u202F', " "},
	{'\u205F', " "},
	{'\u3000', " "},
	{'\u00AD', ""}, // soft hyphen
	{'\u200B', ""}, // zero width space
	{'\u2060', ""}, // word joiner
	{'\uFEFF', ""}, // zero width no-break space (BOM)
}

// asciiTests is SPEC 3.9's -ascii list, one row per rune.
var asciiTests = []struct {
	in   rune
	repl string
}{
	{'ç', "c"}, {'ğ', "g"}, {'ı', "i"}, {'İ', "I"}, {'ö', "o"}, {'ş', "s"}, {'ü', "u"},
	{'Ç', "C"}, {'Ğ', "G"}, {'Ö', "O"}, {'Ş', "S"}, {'Ü', "U"},
	{'â', "a"}, {'î', "i"}, {'û', "u"}, {'Â', "A"}, {'Î', "I"}, {'Û', "U"},
	{'₺', "TL"},
}

func TestSmartRune(t *testing.T) {
	for _, tt := range smartTests {
		repl, ok := SmartRune(tt.in)
		if !ok || repl != tt.repl {
			t.Errorf("SmartRune(%q) = %q, %v; want %q, true", tt.in, repl, ok, tt.repl)
		}
		if got := string(AppendSmart(nil, string(tt.in))); got != tt.repl {
			t.Errorf("AppendSmart(%q) = %q; want %q", string(tt.in), got, tt.repl)
		}
	}
	// Unchanged, among them neighbours of the folded runes.
	for _, r := range []rune{
		'"', '\'', '-', ' ', '.', 'a', '_', '~', '\t', '\n', 0, 0x7F,
		'\u2016', '\u2017', '\u2020', '\u2030', '\u2034', '\u203B', '\u2200', '\u2213', '\u2025', '\u2027',
		'\u009F', '\u00A1', '\u00AC', '\u00AE', '\u00B3', '\u00B5', '\u00BA', '\u00BC',
		'\u1FFF', '\u200C', '\u200D', '\u200E', '\u2028', '\u2029', '\u202E', '\u205E', '\u2061', '\u2FFF', '\u3001',
		'\uFEFE', '\uFF02', 'ş', 'é', '😀', utf8.RuneError, -1, 0x110000,
	} {
		if repl, ok := SmartRune(r); ok || repl != "" {
			t.Errorf("SmartRune(%q) = %q, %v; want \"\", false", r, repl, ok)
		}
	}
	// Exactly the runes of the table fold.
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if _, ok := SmartRune(r); ok {
			n++
		}
	}
	assert.Equal(t, len(smartTests), n)
	assert.Equal(t, 43, n)
}

func TestASCIIRune(t *testing.T) {
	for _, tt := range asciiTests {
		repl, ok := ASCIIRune(tt.in)
		if !ok || repl != tt.repl {
			t.Errorf("ASCIIRune(%q) = %q, %v; want %q, true", tt.in, repl, ok, tt.repl)
		}
		if got := string(AppendASCII(nil, string(tt.in))); got != tt.repl {
			t.Errorf("AppendASCII(%q) = %q; want %q", string(tt.in), got, tt.repl)
		}
		// The twelve Turkish letters agree with the turkish package.
		if turkish.IsLetter(tt.in) && string(turkish.ToASCII(tt.in)) != tt.repl {
			t.Errorf("turkish.ToASCII(%q) = %q; ASCIIRune gives %q", tt.in, turkish.ToASCII(tt.in), tt.repl)
		}
	}
	for _, r := range []rune{
		'c', 'i', 'I', 'a', 'T', '`', 0, 0x7F, 'é', 'ä', 'ô', 'Ô', 'ê', 'ñ', 'ã', 'ė', 'Ġ', 'ſ',
		'€', '$', '…', '\u20B9', '\u20BB', '\u0327', utf8.RuneError, '😀', -1, 0x110000,
	} {
		if repl, ok := ASCIIRune(r); ok || repl != "" {
			t.Errorf("ASCIIRune(%q) = %q, %v; want \"\", false", r, repl, ok)
		}
	}
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if _, ok := ASCIIRune(r); ok {
			n++
		}
	}
	assert.Equal(t, len(asciiTests), n)
	assert.Equal(t, 19, n)
}

// TestNFCTurkish composes each Turkish letter (and â î û) from its
// canonical decomposition.
func TestNFCTurkish(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"s\u0327", "ş"}, {"S\u0327", "Ş"},
		{"c\u0327", "ç"}, {"C\u0327", "Ç"},
		{"g\u0306", "ğ"}, {"G\u0306", "Ğ"},
		{"I\u0307", "İ"},
		{"o\u0308", "ö"}, {"O\u0308", "Ö"},
		{"u\u0308", "ü"}, {"U\u0308", "Ü"},
		{"a\u0302", "â"}, {"i\u0302", "î"}, {"u\u0302", "û"},
		{"A\u0302", "Â"}, {"I\u0302", "Î"}, {"U\u0302", "Û"},
		// ı (U+0131) has no decomposition: a dotless i with a dot is two runes.
		{"ı", "ı"}, {"ı\u0307", "ı\u0307"}, {"i\u0307", "i\u0307"},
		{"Gu\u0308zel s\u0327ehir", "Güzel şehir"},
		{"ş", "ş"}, {"", ""}, {"abc", "abc"},
		// A mark at the start stays; invalid bytes are kept.
		{"\u0327s", "\u0327s"}, {"s\xff\u0327", "s\xff\u0327"},
	}
	for _, tt := range tests {
		if got := string(AppendNFC(nil, tt.in)); got != tt.want {
			t.Errorf("AppendNFC(%+q) = %+q; want %+q", tt.in, got, tt.want)
		}
		if got, _, err := transform.String(NFC, tt.in); err != nil || got != tt.want {
			t.Errorf("transform.String(NFC, %+q) = %+q, %v; want %+q", tt.in, got, err, tt.want)
		}
	}
	// AppendNFC does not compose with the end of dst.
	if got := string(AppendNFC([]byte("s"), "\u0327")); got != "s\u0327" {
		t.Errorf("AppendNFC(\"s\", \"\\u0327\") = %+q; want \"s\\u0327\"", got)
	}
}

func TestRuneNoAllocs(t *testing.T) {
	var sink rune
	var ok bool
	var repl string
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink += BiSMSRune('ş') + BiSMSRune('~') + BiSMSRune('€') }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { ok = BiSMSAccepts('ğ') }))
	for _, r := range []rune{'a', '`', 'ş', '₺', '…', '\u200B', '😀', utf8.RuneError} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { repl, ok = ASCIIRune(r) }), "ASCIIRune(%q)", r)
		assert.Zero(t, testing.AllocsPerRun(100, func() { repl, ok = SmartRune(r) }), "SmartRune(%q)", r)
	}
	_, _, _ = sink, ok, repl
}
