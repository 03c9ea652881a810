// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package turkish

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// UpperCaser returns a new Caser that upper-cases by Turkish rules (i→İ,
// ı→I). A Caser keeps state between calls: use one per goroutine.
func UpperCaser() cases.Caser {
	return cases.Upper(language.Turkish)
}

// LowerCaser returns a new Caser that lower-cases by Turkish rules (I→ı,
// İ→i). A Caser keeps state between calls: use one per goroutine.
func LowerCaser() cases.Caser {
	return cases.Lower(language.Turkish)
}

// Casers are stateful, so Upper and Lower take one from a pool for each call
// (transform.String resets it before use) instead of sharing one.
var (
	upperPool = sync.Pool{New: func() any { c := UpperCaser(); return &c }}
	lowerPool = sync.Pool{New: func() any { c := LowerCaser(); return &c }}
)

// Upper returns s upper-cased by Turkish rules: Upper("i") is "İ" and
// Upper("ı") is "I". It is safe for concurrent use.
func Upper(s string) string {
	c := upperPool.Get().(*cases.Caser)
	s = c.String(s)
	upperPool.Put(c)
	return s
}

// Lower returns s lower-cased by Turkish rules: Lower("I") is "ı" and
// Lower("İ") is "i". It is safe for concurrent use.
func Lower(s string) string {
	c := lowerPool.Get().(*cases.Caser)
	s = c.String(s)
	lowerPool.Put(c)
	return s
}

// NFC returns s in Unicode Normalization Form C, composing decomposed Turkish
// letters such as "s\u0327" → "ş", "g\u0306" → "ğ" and "I\u0307" → "İ". It
// returns s itself, without allocating, when s is already in NFC.
func NFC(s string) string {
	return norm.NFC.String(s)
}

// AppendNFC appends s to dst and returns the extended buffer in
// Normalization Form C, as norm.NFC.AppendString does: dst must be empty or
// already in NFC, and combining marks at the start of s compose with the end
// of dst (AppendNFC([]byte("s"), "\u0327") is "ş"). When s is already in NFC
// and dst has room, it does not allocate if dst is empty or s is empty or
// begins with an ASCII byte.
func AppendNFC(dst []byte, s string) []byte {
	// An ASCII rune is a starter (combining class 0) and is never the second
	// rune of a canonical composition, so it ends every segment of dst: the
	// NFC of dst+s is dst plus the NFC of s. norm would allocate its reorder
	// buffer to find that out when dst is not empty.
	if len(dst) > 0 && (s == "" || s[0] < utf8.RuneSelf) && norm.NFC.QuickSpanString(s) == len(s) {
		return append(dst, s...)
	}
	return norm.NFC.AppendString(dst, s)
}

// IsNormal reports whether s is already in Normalization Form C, so that NFC
// would return it unchanged. It does not allocate when s passes the quick
// check of UAX #15, as NFC text without combining marks does (Turkish text
// included).
func IsNormal(s string) bool {
	// IsNormalString allocates even when its quick check succeeds.
	return norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}
