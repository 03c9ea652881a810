// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A subject is a Transformer under test with the results it must give.
type subject struct {
	name string
	// make returns a Transformer ready for use (transform.Chain has state).
	make func() transform.Transformer
	// want is the expected output, from the Append helpers.
	want func(s string) string
	// naive is an independent reference: a range loop over the rune functions.
	naive func(s string) string
	// strict is true for this package's Transformers, which consume whole
	// runes only; the driver and checkSpan then check ErrShortDst,
	// ErrShortSrc and the progress made rune by rune. NFC and chains are not
	// strict: they need context.
	strict bool
}

func appended(f func([]byte, string) []byte) func(string) string {
	return func(s string) string { return string(f(nil, s)) }
}

// naive applies f to each rune of s as a range loop reads it (an invalid byte
// is one utf8.RuneError).
func naive(f func(r rune) string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for _, r := range s {
			b.WriteString(f(r))
		}
		return b.String()
	}
}

// orSelf turns a rune twin into a rune rewrite.
func orSelf(f func(rune) (string, bool)) func(rune) string {
	return func(r rune) string {
		if repl, ok := f(r); ok {
			return repl
		}
		return string(r)
	}
}

var (
	naiveBiSMSString = naive(func(r rune) string { return string(BiSMSRune(r)) })
	naiveASCIIString = naive(orSelf(ASCIIRune))
	naiveSmartString = naive(orSelf(SmartRune))
	// naiveNFCString is norm's own String, not the AppendNFC wrapper.
	naiveNFCString = norm.NFC.String
	// allInOne is the SPEC's order of the user options but -nfc, and the
	// vendor rewrite: -smart, -ascii, then BiSMS. (The chain with -nfc is
	// not idempotent: -smart may remove a rune between a letter and its
	// combining mark, which the next NFC composes.)
	allInOne = func(s string) string {
		return string(AppendBiSMS(nil, string(AppendASCII(nil, string(AppendSmart(nil, s))))))
	}
)

// appendOptions is what Options(nfc, smart, ascii) must give, from the
// Append helpers in SPEC 3.7's order; with neither -smart nor -ascii, the
// zero Transformer's U+FFFD for each invalid byte.
func appendOptions(nfc, smart, ascii bool) func(string) string {
	return func(s string) string {
		if nfc {
			s = string(AppendNFC(nil, s))
		}
		if smart {
			s = string(AppendSmart(nil, s))
		}
		if ascii {
			s = string(AppendASCII(nil, s))
		}
		if !smart && !ascii {
			s = string(appendKind(kindNone, nil, s))
		}
		return s
	}
}

