// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// inputTooLarge stands for a tooLarge result in the want lists.
const inputTooLarge = "<too large>"

// inputReaders are the ways a test input is delivered: whole, one byte per
// Read (so every boundary falls everywhere), half reads, and the last data
// arriving together with io.EOF.
var inputReaders = []struct {
	name string
	wrap func(io.Reader) io.Reader
}{
	{"whole", func(r io.Reader) io.Reader { return r }},
	{"onebyte", iotest.OneByteReader},
	{"half", iotest.HalfReader},
	{"dataerr", iotest.DataErrReader},
}

// inputA returns n bytes of 'a'.
func inputA(n int) string { return strings.Repeat("a", n) }

// inputUTF16LE encodes ASCII s as UTF-16LE.
func inputUTF16LE(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(0)
	}
	return b.String()
}

// inputUTF16BE encodes ASCII s as UTF-16BE.
func inputUTF16BE(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(0)
		b.WriteByte(s[i])
	}
	return b.String()
}

// inputShort quotes s for a failure message, cutting long inputs.
func inputShort(s string) string {
	if len(s) > 40 {
		return fmt.Sprintf("%q…(%d bytes)", s[:20], len(s))
	}
	return strconv.Quote(s)
}

var inputMessageTests = []struct {
	name     string
	in       string
	charset  string
	raw      bool
	want     string
	tooLarge bool
}{
	// Byte order marks: dropped at the very start, and they decide.
	{name: "bom utf-8", in: "\xEF\xBB\xBFşa", want: "şa"},
	{name: "bom utf-16le", in: "\xFF\xFE" + "\x5F\x01a\x00", want: "şa"},
	{name: "bom utf-16be", in: "\xFE\xFF" + "\x01\x5F\x00a", want: "şa"},
	{name: "bom utf-8 over -charset utf-16le", in: "\xEF\xBB\xBFşa", charset: "utf-16le", want: "şa"},
	{name: "bom utf-8 over -charset windows-1254", in: "\xEF\xBB\xBFşa", charset: "windows-1254", want: "şa"},
	{name: "bom utf-16le over -charset utf-8", in: "\xFF\xFE" + inputUTF16LE("hi"), charset: "utf-8", want: "hi"},
	{name: "bom utf-16le over -charset utf-16be", in: "\xFF\xFE" + inputUTF16LE("hi"), charset: "utf-16be", want: "hi"},
	{name: "bom utf-16le over -charset windows-1254", in: "\xFF\xFE" + inputUTF16LE("hi"), charset: "windows-1254", want: "hi"},
	{name: "bom utf-16be over -charset utf-16le", in: "\xFE\xFF" + inputUTF16BE("hi"), charset: "utf-16le", want: "hi"},
	{name: "bom only utf-8", in: "\xEF\xBB\xBF", want: ""},
	{name: "bom only utf-16le", in: "\xFF\xFE", want: ""},
	{name: "bom only utf-16be", in: "\xFE\xFF", want: ""},
	{name: "bom and newline", in: "\xEF\xBB\xBF\n", want: ""},
	{name: "bom twice utf-8: the second stays", in: "\xEF\xBB\xBF\xEF\xBB\xBFx", want: "\uFEFFx"},
	{name: "bom twice utf-16le: the second stays", in: "\xFF\xFE\xFF\xFEx\x00", want: "\uFEFFx"},
	{name: "bom inside utf-8 text", in: "a\xEF\xBB\xBFb", want: "a\uFEFFb"},
	{name: "bom inside utf-16le text", in: inputUTF16LE("a") + "\xFF\xFE" + inputUTF16LE("b"), charset: "utf-16le", want: "a\uFEFFb"},
	{name: "bom at the end", in: "a\xEF\xBB\xBF", want: "a\uFEFF"},
	{name: "half a utf-8 bom", in: "\xEF\xBBx", want: "\xEF\xBBx"},
	{name: "utf-8 bom start alone", in: "\xEF", want: "\xEF"},
	{name: "0xFF not a bom", in: "\xFFa", want: "\xFFa"},
	{name: "0xFE alone", in: "\xFE", want: "\xFE"},
	{name: "utf-16le bytes swapped is not utf-16be bom", in: "\xFF\xFF", want: "\xFF\xFF"},

	// -charset without a byte order mark.
	{name: "utf-16le", in: inputUTF16LE("Merhaba\n"), charset: "utf-16le", want: "Merhaba"},
	{name: "utf-16be", in: inputUTF16BE("Merhaba\r\n"), charset: "utf-16be", want: "Merhaba"},
	{name: "utf-16le turkish", in: "\x30\x01\x1F\x01\x31\x01", charset: "UTF-16LE", want: "İğı"},
	{name: "utf-16be emoji pair", in: "\xD8\x3D\xDE\x00", charset: "utf-16be", want: "😀"},
	{name: "utf-16le unpaired high surrogate", in: "\x3D\xD8" + inputUTF16LE("a"), charset: "utf-16le", want: "\uFFFDa"},
	{name: "utf-16le unpaired low surrogate", in: inputUTF16LE("a") + "\x00\xDE", charset: "utf-16le", want: "a\uFFFD"},
	{name: "utf-16be surrogate at the end", in: inputUTF16BE("a") + "\xD8\x3D", charset: "utf-16be", want: "a\uFFFD"},
	{name: "utf-16le odd last byte", in: inputUTF16LE("a") + "b", charset: "utf-16le", want: "a\uFFFD"},
	{name: "windows-1254 turkish", in: "\xFE\xF0\xFD\xDD\xDE\xD0\xE7\xF6\xFC\xC7\xD6\xDC", charset: "windows-1254", want: "şğıİŞĞçöüÇÖÜ"},
	{name: "windows-1254 euro", in: "5\x80\n", charset: "Windows-1254", want: "5€"},
	{name: "iso-8859-9 turkish", in: "\xFE\xF0\xFD\xDD\xDE\xD0", charset: "iso-8859-9", want: "şğıİŞĞ"},
	{name: "iso-8859-9 0x80 is a control", in: "\x80", charset: "ISO-8859-9", want: "\u0080"},
	{name: "utf-8 invalid bytes pass", in: "a\xC3(\xFF\xED\xA0\x80", want: "a\xC3(\xFF\xED\xA0\x80"},
	{name: "utf-8 explicit", in: "şğ\n", charset: "UTF-8", want: "şğ"},
	{name: "utf-16 text read as utf-8 stays bytes", in: inputUTF16LE("a"), want: "a\x00"},

	// Newlines.
	{name: "empty", in: "", want: ""},
	{name: "newline only", in: "\n", want: ""},
	{name: "crlf only", in: "\r\n", want: ""},
	{name: "newline dropped", in: "abc\n", want: "abc"},
	{name: "crlf dropped", in: "abc\r\n", want: "abc"},
	{name: "one newline dropped of two", in: "abc\n\n", want: "abc\n"},
	{name: "newline before crlf stays", in: "abc\n\r\n", want: "abc\n"},
	{name: "lone cr stays", in: "abc\r", want: "abc\r"},
	{name: "inner newlines stay", in: "a\nb\r\nc\n", want: "a\nb\r\nc"},
	{name: "raw keeps newline", in: "abc\n", raw: true, want: "abc\n"},
	{name: "raw keeps crlf", in: "abc\r\n", raw: true, want: "abc\r\n"},
	{name: "raw utf-16le newline", in: inputUTF16LE("a\n"), charset: "utf-16le", raw: true, want: "a\n"},

	// The 1 MiB limit: bytes as read, after the BOM and the dropped newline.
	{name: "1 MiB", in: inputA(maxMessage), want: inputA(maxMessage)},
	{name: "1 MiB + 1", in: inputA(maxMessage + 1), tooLarge: true},
	{name: "1 MiB + newline", in: inputA(maxMessage) + "\n", want: inputA(maxMessage)},
	{name: "1 MiB + crlf", in: inputA(maxMessage) + "\r\n", want: inputA(maxMessage)},
	{name: "1 MiB + cr", in: inputA(maxMessage) + "\r", tooLarge: true},
	{name: "1 MiB + newline raw", in: inputA(maxMessage) + "\n", raw: true, tooLarge: true},
	{name: "1 MiB + 1 + newline", in: inputA(maxMessage+1) + "\n", tooLarge: true},
	{name: "bom + 1 MiB + crlf", in: "\xEF\xBB\xBF" + inputA(maxMessage) + "\r\n", want: inputA(maxMessage)},
	{name: "2 MiB", in: inputA(2 * maxMessage), tooLarge: true},
	// For other charsets the decoded UTF-8 bytes count: 2 MiB of UTF-16
	// holding 1 MiB of ASCII is a 1 MiB text.
	{name: "utf-16le 1 MiB of text", in: "\xFF\xFE" + inputUTF16LE(inputA(maxMessage)+"\n"), want: inputA(maxMessage)},
	{name: "utf-16le 1 MiB + 1 of text", in: inputUTF16LE(inputA(maxMessage + 1)), charset: "utf-16le", tooLarge: true},
	{name: "windows-1254 512 Ki ş is 1 MiB", in: strings.Repeat("\xFE", maxMessage/2), charset: "windows-1254", want: strings.Repeat("ş", maxMessage/2)},
	{name: "windows-1254 512 Ki + 1 ş is too large", in: strings.Repeat("\xFE", maxMessage/2+1), charset: "windows-1254", tooLarge: true},
}

