// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// allASCII is every byte below 0x80, in order.
var allASCII = func() string {
	var b [utf8.RuneSelf]byte
	for i := range b {
		b[i] = byte(i)
	}
	return string(b[:])
}()

// harnessInputs feed the shared harness: clean and dirty text, every
// mapping, and invalid or truncated UTF-8 at the start, middle and end.
var harnessInputs = []string{
	"",
	"a",
	"Merhaba dünya",
	"Çağrı İşçi ğüşıöç ÇŞĞİÖÜ",
	specAccepted,
	allASCII,
	"|^€{[}]\\",
	"a|b^c€d{e[f}g]h\\i~j`k\nl\tm\r",
	"“Merhaba” ‘dünya’ – bir — üç… son\u00A0boşluk",
	"……………",
	"“”‘’–—…\u00A0",
	"çşğıöüÇŞĞİÖÜ",
	"é è ê ä Ñ £ ¥ § Δ ß",
	"😀 emoji 👍🏽 and U+FFFD \uFFFD",
	"\xff",
	"a\xffb",
	"\xe2\x80",         // an incomplete …
	"\xe2\x80x",        // incomplete, then ASCII
	"ab\xe2\x80",       // incomplete at the end
	"\xf0\x9f\x98",     // an incomplete emoji
	"\xed\xa0\x80",     // a surrogate: three bad bytes
	"\xc0\xaf",         // overlong: two bad bytes
	"\xf4\x90\x80\x80", // above U+10FFFF
	"\xc3",             // a lone lead byte of ç
	"\xc3\xc3\xa7",     // a bad lead, then ç
	"\x80\x80ş\xbf",
	"İstanbul'da 25°C, %50 indirim! <b>&amp;</b> #kampanya @user $9.99",
	"Sayın müşterimiz,\r\nSiparişiniz yola çıktı.\nTakip: https://x.co/AbC?id=1&y=2",
	// SPEC 3.9 -smart and -ascii, every entry.
	"“”„‟«»″ ‘’‚‛′´`‹› ‐‑‒–—―− … \u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000",
	"a\u00ADb\u200Bc\u2060d\uFEFFe",
	"\u00AD\u00AD\u00AD",
	"çğıİöşü ÇĞÖŞÜ âîûÂÎÛ ₺ 100₺₺",
	// -nfc: decomposed letters, marks at the edges, context across runes.
	"s\u0327 c\u0327 g\u0306 I\u0307 o\u0308 u\u0308 S\u0327 C\u0327 G\u0306 O\u0308 U\u0308 a\u0302 ı\u0307",
	"\u0327s\u0327",
	"s\u00AD\u0327 s\u200B\u0327",
	"e\u0301\u0327 o\u0323\u0302 \u1E9B\u0323 \u212B \u2126 \uAC00\u11A8",
	"s\xff\u0327 s\u0327\xe2\x80",
	"u" + strings.Repeat("\u0308", 40),
}

func TestTransformers(t *testing.T) {
	for _, sub := range subjects {
		t.Run(sub.name, func(t *testing.T) {
			for _, in := range harnessInputs {
				checkTransformer(t, sub, in, false)
			}
		})
	}
}

// TestTransformersRepeated runs the harness on inputs repeated past the
// 4096-byte buffers of transform.String and transform.Reader, so that runes
// and bad bytes straddle their buffer boundaries.
func TestTransformersRepeated(t *testing.T) {
	for _, sub := range subjects {
		t.Run(sub.name, func(t *testing.T) {
			for _, in := range harnessInputs[1:] {
				checkTransformer(t, sub, strings.Repeat(in, 5000/len(in)+1), true)
			}
			// Every offset of a three-byte rune against the buffer edge.
			for pad := range 4 {
				in := strings.Repeat("x", 4096-3+pad) + "…ş\xe2\x80"
				checkTransformer(t, sub, in, true)
			}
		})
	}
}

