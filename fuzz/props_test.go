// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package fuzz

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	gofuzz "github.com/google/gofuzz"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/smsseg/smsseg"
)

// message is a generated SMS text; genMessage is its gofuzz function.
type message string

// A class is a weighted alphabet of the generator: each pick appends one
// of its pieces (a rune, a rune sequence or raw bytes).
type class struct {
	name   string
	weight int
	pieces []string
}

func runesOf(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

var (
	clASCII = class{"ascii", 40, runesOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     .,!?'\"-:;()@#$%&*+/=<>_")}
	clTurk  = class{"turkish", 12, runesOf("çşğıöüÇŞĞİÖÜ")}
	clExt   = class{"extension", 6, runesOf("{}[]~^|€\\\f")}
	clGreek = class{"greek", 3, runesOf("ΔΦΓΛΩΠΨΣΘΞ")}
	clLatin = class{"latin", 4, runesOf("èéìòàäñøåæßÄÖÑÜÅÆØÉ¡¿§£¥¤")}
	clEmoji = class{"emoji", 3, []string{"😀", "👍", "👍🏽", "👩‍👩‍👧", "👨🏿‍💻", "❤️", "🇹🇷", "\u200d", "🏻"}}
	clCJK   = class{"cjk", 2, runesOf("漢字中文日本語한국어")}
	clCtrl  = class{"control", 3, []string{"\n", "\r", "\t", "\x1b", "\r\n", "\x00", "\x7f", "`"}}
	clBad   = class{"invalid", 1, []string{"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xf0\x9f\x98", "\x80", "\xc0\xaf"}}
	clSmart = class{"smart", 3, runesOf("\u00a0“”‘’–—…")}
	clPipe  = class{"pipe", 2, []string{"|61|", "|05|", "|62ö", "|61|62|", "|1", "|123|", "|9€", "|00|"}}
	// clComb holds decomposed Turkish letters and lone combining marks,
	// which -nfc composes (SPEC 3.9).
	clComb = class{"combining", 3, []string{"s\u0327", "S\u0327", "c\u0327", "g\u0306", "G\u0306", "I\u0307",
		"o\u0308", "u\u0308", "U\u0308", "a\u0302", "\u0327", "\u0301", "e\u0301", "\u00ad\u0327"}}

	// mixes are the alphabets a message draws from: most messages stay in
	// one encoding class, so that every class meets its boundaries.
	mixes = [][]class{
		{clASCII},
		{clASCII, clExt},
		{clASCII, clTurk},
		{clASCII, clTurk, clExt, clGreek, clLatin, clCtrl},
		{clASCII, clTurk, clSmart, clPipe},
		{clASCII, clTurk, clComb, clSmart},
		{clASCII, clTurk, clExt, clGreek, clLatin, clEmoji, clCJK, clCtrl, clBad, clSmart, clPipe, clComb},
		{clEmoji, clCJK, clASCII},
	}
)

// genLength draws a rune count from 0 to 1200, biased to the boundaries of
// the capacities and vendor tables (SPEC 2, 3.5, 3.6, 3.8).
func genLength(c gofuzz.Continue) int {
	switch n := c.Intn(100); {
	case n < 8:
		return c.Intn(20)
	case n < 30:
		return 140 + c.Intn(31) // 140–170
	case n < 45:
		return 300 + c.Intn(11) // 300–310
	case n < 60:
		return 880 + c.Intn(51) // 880–930
	case n < 70:
		return []int{440, 459, 460, 469, 587, 588, 612, 613, 735, 736, 765, 766, 1043, 1071}[c.Intn(14)] + c.Intn(5) - 2
	default:
		return c.Intn(1201)
	}
}

func genMessage(m *message, c gofuzz.Continue) {
	mix := mixes[c.Intn(len(mixes))]
	total := 0
	for _, cl := range mix {
		total += cl.weight
	}
	n := genLength(c)
	var b strings.Builder
	for runes := 0; runes < n; {
		w := c.Intn(total)
		cl := mix[0]
		for _, x := range mix {
			if w < x.weight {
				cl = x
				break
			}
			w -= x.weight
		}
		piece := cl.pieces[c.Intn(len(cl.pieces))]
		b.WriteString(piece)
		runes += utf8.RuneCountInString(piece)
	}
	*m = message(b.String())
}

// generate returns n messages from a fixed seed.
func generate(seed int64, n int) []string {
	f := gofuzz.NewWithSeed(seed).Funcs(genMessage)
	out := make([]string, n)
	for i := range out {
		var m message
		f.Fuzz(&m)
		out[i] = string(m)
	}
	return out
}

// TestGenerator pins what the generator covers, so that TestProperties
// cannot silently lose its inputs.
func TestGenerator(t *testing.T) {
	msgs := generate(1, 3000)
	require.Len(t, msgs, 3000)
	assert.Equal(t, msgs, generate(1, 3000), "a fixed seed gives fixed messages")
	var long, boundary, invalid, decomposed, normal, turkish, ucs2 int
	for _, m := range msgs {
		n := utf8.RuneCountInString(m)
		if n > 880 {
			long++
		}
		if n >= 140 && n <= 170 {
			boundary++
		}
		if !utf8.ValidString(m) {
			invalid++
		}
		if !norm.NFC.IsNormalString(m) {
			decomposed++
		}
		switch smsseg.GSM.Analyze(m).Class() {
		case smsseg.Normal:
			normal++
		case smsseg.Turkish:
			turkish++
		default:
			ucs2++
		}
	}
	for what, n := range map[string]int{"long": long, "140-170": boundary, "invalid": invalid,
		"not NFC": decomposed, "normal": normal, "turkish": turkish, "ucs2": ucs2} {
		assert.Greater(t, n, 200, what)
	}
}

// TestProperties runs check (the FuzzAnalyze properties) over 500
// generated messages (100 with -short): every message under every profile
// without options, and under every profile with the option bits i mod
// numOpts (message i); and the FuzzDifferential and FuzzChainReader
// properties with the same option bits.
func TestProperties(t *testing.T) {
	start := time.Now()
	n := 500 // every option combination meets about 4 messages
	if testing.Short() {
		n = 100
	}
	msgs := generate(20260101, n)
	for i, m := range msgs {
		for _, c := range combosFor(0) {
			check(t, c, m)
		}
		bits := byte(i % numOpts)
		if bits != 0 {
			for _, c := range combosFor(bits) {
				check(t, c, m)
			}
		}
		checkDifferential(t, m, bits)
		for _, c := range combosFor(bits) {
			checkChain(t, c, m)
		}
	}
	t.Logf("%d messages in %v", len(msgs), time.Since(start))
}

// TestNoAllocsRandom proves the hot path allocation-free on generated
// messages: Analyze, AnalyzeBytes, the Append methods with preallocated
// buffers, a PartIter and Params, for every profile with each option (with
// -nfc only on messages already in NFC: normalising costs the copy).
func TestNoAllocsRandom(t *testing.T) {
	msgs := generate(7, 200)
	var nfcMsgs []string
	for _, m := range msgs {
		if norm.NFC.IsNormalString(m) {
			nfcMsgs = append(nfcMsgs, m)
		}
	}
	require.NotEmpty(t, nfcMsgs)
	dst := make([]byte, 0, 1<<16)
	parts := make([]smsseg.Part, 0, 1024)
	issues := make([]smsseg.Issue, 0, 1<<13)
	// Each option alone and all together (-recipients changes no code
	// path of these methods).
	for _, bits := range []byte{0, optASCII, optSmart, optNFC, optOpCode, optLink | optPhone,
		optASCII | optSmart | optNFC | optOpCode | optLink | optPhone} {
		for _, c := range combosFor(bits) {
			if c.vendor != "esemes" && bits&(optLink|optPhone) != 0 {
				continue // the same combo as without those bits
			}
			ms := msgs
			if c.opt.NFC {
				ms = nfcMsgs
			}
			allocs(t, c, ms, dst, parts, issues)
		}
	}
}

func allocs(t *testing.T, c combo, msgs []string, dst []byte, parts []smsseg.Part, issues []smsseg.Issue) {
	bs := make([][]byte, len(msgs))
	for i, m := range msgs {
		bs[i] = []byte(m)
	}
	p := c.p
	var it smsseg.PartIter
	n := testing.AllocsPerRun(3, func() {
		for i, m := range msgs {
			a := p.Analyze(m)
			_ = p.AnalyzeBytes(bs[i])
			dst = a.AppendText(dst[:0])
			dst = a.AppendWire(dst[:0])
			dst = a.AppendJSON(dst[:0])
			parts = a.AppendParts(parts[:0])
			issues = a.AppendIssues(issues[:0])
			dst = a.Params().AppendJSON(dst[:0])
			for it.Init(&a); !it.Done(); {
				_ = it.Next()
			}
		}
	})
	assert.Zero(t, n, "%s allocates", c)
}