func TestInputMessage(t *testing.T) {
	for _, tt := range inputMessageTests {
		for _, rd := range inputReaders {
			cs := tt.charset
			if cs == "" {
				cs = "utf-8"
			}
			in, err := newInput(rd.wrap(strings.NewReader(tt.in)), cs)
			if err != nil {
				t.Fatalf("%s: newInput: %v", tt.name, err)
			}
			msg, tooLarge, err := in.Message(tt.raw)
			if err != nil {
				t.Errorf("%s/%s: Message(%s) error %v", tt.name, rd.name, inputShort(tt.in), err)
				continue
			}
			if tooLarge != tt.tooLarge || string(msg) != tt.want {
				t.Errorf("%s/%s: Message(%s, raw %v) = %s, tooLarge %v; want %s, %v",
					tt.name, rd.name, inputShort(tt.in), tt.raw, inputShort(string(msg)), tooLarge, inputShort(tt.want), tt.tooLarge)
			}
			if tooLarge && len(msg) != 0 {
				t.Errorf("%s/%s: tooLarge with a message of %d bytes", tt.name, rd.name, len(msg))
			}
		}
	}
}

var inputLineTests = []struct {
	name    string
	in      string
	charset string
	want    []string // inputTooLarge for a tooLarge line
}{
	{name: "empty input", in: "", want: nil},
	{name: "lf", in: "a\nb\n", want: []string{"a", "b"}},
	{name: "crlf", in: "a\r\nb\r\n", want: []string{"a", "b"}},
	{name: "mixed", in: "a\r\nb\nc", want: []string{"a", "b", "c"}},
	{name: "lone cr inside a line", in: "a\rb\n", want: []string{"a\rb"}},
	{name: "final line without newline", in: "abc\ndef", want: []string{"abc", "def"}},
	{name: "final cr without newline dropped", in: "abc\ndef\r", want: []string{"abc", "def"}},
	{name: "one cr dropped of two", in: "a\r\r\n", want: []string{"a\r"}},
	{name: "cr only", in: "\r", want: []string{""}},
	{name: "empty lines", in: "\n\n", want: []string{"", ""}},
	{name: "empty line between", in: "a\n\r\nb\n", want: []string{"a", "", "b"}},
	{name: "newline only", in: "\n", want: []string{""}},
	{name: "bom then lines", in: "\xEF\xBB\xBFa\nb\n", want: []string{"a", "b"}},
	{name: "bom only", in: "\xEF\xBB\xBF", want: nil},
	{name: "bom then empty line", in: "\xEF\xBB\xBF\n", want: []string{""}},
	{name: "bom on the second line stays", in: "a\n\xEF\xBB\xBFb\n", want: []string{"a", "\uFEFFb"}},
	{name: "utf-16le bom lines", in: "\xFF\xFE" + inputUTF16LE("a\r\nb\nc\r"), charset: "windows-1254", want: []string{"a", "b", "c"}},
	{name: "utf-16be lines", in: inputUTF16BE("ab\ncd\n"), charset: "utf-16be", want: []string{"ab", "cd"}},
	{name: "windows-1254 lines", in: "\xFEe\xF0\r\n\xDD\n", charset: "windows-1254", want: []string{"şeğ", "İ"}},
	{name: "invalid utf-8 kept", in: "\xFF\n\xC3\n", want: []string{"\xFF", "\xC3"}},

	// Around the read buffer: lines that fit it, and lines that spill.
	{name: "read buffer - 1", in: inputA(readSize-1) + "\nb", want: []string{inputA(readSize - 1), "b"}},
	{name: "read buffer", in: inputA(readSize) + "\nb", want: []string{inputA(readSize), "b"}},
	{name: "read buffer + 1", in: inputA(readSize+1) + "\r\nb", want: []string{inputA(readSize + 1), "b"}},
	{name: "read buffer at the end", in: "x\n" + inputA(readSize), want: []string{"x", inputA(readSize)}},
	{name: "two long lines", in: inputA(3*readSize) + "\n" + strings.Repeat("b", 2*readSize+7) + "\n", want: []string{inputA(3 * readSize), strings.Repeat("b", 2*readSize+7)}},

	// The 1 MiB limit, per line.
	{name: "2 MiB line in a batch", in: "a\n" + inputA(2*maxMessage) + "\nb\n", want: []string{"a", inputTooLarge, "b"}},
	{name: "1 MiB line", in: inputA(maxMessage) + "\nb", want: []string{inputA(maxMessage), "b"}},
	{name: "1 MiB line crlf", in: inputA(maxMessage) + "\r\nb", want: []string{inputA(maxMessage), "b"}},
	{name: "1 MiB line at the end", in: "b\n" + inputA(maxMessage), want: []string{"b", inputA(maxMessage)}},
	{name: "1 MiB line + cr at the end", in: inputA(maxMessage) + "\r", want: []string{inputA(maxMessage)}},
	{name: "1 MiB + 1 line", in: inputA(maxMessage+1) + "\nb\n", want: []string{inputTooLarge, "b"}},
	{name: "1 MiB + 1 line crlf", in: inputA(maxMessage+1) + "\r\nb\n", want: []string{inputTooLarge, "b"}},
	{name: "1 MiB + 1 line at the end", in: "b\n" + inputA(maxMessage+1), want: []string{"b", inputTooLarge}},
	{name: "1 MiB + 1 with cr inside", in: inputA(maxMessage) + "\r\r\n", want: []string{inputTooLarge}},
	{name: "too large lines in a row", in: inputA(maxMessage+1) + "\n" + inputA(maxMessage+2) + "\n\n", want: []string{inputTooLarge, inputTooLarge, ""}},
	{name: "utf-16le 1 MiB line of text", in: inputUTF16LE(inputA(maxMessage) + "\n" + inputA(maxMessage+1) + "\nz"), charset: "utf-16le", want: []string{inputA(maxMessage), inputTooLarge, "z"}},
}