func TestTransformExpected(t *testing.T) {
	tests := []struct {
		in                 string
		bisms, smart, asci string
	}{
		{"", "", "", ""},
		{"Merhaba", "Merhaba", "Merhaba", "Merhaba"},
		{"a|b", "aIb", "a|b", "a|b"},
		{"2^3", "2'3", "2^3", "2^3"},
		{"10€", "10E", "10€", "10€"},
		{"{[x]}", "((x))", "{[x]}", "{[x]}"},
		{`a\b`, "a/b", `a\b`, `a\b`},
		{"a~b`c", "a b c", "a~b'c", "a~b`c"},
		{"a\nb\tc\r", "a b c ", "a\nb\tc\r", "a\nb\tc\r"},
		{"café", "caf ", "café", "café"},
		{"Işık çiçek", "Işık çiçek", "Işık çiçek", "Isik cicek"},
		{"ÇŞĞİÖÜ", "ÇŞĞİÖÜ", "ÇŞĞİÖÜ", "CSGIOU"},
		{"“hi” ‘yo’", " hi   yo ", `"hi" 'yo'`, "“hi” ‘yo’"},
		{"a–b—c…", "a b c ", "a-b-c...", "a–b—c…"},
		{"a\u00A0b", "a b", "a b", "a\u00A0b"},
		{"„a‟ «b» 5″", " a   b  5 ", `"a" "b" 5"`, "„a‟ «b» 5″"},
		{"‚a‛ ′b´ ‹c›", " a   b   c ", "'a' 'b' 'c'", "‚a‛ ′b´ ‹c›"},
		{"a‐b‑c‒d―e−f", "a b c d e f", "a-b-c-d-e-f", "a‐b‑c‒d―e−f"},
		{"a\u2000b\u2005c\u200Ad\u202Fe\u205Ff\u3000g", "a b c d e f g", "a b c d e f g", "a\u2000b\u2005c\u200Ad\u202Fe\u205Ff\u3000g"},
		{"in\u00ADdi\u200Brim\u2060\uFEFF!", "in di rim  !", "indirim!", "in\u00ADdi\u200Brim\u2060\uFEFF!"},
		{"\uFEFF", " ", "", "\uFEFF"},
		{"hâlâ Îsa ÂLÛ û", "h l   sa  L   ", "hâlâ Îsa ÂLÛ û", "hala Isa ALU u"},
		{"250₺", "250 ", "250₺", "250TL"},
		{"😀", " ", "😀", "😀"},
		{"\uFFFD", " ", "\uFFFD", "\uFFFD"},
		{"a\xffb", "a b", "a\uFFFDb", "a\uFFFDb"},
		{"\xed\xa0\x80", "   ", "\uFFFD\uFFFD\uFFFD", "\uFFFD\uFFFD\uFFFD"},
		{"\xe2\x80", "  ", "\uFFFD\uFFFD", "\uFFFD\uFFFD"},
		{"ş\xc5", "ş ", "ş\uFFFD", "s\uFFFD"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.bisms, string(AppendBiSMS(nil, tt.in)), "AppendBiSMS(%q)", tt.in)
		assert.Equal(t, tt.smart, string(AppendSmart(nil, tt.in)), "AppendSmart(%q)", tt.in)
		assert.Equal(t, tt.asci, string(AppendASCII(nil, tt.in)), "AppendASCII(%q)", tt.in)
		got, _, err := transform.String(transform.Chain(Smart, ASCII, BiSMS), tt.in)
		require.NoError(t, err)
		assert.Equal(t, string(AppendBiSMS(nil, string(AppendASCII(nil, tt.smart)))), got, "Chain(%q)", tt.in)
	}
	// The chain in the SPEC's order keeps what -smart and -ascii produce.
	got, _, err := transform.String(transform.Chain(Smart, ASCII, BiSMS), "“Çiçek” – 5€…")
	require.NoError(t, err)
	assert.Equal(t, `"Cicek" - 5E...`, got)
}

