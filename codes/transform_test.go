// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// transformerCase describes a Transformer for the shared harness.
type transformerCase struct {
	name string
	t    transform.SpanningTransformer
	// ref is the reference result (the Append function).
	ref func(string) string
	// maxUnit is the longest output of one indivisible step: with
	// ErrShortDst, dst must have had less room than this.
	maxUnit int
	// incomplete reports whether src, the unconsumed tail on ErrShortSrc,
	// may still change meaning with more input.
	incomplete func(src []byte) bool
}

var transformerCases = []transformerCase{
	{
		name:       "Encoder",
		t:          Encoder{},
		ref:        func(s string) string { return string(AppendEncode(nil, s)) },
		maxUnit:    CodeLen,
		incomplete: func(src []byte) bool { return !utf8.FullRune(src) },
	},
	{
		name:    "Decoder",
		t:       Decoder{},
		ref:     func(s string) string { return string(AppendDecode(nil, s)) },
		maxUnit: utf8.UTFMax - 1, // codes stand for runes below U+10000
		incomplete: func(src []byte) bool {
			_, n := pipeAt(src, 0)
			return len(src) > 0 && src[0] == '|' && n < 0
		},
	},
}

// harnessInputs are the inputs every Transformer is tested on: the tables'
// inputs, each wire form, edge tails, and long repetitions that cross the
// 4096-byte buffers of transform.Reader and transform.Writer.
func harnessInputs() []string {
	var ins []string
	var all strings.Builder
	for _, tt := range encodeTests {
		ins = append(ins, tt.in, tt.want)
	}
	for _, tt := range decodeTests {
		ins = append(ins, tt.in)
	}
	for _, tt := range ambiguousTests {
		ins = append(ins, tt.in)
	}
	for _, c := range specCodes {
		all.WriteRune(c.r)
		all.WriteString(c.wire)
	}
	ins = append(ins, all.String(),
		"ab|", "ab|6", "ab|61", "ab|9", "ab|99", "x\xc3", "x\xe2", "x\xe2\x82", "x\xf0\x9f\x98",
		"€€€", "😀😀", "||||61||", "|6|61|05|",
	)
	// Repetitions: 7 and 4099 are prime to most sizes, so the cuts of the
	// buffered reader and writer land at every offset of the period.
	for _, s := range []string{seedText, seedWire, all.String(), "|6", "ı€\xc3", "a|61|b"} {
		n := 5000/len(s) + 1
		ins = append(ins, strings.Repeat(s, 7), strings.Repeat(s, n), strings.Repeat(s, n)+"|6")
	}
	return ins
}

func TestTransformers(t *testing.T) {
	ins := harnessInputs()
	for _, tc := range transformerCases {
		t.Run(tc.name, func(t *testing.T) {
			for _, in := range ins {
				want := tc.ref(in)
				checkString(t, tc, in, want)
				checkTrickle(t, tc, in, want)
				checkWriter(t, tc, in, want)
				for k := 1; k <= 8; k++ {
					if len(in) > 512 && k%3 != 1 {
						continue // long inputs: sizes 1, 4 and 7 only
					}
					checkSmallDst(t, tc, in, want, k)
					checkSmallSrc(t, tc, in, want, k)
				}
				checkSpan(t, tc, in, want)
			}
		})
	}
}

func checkString(t *testing.T, tc transformerCase, in, want string) {
	t.Helper()
	got, n, err := transform.String(tc.t, in)
	require.NoError(t, err, "transform.String(%s, %q)", tc.name, in)
	assert.Equal(t, want, got, "transform.String(%s, %q)", tc.name, in)
	assert.Equal(t, len(in), n, "transform.String(%s, %q): nSrc", tc.name, in)
	gotb, n, err := transform.Bytes(tc.t, []byte(in))
	require.NoError(t, err)
	assert.Equal(t, want, string(gotb), "transform.Bytes(%s, %q)", tc.name, in)
	assert.Equal(t, len(in), n)
}