func TestInputLine(t *testing.T) {
	for _, tt := range inputLineTests {
		for _, rd := range inputReaders {
			cs := tt.charset
			if cs == "" {
				cs = "utf-8"
			}
			in, err := newInput(rd.wrap(strings.NewReader(tt.in)), cs)
			if err != nil {
				t.Fatalf("%s: newInput: %v", tt.name, err)
			}
			var got []string
			for {
				line, tooLarge, ok, err := in.Line()
				if err != nil {
					t.Errorf("%s/%s: Line error %v", tt.name, rd.name, err)
					break
				}
				if !ok {
					break
				}
				if tooLarge {
					if len(line) != 0 {
						t.Errorf("%s/%s: tooLarge with a line of %d bytes", tt.name, rd.name, len(line))
					}
					got = append(got, inputTooLarge)
				} else {
					got = append(got, string(line))
				}
				if len(got) > len(tt.want)+10 {
					break
				}
			}
			if !inputEqualLines(got, tt.want) {
				t.Errorf("%s/%s: lines of %s = %s; want %s", tt.name, rd.name, inputShort(tt.in), inputShortLines(got), inputShortLines(tt.want))
			}
		}
	}
}

func inputEqualLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func inputShortLines(l []string) string {
	s := make([]string, len(l))
	for i, x := range l {
		s[i] = inputShort(x)
	}
	return "[" + strings.Join(s, " ") + "]"
}

