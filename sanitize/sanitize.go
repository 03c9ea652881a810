// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package sanitize rewrites the caller's text before it is counted: the user
// options of SPEC 3.9, applied in SPEC 3.7's order (-nfc, then -smart, then
// -ascii) and never to a vendor suffix or operator code.
//
//   - -nfc ([NFC], [AppendNFC]): Unicode Normalization Form C, so that s
//     followed by U+0327 COMBINING CEDILLA is ş, one rune, as a Turkish
//     keyboard types it.
//   - -smart ([SmartRune], [Smart], [AppendSmart]): “ ” „ ‟ « » ″ become ";
//     ‘ ’ ‚ ‛ ′ ´ ` ‹ › become '; U+2010–U+2015 and − (U+2212) become -;
//     … becomes ...; U+00A0, U+2000–U+200A, U+202F, U+205F and U+3000 become
//     a space; the soft hyphen U+00AD, U+200B, U+2060 and U+FEFF are removed.
//   - -ascii ([ASCIIRune], [ASCII], [AppendASCII]): ç ğ ı İ ö ş ü become
//     c g i I o s u, Ç Ğ Ö Ş Ü become C G O S U, â î û Â Î Û become
//     a i u A I U, and ₺ (U+20BA) becomes TL.
//
// [Options] chains the selected ones in that order.
//
// -smart and -ascii map one input rune to a fixed output and are offered two
// ways: rune by rune, for the counting engine's loop ([SmartRune],
// [ASCIIRune]: switches that never allocate and build nothing at run time),
// and over whole texts (the transform.Transformers [Smart] and [ASCII], and
// the append-style helpers). -nfc needs context and is norm.NFC.
//
// Invalid UTF-8 is read as utf8.DecodeRune reads it: each byte that does not
// begin a valid encoding is one U+FFFD, which Smart and ASCII write
// (EF BF BD). NFC keeps invalid bytes as they are, as norm.NFC does. Every
// rewrite gives the same result applied twice as once.
//
// The package also holds, for now, the BiSMS vendor's substitutions and
// accepted set (SPEC 3.6 steps 1 and 2): [BiSMSRune], [BiSMSAccepts], the
// Transformer [BiSMS] and [AppendBiSMS]. They are applied after the user
// options.
package sanitize

import (
	"unicode/utf8"

	"github.com/smsseg/smsseg/turkish"
)

// BiSMSAccepted is the BiSMS accepted set of SPEC 3.6 step 2, as the vendor
// lists it: every rune BiSMS delivers as it is.
const BiSMSAccepted = "ABCDEFGĞHIİJKLMNOPRSŞTUVYZÖÜQWXÇ abcçdefgğhıijklmnoprsştuvyzöüqwx @*:!$_#()+-;,<>=./'?\"%&0123456789"

// bismsASCII maps each ASCII byte to its BiSMS output: itself when accepted,
// its substitute (SPEC 3.6 step 1), else a space. The twelve Turkish letters
// and '€' → 'E' are the rest of the mapping (see BiSMSRune).
const bismsASCII = "" +
	"                                " + // 0x00–0x1F: controls, tab and newline become spaces
	" !\"#$%&'()*+,-./0123456789:;<=>?" + // 0x20–0x3F: all accepted
	"@ABCDEFGHIJKLMNOPQRSTUVWXYZ(/)'_" + // 0x40–0x5F: [→( \→/ ]→) ^→'
	" abcdefghijklmnopqrstuvwxyz(I)  " //   0x60–0x7F: `→space {→( |→I }→) ~→space DEL→space

// BiSMSRune returns the rune BiSMS delivers for r (SPEC 3.6 steps 1 and 2):
// first the substitutions | → I, ^ → ', € → E, { → (, [ → (, } → ) and
// ] → ) and \ → /, then a space for every rune outside [BiSMSAccepted]
// (newline, tab, other controls and utf8.RuneError included). Runes in the
// accepted set come back unchanged. The result is always accepted.
func BiSMSRune(r rune) rune {
	if uint32(r) < utf8.RuneSelf {
		return rune(bismsASCII[r])
	}
	return bismsNonASCII(r)
}

// bismsNonASCII is BiSMSRune for r ≥ 0x80, kept out of line so that
// BiSMSRune's ASCII path inlines into the engine's loop.
//
//go:noinline
func bismsNonASCII(r rune) rune {
	if r == '€' {
		return 'E'
	}
	if turkish.IsLetter(r) {
		return r
	}
	return ' '
}

// BiSMSAccepts reports whether r is in the BiSMS accepted set
// [BiSMSAccepted]: the ASCII letters and digits, space,
// @*:!$_#()+-;,<>=./'?"%& and the twelve Turkish letters.
func BiSMSAccepts(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return bismsASCII[r] == byte(r)
	}
	return turkish.IsLetter(r)
}

