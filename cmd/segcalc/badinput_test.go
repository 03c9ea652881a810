// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

// Bad input through the whole command (issue 14): every class of hostile or
// mistaken input, each with the exit status and the output SPEC 5 gives it.
// The expected values are worked by hand from the SPEC (the capacities and
// unit costs of SPEC 2, 3.1 and 3.5, the byte order marks, charsets, newline
// rules, 1 MiB limit and recipients range of SPEC 5), never taken from a run.
// Without -json a batch prints the one-line summary batch.go documents
// (appendSummary), and the totals line its totals.line gives.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badRow is one bad input and what segcalc must do with it.
type badRow struct {
	name  string
	args  []string
	stdin string
	in    func() io.Reader // standard input, when not nil (stdin is then unused)
	code  int
	// json lists, with -json, the objects standard output must hold, one a
	// line and in order (issue messages are free text: checked non-empty,
	// then ignored). Without -json, stdout is all of standard output.
	json   []result
	stdout string
	stderr string // all of standard error
}

// badWant fills in the defaults of a row — vendor gsm (the default profile),
// shift none, params {}, one recipient (the -recipients default) — and what
// SPEC 5 and 3.7 fix for every result: credits = segments × recipients, the
// wire equal to the text (every profile but oztek, whose rows give their
// wire), and arrays, not nulls.
func badWant(r result) result {
	if r.Vendor == "" {
		r.Vendor = "gsm"
	}
	if r.Shift == "" {
		r.Shift = "none"
	}
	if r.Params == nil {
		r.Params = []byte(`{}`)
	}
	if r.Recipients == 0 {
		r.Recipients = 1
	}
	r.Credits = int64(r.Segments) * r.Recipients
	if r.Wire == "" {
		r.Wire = r.Text
	}
	if r.Parts == nil {
		r.Parts = []part{}
	}
	if r.Errors == nil {
		r.Errors = []issue{}
	}
	if r.Warnings == nil {
		r.Warnings = []issue{}
	}
	return r
}

// badIssue is an error or warning; r is its rune, "" for none (empty,
// too_large, truncated).
func badIssue(code string, offset int, r string) issue {
	is := issue{Code: code, Offset: offset}
	if r != "" {
		is.Rune = &r
	}
	return is
}

// badEmpty and badTooLarge are the results of SPEC 3.7 (empty) and SPEC 5
// (too_large, "otherwise as empty"): text "", zero counts, remaining 160, no
// parts, the params of the normal class.
func badEmpty(vendor, params string) result {
	return badWant(result{Vendor: vendor, Encoding: "normal", Remaining: 160, Params: []byte(params),
		Errors: []issue{badIssue("empty", 0, "")}})
}

func badTooLarge(vendor, params string) result {
	return badWant(result{Vendor: vendor, Encoding: "normal", Remaining: 160, Params: []byte(params),
		Errors: []issue{badIssue("too_large", 0, "")}})
}

// badUCS2 is the gsm result of a short text only UCS-2 carries (SPEC 3.1):
// units = UTF-16 units, one part of 70, no error unless given.
func badUCS2(text string, units, runes int, errs ...issue) result {
	return badWant(result{Encoding: "ucs2", Units: units, Runes: runes, Segments: 1, Remaining: 70 - units,
		Text: text, Parts: []part{{0, len(text), units}}, Errors: errs})
}

// badNormal is the gsm result of a short text in the default alphabet.
func badNormal(text string, units, runes int) result {
	return badWant(result{Encoding: "normal", Units: units, Runes: runes, Segments: 1, Remaining: 160 - units,
		Text: text, Parts: []part{{0, len(text), units}}})
}

// badŞeker is "şeker" under gsm: ş is in the Turkish locking table, so
// candidate (2) takes 5 units where (3) takes 6, both one segment: the tie
// goes to (2), locking shift, 155 − 5 remaining.
var badŞeker = badWant(result{Encoding: "turkish", Shift: "locking", Units: 5, Runes: 5, Segments: 1,
	Remaining: 150, Text: "şeker", Parts: []part{{0, 6, 5}}})

// badUTF16 encodes s as UTF-16, little- or big-endian, without a BOM.
func badUTF16(s string, bigEndian bool) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

const (
	badFFFD  = "\uFFFD"
	badMiB   = 1 << 20
	badTur   = `{"tur":"Turkce"}`
	badNorm  = `{"tur":"Normal"}`
	badUsage = "segcalc: -recipients wants a whole number from 1 to 1000000000, not "
)

// badHintLE and badHintBE are what standard error says of standard input
// that looks like UTF-16 without a BOM, read as UTF-8.
const (
	badHintLE = "segcalc: standard input looks like UTF-16LE saved without a byte order mark (a NUL byte after every character), read as UTF-8; if it is, run with -charset utf-16le\n"
	badHintBE = "segcalc: standard input looks like UTF-16BE saved without a byte order mark (a NUL byte before every character), read as UTF-8; if it is, run with -charset utf-16be\n"
)

// badTotals is the totals line of a batch with no errors.
func badTotals(messages, segments, credits int) string {
	return "segcalc: " + strconv.Itoa(messages) + " messages, " + strconv.Itoa(segments) + " segments, " +
		strconv.Itoa(credits) + " credits, 0 with errors\n"
}

// badNULs1000 is 1000 NUL bytes under oztek (SPEC 3.5): each is unknown and
// counts 1 unit; the class stays normal; 1000 > 918 is too_long at the
// 919th (offset 918), after that rune's unknown_char (SPEC 3.7 order);
// ceil(1000/153) = 7 segments, remaining 7·153 − 1000 = 71; greedy parts of
// 153.
func badNULs1000() result {
	var errs []issue
	for i := range 1000 {
		errs = append(errs, badIssue("unknown_char", i, "\x00"))
		if i == 918 {
			errs = append(errs, badIssue("too_long", 918, "\x00"))
		}
	}
	var parts []part
	for s := 0; s < 1000; s += 153 {
		parts = append(parts, part{s, min(s+153, 1000), min(153, 1000-s)})
	}
	return badWant(result{Vendor: "oztek", Encoding: "normal", Units: 1000, Runes: 1000, Segments: 7, Remaining: 71,
		Text: strings.Repeat("\x00", 1000), Parts: parts, Params: []byte(badNorm), Errors: errs})
}

// badOneMiB is exactly 1 MiB of 'a' under gsm: not too large; 1048576
// septets in parts of 153: 6853 full ones and one of 67 (1048576 − 6853·153),
// so 6854 segments and 153 − 67 = 86 remaining.
func badOneMiB() result {
	var parts []part
	for s := 0; s < badMiB; s += 153 {
		parts = append(parts, part{s, min(s+153, badMiB), min(153, badMiB-s)})
	}
	return badWant(result{Encoding: "normal", Units: badMiB, Runes: badMiB, Segments: 6854, Remaining: 86,
		Text: strings.Repeat("a", badMiB), Parts: parts})
}

