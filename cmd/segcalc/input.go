// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// maxMessage is the largest message or line segcalc analyses (SPEC 5): 1 MiB
// as read, after the byte order mark and the dropped newline.
const maxMessage = 1 << 20

// charsets are the -charset names.
var charsets = map[string]encoding.Encoding{
	"utf-8":        nil,
	"utf-16le":     unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	"utf-16be":     unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	"windows-1254": charmap.Windows1254,
	"iso-8859-9":   charmap.ISO8859_9,
}

// input reads standard input as UTF-8 with bounded memory: a byte order mark
// at the very start is dropped and decides the encoding (EF BB BF UTF-8,
// FF FE UTF-16LE, FE FF UTF-16BE); otherwise the -charset decodes it. The 1
// MiB limit is measured on the UTF-8 bytes the analysis sees (for UTF-8
// input, exactly the bytes read).
type input struct {
	r   *bufio.Reader
	buf []byte
}

// newInput wraps r; charset is one of the -charset names (any case).
func newInput(r io.Reader, charset string) (*input, error) {
	name := strings.ToLower(charset)
	enc, ok := charsets[name]
	if !ok {
		return nil, errors.New("unknown charset " + `"` + charset + `"; use utf-8, utf-16le, utf-16be, windows-1254 or iso-8859-9`)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		enc = nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		br.Discard(2)
		enc = charsets["utf-16le"]
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		br.Discard(2)
		enc = charsets["utf-16be"]
	}
	in := &input{r: br}
	if enc != nil {
		in.r = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), 64<<10)
	}
	return in, nil
}

// Message reads all of the input as one message, dropping one trailing
// "\n" or "\r\n" unless raw. A message of more than maxMessage bytes is
// tooLarge: its bytes are read and dropped, never kept.
func (in *input) Message(raw bool) (msg []byte, tooLarge bool, err error) {
	in.buf = in.buf[:0]
	var chunk [32 << 10]byte
	for {
		n, rerr := in.r.Read(chunk[:])
		if !tooLarge {
			in.buf = append(in.buf, chunk[:n]...)
			// +2: room for the newline that is dropped.
			if len(in.buf) > maxMessage+2 {
				tooLarge, in.buf = true, in.buf[:0]
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return nil, false, rerr
		}
	}
	if tooLarge {
		return nil, true, nil
	}
	msg = in.buf
	if !raw {
		msg = dropNewline(msg)
	}
	if len(msg) > maxMessage {
		return nil, true, nil
	}
	return msg, false, nil
}

// Line returns the next line: lines end at "\n", and a trailing "\r" is
// dropped (also on a last line without "\n", as bufio.ScanLines does). A
// line of more than maxMessage bytes is tooLarge: read and dropped, and the
// next call goes on with the next line. ok is false at the end. The line is
// valid until the next call.
func (in *input) Line() (line []byte, tooLarge, ok bool, err error) {
	in.buf = in.buf[:0]
	for {
		chunk, rerr := in.r.ReadSlice('\n')
		if !tooLarge {
			in.buf = append(in.buf, chunk...)
			if len(in.buf) > maxMessage+2 {
				tooLarge, in.buf = true, in.buf[:0]
			}
		}
		if rerr == bufio.ErrBufferFull {
			continue
		}
		if rerr == io.EOF {
			if len(in.buf) == 0 && !tooLarge && len(chunk) == 0 {
				return nil, false, false, nil
			}
			break
		}
		if rerr != nil {
			return nil, false, false, rerr
		}
		break
	}
	if tooLarge {
		return nil, true, true, nil
	}
	l := in.buf
	if n := len(l); n > 0 && l[n-1] == '\n' {
		l = l[:n-1]
	}
	if n := len(l); n > 0 && l[n-1] == '\r' {
		l = l[:n-1]
	}
	if len(l) > maxMessage {
		return nil, true, true, nil
	}
	return l, false, true, nil
}

// dropNewline removes one trailing "\n" or "\r\n".
func dropNewline(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}

// isTTY reports whether v is a terminal (/dev/null and other character
// devices are not).
func isTTY(v any) bool {
	f, ok := v.(*os.File)
	if !ok || f == nil {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}
