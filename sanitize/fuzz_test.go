// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/transform"
)

// FuzzTransformers feeds arbitrary bytes through BiSMS, Smart, ASCII and
// their chain: whole (transform.String), through a one-byte trickler under
// transform.NewReader, and by direct Transform calls with small buffers whose
// sizes come from the input. Each must equal the Append helpers and the naive
// range-loop reference, and every output must keep the properties of
// checkProperties (accepted set, idempotence, rune count).
//
// Seeds: testdata/fuzz/FuzzTransformers and the harness inputs.
func FuzzTransformers(f *testing.F) {
	for _, in := range harnessInputs {
		f.Add([]byte(in))
	}
	f.Add([]byte("“Kampanya” — %50 indirim… Kod: [ABC|123] {son gün}\n"))
	f.Add([]byte("\xe2\x80\xa6\xe2\x80\xe2\x80\x9c\xc2\xa0\xc2"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := string(data)
		checkProperties(t, in)
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