// checkTrickle reads through transform.NewReader from a reader that yields
// one byte per Read, so every call sees !atEOF with a short src.
func checkTrickle(t *testing.T, tc transformerCase, in, want string) {
	t.Helper()
	r := transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), tc.t)
	got, err := io.ReadAll(r)
	require.NoError(t, err, "trickle %s %q", tc.name, in)
	assert.Equal(t, want, string(got), "trickle %s %q", tc.name, in)
}

// checkWriter writes one byte at a time through transform.NewWriter.
func checkWriter(t *testing.T, tc transformerCase, in, want string) {
	t.Helper()
	var buf bytes.Buffer
	w := transform.NewWriter(&buf, tc.t)
	for i := 0; i < len(in); i++ {
		n, err := w.Write([]byte{in[i]})
		require.NoError(t, err, "writer %s %q at %d", tc.name, in, i)
		require.Equal(t, 1, n)
	}
	require.NoError(t, w.Close())
	assert.Equal(t, want, buf.String(), "writer %s %q", tc.name, in)
}

// checkStep checks one Transform call's result against the reference: the
// consumed bytes src[:nSrc] must give exactly dst[:nDst] (the Transformers
// only stop where the reference output splits the same way).
func checkStep(t *testing.T, tc transformerCase, in string, src, dst []byte, nDst, nSrc int) {
	t.Helper()
	if nSrc < 0 || nSrc > len(src) || nDst < 0 || nDst > len(dst) {
		t.Fatalf("%s %q: Transform(dst[%d], src[%d]) = %d, %d: out of range", tc.name, in, len(dst), len(src), nDst, nSrc)
	}
	if got, want := string(dst[:nDst]), tc.ref(string(src[:nSrc])); got != want {
		t.Fatalf("%s %q: Transform(dst[%d], %q) consumed %d bytes: got %q; want %q", tc.name, in, len(dst), src, nSrc, got, want)
	}
}

// checkSmallDst drives Transform directly with a dst of k bytes and all of
// src at EOF. (Plain ifs in the loops: testify is slow per step.)
func checkSmallDst(t *testing.T, tc transformerCase, in, want string, k int) {
	t.Helper()
	src := []byte(in)
	var out []byte
	dst := make([]byte, max(k, tc.maxUnit))
	for calls := 0; ; calls++ {
		if calls > 2*(len(in)+len(want))+4 {
			t.Fatalf("%s %q dst %d: no progress", tc.name, in, k)
		}
		nDst, nSrc, err := tc.t.Transform(dst[:k], src, true)
		checkStep(t, tc, in, src, dst[:k], nDst, nSrc)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == nil {
			if len(src) != 0 {
				t.Fatalf("%s %q dst %d: nil error with %q left", tc.name, in, k, src)
			}
			break
		}
		if err != transform.ErrShortDst || len(src) == 0 {
			t.Fatalf("%s %q dst %d: error %v with %q left", tc.name, in, k, err, src)
		}
		if k-nDst >= tc.maxUnit {
			t.Fatalf("%s %q dst %d: ErrShortDst with %d bytes free", tc.name, in, k, k-nDst)
		}
		if nDst == 0 && nSrc == 0 {
			// The next step does not fit in k bytes: take it with a big dst.
			nDst, nSrc, err = tc.t.Transform(dst, src, true)
			if (err != nil && err != transform.ErrShortDst) || nSrc == 0 {
				t.Fatalf("%s %q: Transform(dst[%d], %q) = %d, %d, %v", tc.name, in, len(dst), src, nDst, nSrc, err)
			}
			checkStep(t, tc, in, src, dst, nDst, nSrc)
			out = append(out, dst[:nDst]...)
			src = src[nSrc:]
			if len(src) == 0 && err == nil {
				break
			}
		}
	}
	assert.Equal(t, want, string(out), "%s %q dst %d", tc.name, in, k)
}

