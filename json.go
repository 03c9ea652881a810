// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import (
	"io"
	"strconv"

	"github.com/smsseg/smsseg/codes"
	"github.com/smsseg/smsseg/internal/engine"
)

// sink is where the JSON writer puts its bytes: a caller's buffer
// (AppendJSON), or a buffer flushed to a writer whenever it grows past
// flushAt (JSONEncoder), so that memory stays bounded whatever the text
// holds.
type sink struct {
	buf []byte
	w   io.Writer
	err error
}

const flushAt = 32 << 10

func (s *sink) check() {
	if s.w != nil && len(s.buf) >= flushAt {
		s.flush()
	}
}

func (s *sink) flush() {
	if s.err == nil && len(s.buf) > 0 {
		_, s.err = s.w.Write(s.buf)
	}
	s.buf = s.buf[:0]
}

// AppendJSON appends the segcalc JSON object of SPEC 5 for a (no newline):
// vendor, encoding, shift, units, runes, segments, remaining, truncated,
// text, wire, parts, recipients, credits, params, errors and warnings, in
// that order. It allocates nothing when dst has room.
func (a Analysis) AppendJSON(dst []byte) []byte {
	s := sink{buf: dst}
	a.writeJSON(&s, nil)
	return s.buf
}

// MarshalJSON implements json.Marshaler with AppendJSON.
func (a Analysis) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil), nil }

// A JSONEncoder writes analyses as JSON Lines (one AppendJSON object and a
// newline each) to a writer, streaming: its memory is a fixed buffer,
// whatever the number of issues or the length of the text. Reuse one for a
// batch; after the first message it allocates nothing.
type JSONEncoder struct {
	s sink
}

// NewJSONEncoder returns an encoder writing to w.
func NewJSONEncoder(w io.Writer) *JSONEncoder {
	return &JSONEncoder{s: sink{w: w, buf: make([]byte, 0, flushAt+4096)}}
}

// Encode writes the JSON object of a and a newline, and returns the first
// write error.
func (e *JSONEncoder) Encode(a *Analysis) error { return e.EncodeWith(a, nil) }

// EncodeWith is Encode with more members after warnings: extra, when not
// empty, is written as it is before the object's closing brace, after a
// comma. It must be one or more JSON members ("key":value) separated by
// commas; EncodeWith does not check it.
func (e *JSONEncoder) EncodeWith(a *Analysis, extra []byte) error {
	if e.s.err != nil {
		return e.s.err
	}
	a.writeJSON(&e.s, extra)
	e.s.buf = append(e.s.buf, '\n')
	e.s.flush()
	return e.s.err
}

func (a *Analysis) writeJSON(s *sink, extra []byte) {
	rl := a.p.rules()
	r := a.res()
	b := s.buf
	b = append(b, `{"vendor":`...)
	b = appendJSONString(b, rl.Name)
	b = append(b, `,"encoding":"`...)
	b = append(b, a.Class().String()...)
	b = append(b, `","shift":"`...)
	b = append(b, a.Shift().String()...)
	b = append(b, `","units":`...)
	b = strconv.AppendInt(b, int64(r.Units), 10)
	b = append(b, `,"runes":`...)
	b = strconv.AppendInt(b, int64(r.Runes), 10)
	b = append(b, `,"segments":`...)
	b = strconv.AppendInt(b, int64(r.Segments), 10)
	b = append(b, `,"remaining":`...)
	b = strconv.AppendInt(b, int64(r.Remaining), 10)
	b = append(b, `,"truncated":`...)
	b = strconv.AppendInt(b, int64(r.Truncated), 10)
	b = append(b, `,"text":`...)
	s.buf = b
	a.writeText(s, false)
	s.buf = append(s.buf, `,"wire":`...)
	a.writeText(s, true)
	b = append(s.buf, `,"parts":[`...)
	var it PartIter
	it.Init(a)
	for i := 0; !it.Done(); i++ {
		pt := it.Next()
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(pt.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(pt.End), 10)
		b = append(b, `,"units":`...)
		b = strconv.AppendInt(b, int64(pt.Units), 10)
		b = append(b, '}')
		s.buf = b
		s.check()
		b = s.buf
	}
	b = append(b, `],"recipients":`...)
	b = strconv.AppendInt(b, a.p.Recipients(), 10)
	b = append(b, `,"credits":`...)
	b = strconv.AppendInt(b, a.Credits(), 10)
	b = append(b, `,"params":`...)
	b = a.Params().AppendJSON(b)
	b = append(b, `,"errors":[`...)
	s.buf = b
	a.writeIssues(s, false)
	s.buf = append(s.buf, `],"warnings":[`...)
	a.writeIssues(s, true)
	s.buf = append(s.buf, ']')
	if len(extra) > 0 {
		s.buf = append(s.buf, ',')
		s.buf = append(s.buf, extra...)
	}
	s.buf = append(s.buf, '}')
}