// TestOptionsOrder checks SPEC 3.7's order of the user options: -nfc, then
// -smart, then -ascii.
func TestOptionsOrder(t *testing.T) {
	tests := []struct {
		nfc, smart, ascii bool
		in, want          string
	}{
		{false, false, false, "s\u0327 “a” ₺\xff", "s\u0327 “a” ₺\uFFFD"},
		{true, false, false, "s\u0327 “a” ₺\xff", "ş “a” ₺\uFFFD"},
		{false, true, false, "s\u0327 “a” ₺\xff", "s\u0327 \"a\" ₺\uFFFD"},
		{false, false, true, "s\u0327 “a” ₺\xff", "s\u0327 “a” TL\uFFFD"},
		{false, true, true, "s\u0327 “a” ₺\xff", "s\u0327 \"a\" TL\uFFFD"},
		{true, false, true, "s\u0327 “a” ₺\xff", "s “a” TL\uFFFD"},
		{true, true, false, "s\u0327 “a” ₺\xff", "ş \"a\" ₺\uFFFD"},
		{true, true, true, "s\u0327 “a” ₺\xff", "s \"a\" TL\uFFFD"},
		// NFC before -ascii: the decomposed letter is composed, then
		// transliterated; without -nfc the mark stays.
		{true, false, true, "Gu\u0308nes\u0327 c\u0327ay â", "Gunes cay a"},
		{false, false, true, "Gu\u0308nes\u0327 c\u0327ay â", "Gu\u0308nes\u0327 c\u0327ay a"},
		{true, false, true, "a\u0302", "a"},
		// NFC before -smart: a soft hyphen or zero width space between a
		// letter and its mark blocks the composition, and -smart then
		// removes it; the mark is left alone.
		{true, true, true, "s\u00AD\u0327", "s\u0327"},
		{true, true, false, "s\u200B\u0327", "s\u0327"},
		// -smart before -ascii: its output is ASCII, which -ascii keeps.
		{false, true, true, "`ş´…", "'s'..."},
	}
	for _, tt := range tests {
		got, _, err := transform.String(Options(tt.nfc, tt.smart, tt.ascii), tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Options(%v, %v, %v) on %+q = %+q, %v; want %+q", tt.nfc, tt.smart, tt.ascii, tt.in, got, err, tt.want)
		}
	}
	// Without -nfc Options is a Transformer, with it a chain.
	assert.IsType(t, Transformer{}, Options(false, true, true))
	assert.Equal(t, Transformer{}, Options(false, false, false))
	assert.Equal(t, Smart, Options(false, true, false))
	assert.Equal(t, ASCII, Options(false, false, true))
}

// TestTransformCalls checks single Transform calls at the edges of the
// contract.
func TestTransformCalls(t *testing.T) {
	tests := []struct {
		name       string
		tr         Transformer
		dst        int
		src        string
		atEOF      bool
		nDst, nSrc int
		out        string
		err        error
	}{
		{"… needs 3 bytes", Smart, 2, "…", true, 0, 0, "", transform.ErrShortDst},
		{"… after a", Smart, 3, "a…", true, 1, 1, "a", transform.ErrShortDst},
		{"… fits", Smart, 3, "…", true, 3, 3, "...", nil},
		{"“ shrinks", Smart, 1, "“", true, 1, 3, `"`, nil},
		{"U+FFFD needs 3 bytes", Smart, 2, "\xff", true, 0, 0, "", transform.ErrShortDst},
		{"bad byte at EOF", ASCII, 8, "\xe2\x80", true, 6, 2, "\uFFFD\uFFFD", nil},
		{"incomplete before EOF", ASCII, 8, "a\xe2\x80", false, 1, 1, "a", transform.ErrShortSrc},
		{"complete bad byte before EOF", ASCII, 8, "\xe2(", false, 4, 2, "\uFFFD(", nil},
		{"bad second byte before EOF", BiSMS, 8, "\xe2\x80(", false, 3, 3, "  (", nil},
		{"lone continuation before EOF", BiSMS, 8, "\x80", false, 1, 1, " ", nil},
		{"incomplete ş before EOF", BiSMS, 8, "x\xc5", false, 1, 1, "x", transform.ErrShortSrc},
		{"ş needs 2 bytes", BiSMS, 1, "ş", true, 0, 0, "", transform.ErrShortDst},
		{"ş to s in 1 byte", ASCII, 1, "şx", true, 1, 2, "s", transform.ErrShortDst},
		{"emoji to space", BiSMS, 1, "😀", false, 1, 4, " ", nil},
		{"emoji kept needs 4", Smart, 3, "😀", true, 0, 0, "", transform.ErrShortDst},
		{"removal needs no room", Smart, 0, "\u200B\uFEFF", true, 0, 6, "", nil},
		{"removal, then a full dst", Smart, 0, "\u00ADa", true, 0, 2, "", transform.ErrShortDst},
		{"backtick", Smart, 1, "`", true, 1, 1, "'", nil},
		{"backtick kept by ASCII", ASCII, 1, "`", true, 1, 1, "`", nil},
		{"₺ needs 2 bytes", ASCII, 1, "₺", true, 0, 0, "", transform.ErrShortDst},
		{"₺ to TL", ASCII, 2, "₺", true, 2, 3, "TL", nil},
		{"incomplete ₺ before EOF", ASCII, 8, "a\xe2\x82", false, 1, 1, "a", transform.ErrShortSrc},
		{"empty dst, empty src", BiSMS, 0, "", false, 0, 0, "", nil},
		{"empty dst", BiSMS, 0, "a", true, 0, 0, "", transform.ErrShortDst},
		{"zero Transformer", Transformer{}, 8, "ş\xff|", true, 6, 4, "ş\uFFFD|", nil},
	}
	for _, tt := range tests {
		dst := make([]byte, tt.dst)
		nDst, nSrc, err := tt.tr.Transform(dst, []byte(tt.src), tt.atEOF)
		assert.Equal(t, tt.nDst, nDst, "%s: nDst", tt.name)
		assert.Equal(t, tt.nSrc, nSrc, "%s: nSrc", tt.name)
		assert.Equal(t, tt.out, string(dst[:nDst]), "%s: output", tt.name)
		assert.Equal(t, tt.err, err, "%s: err", tt.name)
	}
}