// checkSmallSrc drives Transform directly, revealing src k bytes at a time
// with atEOF false until the end, as a streaming caller does.
func checkSmallSrc(t *testing.T, tc transformerCase, in, want string, k int) {
	t.Helper()
	var out, pending []byte
	pos := 0
	dst := make([]byte, 16)
	needMore := true
	for calls := 0; ; calls++ {
		if calls > 2*(len(in)+len(want))+4 {
			t.Fatalf("%s %q src %d: no progress", tc.name, in, k)
		}
		if needMore {
			end := min(pos+k, len(in))
			pending = append(pending, in[pos:end]...)
			pos = end
		}
		atEOF := pos == len(in)
		nDst, nSrc, err := tc.t.Transform(dst, pending, atEOF)
		checkStep(t, tc, in, pending, dst, nDst, nSrc)
		out = append(out, dst[:nDst]...)
		pending = pending[nSrc:]
		switch err {
		case nil:
			if len(pending) != 0 {
				t.Fatalf("%s %q src %d: nil error with %q left", tc.name, in, k, pending)
			}
			needMore = true
		case transform.ErrShortSrc:
			if atEOF || !tc.incomplete(pending) || len(pending) >= CodeLen {
				t.Fatalf("%s %q src %d: ErrShortSrc with %q left, atEOF %v", tc.name, in, k, pending, atEOF)
			}
			needMore = true
		case transform.ErrShortDst:
			if len(dst)-nDst >= tc.maxUnit {
				t.Fatalf("%s %q src %d: ErrShortDst with %d bytes free", tc.name, in, k, len(dst)-nDst)
			}
			needMore = false
		default:
			t.Fatalf("%s %q src %d: unexpected error %v", tc.name, in, k, err)
		}
		if atEOF && err == nil {
			break
		}
	}
	assert.Equal(t, want, string(out), "%s %q src %d", tc.name, in, k)
}

func checkSpan(t *testing.T, tc transformerCase, in, want string) {
	t.Helper()
	n, err := tc.t.Span([]byte(in), true)
	require.LessOrEqual(t, n, len(in))
	assert.Equal(t, in[:n], tc.ref(in[:n]), "%s.Span(%q) = %d: prefix changes", tc.name, in, n)
	assert.True(t, strings.HasPrefix(want, in[:n]), "%s.Span(%q) = %d", tc.name, in, n)
	switch err {
	case nil:
		assert.Equal(t, len(in), n, "%s.Span(%q)", tc.name, in)
		assert.Equal(t, in, want, "%s.Span(%q) = nil for a changing text", tc.name, in)
	case transform.ErrEndOfSpan:
		assert.NotEqual(t, in, want, "%s.Span(%q) = ErrEndOfSpan for an unchanged text", tc.name, in)
		// Span is maximal: the very next byte of output differs.
		if rest := tc.ref(in[n:]); assert.Less(t, n, len(in)) && rest != "" {
			assert.NotEqual(t, in[n], rest[0], "%s.Span(%q) = %d is not maximal", tc.name, in, n)
		}
	default:
		t.Errorf("%s.Span(%q, true): unexpected error %v", tc.name, in, err)
	}
	// Without EOF, Span stops before an incomplete tail.
	n2, err := tc.t.Span([]byte(in), false)
	if err == transform.ErrShortSrc {
		assert.True(t, tc.incomplete([]byte(in[n2:])), "%s.Span(%q, false) = %d, ErrShortSrc", tc.name, in, n2)
		assert.LessOrEqual(t, n2, n, "%s.Span(%q, false)", tc.name, in)
	} else {
		assert.Equal(t, n, n2, "%s.Span(%q, false)", tc.name, in)
		assert.Equal(t, err == nil, n == len(in))
	}
}

