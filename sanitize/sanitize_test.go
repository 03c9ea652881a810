// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	require.Equal(t, 0x7F-0x20, len(printable))
	for i := range len(printable) {
		require.Equal(t, byte(0x20+i), printable[i], "printable[%d]", i)
	}
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

func TestSmartRune(t *testing.T) {
	tests := []struct {
		in   rune
		repl string
		ok   bool
	}{
		{'\u201C', `"`, true}, // “
		{'\u201D', `"`, true}, // ”
		{'\u2018', "'", true}, // ‘
		{'\u2019', "'", true}, // ’
		{'\u2013', "-", true}, // –
		{'\u2014', "-", true}, // —
		{'\u2026', "...", true},
		{'\u00A0', " ", true},
		// Unchanged.
		{'"', "", false}, {'\'', "", false}, {'-', "", false}, {' ', "", false},
		{'\u201E', "", false}, {'\u201A', "", false}, {'\u2015', "", false}, {'\u2012', "", false},
		{'\u00AB', "", false}, {'\u202F', "", false}, {'\u2009', "", false}, {'ş', "", false},
		{utf8.RuneError, "", false}, {-1, "", false},
	}
	for _, tt := range tests {
		repl, ok := SmartRune(tt.in)
		assert.Equal(t, tt.ok, ok, "SmartRune(%q) ok", tt.in)
		assert.Equal(t, tt.repl, repl, "SmartRune(%q) repl", tt.in)
	}
	// Exactly the eight runes above fold (the brief says "seven" but lists eight).
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if _, ok := SmartRune(r); ok {
			n++
		}
	}
	assert.Equal(t, 8, n)
}

func TestASCIIRune(t *testing.T) {
	tests := []struct {
		in, want rune
	}{
		{'ç', 'c'}, {'ğ', 'g'}, {'ı', 'i'}, {'İ', 'I'}, {'ö', 'o'}, {'ş', 's'}, {'ü', 'u'},
		{'Ç', 'C'}, {'Ğ', 'G'}, {'Ö', 'O'}, {'Ş', 'S'}, {'Ü', 'U'},
		{'c', 'c'}, {'i', 'i'}, {'I', 'I'}, {'é', 'é'}, {'ä', 'ä'}, {'€', '€'}, {'…', '…'},
		{utf8.RuneError, utf8.RuneError}, {'😀', '😀'},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ASCIIRune(tt.in), "ASCIIRune(%q)", tt.in)
	}
}

func TestRuneNoAllocs(t *testing.T) {
	var sink rune
	var ok bool
	var repl string
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink += BiSMSRune('ş') + BiSMSRune('~') + BiSMSRune('€') }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { ok = BiSMSAccepts('ğ') }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink += ASCIIRune('İ') }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { repl, ok = SmartRune('…') }))
	_, _, _ = sink, ok, repl
}
