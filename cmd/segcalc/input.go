// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bufio"
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

// maxMessage is the largest message or -lines line segcalc analyses
// (SPEC 5): 1 MiB as read, after the byte order mark and the dropped newline.
//
// The bytes counted are the UTF-8 bytes the analysis sees, whatever the input
// encoding: for UTF-8 input exactly the bytes of standard input, for the other
// charsets the text after decoding. The same text is then too large or not
// whether it was saved as UTF-8, UTF-16 or windows-1254, and the limit is the
// one on the "text" the output reports and every offset refers to.
const maxMessage = 1 << 20

const (
	// readSize is the size of the read buffers, and the longest line Line
	// returns without copying it.
	readSize = 64 << 10
	// maxBuf bounds the memory of a message or line: the limit, the two
	// bytes of a newline that may still be dropped, and one read more.
	maxBuf = maxMessage + 2 + readSize
)

// The UTF-16 decoders leave a byte order mark alone: newInput has dealt with
// the one at the start, and any other is a character of the text.
var (
	utf16le = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
)

// charsets are the -charset names, compared without regard to case. A nil
// encoding is UTF-8: its bytes are passed through unchanged, invalid ones
// included, for the analysis to report.
var charsets = [...]struct {
	name string
	enc  encoding.Encoding
}{
	{"utf-8", nil},
	{"utf-16le", utf16le},
	{"utf-16be", utf16be},
	{"windows-1254", charmap.Windows1254},
	{"iso-8859-9", charmap.ISO8859_9},
}

// charset returns the encoding named by a -charset value.
func charset(name string) (encoding.Encoding, error) {
	for _, c := range charsets {
		if strings.EqualFold(name, c.name) {
			return c.enc, nil
		}
	}
	names := make([]string, len(charsets))
	for i, c := range charsets {
		names[i] = c.name
	}
	return nil, errors.New("unknown charset " + `"` + name + `"; use one of ` + strings.Join(names, ", "))
}

// input reads standard input as UTF-8 text with bounded memory: about
// maxBuf plus the read buffers, whatever the input holds (a 10 GB line or an
// endless /dev/zero included).
//
// A byte order mark at the very start marks the file, not the message: it is
// dropped and decides the encoding by itself (EF BB BF UTF-8, FF FE UTF-16LE,
// FE FF UTF-16BE), whatever -charset says. Otherwise the -charset decodes the
// input, as a streaming transform.Reader; an unpaired UTF-16 surrogate (or a
// lone last byte of UTF-16) becomes U+FFFD. A byte order mark anywhere else is
// a character of the text and stays.
//
// An input is used either for one Message or for a series of Line calls.
type input struct {
	r   *bufio.Reader // UTF-8 text
	buf []byte        // the message, or a line longer than readSize
}

// newInput wraps r. charset is one of the -charset names in any case:
// utf-8, utf-16le, utf-16be, windows-1254, iso-8859-9 (the empty string is
// not one); for any other, the error says the names allowed, and the caller
// reports it as a usage error. To tell a byte order mark, newInput reads the
// first byte of r, and the next one or two only when that byte may begin a
// mark (so a terminal is not waited on for more than the user typed).
func newInput(r io.Reader, charsetName string) (*input, error) {
	enc, err := charset(charsetName)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(&finalReader{r: r}, readSize)
	switch head := peek(br); {
	case string(head) == "\xEF\xBB\xBF":
		br.Discard(3)
		enc = nil
	case string(head) == "\xFF\xFE":
		br.Discard(2)
		enc = utf16le
	case string(head) == "\xFE\xFF":
		br.Discard(2)
		enc = utf16be
	}
	in := &input{r: br}
	if enc != nil {
		in.r = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), readSize)
	}
	return in, nil
}

// peek returns the start of br that may be a byte order mark: one byte, or
// up to three when the first ones are those of a mark. Errors are left to the
// next read (finalReader repeats them).
func peek(br *bufio.Reader) []byte {
	b, _ := br.Peek(1)
	if len(b) == 1 && (b[0] == 0xEF || b[0] == 0xFF || b[0] == 0xFE) {
		b, _ = br.Peek(2)
		if string(b) == "\xEF\xBB" {
			b, _ = br.Peek(3)
		}
	}
	return b
}

