// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"iter"
	"unicode/utf8"
)

// CodeLen is the length in bytes of a pipe code on the wire: `|DD|`.
const CodeLen = 4

// Lookup returns the pipe code of r, a number in 1..99 (the codes in use
// lie in 1..73); ok is false when r has none.
func Lookup(r rune) (code uint8, ok bool) {
	switch {
	case 0 <= r && r < rune(len(encodeLow)):
		code = encodeLow[r]
	case r == '\u20AC':
		code = euroCode
	}
	return code, code != 0
}

// Rune returns the rune whose pipe code is code; ok is false when no rune
// has that code.
func Rune(code uint8) (r rune, ok bool) {
	if int(code) < len(decodeTable) {
		r = decodeTable[code]
	}
	return r, r != 0
}

// HasCode reports whether r has a pipe code, so that the wire carries it as
// `|DD|`.
func HasCode(r rune) bool {
	_, ok := Lookup(r)
	return ok
}

// All returns an iterator over the pipe codes in increasing order, yielding
// each code with its rune.
func All() iter.Seq2[uint8, rune] {
	return func(yield func(uint8, rune) bool) {
		for c, r := range decodeTable {
			if r != 0 && !yield(uint8(c), r) {
				return
			}
		}
	}
}

// bytestring is the type set of the string and []byte twins.
type bytestring interface{ string | []byte }

// codeAt returns the pipe code of the rune that starts at s[i] and the
// length of its UTF-8 form; code is 0 (and size means nothing) at any other
// byte: the first byte of an uncoded rune, a continuation byte, an invalid
// byte. Callers that find no code move on by one byte.
//
// Reading byte by byte this way is exact: a coded rune is ASCII, a two-byte
// sequence (a lead byte 0xC2..0xDF then a continuation byte, always valid
// UTF-8) or the euro sign, and none of their lead bytes can be a
// continuation byte of another rune, so utf8.DecodeRune would find the same
// coded runes at the same offsets.
func codeAt[T bytestring](s T, i int) (code uint8, size int) {
	b := s[i]
	switch {
	case b < utf8.RuneSelf:
		return encodeLow[b], 1
	case b < 0xC2:
		// continuation byte or invalid lead
	case b < 0xE0:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return encodeLow[rune(b&0x1F)<<6|rune(s[i+1]&0x3F)], 2
		}
	case b == 0xE2: // U+20AC is E2 82 AC
		if euroCode != 0 && i+2 < len(s) && s[i+1] == 0x82 && s[i+2] == 0xAC {
			return euroCode, 3
		}
	}
	return 0, 1
}

// appendCode appends `|DD|`.
func appendCode(dst []byte, code uint8) []byte {
	return append(dst, '|', '0'+code/10, '0'+code%10, '|')
}

// AppendEncode appends to dst the wire form of src: every rune that has a
// pipe code replaced by `|DD|`, every other byte (invalid UTF-8 included)
// copied unchanged. It allocates only when dst has less than
// EncodedLen(src) bytes of room.
func AppendEncode(dst []byte, src string) []byte {
	return appendEncode(dst, src)
}

// AppendEncodeBytes is AppendEncode for a []byte source.
func AppendEncodeBytes(dst, src []byte) []byte {
	return appendEncode(dst, src)
}

func appendEncode[T bytestring](dst []byte, src T) []byte {
	start := 0
	for i := 0; i < len(src); {
		var code uint8
		size := 1
		if b := src[i]; b < utf8.RuneSelf {
			code = encodeLow[b] // the common case, inline
		} else {
			code, size = codeAt(src, i)
		}
		if code == 0 {
			i++
			continue
		}
		dst = append(dst, src[start:i]...)
		dst = appendCode(dst, code)
		i += size
		start = i
	}
	return append(dst, src[start:]...)
}