func TestInputCharsetNames(t *testing.T) {
	for _, name := range []string{"utf-8", "UTF-8", "utf-16le", "UTF-16LE", "utf-16be", "Utf-16Be", "windows-1254", "WINDOWS-1254", "iso-8859-9", "ISO-8859-9"} {
		if _, err := newInput(strings.NewReader(""), name); err != nil {
			t.Errorf("newInput(%q) error %v; want nil", name, err)
		}
	}
	for _, name := range []string{"", "utf8", "latin1", "latin5", "cp1254", "utf-16", "ucs-2", "windows-1252", " utf-8"} {
		_, err := newInput(strings.NewReader(""), name)
		if err == nil {
			t.Errorf("newInput(%q) error nil; want one", name)
			continue
		}
		for _, c := range charsets {
			if !strings.Contains(err.Error(), c.name) {
				t.Errorf("newInput(%q) error %q; want it to name %s", name, err, c.name)
			}
		}
	}
}

// inputErrAfter returns the bytes of data and then err.
type inputErrAfter struct {
	data string
	err  error
}

func (r *inputErrAfter) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

var errInputBroken = errors.New("broken pipe")

func TestInputReadError(t *testing.T) {
	for _, data := range []string{"", "a", "\xEF", "\xEF\xBB", "\xFF", "abc\ndef", inputA(3*readSize) + "\n" + inputA(maxMessage/2-4*readSize)} {
		for _, rd := range inputReaders {
			in, _ := newInput(rd.wrap(&inputErrAfter{data, errInputBroken}), "utf-8")
			msg, tooLarge, err := in.Message(false)
			if err != errInputBroken || msg != nil || tooLarge {
				t.Errorf("%s: Message(%s then an error) = %s, %v, %v; want nil, false, %v", rd.name, inputShort(data), inputShort(string(msg)), tooLarge, err, errInputBroken)
			}
			in, _ = newInput(rd.wrap(&inputErrAfter{data, errInputBroken}), "utf-16le")
			if _, _, err := in.Message(false); err != errInputBroken {
				t.Errorf("%s: utf-16le Message(%s then an error) error %v; want %v", rd.name, inputShort(data), err, errInputBroken)
			}
		}
	}

	// Past the limit the answer is known: Message stops reading, and an
	// error after that point is never met.
	for _, rd := range inputReaders {
		for _, cs := range []string{"utf-8", "utf-16le"} {
			in, _ := newInput(rd.wrap(&inputErrAfter{inputA(3*readSize) + "\n" + inputA(2*maxMessage), errInputBroken}), cs)
			if msg, tooLarge, err := in.Message(false); msg != nil || !tooLarge || err != nil {
				t.Errorf("%s: %s Message(2 MiB then an error) = %s, %v, %v; want nil, true, nil", rd.name, cs, inputShort(string(msg)), tooLarge, err)
			}
		}
	}

	// Lines before the error are returned, then the error; the line it cut
	// short is not.
	in, _ := newInput(&inputErrAfter{"a\r\nb\n" + inputA(2*maxMessage) + "\nc\nunfinished", errInputBroken}, "utf-8")
	var got []string
	var err error
	for {
		var line []byte
		var tooLarge, ok bool
		line, tooLarge, ok, err = in.Line()
		if err != nil || !ok {
			break
		}
		if tooLarge {
			got = append(got, inputTooLarge)
		} else {
			got = append(got, string(line))
		}
	}
	if want := []string{"a", "b", inputTooLarge, "c"}; !inputEqualLines(got, want) || err != errInputBroken {
		t.Errorf("lines before an error = %s, error %v; want %s, %v", inputShortLines(got), err, inputShortLines(want), errInputBroken)
	}
}