// writeText writes the delivered text (or the wire) as a JSON string.
func (a *Analysis) writeText(s *sink, wire bool) {
	rl, r := a.p.rules(), a.res()
	s.buf = append(s.buf, '"')
	pipe := wire && rl.Wire == engine.WirePipe
	if engine.Verbatim(rl, &a.p.opt, r, len(a.text)) && !pipe {
		for t := a.text; len(t) > 0; {
			n := min(len(t), flushAt)
			s.buf = appendJSONBody(s.buf, t[:n])
			t = t[n:]
			s.check()
		}
		s.buf = append(s.buf, '"')
		return
	}
	var w engine.Walker[string]
	w.Init(rl, &a.p.opt, r, a.text)
	var tmp [4]byte
	for {
		c, ok := w.Next()
		if !ok || (wire && c.Tail) {
			break
		}
		if pipe {
			if code, ok := codes.Lookup(c.R); ok {
				s.buf = append(s.buf, '|', '0'+code/10, '0'+code%10, '|')
				continue
			}
		}
		s.buf = appendJSONBody(s.buf, appendRune(tmp[:0], c.R))
		if len(s.buf) >= flushAt {
			s.check()
		}
	}
	s.buf = append(s.buf, '"')
}

// writeIssues writes the errors (or the warnings) as JSON objects.
func (a *Analysis) writeIssues(s *sink, warnings bool) {
	r := a.res()
	if r.Errors+r.Warnings == 0 {
		return
	}
	rl := a.p.rules()
	first := true
	engine.WalkIssues(rl, &a.p.opt, r, a.text, hasCodeFor(rl), func(e engine.Issue) bool {
		is := issueOf(e)
		if is.Code.IsWarning() != warnings {
			return true
		}
		if !first {
			s.buf = append(s.buf, ',')
		}
		first = false
		s.buf = a.appendIssueJSON(s.buf, is)
		s.check()
		return true
	})
}

// appendIssueJSON appends {"code","offset","rune","message"}.
func (a *Analysis) appendIssueJSON(b []byte, is Issue) []byte {
	b = append(b, `{"code":"`...)
	b = append(b, is.Code.String()...)
	b = append(b, `","offset":`...)
	b = strconv.AppendInt(b, int64(is.Offset), 10)
	if is.HasRune() {
		var tmp [4]byte
		b = append(b, `,"rune":`...)
		b = appendJSONString(b, appendRune(tmp[:0], is.Rune))
	}
	b = append(b, `,"message":"`...)
	b = a.AppendMessage(b, is)
	return append(b, `"}`...)
}

// AppendMessage appends a one-line English explanation of an issue of a. It
// writes no character that JSON must escape.
func (a Analysis) AppendMessage(dst []byte, is Issue) []byte {
	rl := a.p.rules()
	switch is.Code {
	case InvalidUTF8:
		return append(dst, "the input is not valid UTF-8 from here; each bad byte is counted as U+FFFD"...)
	case UnknownChar:
		dst = appendUPlus(dst, is.Rune)
		dst = append(dst, " is not in the "...)
		dst = append(dst, rl.Name...)
		return append(dst, " character set; the vendor rejects the message"...)
	case Empty:
		return append(dst, "the message is empty"...)
	case TooLarge:
		return append(dst, "the message is more than 1 MiB: no SMS; it was not analysed"...)
	case TooLong:
		dst = append(dst, "the text passes the "...)
		dst = append(dst, rl.Name...)
		dst = append(dst, " maximum of "...)
		if s := a.res().Scheme; s >= 0 {
			dst = strconv.AppendInt(dst, int64(rl.Schemes[s].Max), 10)
		}
		return append(dst, " units at this character; the vendor rejects the message"...)
	case Replaced:
		dst = appendUPlus(dst, is.Rune)
		dst = append(dst, " is not sent as it is: the vendor delivers "...)
		return appendUPlus(dst, rl.SubstRune(is.Rune))
	case AmbiguousPipe:
		return append(dst, "this | and the two digits after it read as a pipe code on the wire; the vendor would decode them"...)
	case Truncated:
		dst = append(dst, "the vendor drops "...)
		dst = strconv.AppendInt(dst, int64(a.res().Truncated), 10)
		return append(dst, " characters from here to keep within its maximum"...)
	}
	return append(dst, is.Code.String()...)
}

// appendJSONString appends s as a JSON string.
func appendJSONString[T string | []byte](dst []byte, s T) []byte {
	dst = append(dst, '"')
	dst = appendJSONBody(dst, s)
	return append(dst, '"')
}

// appendJSONBody appends s JSON-escaped without quotes: `"` and `\`
// escaped, control characters as \n, \r, \t or \u00XX, everything else as
// it is (s is valid UTF-8: the engine replaces invalid bytes). It works on
// any byte slice of the text, since it only changes ASCII bytes.
func appendJSONBody[T string | []byte](dst []byte, s T) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	return append(dst, s[start:]...)
}
