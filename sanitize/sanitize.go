// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package sanitize holds the text rewrites that happen before an SMS is
// counted: the user options -ascii and -smart (SPEC section 5) and the BiSMS
// vendor's substitutions and accepted set (SPEC 3.6 steps 1 and 2).
//
// Each rewrite maps one input rune to a fixed output, and is offered two ways:
//
//   - rune by rune, for the counting engine's loop: [BiSMSRune], [ASCIIRune],
//     [SmartRune] (and [BiSMSAccepts]). They are switches and array indexes;
//     they never allocate and build nothing at run time.
//   - over whole texts: the transform.Transformers [BiSMS], [Smart] and
//     [ASCII], which chain with transform.Chain in the SPEC's order
//     (Smart, ASCII, then BiSMS), and the append-style helpers [AppendBiSMS],
//     [AppendSmart] and [AppendASCII].
//
// Invalid UTF-8 is read as utf8.DecodeRune reads it: each byte that does not
// begin a valid encoding is one U+FFFD. BiSMS turns it into a space, like
// every rune outside its accepted set; Smart and ASCII write U+FFFD (EF BF BD).
// So BiSMS and ASCII keep the rune count as utf8.RuneCount counts it, and
// every rewrite gives the same result applied twice as once.
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

// ASCIIRune returns the -ascii transliteration of r (SPEC section 5): ç→c
// ğ→g ı→i İ→I ö→o ş→s ü→u and Ç→C Ğ→G Ö→O Ş→S Ü→U. Every other rune comes
// back unchanged. It is turkish.ToASCII.
func ASCIIRune(r rune) rune {
	return turkish.ToASCII(r)
}

// SmartRune returns the -smart folding of r (SPEC section 5): “ and ” become
// ", ‘ and ’ become ', – and — become -, … becomes ... and NO-BREAK SPACE
// (U+00A0) becomes a space. repl is a constant string; ok is false, and repl
// empty, for every other rune, which stays as it is.
func SmartRune(r rune) (repl string, ok bool) {
	switch r {
	case '\u201C', '\u201D': // “ ”
		return `"`, true
	case '\u2018', '\u2019': // ‘ ’
		return "'", true
	case '\u2013', '\u2014': // – —
		return "-", true
	case '\u2026': // …
		return "...", true
	case '\u00A0': // NO-BREAK SPACE
		return " ", true
	}
	return "", false
}
