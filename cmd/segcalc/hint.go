// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"fmt"
	"strings"
)

// looksUTF16 returns "utf-16le" or "utf-16be" when b, read as UTF-8, looks
// like UTF-16 text saved without a byte order mark, and "" otherwise: at
// least two byte pairs, a NUL in at least half of them on one side and in
// at most one in eight on the other. Latin and Turkish text in UTF-16 is
// that (every character below U+0100 has a zero high byte); text that merely
// holds NUL bytes is not (they fall on both sides).
func looksUTF16(b []byte) string {
	pairs := len(b) / 2
	if pairs < 2 {
		return ""
	}
	var even, odd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	switch {
	case 2*odd >= pairs && 8*even <= pairs:
		return "utf-16le"
	case 2*even >= pairs && 8*odd <= pairs:
		return "utf-16be"
	}
	return ""
}

// hintUTF16 tells, on standard error, that standard input read as UTF-8
// looks like UTF-16 without a byte order mark (SPEC 5 reads it in -charset,
// so its NUL bytes are counted as characters: the cost is not silently
// wrong). It changes neither the output nor the exit status. text is the
// message, or the first line of a batch.
func (c *cli) hintUTF16(cfg config, text []byte) {
	if cfg.hasText || !strings.EqualFold(cfg.charset, "utf-8") {
		return
	}
	cs := looksUTF16(text)
	if cs == "" {
		return
	}
	where := "after"
	if cs == "utf-16be" {
		where = "before"
	}
	fmt.Fprintf(c.stderr, "segcalc: standard input looks like %s saved without a byte order mark (a NUL byte %s every character), read as UTF-8; if it is, run with -charset %s\n",
		strings.ToUpper(cs), where, cs)
}
