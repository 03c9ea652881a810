// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzTransformers feeds arbitrary bytes through BiSMS, Smart, ASCII, NFC,
// every Options combination and their chains: whole (transform.String),
// through a one-byte trickler under transform.NewReader, and by direct
// Transform calls with small buffers whose sizes come from the input. Each
// must equal the Append helpers and the naive range-loop reference over the
// rune twins, and every output must keep the properties of checkProperties
// (accepted set, idempotence, rune count). Each rune of the input, alone,
// must give through SmartRune and ASCIIRune what Smart and ASCII write for
// it.
//
// Seeds: testdata/fuzz/FuzzTransformers and the harness inputs.
func FuzzTransformers(f *testing.F) {
	for _, in := range harnessInputs {
		f.Add([]byte(in))
	}
	f.Add([]byte("“Kampanya” — %50 indirim… Kod: [ABC|123] {son gün}\n"))
	f.Add([]byte("\xe2\x80\xa6\xe2\x80\xe2\x80\x9c\xc2\xa0\xc2"))
	f.Add([]byte("„Gu\u0308nayd\u0131n‟ ‹c\u0327ay› 20₺ − `s\u00ad\u0327´ \u3000\ufeff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := string(data)
		checkProperties(t, in)
		checkRuneTwins(t, in)
		// AppendNFC never composes with what dst holds.
		if got, want := string(AppendNFC([]byte("s"), in)), "s"+naiveNFCString(in); got != want {
			t.Fatalf("AppendNFC(\"s\", %q) = %q; want %q", in, got, want)
		}
		for _, sub := range subjects {
			want := sub.want(in)
			if got := sub.naive(in); got != want {
				t.Fatalf("%s: Append(%q) = %q; the naive reference gives %q", sub.name, in, want, got)
			}
			got, n, err := transform.String(sub.make(), in)
			if err != nil || n != len(in) || got != want {
				t.Fatalf("%s: transform.String(%q) = %q, %d, %v; want %q", sub.name, in, got, n, err, want)
			}
			r := transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), sub.make())
			gotR, err := io.ReadAll(iotest.OneByteReader(r))
			if err != nil || string(gotR) != want {
				t.Fatalf("%s: reader over a one-byte trickler of %q = %q, %v; want %q", sub.name, in, gotR, err, want)
			}
			if st, ok := sub.make().(transform.SpanningTransformer); ok {
				checkSpan(t, sub, st, in, want == in)
			}
			if len(in) <= 256 {
				dstSize, srcSize := 1+len(in)%8, 1+len(in)/8%8
				if got := drive(t, sub, in, dstSize, srcSize); got != want {
					t.Fatalf("%s: driven with dst %d, src %d: %q -> %q; want %q", sub.name, dstSize, srcSize, in, got, want)
				}
			}
		}
	})
}

// checkRuneTwins checks SmartRune and ASCIIRune against the Transformers on
// each rune of in alone (an invalid byte is utf8.RuneError, which both
// Transformers write for it).
func checkRuneTwins(t *testing.T, in string) {
	t.Helper()
	for i, r := range in {
		_, size := utf8.DecodeRuneInString(in[i:])
		one := in[i : i+size]
		for _, tw := range []struct {
			name string
			f    func(rune) (string, bool)
			tr   Transformer
		}{{"Smart", SmartRune, Smart}, {"ASCII", ASCIIRune, ASCII}} {
			repl, ok := tw.f(r)
			want := string(r)
			if ok {
				want = repl
			} else if repl != "" {
				t.Fatalf("%sRune(%q) = %q, false: repl not empty", tw.name, r, repl)
			}
			if ok && repl == string(r) {
				t.Fatalf("%sRune(%q) = %q, true: not a change", tw.name, r, repl)
			}
			got, _, err := transform.String(tw.tr, one)
			if err != nil || got != want {
				t.Fatalf("%s on %q = %q, %v; %sRune(%q) gives %q", tw.name, one, got, err, tw.name, r, want)
			}
			buf := make([]byte, 0, len(want))
			if got := string(appendKind(tw.tr.k, buf, one)); got != want {
				t.Fatalf("Append%s(%q) = %q; %sRune(%q) gives %q", tw.name, one, got, tw.name, r, want)
			}
		}
	}
}
