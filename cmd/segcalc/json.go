// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
	segment "github.com/smsseg/smsseg/internal/engine"
)

// jsonWriter writes the JSON object of SPEC 5 with append-style code into
// reused buffers: after the first few messages it allocates nothing.
type jsonWriter struct {
	p          smsseg.Profile
	rules      *segment.Rules
	vendor     []byte // `{"vendor":"gsm","encoding":"`
	recipients []byte // the decimal recipient count
	text       []byte
	wire       []byte
	parts      []smsseg.Part
	issues     []smsseg.Issue
}

// init prepares w for profile p.
func (w *jsonWriter) init(p smsseg.Profile, recipients int64) {
	w.p = p
	w.rules = p.Rules()
	w.vendor = append(w.vendor[:0], `{"vendor":`...)
	w.vendor = appendJSONString(w.vendor, p.Name())
	w.vendor = append(w.vendor, `,"encoding":"`...)
	w.recipients = strconv.AppendInt(w.recipients[:0], recipients, 10)
}

// append appends the JSON object (no newline) for r = p.Analyze(text).
func (w *jsonWriter) append(dst []byte, r *smsseg.Result, text string, credits int64) []byte {
	w.text = w.p.AppendTextOf(w.text[:0], r, text) // a plain copy when nothing rewrites it
	delivered := w.text
	wire := delivered
	if w.rules.Wire != segment.WireText {
		w.wire = w.p.AppendWireOf(w.wire[:0], r, text)
		wire = w.wire
	}
	w.parts = w.p.AppendPartsOf(w.parts[:0], r, text)
	w.issues = w.issues[:0]
	if r.Errors+r.Warnings > 0 {
		w.issues = w.p.AppendIssuesOf(w.issues, r, text)
	}

	dst = append(dst, w.vendor...)
	dst = append(dst, r.Encoding.String()...)
	dst = append(dst, `","shift":"`...)
	dst = append(dst, r.Shift.String()...)
	dst = append(dst, `","units":`...)
	dst = strconv.AppendInt(dst, int64(r.Units), 10)
	dst = append(dst, `,"runes":`...)
	dst = strconv.AppendInt(dst, int64(r.Runes), 10)
	dst = append(dst, `,"segments":`...)
	dst = strconv.AppendInt(dst, int64(r.Segments), 10)
	dst = append(dst, `,"remaining":`...)
	dst = strconv.AppendInt(dst, int64(r.Remaining), 10)
	dst = append(dst, `,"truncated":`...)
	dst = strconv.AppendInt(dst, int64(r.Truncated), 10)
	dst = append(dst, `,"text":`...)
	dst = appendJSONString(dst, delivered)
	dst = append(dst, `,"wire":`...)
	dst = appendJSONString(dst, wire)
	dst = append(dst, `,"parts":[`...)
	for i, pt := range w.parts {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"start":`...)
		dst = strconv.AppendInt(dst, int64(pt.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(pt.End), 10)
		dst = append(dst, `,"units":`...)
		dst = strconv.AppendInt(dst, int64(pt.Units), 10)
		dst = append(dst, '}')
	}
	dst = append(dst, `],"recipients":`...)
	dst = append(dst, w.recipients...)
	dst = append(dst, `,"credits":`...)
	dst = strconv.AppendInt(dst, credits, 10)
	dst = append(dst, `,"params":`...)
	dst = r.Params.AppendJSON(dst)
	dst = append(dst, `,"errors":[`...)
	dst = w.appendIssues(dst, r, false)
	dst = append(dst, `],"warnings":[`...)
	dst = w.appendIssues(dst, r, true)
	return append(dst, "]}"...)
}

// appendIssues appends the errors (or the warnings) of w.issues as JSON
// objects separated by commas.
func (w *jsonWriter) appendIssues(dst []byte, r *smsseg.Result, warnings bool) []byte {
	first := true
	for _, is := range w.issues {
		if is.Code.IsWarning() != warnings {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = append(dst, `{"code":"`...)
		dst = append(dst, is.Code.String()...)
		dst = append(dst, `","offset":`...)
		dst = strconv.AppendInt(dst, int64(is.Offset), 10)
		if is.Code != smsseg.Empty {
			dst = append(dst, `,"rune":`...)
			var rb [utf8.UTFMax]byte
			dst = appendJSONString(dst, utf8.AppendRune(rb[:0], is.Rune))
		}
		dst = append(dst, `,"message":"`...)
		dst = appendMessage(dst, w.p, r, is)
		dst = append(dst, `"}`...)
	}
	return dst
}

// appendMessage appends a one-line English explanation of an issue. It
// writes no character that JSON must escape.
func appendMessage(dst []byte, p smsseg.Profile, r *smsseg.Result, is smsseg.Issue) []byte {
	switch is.Code {
	case smsseg.InvalidUTF8:
		return append(dst, "the input is not valid UTF-8 from here; each bad byte is counted as U+FFFD"...)
	case smsseg.UnknownChar:
		dst = appendUPlus(dst, is.Rune)
		dst = append(dst, " is not in the "...)
		dst = append(dst, p.Name()...)
		return append(dst, " character set; the vendor rejects the message"...)
	case smsseg.Empty:
		return append(dst, "the message is empty"...)
	case smsseg.TooLong:
		dst = append(dst, "the text passes the "...)
		dst = append(dst, p.Name()...)
		dst = append(dst, " maximum of "...)
		if s := r.Scheme(); s >= 0 && s < len(p.Rules().Max) {
			dst = strconv.AppendInt(dst, int64(p.Rules().Max[s]), 10)
		}
		return append(dst, " units at this character; the vendor rejects the message"...)
	case smsseg.AmbiguousPipe:
		return append(dst, "this | and the two digits after it read as a pipe code on the wire; the vendor would decode them"...)
	}
	return append(dst, is.Code.String()...)
}

// appendUPlus appends "U+0009".
func appendUPlus(dst []byte, r rune) []byte {
	const hex = "0123456789ABCDEF"
	dst = append(dst, "U+"...)
	n := 4
	for v := uint32(r) >> 16; v != 0; v >>= 4 {
		n++
	}
	for i := n - 1; i >= 0; i-- {
		dst = append(dst, hex[(uint32(r)>>(4*uint(i)))&0xF])
	}
	return dst
}

// appendJSONString appends s as a JSON string: `"` and `\` escaped, control
// characters as \n, \r, \t or \u00XX, everything else as it is (s is valid
// UTF-8: the library replaces invalid bytes). strconv.AppendQuote is not
// used because its Go escapes (\x1b, \a, \U0001F600 ...) are not JSON.
func appendJSONString[T string | []byte](dst []byte, s T) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x20 && b != '"' && b != '\\' {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch b {
		case '"', '\\':
			dst = append(dst, '\\', b)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
		}
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