func TestSpanCalls(t *testing.T) {
	tests := []struct {
		tr    Transformer
		src   string
		atEOF bool
		n     int
		err   error
	}{
		{BiSMS, "Işık", true, 6, nil},
		{BiSMS, "Işık\n", true, 6, transform.ErrEndOfSpan},
		{BiSMS, "Iş\xc4", false, 3, transform.ErrShortSrc},
		{BiSMS, "Iş\xc4", true, 3, transform.ErrEndOfSpan},
		{BiSMS, "a|", true, 1, transform.ErrEndOfSpan},
		{Smart, "a|é😀\uFFFD", true, 11, nil},
		{Smart, "ab…", true, 2, transform.ErrEndOfSpan},
		{Smart, "ab\xe2\x80", false, 2, transform.ErrShortSrc},
		{Smart, "ab\xe2\x80", true, 2, transform.ErrEndOfSpan},
		{ASCII, "abc", false, 3, nil},
		{ASCII, "abç", false, 2, transform.ErrEndOfSpan},
		{ASCII, "\xff", false, 0, transform.ErrEndOfSpan},
		{ASCII, "a`b", true, 3, nil},
		{ASCII, "5₺", true, 1, transform.ErrEndOfSpan},
		{ASCII, "Akdag\u0302", true, 7, nil},
		{Smart, "a`", true, 1, transform.ErrEndOfSpan},
		{Smart, "\u00AD", true, 0, transform.ErrEndOfSpan},
		{Smart, "a\u2060b", false, 1, transform.ErrEndOfSpan},
	}
	for _, tt := range tests {
		n, err := tt.tr.Span([]byte(tt.src), tt.atEOF)
		assert.Equal(t, tt.n, n, "Span(%q, %v)", tt.src, tt.atEOF)
		assert.Equal(t, tt.err, err, "Span(%q, %v)", tt.src, tt.atEOF)
	}
}

// checkProperties checks the properties every output must have.
func checkProperties(t testing.TB, in string) {
	t.Helper()
	b := string(AppendBiSMS(nil, in))
	s := string(AppendSmart(nil, in))
	a := string(AppendASCII(nil, in))
	for _, r := range b {
		if !BiSMSAccepts(r) {
			t.Fatalf("AppendBiSMS(%q) = %q holds %q, which is not accepted", in, b, r)
		}
	}
	for name, out := range map[string]string{"BiSMS": b, "Smart": s, "ASCII": a} {
		if !utf8.ValidString(out) {
			t.Fatalf("%s(%q) = %q is not valid UTF-8", name, in, out)
		}
	}
	if got := string(AppendBiSMS(nil, b)); got != b {
		t.Fatalf("BiSMS not idempotent on %q: %q then %q", in, b, got)
	}
	if got := string(AppendSmart(nil, s)); got != s {
		t.Fatalf("Smart not idempotent on %q: %q then %q", in, s, got)
	}
	if got := string(AppendASCII(nil, a)); got != a {
		t.Fatalf("ASCII not idempotent on %q: %q then %q", in, a, got)
	}
	all := allInOne(in)
	if got := allInOne(all); got != all {
		t.Fatalf("Smart, ASCII, BiSMS not idempotent on %q: %q then %q", in, all, got)
	}
	n := utf8.RuneCountInString(in)
	if got := utf8.RuneCountInString(b); got != n {
		t.Fatalf("BiSMS(%q) = %q has %d runes; want %d", in, b, got, n)
	}
	// ASCII keeps the rune count but for ₺, which becomes the two runes TL.
	if got, want := utf8.RuneCountInString(a), n+strings.Count(in, "₺"); got != want {
		t.Fatalf("ASCII(%q) = %q has %d runes; want %d", in, a, got, want)
	}
	if !isASCIIOrKept(in, a) {
		t.Fatalf("ASCII(%q) = %q", in, a)
	}
	if len(b) > len(in) {
		t.Fatalf("BiSMS(%q) = %q is longer than its input", in, b)
	}
	if utf8.ValidString(in) && (len(s) > len(in) || len(a) > len(in)) {
		t.Fatalf("Smart(%q) = %q or ASCII = %q is longer than its valid input", in, s, a)
	}
}