// TestTransformSteps pins exact results of single Transform and Span calls.
func TestTransformSteps(t *testing.T) {
	tests := []struct {
		name   string
		t      transform.SpanningTransformer
		dst    int
		src    string
		atEOF  bool
		out    string
		nSrc   int
		err    error
		span   int
		spanEr error
	}{
		{"enc code does not fit", Encoder{}, 3, "@", true, "", 0, transform.ErrShortDst, 0, transform.ErrEndOfSpan},
		{"enc code fits", Encoder{}, 4, "@a", true, "|01|", 1, transform.ErrShortDst, 0, transform.ErrEndOfSpan},
		{"enc partial progress", Encoder{}, 5, "ab€c", true, "ab", 2, transform.ErrShortDst, 2, transform.ErrEndOfSpan},
		{"enc code at the end of dst", Encoder{}, 6, "ab€c", true, "ab|05|", 5, transform.ErrShortDst, 2, transform.ErrEndOfSpan},
		{"enc rune whole", Encoder{}, 3, "ab😀", true, "ab", 2, transform.ErrShortDst, 6, nil},
		{"enc short src", Encoder{}, 10, "ab\xc3", false, "ab", 2, transform.ErrShortSrc, 2, transform.ErrShortSrc},
		{"enc short src euro", Encoder{}, 10, "ab\xe2\x82", false, "ab", 2, transform.ErrShortSrc, 2, transform.ErrShortSrc},
		{"enc short src 4-byte", Encoder{}, 10, "a\xf0\x9f\x98", false, "a", 1, transform.ErrShortSrc, 1, transform.ErrShortSrc},
		{"enc incomplete at EOF", Encoder{}, 10, "ab\xe2\x82", true, "ab\xe2\x82", 4, nil, 4, nil},
		{"enc invalid not short", Encoder{}, 10, "ab\xc3(", false, "ab\xc3|33|", 4, nil, 3, transform.ErrEndOfSpan},
		{"enc complete ö", Encoder{}, 10, "abö", false, "ab|62|", 4, nil, 2, transform.ErrEndOfSpan},
		{"dec bar", Decoder{}, 10, "ab|", false, "ab", 2, transform.ErrShortSrc, 2, transform.ErrShortSrc},
		{"dec bar digit", Decoder{}, 10, "ab|6", false, "ab", 2, transform.ErrShortSrc, 2, transform.ErrShortSrc},
		{"dec bar code", Decoder{}, 10, "ab|61", false, "ab", 2, transform.ErrShortSrc, 2, transform.ErrShortSrc},
		{"dec bar unknown", Decoder{}, 10, "ab|99", false, "ab|99", 5, nil, 5, nil},
		{"dec bar letter", Decoder{}, 10, "ab|x", false, "ab|x", 4, nil, 4, nil},
		{"dec at EOF", Decoder{}, 10, "ab|61", true, "ab|61", 5, nil, 5, nil},
		{"dec code", Decoder{}, 10, "|61|", false, "\n", 4, nil, 0, transform.ErrEndOfSpan},
		{"dec euro does not fit", Decoder{}, 2, "|05|", true, "", 0, transform.ErrShortDst, 0, transform.ErrEndOfSpan},
		{"dec euro fits", Decoder{}, 3, "|05|", true, "€", 4, nil, 0, transform.ErrEndOfSpan},
		{"dec partial copy", Decoder{}, 3, "abcdef", true, "abc", 3, transform.ErrShortDst, 6, nil},
		{"dec after code", Decoder{}, 2, "|62|x|63|", true, "ö", 4, transform.ErrShortDst, 0, transform.ErrEndOfSpan},
		{"dec bar dst full", Decoder{}, 0, "|x", true, "", 0, transform.ErrShortDst, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := make([]byte, tt.dst)
			nDst, nSrc, err := tt.t.Transform(dst, []byte(tt.src), tt.atEOF)
			assert.Equal(t, tt.out, string(dst[:nDst]), "Transform(%q) output", tt.src)
			assert.Equal(t, tt.nSrc, nSrc, "Transform(%q) nSrc", tt.src)
			assert.Equal(t, tt.err, err, "Transform(%q) error", tt.src)
			n, err := tt.t.Span([]byte(tt.src), tt.atEOF)
			assert.Equal(t, tt.span, n, "Span(%q)", tt.src)
			assert.Equal(t, tt.spanEr, err, "Span(%q) error", tt.src)
		})
	}
}