// inputOnceEOF ends with io.EOF once and then, like a terminal after Ctrl-D,
// would give more if read again.
type inputOnceEOF struct {
	reads []string
	n     int
}

func (r *inputOnceEOF) Read(p []byte) (int, error) {
	r.n++
	if len(r.reads) == 0 {
		return 0, errors.New("read again after io.EOF")
	}
	s := r.reads[0]
	r.reads = r.reads[1:]
	if s == "" {
		return 0, io.EOF
	}
	return copy(p, s), nil
}

func TestInputEOFIsFinal(t *testing.T) {
	for _, tt := range []struct{ reads []string }{
		{[]string{"", "more"}},
		{[]string{"\xEF", "", "more"}},
		{[]string{"\xEF\xBB", "", "more"}},
		{[]string{"\xFF", "", "more"}},
		{[]string{"ab", "", "more"}},
	} {
		want := strings.Join(tt.reads[:len(tt.reads)-2], "")
		in, _ := newInput(&inputOnceEOF{reads: tt.reads}, "utf-8")
		msg, _, err := in.Message(true)
		if err != nil || string(msg) != want {
			t.Errorf("Message(reads %q) = %s, %v; want %s, nil", tt.reads, inputShort(string(msg)), err, inputShort(want))
		}
		in, _ = newInput(&inputOnceEOF{reads: tt.reads}, "utf-8")
		for range 3 {
			if _, _, _, err := in.Line(); err != nil {
				t.Errorf("Line(reads %q) error %v; want nil", tt.reads, err)
			}
		}
	}
}