// finalReader makes the first error of r final, io.EOF included: every
// later Read returns it again without calling r. bufio.Reader.Peek hands an
// error out once and then reads again; without this, an error met while
// looking for the byte order mark would be lost, and a terminal would be read
// again after the user ended the input with Ctrl-D.
type finalReader struct {
	r   io.Reader
	err error
}

func (f *finalReader) Read(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.r.Read(p)
	f.err = err
	return n, err
}

// Message reads all of the input as one message: the byte order mark
// dropped, and one trailing "\n" or "\r\n" too unless raw (a lone trailing
// "\r" stays). A message of more than maxMessage bytes is tooLarge, and msg
// is empty: Message stops reading as soon as it knows (past maxMessage+2
// bytes), so an endless input such as /dev/zero ends too, and a read error
// after that point is never met. On a read error before it, Message returns
// it and no message. msg is valid until the next call.
func (in *input) Message(raw bool) (msg []byte, tooLarge bool, err error) {
	buf := in.buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = grow(buf, 1)
		}
		n, rerr := in.r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		// Past maxMessage+2 no dropped newline brings it back under the
		// limit: the rest of the input cannot change the answer.
		if len(buf) > maxMessage+2 {
			in.buf = buf[:0]
			return nil, true, nil
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			in.buf = buf
			return nil, false, rerr
		}
	}
	in.buf = buf
	msg = buf
	if !raw {
		msg = dropNewline(msg)
	}
	if len(msg) > maxMessage {
		return nil, true, nil
	}
	return msg, false, nil
}

// Line returns the next line of the input, for -lines: lines end at "\n",
// and a trailing "\r" is dropped, also on a last line without "\n" (as
// bufio.ScanLines does; a "\r" elsewhere stays). An empty line is a line; an
// input that ends with "\n" has no empty line after it. A line of more than
// maxMessage bytes (without its "\n" or "\r\n") is tooLarge and line is
// empty: its bytes are read and discarded, and the next call goes on with
// the next line. ok is false at the end of the input. On a read error, Line
// returns it (a line cut short by it is not returned). line is valid until
// the next call.
func (in *input) Line() (line []byte, tooLarge, ok bool, err error) {
	in.buf = in.buf[:0]
	spilled := false // the line is longer than the read buffer: it is kept in in.buf
	var chunk []byte
	for {
		chunk, err = in.r.ReadSlice('\n')
		if err != bufio.ErrBufferFull && !spilled {
			break // the common case: the whole line is in the read buffer
		}
		spilled = true
		if !tooLarge {
			in.buf = append(grow(in.buf, len(chunk)), chunk...)
			if len(in.buf) > maxMessage+2 {
				tooLarge, in.buf = true, in.buf[:0]
			}
		}
		if err != bufio.ErrBufferFull {
			chunk = in.buf
			break
		}
	}
	switch {
	case err == io.EOF && len(chunk) == 0 && !spilled:
		return nil, false, false, nil
	case err != nil && err != io.EOF:
		return nil, false, false, err
	case tooLarge:
		return nil, true, true, nil
	}
	line = chunk
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	if len(line) > maxMessage {
		return nil, true, true, nil
	}
	return line, false, true, nil
}

// grow returns buf with room for n more bytes (n <= readSize, len(buf) <=
// maxMessage+2). It allocates readSize first and then maxBuf at once, so a
// long message costs one large allocation, not a doubling series of them.
func grow(buf []byte, n int) []byte {
	if cap(buf)-len(buf) >= n {
		return buf
	}
	size := readSize
	if len(buf)+n > readSize {
		size = maxBuf
	}
	b := make([]byte, len(buf), size)
	copy(b, buf)
	return b
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

// isTTY reports whether v is an *os.File open on a terminal
// (golang.org/x/term.IsTerminal on its descriptor). /dev/null and other
// character devices are not terminals; neither is anything but an *os.File.
func isTTY(v any) bool {
	f, ok := v.(*os.File)
	if !ok || f == nil {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}