var badRows = []badRow{
	// Invalid UTF-8: each bad byte is one U+FFFD as utf8.DecodeRune reads it
	// (so an overlong, surrogate, too large or cut sequence is one U+FFFD
	// per byte); one invalid_utf8 at the first; under gsm U+FFFD needs UCS-2.
	// One trailing "\n" of standard input is dropped first.
	{name: "lone continuation byte", args: []string{"-json"}, stdin: "a\x80b\n", code: 1,
		json: []result{badUCS2("a"+badFFFD+"b", 3, 3, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "overlong 2-byte C0 AF", args: []string{"-json"}, stdin: "x\xC0\xAFy", code: 1,
		json: []result{badUCS2("x"+badFFFD+badFFFD+"y", 4, 4, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "overlong 2-byte C1 BF", args: []string{"-json"}, stdin: "\xC1\xBF", code: 1,
		json: []result{badUCS2(badFFFD+badFFFD, 2, 2, badIssue("invalid_utf8", 0, badFFFD))}},
	{name: "overlong 3-byte E0 80 AF", args: []string{"-json"}, stdin: "x\xE0\x80\xAF", code: 1,
		json: []result{badUCS2("x"+badFFFD+badFFFD+badFFFD, 4, 4, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "overlong 4-byte F0 80 80 AF", args: []string{"-json"}, stdin: "x\xF0\x80\x80\xAF", code: 1,
		json: []result{badUCS2("x"+badFFFD+badFFFD+badFFFD+badFFFD, 5, 5, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "surrogate half ED A0 80", args: []string{"-json"}, stdin: "x\xED\xA0\x80", code: 1,
		json: []result{badUCS2("x"+badFFFD+badFFFD+badFFFD, 4, 4, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "surrogate half ED BF BF", args: []string{"-json"}, stdin: "\xED\xBF\xBFx", code: 1,
		json: []result{badUCS2(badFFFD+badFFFD+badFFFD+"x", 4, 4, badIssue("invalid_utf8", 0, badFFFD))}},
	{name: "above U+10FFFF F4 90 80 80", args: []string{"-json"}, stdin: "x\xF4\x90\x80\x80", code: 1,
		json: []result{badUCS2("x"+badFFFD+badFFFD+badFFFD+badFFFD, 5, 5, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "truncated 3-byte at the end", args: []string{"-json"}, stdin: "ab\xE2\x82\n", code: 1,
		json: []result{badUCS2("ab"+badFFFD+badFFFD, 4, 4, badIssue("invalid_utf8", 2, badFFFD))}},
	{name: "truncated 4-byte at the end", args: []string{"-json"}, stdin: "ab\xF0\x9F\x98", code: 1,
		json: []result{badUCS2("ab"+badFFFD+badFFFD+badFFFD, 5, 5, badIssue("invalid_utf8", 2, badFFFD))}},
	{name: "truncated 3-byte in the middle", args: []string{"-json"}, stdin: "a\xE2\x82b", code: 1,
		json: []result{badUCS2("a"+badFFFD+badFFFD+"b", 4, 4, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "truncated 4-byte in the middle", args: []string{"-json"}, stdin: "a\xF0\x9F\x98b", code: 1,
		json: []result{badUCS2("a"+badFFFD+badFFFD+badFFFD+"b", 5, 5, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "FF FE in the middle", args: []string{"-json"}, stdin: "a\xFF\xFEb", code: 1,
		json: []result{badUCS2("a"+badFFFD+badFFFD+"b", 4, 4, badIssue("invalid_utf8", 1, badFFFD))}},
	{name: "FF at the start is no BOM", args: []string{"-json"}, stdin: "\xFFa", code: 1,
		json: []result{badUCS2(badFFFD+"a", 2, 2, badIssue("invalid_utf8", 0, badFFFD))}},
	{name: "FE at the start is no BOM", args: []string{"-json"}, stdin: "\xFEa", code: 1,
		json: []result{badUCS2(badFFFD+"a", 2, 2, badIssue("invalid_utf8", 0, badFFFD))}},
	{name: "two bad runs, one invalid_utf8", args: []string{"-json"}, stdin: "\xFFa\xFF", code: 1,
		json: []result{badUCS2(badFFFD+"a"+badFFFD, 3, 3, badIssue("invalid_utf8", 0, badFFFD))}},
	{name: "invalid UTF-8 in a TEXT argument", args: []string{"-json", "a\x80b"}, code: 1,
		json: []result{badUCS2("a"+badFFFD+"b", 3, 3, badIssue("invalid_utf8", 1, badFFFD))}},
	// oztek cannot carry U+FFFD: each is also unknown_char (1 unit), after
	// invalid_utf8 at the same offset; the class stays normal.
	{name: "invalid UTF-8 under oztek", args: []string{"-json", "-vendor", "oztek"}, stdin: "a\xC0\xAFb", code: 1,
		json: []result{badWant(result{Vendor: "oztek", Encoding: "normal", Units: 4, Runes: 4, Segments: 1, Remaining: 156,
			Text: "a" + badFFFD + badFFFD + "b", Parts: []part{{0, 8, 4}}, Params: []byte(badNorm),
			Errors: []issue{badIssue("invalid_utf8", 1, badFFFD), badIssue("unknown_char", 1, badFFFD), badIssue("unknown_char", 4, badFFFD)}})}},
	// bisms turns U+FFFD into a space (SPEC 3.6 step 2): a replaced warning
	// as well, with the caller's rune U+FFFD.
	{name: "invalid UTF-8 under bisms", args: []string{"-json", "-vendor", "bisms", "a\xFFb"}, code: 1,
		json: []result{badWant(result{Vendor: "bisms", Encoding: "normal", Units: 3, Runes: 3, Segments: 1, Remaining: 157,
			Text: "a b", Parts: []part{{0, 3, 3}}, Errors: []issue{badIssue("invalid_utf8", 1, badFFFD)},
			Warnings: []issue{badIssue("replaced", 1, badFFFD)}})}},
	// 1000 a and a bad byte: 1001 units, past 917 (six segments): runes are
	// dropped from the end down to 917 (84 dropped, the bad byte's among
	// them), so invalid_utf8 is at len(text) (SPEC 3.7), next to the
	// truncated warning; a rune truncation removed has no replaced warning
	// (it is not in text). Parts: five of 153 and one of 152; remaining
	// 917 − 917.
	{name: "invalid UTF-8 truncated away under bisms", args: []string{"-json", "-vendor", "bisms", strings.Repeat("a", 1000) + "\xFF"}, code: 1,
		json: []result{badWant(result{Vendor: "bisms", Encoding: "normal", Units: 917, Runes: 917, Segments: 6, Remaining: 0, Truncated: 84,
			Text: strings.Repeat("a", 917), Parts: []part{{0, 153, 153}, {153, 306, 153}, {306, 459, 153}, {459, 612, 153}, {612, 765, 153}, {765, 917, 152}},
			Errors: []issue{badIssue("invalid_utf8", 917, badFFFD)}, Warnings: []issue{badIssue("truncated", 917, "")}})}},
	{name: "invalid UTF-8 line in a batch", args: []string{"-lines", "-json"}, stdin: "ok\n\xC0\xAF\nşeker\n", code: 1,
		json:   []result{badNormal("ok", 2, 2), badUCS2(badFFFD+badFFFD, 2, 2, badIssue("invalid_utf8", 0, badFFFD)), badŞeker},
		stderr: "segcalc: 3 messages, 3 segments, 2 credits for accepted messages; 1 with errors, which the vendor would reject (1 credit)\n"},

	// NUL is valid UTF-8: gsm carries it in UCS-2 (no error); oztek rejects it.
	{name: "NUL under gsm", args: []string{"-json"}, stdin: "a\x00b", code: 0,
		json: []result{badUCS2("a\x00b", 3, 3)}},
	{name: "NUL under oztek", args: []string{"-json", "-vendor", "oztek"}, stdin: "a\x00b", code: 1,
		json: []result{badWant(result{Vendor: "oztek", Encoding: "normal", Units: 3, Runes: 3, Segments: 1, Remaining: 157,
			Text: "a\x00b", Parts: []part{{0, 3, 3}}, Params: []byte(badNorm), Errors: []issue{badIssue("unknown_char", 1, "\x00")}})}},
	{name: "1000 NULs under oztek", args: []string{"-json", "-vendor", "oztek"}, stdin: strings.Repeat("\x00", 1000), code: 1,
		json: []result{badNULs1000()}},

	// Byte order marks (SPEC 5): dropped at the very start, and they decide
	// the encoding whatever -charset says; anywhere else U+FEFF is a
	// character (UCS-2 only).
	{name: "UTF-8 BOM", args: []string{"-json"}, stdin: "\xEF\xBB\xBFMerhaba\n", code: 0,
		json: []result{badNormal("Merhaba", 7, 7)}},
	{name: "UTF-16LE BOM", args: []string{"-json"}, stdin: "\xFF\xFE" + badUTF16("şeker\n", false), code: 0,
		json: []result{badŞeker}},
	{name: "UTF-16BE BOM", args: []string{"-json"}, stdin: "\xFE\xFF" + badUTF16("şeker\r\n", true), code: 0,
		json: []result{badŞeker}},
	{name: "UTF-16LE BOM over -charset windows-1254", args: []string{"-json", "-charset", "windows-1254"},
		stdin: "\xFF\xFE" + badUTF16("şeker", false), code: 0, json: []result{badŞeker}},
	{name: "UTF-16BE BOM over -charset utf-16le", args: []string{"-json", "-charset", "utf-16le"},
		stdin: "\xFE\xFF" + badUTF16("şeker", true), code: 0, json: []result{badŞeker}},
	{name: "UTF-8 BOM over -charset utf-16le", args: []string{"-json", "-charset", "utf-16le"},
		stdin: "\xEF\xBB\xBFşeker", code: 0, json: []result{badŞeker}},
	{name: "BOM only", args: []string{"-json"}, stdin: "\xEF\xBB\xBF", code: 1,
		json: []result{badEmpty("gsm", `{}`)}},
	{name: "UTF-16LE BOM and a newline only", args: []string{"-json"}, stdin: "\xFF\xFE\n\x00", code: 1,
		json: []result{badEmpty("gsm", `{}`)}},
	{name: "second BOM is a character", args: []string{"-json"}, stdin: "\xEF\xBB\xBF\xEF\xBB\xBFa", code: 0,
		json: []result{badUCS2("\uFEFFa", 2, 2)}},
	{name: "BOM inside the text", args: []string{"-json"}, stdin: "a\xEF\xBB\xBFb", code: 0,
		json: []result{badUCS2("a\uFEFFb", 3, 3)}},
	{name: "UTF-8 BOM before a batch", args: []string{"-lines", "-json"}, stdin: "\xEF\xBB\xBFa\nb\n", code: 0,
		json: []result{badNormal("a", 1, 1), badNormal("b", 1, 1)}, stderr: badTotals(2, 2, 2)},
	{name: "UTF-16LE BOM before a batch", args: []string{"-lines", "-json"}, stdin: "\xFF\xFE" + badUTF16("a\r\nşeker\r", false), code: 0,
		json: []result{badNormal("a", 1, 1), badŞeker}, stderr: badTotals(2, 2, 2)},

	// UTF-16 without a BOM: decoded under -charset; read as UTF-8 (the
	// default) its NUL bytes are characters like any other (SPEC 5: standard
	// input is read in -charset): UCS-2 under gsm, unknown_char under oztek.
	// Not silently: standard error says it looks like UTF-16 (output and exit
	// status as SPEC 5 has them).
	{name: "UTF-16LE under -charset utf-16le", args: []string{"-json", "-charset", "utf-16le"},
		stdin: badUTF16("şeker\n", false), code: 0, json: []result{badŞeker}},
	{name: "UTF-16BE under -charset UTF-16BE", args: []string{"-json", "-charset", "UTF-16BE"},
		stdin: badUTF16("şeker", true), code: 0, json: []result{badŞeker}},
	{name: "UTF-16LE astral pair", args: []string{"-json", "-charset", "utf-16le"}, stdin: "\x3D\xD8\x00\xDE", code: 0,
		json: []result{badWant(result{Encoding: "ucs2", Units: 2, Runes: 1, Segments: 1, Remaining: 68,
			Text: "😀", Parts: []part{{0, 4, 2}}})}},
	{name: "UTF-16LE unpaired surrogate is U+FFFD", args: []string{"-json", "-charset", "utf-16le"},
		stdin: "a\x00\x3D\xD8b\x00", code: 0, json: []result{badUCS2("a"+badFFFD+"b", 3, 3)}},
	{name: "UTF-16LE odd last byte is U+FFFD", args: []string{"-json", "-charset", "utf-16le"},
		stdin: badUTF16("ab", false) + "c", code: 0, json: []result{badUCS2("ab"+badFFFD, 3, 3)}},
	{name: "UTF-16LE without BOM read as UTF-8", args: []string{"-json"}, stdin: badUTF16("Merhaba", false), code: 0,
		json: []result{badUCS2("M\x00e\x00r\x00h\x00a\x00b\x00a\x00", 14, 14)}, stderr: badHintLE},
	{name: "UTF-16BE without BOM read as UTF-8", args: []string{"-json"}, stdin: badUTF16("şeker", true), code: 0,
		json: []result{badUCS2("\x01_\x00e\x00k\x00e\x00r", 10, 10)}, stderr: badHintBE},
	// Read as UTF-8 lines, UTF-16LE "Hi\nşeker\n" splits at the 0x0A bytes:
	// the 0x00 after each starts the next line, so three lines, not two.
	{name: "UTF-16LE without BOM read as UTF-8 lines", args: []string{"-lines", "-json"}, stdin: badUTF16("Hi\nşeker\n", false), code: 0,
		json:   []result{badUCS2("H\x00i\x00", 4, 4), badUCS2("\x00_\x01e\x00k\x00e\x00r\x00", 11, 11), badUCS2("\x00", 1, 1)},
		stderr: badHintLE + badTotals(3, 3, 3)},
	// -vendor all: "H\x00i\x00" is 4 runes everywhere; oztek and esemes
	// reject both NULs (the class stays normal), bisms makes them spaces
	// (warnings only), the others need UCS-2.
	{name: "UTF-16LE without BOM read as UTF-8, -vendor all", args: []string{"-vendor", "all"}, stdin: badUTF16("Hi", false), code: 1,
		stdout: "vendor    encoding                  units  segments      credits  errors\n" +
			"gsm       ucs2                          4         1            1  none\n" +
			"oztek     normal                        4         1            1  2, first unknown_char at byte 1\n" +
			"esemes    normal                        4         1            1  2, first unknown_char at byte 1\n" +
			"nodeapi   ucs2                          4         1            1  none\n" +
			"kobikom   ucs2                          4         1            1  none\n" +
			"bisms     normal                        4         1            1  none\n" +
			"verimor   ucs2                          4         1            1  none\n",
		stderr: badHintLE},
	{name: "UTF-16LE without BOM read as UTF-8 under oztek", args: []string{"-json", "-vendor", "oztek"}, stdin: badUTF16("Hey", false), code: 1,
		json: []result{badWant(result{Vendor: "oztek", Encoding: "normal", Units: 6, Runes: 6, Segments: 1, Remaining: 154,
			Text: "H\x00e\x00y\x00", Parts: []part{{0, 6, 6}}, Params: []byte(badNorm),
			Errors: []issue{badIssue("unknown_char", 1, "\x00"), badIssue("unknown_char", 3, "\x00"), badIssue("unknown_char", 5, "\x00")}})},
		stderr: badHintLE},

	// Windows-1254 and ISO-8859-9: ş ğ ı İ are FE F0 FD DD in both. Under
	// gsm all four are in the Turkish locking table (1 unit each; the single
	// shift costs 2 each, same segment count, the tie goes to locking).
	// Under oztek they cost 2 each and are pipe-coded |65| |66| |67| |72|.
	{name: "windows-1254 şğıİ", args: []string{"-json", "-charset", "windows-1254"}, stdin: "\xFE\xF0\xFD\xDD\r\n", code: 0,
		json: []result{badWant(result{Encoding: "turkish", Shift: "locking", Units: 4, Runes: 4, Segments: 1, Remaining: 151,
			Text: "şğıİ", Parts: []part{{0, 8, 4}}})}},
	{name: "windows-1254 şğıİ under oztek", args: []string{"-json", "-charset", "windows-1254", "-vendor", "oztek"}, stdin: "\xFE\xF0\xFD\xDD", code: 0,
		json: []result{badWant(result{Vendor: "oztek", Encoding: "turkish", Units: 8, Runes: 4, Segments: 1, Remaining: 147,
			Text: "şğıİ", Wire: "|65||66||67||72|", Parts: []part{{0, 8, 8}}, Params: []byte(badTur)})}},
	{name: "iso-8859-9 şğıİ under oztek", args: []string{"-json", "-charset", "iso-8859-9", "-vendor", "oztek"}, stdin: "\xFE\xF0\xFD\xDD", code: 0,
		json: []result{badWant(result{Vendor: "oztek", Encoding: "turkish", Units: 8, Runes: 4, Segments: 1, Remaining: 147,
			Text: "şğıİ", Wire: "|65||66||67||72|", Parts: []part{{0, 8, 8}}, Params: []byte(badTur)})}},
	// 0x80 is € in windows-1254 (default extension: 2 septets; the Turkish
	// locking table has it for 1, but both are one segment and the tie goes
	// to the default alphabet), a C1 control in iso-8859-9 (UCS-2 only).
	{name: "windows-1254 0x80 is €", args: []string{"-json", "-charset", "windows-1254"}, stdin: "5\x80", code: 0,
		json: []result{badNormal("5€", 3, 2)}},
	{name: "iso-8859-9 0x80 is U+0080", args: []string{"-json", "-charset", "iso-8859-9"}, stdin: "5\x80", code: 0,
		json: []result{badUCS2("5\u0080", 2, 2)}},
	{name: "windows-1254 bytes read as UTF-8", args: []string{"-json"}, stdin: "\xFEeker", code: 1,
		json: []result{badUCS2(badFFFD+"eker", 5, 5, badIssue("invalid_utf8", 0, badFFFD))}},
	{name: "windows-1254 batch", args: []string{"-lines", "-json", "-charset", "windows-1254"}, stdin: "\xDDstanbul\r\n\xE7i\xE7ek\n", code: 0,
		json: []result{
			badWant(result{Encoding: "turkish", Shift: "locking", Units: 8, Runes: 8, Segments: 1, Remaining: 147, Text: "İstanbul", Parts: []part{{0, 9, 8}}}),
			badWant(result{Encoding: "turkish", Shift: "locking", Units: 5, Runes: 5, Segments: 1, Remaining: 150, Text: "çiçek", Parts: []part{{0, 7, 5}}}),
		}, stderr: badTotals(2, 2, 2)},
	{name: "TEXT arguments are UTF-8 whatever -charset says", args: []string{"-json", "-charset", "windows-1254", "şeker"}, code: 0,
		json: []result{badŞeker}},
	{name: "unknown charset", args: []string{"-charset", "latin5", "x"}, code: 2,
		stderr: "segcalc: -charset: unknown charset \"latin5\"; use one of utf-8, utf-16le, utf-16be, windows-1254, iso-8859-9\n"},

	// CR and LF. A message drops one trailing "\n" or "\r\n", never a lone
	// "\r" (a character: 0x0D of the default alphabet). -lines ends lines at
	// "\n" and drops one trailing "\r", on the last line too.
	{name: "message crlf dropped", args: []string{"-json"}, stdin: "abc\r\n", code: 0, json: []result{badNormal("abc", 3, 3)}},
	{name: "message lone final cr kept", args: []string{"-json"}, stdin: "abc\r", code: 0, json: []result{badNormal("abc\r", 4, 4)}},
	{name: "message inner cr kept", args: []string{"-json"}, stdin: "a\rb\n", code: 0, json: []result{badNormal("a\rb", 3, 3)}},
	{name: "message one of two newlines dropped", args: []string{"-json"}, stdin: "ab\r\n\r\n", code: 0, json: []result{badNormal("ab\r\n", 4, 4)}},
	{name: "lines crlf", args: []string{"-lines", "-json"}, stdin: "abc\r\ndef\r\n", code: 0,
		json: []result{badNormal("abc", 3, 3), badNormal("def", 3, 3)}, stderr: badTotals(2, 2, 2)},
	{name: "lines final cr without newline dropped", args: []string{"-lines", "-json", "-vendor", "oztek"}, stdin: "abc\ndef\r", code: 0,
		json: []result{
			badWant(result{Vendor: "oztek", Encoding: "normal", Units: 3, Runes: 3, Segments: 1, Remaining: 157, Text: "abc", Parts: []part{{0, 3, 3}}, Params: []byte(badNorm)}),
			badWant(result{Vendor: "oztek", Encoding: "normal", Units: 3, Runes: 3, Segments: 1, Remaining: 157, Text: "def", Parts: []part{{0, 3, 3}}, Params: []byte(badNorm)}),
		}, stderr: badTotals(2, 2, 2)},
	{name: "lines final cr without newline dropped, human", args: []string{"-lines", "-vendor", "oztek"}, stdin: "abc\ndef\r", code: 0,
		stdout: "1: normal · 3 units · 1 segment · 157 remaining · 1 credit · ok\n" +
			"2: normal · 3 units · 1 segment · 157 remaining · 1 credit · ok\n",
		stderr: badTotals(2, 2, 2)},
	// oztek counts "\r" 2 units and has no pipe code for it.
	{name: "lines inner cr kept", args: []string{"-lines", "-json", "-vendor", "oztek"}, stdin: "a\rb\n", code: 0,
		json: []result{badWant(result{Vendor: "oztek", Encoding: "normal", Units: 4, Runes: 3, Segments: 1, Remaining: 156,
			Text: "a\rb", Parts: []part{{0, 3, 4}}, Params: []byte(badNorm)})},
		stderr: "segcalc: 1 message, 1 segment, 1 credit, 0 with errors\n"},
	{name: "lines one of two final cr dropped", args: []string{"-lines", "-json"}, stdin: "abc\r\r\n", code: 0,
		json: []result{badNormal("abc\r", 4, 4)}, stderr: "segcalc: 1 message, 1 segment, 1 credit, 0 with errors\n"},
	{name: "lines a lone cr is an empty line", args: []string{"-lines", "-json"}, stdin: "\r", code: 1,
		json:   []result{badEmpty("gsm", `{}`)},
		stderr: "segcalc: 1 message, 0 segments, 0 credits for accepted messages; 1 with errors, which the vendor would reject (0 credits)\n"},
	{name: "lines two newlines are two empty lines", args: []string{"-lines", "-json"}, stdin: "\n\r\n", code: 1,
		json:   []result{badEmpty("gsm", `{}`), badEmpty("gsm", `{}`)},
		stderr: "segcalc: 2 messages, 0 segments, 0 credits for accepted messages; 2 with errors, which the vendor would reject (0 credits)\n"},

	// More than 1 MiB: too_large, not analysed; a batch goes on.
	{name: "2 MiB message", args: []string{"-json", "-vendor", "oztek"}, stdin: strings.Repeat("ş", badMiB), code: 1,
		json: []result{badTooLarge("oztek", badNorm)}},
	{name: "TEXT arguments of more than 1 MiB joined", args: []string{"-json", strings.Repeat("a", 600000), strings.Repeat("b", 600000)}, code: 1,
		json: []result{badTooLarge("gsm", `{}`)}},
	{name: "2 MiB line inside a batch", args: []string{"-lines", "-json"}, stdin: "ok\n" + strings.Repeat("a", 2*badMiB) + "\nşeker\n", code: 1,
		json:   []result{badNormal("ok", 2, 2), badTooLarge("gsm", `{}`), badŞeker},
		stderr: "segcalc: 3 messages, 2 segments, 2 credits for accepted messages; 1 with errors, which the vendor would reject (0 credits)\n"},
	{name: "2 MiB line inside a batch, human", args: []string{"-lines", "-vendor", "oztek"}, stdin: "ok\n" + strings.Repeat("a", 2*badMiB) + "\r\nşeker", code: 1,
		stdout: "1: normal · 2 units · 1 segment · 158 remaining · 1 credit · ok\n" +
			"2: normal · 0 units · 0 segments · 160 remaining · 0 credits · error too_large\n" +
			"3: turkish · 6 units · 1 segment · 149 remaining · 1 credit · ok\n",
		stderr: "segcalc: 3 messages, 2 segments, 2 credits for accepted messages; 1 with errors, which the vendor would reject (0 credits)\n"},
	{name: "2 MiB last line without newline", args: []string{"-lines", "-json"}, stdin: "ok\n" + strings.Repeat("\x00", 2*badMiB), code: 1,
		json:   []result{badNormal("ok", 2, 2), badTooLarge("gsm", `{}`)},
		stderr: "segcalc: 2 messages, 1 segment, 1 credit for accepted messages; 1 with errors, which the vendor would reject (0 credits)\n"},
	{name: "1 MiB line and its crlf is not too large", args: []string{"-lines", "-json"}, stdin: "ok\n" + strings.Repeat("a", badMiB) + "\r\n", code: 0,
		json: []result{badNormal("ok", 2, 2), badOneMiB()}, stderr: badTotals(2, 6855, 6855)},
	{name: "1 MiB + 1 line is too large", args: []string{"-lines", "-json"}, stdin: strings.Repeat("a", badMiB+1) + "\nok\n", code: 1,
		json:   []result{badTooLarge("gsm", `{}`), badNormal("ok", 2, 2)},
		stderr: "segcalc: 2 messages, 1 segment, 1 credit for accepted messages; 1 with errors, which the vendor would reject (0 credits)\n"},

	// Recipients: a whole number from 1 to 1,000,000,000; anything else is
	// a usage error before any input is read (so a batch never starts and
	// then aborts).
	{name: "recipients 0", args: []string{"-recipients", "0", "x"}, code: 2, stderr: badUsage + "\"0\"\n"},
	{name: "recipients 1", args: []string{"-json", "-recipients", "1", strings.Repeat("a", 161)}, code: 0,
		json: []result{badWant(result{Encoding: "normal", Units: 161, Runes: 161, Segments: 2, Remaining: 145,
			Text: strings.Repeat("a", 161), Parts: []part{{0, 153, 153}, {153, 161, 8}}})}},
	{name: "recipients 1000000000", args: []string{"-json", "-recipients", "1000000000", strings.Repeat("a", 161)}, code: 0,
		json: []result{badWant(result{Encoding: "normal", Units: 161, Runes: 161, Segments: 2, Remaining: 145, Recipients: 1000000000,
			Text: strings.Repeat("a", 161), Parts: []part{{0, 153, 153}, {153, 161, 8}}})}},
	{name: "recipients 1000000001", args: []string{"-recipients", "1000000001", "x"}, code: 2, stderr: badUsage + "\"1000000001\"\n"},
	{name: "recipients 2^62 in a batch", args: []string{"-lines", "-recipients", "4611686018427387904"},
		stdin: "a\n" + strings.Repeat("a", 161) + "\n", code: 2, stderr: badUsage + "\"4611686018427387904\"\n"},
	{name: "recipients 2^63", args: []string{"-recipients", "9223372036854775808", "x"}, code: 2, stderr: badUsage + "\"9223372036854775808\"\n"},
	{name: "recipients negative", args: []string{"-recipients", "-1", "x"}, code: 2, stderr: badUsage + "\"-1\"\n"},
	{name: "recipients not a number", args: []string{"-recipients", "ten", "x"}, code: 2, stderr: badUsage + "\"ten\"\n"},
	{name: "recipients with a space", args: []string{"-recipients", " 5", "x"}, code: 2, stderr: badUsage + "\" 5\"\n"},
	{name: "recipients hex", args: []string{"-recipients", "0x10", "x"}, code: 2, stderr: badUsage + "\"0x10\"\n"},
	{name: "recipients 1e9 over a batch", args: []string{"-lines", "-recipients", "1000000000"},
		stdin: "a\n" + strings.Repeat("a", 161) + "\n", code: 0,
		stdout: "1: normal · 1 unit · 1 segment · 159 remaining · 1000000000 credits · ok\n" +
			"2: normal · 161 units · 2 segments · 145 remaining · 2000000000 credits · ok\n",
		stderr: badTotals(2, 3, 3000000000)},
	// Three 1 MiB lines of 6854 segments at 10^9 recipients each.
	{name: "recipients 1e9 over three 1 MiB lines", args: []string{"-lines", "-recipients", "1000000000"},
		stdin: strings.Repeat(strings.Repeat("a", badMiB)+"\n", 3), code: 0,
		stdout: "1: normal · 1048576 units · 6854 segments · 86 remaining · 6854000000000 credits · ok\n" +
			"2: normal · 1048576 units · 6854 segments · 86 remaining · 6854000000000 credits · ok\n" +
			"3: normal · 1048576 units · 6854 segments · 86 remaining · 6854000000000 credits · ok\n",
		stderr: badTotals(3, 3*6854, 3*6854000000000)},

	// Read errors: no message from a cut input; a batch keeps what it read
	// and writes its totals.
	{name: "read error, message", args: []string{"-json"}, in: func() io.Reader {
		return io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(errors.New("boom")))
	}, code: 1, stderr: "segcalc: reading standard input: boom\n"},
	{name: "read error, batch", args: []string{"-lines", "-json"}, in: func() io.Reader {
		return io.MultiReader(strings.NewReader("a\nb\nc"), iotest.ErrReader(errors.New("boom")))
	}, code: 1, json: []result{badNormal("a", 1, 1), badNormal("b", 1, 1)},
		stderr: "segcalc: reading standard input after line 2: boom\n" + badTotals(2, 2, 2)},
	{name: "read error, -vendor all", args: []string{"-vendor", "all"}, in: func() io.Reader {
		return io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(errors.New("boom")))
	}, code: 1, stderr: "segcalc: reading standard input: boom\n"},
	{name: "read error, UTF-16 batch", args: []string{"-lines", "-json", "-charset", "utf-16le"}, in: func() io.Reader {
		return io.MultiReader(strings.NewReader(badUTF16("a\nb", false)), iotest.ErrReader(errors.New("boom")))
	}, code: 1, json: []result{badNormal("a", 1, 1)},
		stderr: "segcalc: reading standard input after line 1: boom\n" + "segcalc: 1 message, 1 segment, 1 credit, 0 with errors\n"},
}

func TestBadInput(t *testing.T) {
	for _, tc := range badRows {
		t.Run(tc.name, func(t *testing.T) {
			var in io.Reader = strings.NewReader(tc.stdin)
			if tc.in != nil {
				in = tc.in()
			}
			var o, e bytes.Buffer
			code := run(tc.args, in, &o, &e)
			assert.Equal(t, tc.code, code, "exit status; stderr %q", e.String())
			assert.Equal(t, tc.stderr, e.String(), "stderr")
			if !slices.Contains(tc.args, "-json") || tc.json == nil && o.Len() == 0 {
				assert.Equal(t, tc.stdout, o.String(), "stdout")
				return
			}
			out := o.String()
			require.True(t, strings.HasSuffix(out, "\n"), "stdout must end in a newline: %.200q", out)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, len(tc.json), "one JSON object per message")
			for i, l := range lines {
				got := decode(t, l)
				for _, list := range [][]issue{got.Errors, got.Warnings} {
					for j := range list {
						assert.NotEmpty(t, list[j].Message, "object %d: %s at %d has no message", i+1, list[j].Code, list[j].Offset)
						list[j].Message = ""
					}
				}
				badEqual(t, tc.json[i], got, i+1)
			}
		})
	}
}

// TestBadLooksUTF16: the UTF-16 hint is given for Latin and Turkish text
// saved as UTF-16 without a BOM, never for text that only holds NULs.
func TestBadLooksUTF16(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"a\x00", ""}, // one pair is not enough
		{"a\x00b", ""},
		{"a\x00b\x00", "utf-16le"},
		{"\x00a\x00b", "utf-16be"},
		{badUTF16("şeker", false), "utf-16le"}, // ş is 5F 01: four NULs in five pairs
		{badUTF16("şeker", true), "utf-16be"},
		{badUTF16("Merhaba dünya\r\n", false), "utf-16le"},
		{badUTF16("Привет", false), ""}, // no zero byte at all
		{strings.Repeat("\x00", 1000), ""},
		{"ab\x00\x00cd", ""},
		{"H\x00\x00i", ""},
		{"Merhaba\x00dünya", ""},
	} {
		if got := looksUTF16([]byte(tt.in)); got != tt.want {
			t.Errorf("looksUTF16(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// badEqual compares two results field by field, so that a failure names the
// field and does not print a megabyte of text.
func badEqual(t *testing.T, want, got result, n int) {
	t.Helper()
	short := func(s string) string {
		if len(s) > 60 {
			return strconv.Quote(s[:40]) + "…(" + strconv.Itoa(len(s)) + " bytes)"
		}
		return strconv.Quote(s)
	}
	if got.Text != want.Text {
		t.Errorf("object %d: text got %s; want %s", n, short(got.Text), short(want.Text))
	}
	if got.Wire != want.Wire {
		t.Errorf("object %d: wire got %s; want %s", n, short(got.Wire), short(want.Wire))
	}
	if !slices.Equal(got.Parts, want.Parts) {
		t.Errorf("object %d: parts got %d %.300v; want %d %.300v", n, len(got.Parts), got.Parts, len(want.Parts), want.Parts)
	}
	if !slices.EqualFunc(got.Errors, want.Errors, badIssueEqual) {
		t.Errorf("object %d: errors got %d %.400v; want %d %.400v", n, len(got.Errors), badIssues(got.Errors), len(want.Errors), badIssues(want.Errors))
	}
	if !slices.EqualFunc(got.Warnings, want.Warnings, badIssueEqual) {
		t.Errorf("object %d: warnings got %v; want %v", n, badIssues(got.Warnings), badIssues(want.Warnings))
	}
	got.Text, got.Wire, got.Parts, got.Errors, got.Warnings = "", "", nil, nil, nil
	want.Text, want.Wire, want.Parts, want.Errors, want.Warnings = "", "", nil, nil, nil
	assert.Equal(t, want, got, "object %d: the other fields", n)
}

func badIssueEqual(a, b issue) bool {
	return a.Code == b.Code && a.Offset == b.Offset && (a.Rune == nil) == (b.Rune == nil) &&
		(a.Rune == nil || *a.Rune == *b.Rune) && a.Message == b.Message
}

func badIssues(is []issue) []string {
	s := make([]string, len(is))
	for i, x := range is {
		s[i] = x.Code + "@" + strconv.Itoa(x.Offset)
		if x.Rune != nil {
			s[i] += strconv.Quote(*x.Rune)
		}
	}
	return s
}

// badWriter is a standard output whose writes fail after ok bytes.
type badWriter struct {
	ok  int
	err error
}

func (w *badWriter) Write(p []byte) (int, error) {
	if len(p) <= w.ok {
		w.ok -= len(p)
		return len(p), nil
	}
	n := w.ok
	w.ok = 0
	return n, w.err
}

// badModes are the ways segcalc writes to standard output, each with the
// standard input it reads and the totals line a batch writes.
var badModes = []struct {
	args   []string
	stdin  string
	totals string
}{
	{args: []string{"-h"}},
	{args: []string{"-version"}},
	{args: []string{"-vendors"}},
	{args: []string{"-vendors", "-json"}},
	{args: []string{"-vendors", "-vendor", "oztek"}},
	{args: []string{"Merhaba"}},
	{args: []string{"-json", "Merhaba"}},
	{args: []string{"-vendor", "oztek"}, stdin: strings.Repeat("\x00", 100000)}, // a long report, written in pieces
	{args: []string{"-json", "-vendor", "oztek"}, stdin: strings.Repeat("\x00", 100000)},
	{args: []string{"-vendor", "all", "Merhaba"}},
	{args: []string{"-vendor", "all", "-json", "Merhaba"}},
	{args: []string{"-lines"}, stdin: "a\nb\n", totals: badTotals(2, 2, 2)},
	{args: []string{"-lines", "-json"}, stdin: "a\nb\n", totals: badTotals(2, 2, 2)},
	{args: []string{"-lines", "-json"}, stdin: strings.Repeat("abc\n", 100000), totals: badTotals(100000, 100000, 100000)},
}

// TestBadStdout: a standard output that fails. A closed pipe (EPIPE) ends
// quietly; any other write failure is one line on standard error. Both exit
// 1 in every mode; a batch still counts every line and writes its totals.
func TestBadStdout(t *testing.T) {
	full := &os.PathError{Op: "write", Path: "/dev/full", Err: syscall.ENOSPC}
	pipe := &os.PathError{Op: "write", Path: "|1", Err: syscall.EPIPE}
	for _, m := range badModes {
		for _, w := range []struct {
			name   string
			err    error
			ok     int
			stderr string
		}{
			{"full", full, 0, "segcalc: writing standard output: write /dev/full: no space left on device\n"},
			{"full after 10 bytes", full, 10, "segcalc: writing standard output: write /dev/full: no space left on device\n"},
			{"closed pipe", pipe, 0, ""},
			{"closed pipe after 10 bytes", pipe, 10, ""},
		} {
			t.Run(strings.Join(m.args, " ")+"/"+w.name, func(t *testing.T) {
				var e bytes.Buffer
				code := run(m.args, strings.NewReader(m.stdin), &badWriter{ok: w.ok, err: w.err}, &e)
				assert.Equal(t, 1, code, "exit status; stderr %q", e.String())
				assert.Equal(t, m.totals+w.stderr, e.String())
			})
		}
	}
}

// TestBadStdoutBinary: the same through the built binary, with a real
// /dev/full and a real closed pipe. A closed pipe ends the process by
// SIGPIPE, as it does cat or grep: nothing is written to standard error.
func TestBadStdoutBinary(t *testing.T) {
	for _, m := range badModes {
		t.Run(strings.Join(m.args, " ")+"/dev/full", func(t *testing.T) {
			f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			require.NoError(t, err)
			defer f.Close()
			c := exec.Command(binary, m.args...)
			c.Stdin = strings.NewReader(m.stdin)
			c.Stdout = f
			var e bytes.Buffer
			c.Stderr = &e
			err = c.Run()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, 1, ee.ExitCode())
			assert.Equal(t, m.totals+"segcalc: writing standard output: write /dev/stdout: no space left on device\n", e.String())
		})
		t.Run(strings.Join(m.args, " ")+"/closed pipe", func(t *testing.T) {
			pr, pw, err := os.Pipe()
			require.NoError(t, err)
			pr.Close()
			defer pw.Close()
			c := exec.Command(binary, m.args...)
			c.Stdin = strings.NewReader(m.stdin)
			c.Stdout = pw
			var e bytes.Buffer
			c.Stderr = &e
			err = c.Run()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee)
			ws := ee.Sys().(syscall.WaitStatus)
			assert.True(t, ws.Signaled() && ws.Signal() == syscall.SIGPIPE, "want the end by SIGPIPE; got %v", ee)
			assert.Empty(t, e.String())
		})
	}
}

// TestBadStdinBinary: a standard input that cannot be read (a directory)
// is a read failure: exit 1 and one line, in every mode; a batch writes its
// totals too.
func TestBadStdinBinary(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{nil, "segcalc: reading standard input: read /dev/stdin: is a directory\n"},
		{[]string{"-json"}, "segcalc: reading standard input: read /dev/stdin: is a directory\n"},
		{[]string{"-vendor", "all"}, "segcalc: reading standard input: read /dev/stdin: is a directory\n"},
		{[]string{"-lines"}, "segcalc: reading standard input after line 0: read /dev/stdin: is a directory\n" +
			"segcalc: 0 messages, 0 segments, 0 credits, 0 with errors\n"},
		{[]string{"-lines", "-json", "-charset", "windows-1254"}, "segcalc: reading standard input after line 0: read /dev/stdin: is a directory\n" +
			"segcalc: 0 messages, 0 segments, 0 credits, 0 with errors\n"},
	} {
		dir, err := os.Open(t.TempDir())
		require.NoError(t, err)
		c := exec.Command(binary, tc.args...)
		c.Stdin = dir
		var o, e bytes.Buffer
		c.Stdout, c.Stderr = &o, &e
		err = c.Run()
		dir.Close()
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee, "%q", tc.args)
		assert.Equal(t, 1, ee.ExitCode(), "%q", tc.args)
		assert.Empty(t, o.String(), "%q", tc.args)
		assert.Equal(t, tc.stderr, e.String(), "%q", tc.args)
	}
}

// TestBadEndlessInput: a message from an endless input (/dev/zero) ends
// with too_large once it passes 1 MiB: the rest cannot change the answer, so
// it is not read. (A -lines line that never ends has no result: the batch
// reads it in bounded memory until it ends, as it does a 10 GB line.)
func TestBadEndlessInput(t *testing.T) {
	for _, args := range [][]string{{"-json"}, {"-json", "-vendor", "oztek"}, {"-json", "-charset", "utf-16be"}, {"-vendor", "all", "-json"}} {
		var o, e bytes.Buffer
		code := run(args, inputZeros{}, &o, &e)
		assert.Equal(t, 1, code, "%q", args)
		assert.Empty(t, e.String(), "%q", args)
		want := 1
		if args[0] == "-vendor" {
			want = 7
		}
		lines := strings.Split(strings.TrimSuffix(o.String(), "\n"), "\n")
		require.Len(t, lines, want, "%q", args)
		for _, l := range lines {
			r := decode(t, l)
			assert.Equal(t, []string{"too_large@0"}, issueCodes(r.Errors), "%q", args)
		}
	}

	zero, err := os.Open("/dev/zero")
	require.NoError(t, err)
	defer zero.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, binary, "-json")
	c.Stdin = zero
	var e bytes.Buffer
	c.Stderr = &e
	out, err := c.Output()
	require.NoError(t, ctx.Err(), "segcalc -json </dev/zero did not end")
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 1, ee.ExitCode())
	assert.Empty(t, e.String())
	assert.Equal(t, []string{"too_large@0"}, issueCodes(decodeOne(t, string(out)).Errors))
}

// TestBadStdinDevNull: /dev/null is a character device, not a terminal:
// segcalc reads it as an empty input without the terminal hint.
func TestBadStdinDevNull(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"-json"}, 1, `{"vendor":"gsm","encoding":"normal","shift":"none","units":0,"runes":0,"segments":0,"remaining":160,"truncated":0,` +
			`"text":"","wire":"","parts":[],"recipients":1,"credits":0,"params":{},"errors":[{"code":"empty","offset":0,"message":"the message is empty"}],"warnings":[]}` + "\n", ""},
		{[]string{"-lines"}, 0, "", "segcalc: 0 messages, 0 segments, 0 credits, 0 with errors\n"},
		{[]string{"-lines", "-json"}, 0, "", "segcalc: 0 messages, 0 segments, 0 credits, 0 with errors\n"},
	} {
		null, err := os.Open(os.DevNull)
		require.NoError(t, err)
		var o, e bytes.Buffer
		code := run(tc.args, null, &o, &e)
		null.Close()
		assert.Equal(t, tc.code, code, "run %q", tc.args)
		assert.Equal(t, tc.stdout, o.String(), "run %q", tc.args)
		assert.Equal(t, tc.stderr, e.String(), "run %q", tc.args)

		c := exec.Command(binary, tc.args...) // Stdin nil: /dev/null
		c.Stdout, c.Stderr = &o, &e
		o.Reset()
		e.Reset()
		err = c.Run()
		got := 0
		if ee, ok := err.(*exec.ExitError); ok {
			got = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		assert.Equal(t, tc.code, got, "binary %q", tc.args)
		assert.Equal(t, tc.stdout, o.String(), "binary %q", tc.args)
		assert.Equal(t, tc.stderr, e.String(), "binary %q", tc.args)
	}
	// The human report of the empty message: no terminal hint either.
	c := exec.Command(binary)
	var e bytes.Buffer
	c.Stderr = &e
	out, _ := c.Output()
	assert.Contains(t, string(out), "empty: the message is empty")
	assert.Empty(t, e.String())
}

// TestBadHumanMemory: the human report streams, as the JSON does. 256 KiB
// of NUL bytes under oztek is 262,144 marked runes and as many errors: the
// report (about 1.8 MB) is written in pieces and nothing is kept per rune,
// so the run allocates a few copies of the text (the input buffer, the
// delivered text and the wire) and a constant. (Before, a map entry per
// marked rune and the whole report in one buffer: about 30 MB.)
func TestBadHumanMemory(t *testing.T) {
	const size = badMiB / 4
	in := strings.Repeat("\x00", size)
	var w badCounter
	n := inputAllocated(func() {
		if code := run([]string{"-vendor", "oztek"}, strings.NewReader(in), &w, io.Discard); code != 1 {
			t.Errorf("exit status %d; want 1", code)
		}
	})
	t.Logf("256 KiB of NUL, human: %d bytes written in %d writes, %d bytes allocated", w.n, w.writes, n)
	// ␀ in «» is 7 bytes a NUL, plus the part headers.
	if w.n < 7*size {
		t.Errorf("the report is %d bytes; want at least %d", w.n, 7*size)
	}
	if w.writes < 40 {
		t.Errorf("the report was written in %d writes; want it streamed in pieces of at most 36 KiB", w.writes)
	}
	if limit := uint64(4 * badMiB); n > limit { // the input buffer alone is 1 MiB + 64 KiB
		t.Errorf("256 KiB of NUL bytes allocated %d bytes for the human report; want at most %d", n, limit)
	}
}

// badCounter counts what is written to it.
type badCounter struct{ n, writes int }

func (c *badCounter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.writes++
	return len(p), nil
}
