// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Encoder is a transform.SpanningTransformer that writes the wire form, as
// AppendEncode does. Its zero value is ready to use and it keeps no state.
//
// Transform returns transform.ErrShortSrc when atEOF is false and src ends
// with an incomplete UTF-8 sequence, and transform.ErrShortDst when the
// next rune's output (its code or its bytes) does not fit in dst; at atEOF
// an incomplete sequence is copied byte by byte.
type Encoder struct{ transform.NopResetter }

var _ transform.SpanningTransformer = Encoder{}

// Transform implements transform.Transformer.
func (Encoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		b := src[nSrc]
		if b < utf8.RuneSelf {
			if code := encodeLow[b]; code != 0 {
				if len(dst)-nDst < CodeLen {
					return nDst, nSrc, transform.ErrShortDst
				}
				putCode(dst[nDst:], code)
				nDst += CodeLen
			} else {
				if nDst == len(dst) {
					return nDst, nSrc, transform.ErrShortDst
				}
				dst[nDst] = b
				nDst++
			}
			nSrc++
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if code, size := codeAt(src, nSrc); code != 0 {
			if len(dst)-nDst < CodeLen {
				return nDst, nSrc, transform.ErrShortDst
			}
			putCode(dst[nDst:], code)
			nDst += CodeLen
			nSrc += size
			continue
		}
		_, size := utf8.DecodeRune(src[nSrc:])
		if len(dst)-nDst < size {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
	}
	return nDst, nSrc, nil
}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that holds no rune with a pipe code.
func (Encoder) Span(src []byte, atEOF bool) (n int, err error) {
	for n < len(src) {
		b := src[n]
		if b < utf8.RuneSelf {
			if encodeLow[b] != 0 {
				return n, transform.ErrEndOfSpan
			}
			n++
			continue
		}
		if !atEOF && !utf8.FullRune(src[n:]) {
			return n, transform.ErrShortSrc
		}
		if code, _ := codeAt(src, n); code != 0 {
			return n, transform.ErrEndOfSpan
		}
		_, size := utf8.DecodeRune(src[n:])
		n += size
	}
	return n, nil
}

// putCode writes `|DD|` to b[:CodeLen].
func putCode(b []byte, code uint8) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = '|', '0'+code/10, '0'+code%10, '|'
}

// Decoder is a transform.SpanningTransformer that reads the wire form, as
// AppendDecode does. Its zero value is ready to use and it keeps no state.
//
// Transform returns transform.ErrShortSrc when atEOF is false and src ends
// with what may be the start of a pipe code (`|`, `|D` or `|DD` with DD a
// code), and transform.ErrShortDst when the next rune or byte does not fit
// in dst. Decoder copies bytes other than codes unchanged and does not
// check UTF-8.
type Decoder struct{ transform.NopResetter }

var _ transform.SpanningTransformer = Decoder{}

// Transform implements transform.Transformer.
func (Decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		// Copy up to the next '|'.
		end := indexPipe(src, nSrc)
		if room := len(dst) - nDst; end-nSrc > room {
			nDst += copy(dst[nDst:], src[nSrc:nSrc+room])
			return nDst, nSrc + room, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:end])
		nSrc = end
		if nSrc == len(src) {
			break
		}
		r, n := pipeAt(src, nSrc)
		switch {
		case n > 0:
			if len(dst)-nDst < utf8.RuneLen(r) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], r)
			nSrc += n
			continue
		case n < 0 && !atEOF:
			return nDst, nSrc, transform.ErrShortSrc
		}
		// A literal '|'.
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = '|'
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that holds no pipe code.
func (Decoder) Span(src []byte, atEOF bool) (n int, err error) {
	for n = indexPipe(src, 0); n < len(src); n = indexPipe(src, n+1) {
		switch _, k := pipeAt(src, n); {
		case k > 0:
			return n, transform.ErrEndOfSpan
		case k < 0 && !atEOF:
			return n, transform.ErrShortSrc
		}
	}
	return len(src), nil
}