// TestInputBOMNeedsNoMoreBytes checks that newInput does not wait for bytes
// it does not need to tell a byte order mark: a terminal line of one
// character is enough.
func TestInputBOMNeedsNoMoreBytes(t *testing.T) {
	for _, first := range []string{"a", "\n", "\xEF\xBBx", "\xFFa", "\xFEa"} {
		r := &inputOnceEOF{reads: []string{first}} // a second Read would fail
		in, err := newInput(r, "utf-8")
		if err != nil {
			t.Fatal(err)
		}
		if r.n != 1 {
			t.Errorf("newInput read %d times for a first read of %q; want 1", r.n, first)
		}
		line, _, ok, err := in.Line()
		if first == "\n" && (!ok || err != nil || len(line) != 0) {
			t.Errorf("Line after %q = %q, %v, %v; want \"\", true, nil", first, line, ok, err)
		}
	}
}

// inputZeros is an endless source of zero bytes, like /dev/zero.
type inputZeros struct{}

func (inputZeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// inputAllocated returns the bytes f allocates.
func inputAllocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestInputMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 64 MiB several times")
	}
	const size = 64 << 20
	const limit = 4 << 20
	for _, cs := range []string{"utf-8", "utf-16le", "windows-1254"} {
		n := inputAllocated(func() {
			in, _ := newInput(io.LimitReader(inputZeros{}, size), cs)
			line, tooLarge, ok, err := in.Line()
			if !tooLarge || !ok || err != nil || line != nil {
				t.Errorf("%s: Line of 64 MiB zeros = %d bytes, %v, %v, %v; want tooLarge", cs, len(line), tooLarge, ok, err)
			}
			if _, _, ok, err := in.Line(); ok || err != nil {
				t.Errorf("%s: Line after it = %v, %v; want the end", cs, ok, err)
			}
		})
		t.Logf("%s: a 64 MiB line allocated %d bytes", cs, n)
		if n > limit {
			t.Errorf("%s: a 64 MiB line allocated %d bytes; want at most %d", cs, n, limit)
		}
		n = inputAllocated(func() {
			in, _ := newInput(io.LimitReader(inputZeros{}, size), cs)
			msg, tooLarge, err := in.Message(false)
			if !tooLarge || err != nil || msg != nil {
				t.Errorf("%s: Message of 64 MiB zeros = %d bytes, %v, %v; want tooLarge", cs, len(msg), tooLarge, err)
			}
		})
		t.Logf("%s: a 64 MiB message allocated %d bytes", cs, n)
		if n > limit {
			t.Errorf("%s: a 64 MiB message allocated %d bytes; want at most %d", cs, n, limit)
		}
	}

	// A batch of many lines reuses its buffers: short lines are not copied,
	// and a long one is copied into the same buffer each time.
	batch := strings.Repeat("kısa satır\n"+inputA(3*readSize)+"\n", 64)
	n := inputAllocated(func() {
		in, _ := newInput(strings.NewReader(batch), "utf-8")
		for {
			_, _, ok, err := in.Line()
			if !ok || err != nil {
				break
			}
		}
	})
	if n > 2<<20 {
		t.Errorf("a batch of 128 lines allocated %d bytes; want at most %d", n, 2<<20)
	}
}

func TestInputNoAllocsPerLine(t *testing.T) {
	r := strings.NewReader("")
	in, _ := newInput(r, "utf-8")
	text := strings.Repeat("Merhaba dünya\r\n", 100)
	allocs := testing.AllocsPerRun(100, func() {
		r.Reset(text)
		in.r.Reset(&finalReader{r: r})
		for {
			_, _, ok, _ := in.Line()
			if !ok {
				break
			}
		}
	})
	if allocs > 1 { // the finalReader
		t.Errorf("100 short lines: %v allocations; want at most 1", allocs)
	}
}

func TestInputIsTTY(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	f, err := os.Create(filepath.Join(t.TempDir(), "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	for _, tt := range []struct {
		name string
		v    any
	}{
		{"/dev/null", null},
		{"a file", f},
		{"a pipe", pr},
		{"a nil *os.File", (*os.File)(nil)},
		{"a buffer", &bytes.Buffer{}},
		{"nil", nil},
	} {
		if isTTY(tt.v) {
			t.Errorf("isTTY(%s) = true; want false", tt.name)
		}
	}
	if tty, err := os.Open("/dev/tty"); err == nil {
		if !isTTY(tty) {
			t.Errorf("isTTY(/dev/tty) = false; want true")
		}
		tty.Close()
	}
}