// EncodedLen returns the number of bytes AppendEncode appends for src,
// without encoding it.
func EncodedLen(src string) int {
	n := len(src)
	for i := 0; i < len(src); i++ {
		if b := src[i]; b < utf8.RuneSelf {
			if encodeLow[b] != 0 {
				n += CodeLen - 1
			}
		} else if code, size := codeAt(src, i); code != 0 {
			n += CodeLen - size
			i += size - 1
		}
	}
	return n
}

// pipeAt reads a pipe code at s[i], which must be '|'. It returns the rune
// and CodeLen when s[i:] starts with `|DD|` and DD is a code, 0 and 0 when
// it cannot, and 0 and -1 when s ends before that is known (s[i:] is `|`,
// `|D` or `|DD` with DD a code).
func pipeAt[T bytestring](s T, i int) (r rune, n int) {
	rest := len(s) - i
	if rest < 2 {
		return 0, -1
	}
	d1 := s[i+1] - '0'
	if d1 > 9 {
		return 0, 0
	}
	if rest < 3 {
		return 0, -1
	}
	d2 := s[i+2] - '0'
	if d2 > 9 {
		return 0, 0
	}
	r = decodeTable[d1*10+d2]
	if r == 0 {
		return 0, 0
	}
	if rest < CodeLen {
		return 0, -1
	}
	if s[i+3] != '|' {
		return 0, 0
	}
	return r, CodeLen
}

// indexPipe returns the index of the first '|' in s[i:], or len(s).
func indexPipe[T bytestring](s T, i int) int {
	for ; i < len(s); i++ {
		if s[i] == '|' {
			return i
		}
	}
	return len(s)
}

// AppendDecode appends to dst the text that the wire form src stands for:
// every `|DD|` whose DD is a pipe code becomes its rune, read left to right
// without overlap; everything else, including a `|` that does not start a
// known code, is copied unchanged.
func AppendDecode(dst []byte, src string) []byte {
	return appendDecode(dst, src)
}

// AppendDecodeBytes is AppendDecode for a []byte source.
func AppendDecodeBytes(dst, src []byte) []byte {
	return appendDecode(dst, src)
}

func appendDecode[T bytestring](dst []byte, src T) []byte {
	start := 0
	for i := indexPipe(src, 0); i < len(src); i = indexPipe(src, i) {
		r, n := pipeAt(src, i)
		if n <= 0 {
			i++
			continue
		}
		dst = append(dst, src[start:i]...)
		dst = utf8.AppendRune(dst, r)
		i += n
		start = i
	}
	return append(dst, src[start:]...)
}

// ambiguousAt reports whether the '|' at s[i] is followed by two ASCII
// digits and then by '|' or by a rune that has a pipe code, so that on the
// wire it reads as `|DD|`.
func ambiguousAt(s string, i int) bool {
	if i+CodeLen > len(s) || s[i+1]-'0' > 9 || s[i+2]-'0' > 9 {
		return false
	}
	if s[i+3] == '|' {
		return true
	}
	code, _ := codeAt(s, i+3)
	return code != 0
}

// AppendAmbiguous appends to dst the byte offset of every literal '|' in s
// that the wire would turn into the start of a pipe code: one followed by
// two ASCII digits and then by '|' or by a rune that has a code (SPEC's
// warning ambiguous_pipe). Overlapping cases each count: "|61|62|" gives
// 0 and 3. The digits need not form a code in use.
func AppendAmbiguous(dst []int, s string) []int {
	for i := indexPipe(s, 0); i < len(s); i = indexPipe(s, i+1) {
		if ambiguousAt(s, i) {
			dst = append(dst, i)
		}
	}
	return dst
}

// CountAmbiguous returns the number of offsets AppendAmbiguous would append
// for s, without allocating.
func CountAmbiguous(s string) int {
	n := 0
	for i := indexPipe(s, 0); i < len(s); i = indexPipe(s, i+1) {
		if ambiguousAt(s, i) {
			n++
		}
	}
	return n
}
