// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// inputChunks hands its data out in reads of at most n bytes (n = 0: all at
// once), so every boundary of the input falls everywhere.
type inputChunks struct {
	data []byte
	n    int
}

func (r *inputChunks) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	if r.n > 0 && len(p) > r.n {
		p = p[:r.n]
	}
	k := copy(p, r.data)
	r.data = r.data[k:]
	return k, nil
}

// inputReference is SPEC 5 read naively: the byte order mark at the very
// start decides, else the charset; the whole input decoded at once; then
// the message (one "\n" or "\r\n" dropped) or the lines (split at "\n", none
// after a final "\n", one trailing "\r" dropped from each), each too large
// past maxMessage bytes.
func inputReference(data []byte, cs string) (text []byte, ok bool) {
	enc, err := charset(cs)
	if err != nil {
		return nil, false
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data, enc = data[3:], nil
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		data, enc = data[2:], utf16le
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		data, enc = data[2:], utf16be
	}
	if enc == nil {
		return data, true
	}
	text, err = encoding.Encoding(enc).NewDecoder().Bytes(data)
	return text, err == nil
}

// FuzzInput checks the input layer (BOM, charset decoding, the message and
// -lines splitting, the 1 MiB limit) against inputReference, over every
// charset and read size.
func FuzzInput(f *testing.F) {
	for _, tt := range inputMessageTests {
		if len(tt.in) < 4096 {
			f.Add([]byte(tt.in), uint8(0), uint8(1))
		}
	}
	f.Add([]byte("a\r\nb\rc\n\n\r"), uint8(0), uint8(0))
	f.Add([]byte("\xFF\xFEa\x00\n\x00\r\x00"), uint8(2), uint8(3))
	f.Add([]byte("\xFE\xF0\xFD\xDD\r\n\x80"), uint8(3), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, csIndex, chunk uint8) {
		cs := charsets[int(csIndex)%len(charsets)].name
		n := int(chunk % 8)
		text, ok := inputReference(data, cs)
		if !ok {
			t.Fatalf("reference cannot decode %q as %s", data, cs)
		}

		// The message.
		for _, raw := range []bool{false, true} {
			want, wantLarge := text, false
			if !raw {
				want = dropNewline(want)
			}
			if len(want) > maxMessage {
				want, wantLarge = nil, true
			}
			in, err := newInput(&inputChunks{data: data, n: n}, cs)
			if err != nil {
				t.Fatal(err)
			}
			msg, tooLarge, err := in.Message(raw)
			if err != nil || tooLarge != wantLarge || !bytes.Equal(msg, want) {
				t.Fatalf("%s raw %v reads %d: Message(%q) = %q, %v, %v; want %q, %v", cs, raw, n, data, msg, tooLarge, err, want, wantLarge)
			}
		}

		// The lines.
		type wantLine struct {
			b     []byte
			large bool
		}
		var want []wantLine
		for rest := text; len(rest) > 0; {
			line := rest
			if i := bytes.IndexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				rest = nil
			}
			line = bytes.TrimSuffix(line, []byte("\r"))
			want = append(want, wantLine{line, len(line) > maxMessage})
		}
		in, err := newInput(&inputChunks{data: data, n: n}, cs)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; ; i++ {
			line, tooLarge, ok, err := in.Line()
			if err != nil {
				t.Fatalf("%s reads %d: Line %d of %q: %v", cs, n, i+1, data, err)
			}
			if !ok {
				if i != len(want) {
					t.Fatalf("%s reads %d: %q gave %d lines; want %d", cs, n, data, i, len(want))
				}
				break
			}
			if i >= len(want) {
				t.Fatalf("%s reads %d: %q gave more than %d lines: %q", cs, n, data, len(want), line)
			}
			if w := want[i]; tooLarge != w.large || !tooLarge && !bytes.Equal(line, w.b) {
				t.Fatalf("%s reads %d: Line %d of %q = %q, %v; want %q, %v", cs, n, i+1, data, line, tooLarge, w.b, w.large)
			}
		}
	})
}

// FuzzBatch runs the whole command on arbitrary standard input with -lines
// -json: whatever the bytes, every input line gives exactly one valid JSON
// object (output line N for input line N), the totals line counts them all,
// and the exit status is 1 exactly when one has errors.
func FuzzBatch(f *testing.F) {
	f.Add([]byte("Merhaba\n\nşeker\r\n\xff\x00\r"), uint8(0), uint8(0))
	f.Add([]byte("\xEF\xBB\xBF|61|62|\n{€}\n"), uint8(1), uint8(0))
	f.Add([]byte("\xFF\xFEa\x00\n\x00\x3D\xD8"), uint8(5), uint8(1))
	f.Add([]byte("\xDDstanbul\r\n\xE7i\xE7ek"), uint8(6), uint8(3))
	f.Add([]byte("H\x00i\x00\n\x00"), uint8(0), uint8(0)) // UTF-16LE read as UTF-8: the hint
	names := []string{"gsm", "oztek", "esemes", "nodeapi", "kobikom", "bisms", "verimor"}
	f.Fuzz(func(t *testing.T, data []byte, vendor, csIndex uint8) {
		cs := charsets[int(csIndex)%len(charsets)].name
		v := names[int(vendor)%len(names)]
		text, ok := inputReference(data, cs)
		if !ok {
			t.Fatalf("reference cannot decode %q as %s", data, cs)
		}
		lines := bytes.Count(text, []byte("\n"))
		if len(text) > 0 && text[len(text)-1] != '\n' {
			lines++
		}
		var o, e bytes.Buffer
		code := run([]string{"-lines", "-json", "-vendor", v, "-charset", cs}, bytes.NewReader(data), &o, &e)
		var got []string
		if o.Len() > 0 {
			if o.Bytes()[o.Len()-1] != '\n' {
				t.Fatalf("%s %s %q: output does not end in a newline", v, cs, data)
			}
			got = strings.Split(strings.TrimSuffix(o.String(), "\n"), "\n")
		}
		if len(got) != lines {
			t.Fatalf("%s %s %q: %d results for %d lines", v, cs, data, len(got), lines)
		}
		bad := false
		for _, l := range got {
			r := decode(t, l)
			if len(r.Errors) > 0 {
				bad = true
			}
			if r.Vendor != v || r.Credits != int64(r.Segments) || r.Recipients != 1 || r.Runes != utf8.RuneCountInString(r.Text) {
				t.Fatalf("%s %s %q: result %s", v, cs, data, l)
			}
		}
		if want := map[bool]int{false: 0, true: 1}[bad]; code != want {
			t.Fatalf("%s %s %q: exit status %d; want %d", v, cs, data, code, want)
		}
		stderr := e.String()
		if first, rest, _ := strings.Cut(stderr, "\n"); strings.HasPrefix(first, "segcalc: standard input looks like UTF-16") {
			stderr = rest // the hint (hint.go), before the totals
		}
		if prefix := "segcalc: " + strconv.Itoa(lines) + " message"; !strings.HasPrefix(stderr, prefix) || strings.Count(stderr, "\n") != 1 {
			t.Fatalf("%s %s %q: stderr %q; want one totals line starting %q", v, cs, data, e.String(), prefix)
		}
	})
}