// naiveOptions is the reference for Options: norm.NFC.String, then a range
// loop over the rune twins.
func naiveOptions(nfc, smart, ascii bool) func(string) string {
	return func(s string) string {
		if nfc {
			s = naiveNFCString(s)
		}
		var b strings.Builder
		for _, r := range s {
			if repl, ok := SmartRune(r); ok && smart {
				b.WriteString(repl)
			} else if repl, ok := ASCIIRune(r); ok && ascii {
				b.WriteString(repl)
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
}

var subjects = func() []subject {
	subs := []subject{
		{"BiSMS", func() transform.Transformer { return BiSMS }, appended(AppendBiSMS), naiveBiSMSString, true},
		{"Smart", func() transform.Transformer { return Smart }, appended(AppendSmart), naiveSmartString, true},
		{"ASCII", func() transform.Transformer { return ASCII }, appended(AppendASCII), naiveASCIIString, true},
		{"NFC", func() transform.Transformer { return NFC }, appended(AppendNFC), naiveNFCString, false},
		{
			"Chain", func() transform.Transformer { return transform.Chain(Smart, ASCII, BiSMS) }, allInOne,
			func(s string) string { return naiveBiSMSString(naiveASCIIString(naiveSmartString(s))) }, false,
		},
		{
			"OptionsBiSMS", func() transform.Transformer { return transform.Chain(Options(true, true, true), BiSMS) },
			func(s string) string { return string(AppendBiSMS(nil, appendOptions(true, true, true)(s))) },
			func(s string) string { return naiveBiSMSString(naiveOptions(true, true, true)(s)) }, false,
		},
	}
	for _, nfc := range []bool{false, true} {
		for _, smart := range []bool{false, true} {
			for _, ascii := range []bool{false, true} {
				subs = append(subs, subject{
					fmt.Sprintf("Options(%v,%v,%v)", nfc, smart, ascii),
					func() transform.Transformer { return Options(nfc, smart, ascii) },
					appendOptions(nfc, smart, ascii), naiveOptions(nfc, smart, ascii), !nfc,
				})
			}
		}
	}
	return subs
}()

// checkTransformer runs every check of the harness on one input. With long
// set, it skips the quadratic driver checks (for repeated, long inputs).
func checkTransformer(t testing.TB, sub subject, in string, long bool) {
	t.Helper()
	want := sub.want(in)
	if got := sub.naive(in); got != want {
		t.Fatalf("%s: Append(%q) = %q; the naive reference gives %q", sub.name, in, want, got)
	}

	// transform.String and transform.Bytes.
	got, n, err := transform.String(sub.make(), in)
	if err != nil || n != len(in) || got != want {
		t.Fatalf("%s: transform.String(%q) = %q, %d, %v; want %q, %d, nil", sub.name, in, got, n, err, want, len(in))
	}
	gotB, n, err := transform.Bytes(sub.make(), []byte(in))
	if err != nil || n != len(in) || string(gotB) != want {
		t.Fatalf("%s: transform.Bytes(%q) = %q, %d, %v; want %q", sub.name, in, gotB, n, err, want)
	}

	// A one-byte trickler under transform.NewReader, read one byte at a time.
	r := iotest.OneByteReader(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), sub.make()))
	gotR, err := io.ReadAll(r)
	if err != nil || string(gotR) != want {
		t.Fatalf("%s: reader over a one-byte trickler of %q = %q, %v; want %q", sub.name, in, gotR, err, want)
	}

	// transform.NewWriter fed one byte per Write.
	var buf bytes.Buffer
	w := transform.NewWriter(&buf, sub.make())
	for i := 0; i < len(in); i++ {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatalf("%s: writer of %q: Write: %v", sub.name, in, err)
		}
	}
	if err := w.Close(); err != nil || buf.String() != want {
		t.Fatalf("%s: writer of %q = %q, %v; want %q", sub.name, in, buf.String(), err, want)
	}

	// The same Transformer value, reused, gives the same result again.
	tr := sub.make()
	for range 2 {
		tr.Reset()
		if got, _, err := transform.String(tr, in); err != nil || got != want {
			t.Fatalf("%s: reused transform.String(%q) = %q, %v; want %q", sub.name, in, got, err, want)
		}
	}

	if st, ok := tr.(transform.SpanningTransformer); ok {
		checkSpan(t, sub, st, in, want == in)
	}
	if long {
		return
	}
	for dstSize := 1; dstSize <= 8; dstSize++ {
		for srcSize := 1; srcSize <= 8; srcSize++ {
			if got := drive(t, sub, in, dstSize, srcSize); got != want {
				t.Fatalf("%s: driven with dst %d, src %d: %q -> %q; want %q", sub.name, dstSize, srcSize, in, got, want)
			}
		}
	}
}

// checkSpan checks Span on in at EOF and on each prefix of in before EOF.
func checkSpan(t testing.TB, sub subject, st transform.SpanningTransformer, in string, clean bool) {
	t.Helper()
	n, err := st.Span([]byte(in), true)
	// A Span that needs context (norm's) may stop early on clean input.
	if (sub.strict && clean != (err == nil)) || (err == nil && (n != len(in) || !clean)) ||
		(err != nil && !errors.Is(err, transform.ErrEndOfSpan)) {
		t.Fatalf("%s: Span(%q, true) = %d, %v; input clean: %v", sub.name, in, n, err, clean)
	}
	if got := sub.want(in[:n]); got != in[:n] {
		t.Fatalf("%s: Span(%q, true) = %d, but %q -> %q", sub.name, in, n, in[:n], got)
	}
	for i := 0; i <= len(in) && i < 64; i++ {
		p := in[:i]
		n, err := st.Span([]byte(p), false)
		if n < 0 || n > len(p) {
			t.Fatalf("%s: Span(%q, false) = %d out of range", sub.name, p, n)
		}
		if got := sub.want(p[:n]); got != p[:n] {
			t.Fatalf("%s: Span(%q, false) = %d, but %q -> %q", sub.name, p, n, p[:n], got)
		}
		if !sub.strict {
			if err != nil && !errors.Is(err, transform.ErrShortSrc) && !errors.Is(err, transform.ErrEndOfSpan) ||
				err == nil && n != len(p) {
				t.Fatalf("%s: Span(%q, false) = %d, %v", sub.name, p, n, err)
			}
			continue
		}
		switch {
		case err == nil:
			if n != len(p) {
				t.Fatalf("%s: Span(%q, false) = %d, nil", sub.name, p, n)
			}
		case errors.Is(err, transform.ErrShortSrc):
			if rest := p[n:]; len(rest) >= utf8.UTFMax || utf8.FullRuneInString(rest) {
				t.Fatalf("%s: Span(%q, false) = %d, ErrShortSrc with %q left", sub.name, p, n, rest)
			}
		case errors.Is(err, transform.ErrEndOfSpan):
			// The rune at n is complete and changes.
			rest := p[n:]
			_, size := utf8.DecodeRuneInString(rest)
			if len(rest) == 0 || !utf8.FullRuneInString(rest) || sub.want(rest[:size]) == rest[:size] {
				t.Fatalf("%s: Span(%q, false) = %d, ErrEndOfSpan before %q", sub.name, p, n, rest)
			}
		default:
			t.Fatalf("%s: Span(%q, false) = %d, %v", sub.name, p, n, err)
		}
	}
}