// isASCIIOrKept reports whether out holds no rune that ASCIIRune changes.
func isASCIIOrKept(in, out string) bool {
	for _, r := range out {
		if _, ok := ASCIIRune(r); ok {
			return false
		}
	}
	return true
}

func TestProperties(t *testing.T) {
	for _, in := range harnessInputs {
		checkProperties(t, in)
	}
	// Every rune of the BMP, each alone.
	var b []byte
	for r := rune(0); r < 0x10000; r++ {
		b = utf8.AppendRune(b[:0], r)
		checkProperties(t, string(b))
	}
}

func TestAppendKeepsPrefix(t *testing.T) {
	dst := []byte("önce: ")
	assert.Equal(t, "önce: a b", string(AppendBiSMS(dst, "a\nb")))
	assert.Equal(t, "önce: ...", string(AppendSmart(dst[:len(dst):len(dst)], "…")))
	assert.Equal(t, "önce: sonra", string(AppendASCII(dst, "sonra")))
}

func TestAppendNoAllocs(t *testing.T) {
	dirty := "“Sayın müşterimiz”, 50€ indirim… {kod: [AB|12]}\n" + strings.Repeat("Ğ", 20) + "\xff"
	clean := "Sayin musterimiz, 50 indirim. kod: AB12"
	dst := make([]byte, 0, 3*len(dirty))
	for _, in := range []string{dirty, clean} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendBiSMS(dst[:0], in) }), "AppendBiSMS(%q)", in)
		assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendSmart(dst[:0], in) }), "AppendSmart(%q)", in)
		assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendASCII(dst[:0], in) }), "AppendASCII(%q)", in)
		// Both are in NFC: AppendNFC only copies.
		assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendNFC(dst[:0], in) }), "AppendNFC(%q)", in)
		assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendNFC(dst[:1], in) }), "AppendNFC(%q) after a byte", in)
	}
	// Room for exactly len(s) bytes is enough for valid input.
	valid := dirty[:len(dirty)-1]
	for _, f := range []func([]byte, string) []byte{AppendBiSMS, AppendSmart, AppendASCII, AppendNFC} {
		buf := make([]byte, 3, 3+len(valid))
		assert.Zero(t, testing.AllocsPerRun(100, func() { _ = f(buf, valid) }))
	}
	src := []byte(dirty)
	out := make([]byte, 3*len(dirty))
	for _, tr := range []Transformer{BiSMS, Smart, ASCII, Options(false, true, true).(Transformer), {}} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { _, _, _ = tr.Transform(out, src, true) }))
		assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = tr.Span(src, true) }))
	}
}

// TestAppendGrows checks the Append helpers when dst has too little room,
// including the worst case of three output bytes per input byte.
func TestAppendGrows(t *testing.T) {
	bad := strings.Repeat("\xff", 100)
	for _, f := range []func([]byte, string) []byte{AppendSmart, AppendASCII} {
		for c := range 8 {
			got := f(make([]byte, 1, 1+c), "ab"+bad)
			assert.Equal(t, "\x00ab"+strings.Repeat("\uFFFD", 100), string(got))
		}
	}
	for c := range 8 {
		got := AppendBiSMS(make([]byte, 0, c), "ş€|"+bad)
		assert.Equal(t, "şEI"+strings.Repeat(" ", 100), string(got))
	}
}