// ASCIIRune returns the -ascii transliteration of r (SPEC 3.9): ok is true
// when -ascii changes r, and repl is then its constant replacement:
//
//	ç ğ ı İ ö ş ü → c g i I o s u
//	Ç Ğ Ö Ş Ü     → C G O S U
//	â î û Â Î Û   → a i u A I U
//	₺ (U+20BA)    → TL
//
// For every other rune ok is false and repl empty: the rune stays as it is.
// repl is never empty when ok is true, and is ASCII. ASCII runes return at
// once; ASCIIRune never allocates.
func ASCIIRune(r rune) (repl string, ok bool) {
	if uint32(r) < utf8.RuneSelf {
		return "", false
	}
	return asciiNonASCII(r)
}

// asciiNonASCII is ASCIIRune for r ≥ 0x80, kept out of line so that
// ASCIIRune's ASCII path inlines into the engine's loop.
//
//go:noinline
func asciiNonASCII(r rune) (repl string, ok bool) {
	switch r {
	case '\u00E7': // ç
		return "c", true
	case '\u011F': // ğ
		return "g", true
	case '\u0131': // ı
		return "i", true
	case '\u0130': // İ
		return "I", true
	case '\u00F6': // ö
		return "o", true
	case '\u015F': // ş
		return "s", true
	case '\u00FC': // ü
		return "u", true
	case '\u00C7': // Ç
		return "C", true
	case '\u011E': // Ğ
		return "G", true
	case '\u00D6': // Ö
		return "O", true
	case '\u015E': // Ş
		return "S", true
	case '\u00DC': // Ü
		return "U", true
	case '\u00E2': // â
		return "a", true
	case '\u00EE': // î
		return "i", true
	case '\u00FB': // û
		return "u", true
	case '\u00C2': // Â
		return "A", true
	case '\u00CE': // Î
		return "I", true
	case '\u00DB': // Û
		return "U", true
	case '\u20BA': // ₺ TURKISH LIRA SIGN
		return "TL", true
	}
	return "", false
}

// SmartRune returns the -smart folding of r (SPEC 3.9): ok is true when
// -smart changes r, and repl is then its constant replacement, which is
// empty for a removed rune:
//
//	“ ” „ ‟ « » ″                          → "
//	‘ ’ ‚ ‛ ′ ´ ` ‹ ›                      → '
//	U+2010–U+2015, − (U+2212)              → -
//	…                                      → ...
//	U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 → space
//	U+00AD, U+200B, U+2060, U+FEFF         → removed ("")
//
// For every other rune ok is false and repl empty: the rune stays as it is.
// repl is ASCII. The only ASCII rune that changes is the grave accent `
// (U+0060); SmartRune never allocates.
func SmartRune(r rune) (repl string, ok bool) {
	if uint32(r) < utf8.RuneSelf && r != '`' {
		return
	}
	return smartSlow(r)
}

// smartSlow is SmartRune for r ≥ 0x80 and the grave accent, kept out of
// line so that SmartRune's ASCII path inlines into the engine's loop.
//
//go:noinline
func smartSlow(r rune) (repl string, ok bool) {
	switch r {
	case '\u201C', // “ LEFT DOUBLE QUOTATION MARK
		'\u201D', // ” RIGHT DOUBLE QUOTATION MARK
		'\u201E', // „ DOUBLE LOW-9 QUOTATION MARK
		'\u201F', // ‟ DOUBLE HIGH-REVERSED-9 QUOTATION MARK
		'\u00AB', // « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
		'\u00BB', // » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
		'\u2033': // ″ DOUBLE PRIME
		return `"`, true
	case '\u2018', // ‘ LEFT SINGLE QUOTATION MARK
		'\u2019', // ’ RIGHT SINGLE QUOTATION MARK
		'\u201A', // ‚ SINGLE LOW-9 QUOTATION MARK
		'\u201B', // ‛ SINGLE HIGH-REVERSED-9 QUOTATION MARK
		'\u2032', // ′ PRIME
		'\u00B4', // ´ ACUTE ACCENT
		'`',      // ` GRAVE ACCENT (U+0060)
		'\u2039', // ‹ SINGLE LEFT-POINTING ANGLE QUOTATION MARK
		'\u203A': // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
		return "'", true
	case '\u2010', // ‐ HYPHEN
		'\u2011', // ‑ NON-BREAKING HYPHEN
		'\u2012', // ‒ FIGURE DASH
		'\u2013', // – EN DASH
		'\u2014', // — EM DASH
		'\u2015', // ― HORIZONTAL BAR
		'\u2212': // − MINUS SIGN
		return "-", true
	case '\u2026': // … HORIZONTAL ELLIPSIS
		return "...", true
	case '\u00A0', // NO-BREAK SPACE
		'\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', // EN QUAD … FOUR-PER-EM SPACE
		'\u2006', '\u2007', '\u2008', '\u2009', '\u200A', // SIX-PER-EM SPACE … HAIR SPACE
		'\u202F', // NARROW NO-BREAK SPACE
		'\u205F', // MEDIUM MATHEMATICAL SPACE
		'\u3000': // IDEOGRAPHIC SPACE
		return " ", true
	case '\u00AD', // SOFT HYPHEN
		'\u200B', // ZERO WIDTH SPACE
		'\u2060', // WORD JOINER
		'\uFEFF': // ZERO WIDTH NO-BREAK SPACE (byte order mark)
		return "", true
	}
	return "", false
}