// drive calls Transform directly with a dst of dstSize bytes and src windows
// of srcSize bytes (growing either only when no progress is possible, as
// transform.Reader does), checks the Transformer contract on every call, and
// returns the output.
func drive(t testing.TB, sub subject, in string, dstSize, srcSize int) string {
	t.Helper()
	tr := sub.make()
	tr.Reset()
	src := []byte(in)
	var out []byte
	dst := make([]byte, dstSize)
	pos, window := 0, srcSize
	for calls := 0; ; calls++ {
		if calls > 4*len(in)+64 {
			t.Fatalf("%s: no progress on %q (dst %d, src %d)", sub.name, in, dstSize, srcSize)
		}
		end := min(pos+window, len(src))
		atEOF := end == len(src)
		s := src[pos:end]
		nDst, nSrc, err := tr.Transform(dst, s, atEOF)
		if nDst < 0 || nDst > len(dst) || nSrc < 0 || nSrc > len(s) {
			t.Fatalf("%s: Transform(dst[%d], %q, %v) = %d, %d, %v: out of range", sub.name, len(dst), s, atEOF, nDst, nSrc, err)
		}
		out = append(out, dst[:nDst]...)
		if sub.strict {
			// Exact counts: the output of this call is the rewrite of the
			// input it consumed, which ends on a rune boundary (the
			// rewrites map rune by rune, without context).
			if want := sub.want(in[pos : pos+nSrc]); string(dst[:nDst]) != want {
				t.Fatalf("%s: Transform(dst[%d], %q, %v) = %d, %d, %v: output %q for input %q; want %q",
					sub.name, len(dst), s, atEOF, nDst, nSrc, err, dst[:nDst], in[pos:pos+nSrc], want)
			}
		}
		pos += nSrc
		switch err {
		case nil:
			if nSrc != len(s) {
				t.Fatalf("%s: Transform(dst[%d], %q, %v) = %d, %d, nil: not all of src consumed", sub.name, len(dst), s, atEOF, nDst, nSrc)
			}
			if atEOF {
				return string(out)
			}
			window = srcSize
		case transform.ErrShortDst:
			if sub.strict {
				// The next rune's output must not fit in what is left of dst.
				rest := s[nSrc:]
				if len(rest) == 0 {
					t.Fatalf("%s: Transform(dst[%d], %q, %v) = %d, %d, ErrShortDst with src consumed", sub.name, len(dst), s, atEOF, nDst, nSrc)
				}
				_, size := utf8.DecodeRune(rest)
				if next := sub.want(string(rest[:size])); len(dst)-nDst >= len(next) {
					t.Fatalf("%s: Transform(dst[%d], %q, %v) = %d, %d, ErrShortDst, but %q fits in %d bytes",
						sub.name, len(dst), s, atEOF, nDst, nSrc, next, len(dst)-nDst)
				}
			}
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, 2*len(dst))
			}
		case transform.ErrShortSrc:
			rest := s[nSrc:]
			if atEOF {
				t.Fatalf("%s: Transform(dst[%d], %q, true) = %d, %d, ErrShortSrc at EOF", sub.name, len(dst), s, nDst, nSrc)
			}
			if sub.strict && (len(rest) >= utf8.UTFMax || utf8.FullRune(rest)) {
				t.Fatalf("%s: Transform(dst[%d], %q, false) = %d, %d, ErrShortSrc with %q left", sub.name, len(dst), s, nDst, nSrc, rest)
			}
			if nSrc == 0 {
				window = len(rest) + srcSize
			}
		default:
			t.Fatalf("%s: Transform(dst[%d], %q, %v) = %d, %d, %v", sub.name, len(dst), s, atEOF, nDst, nSrc, err)
		}
	}
}
