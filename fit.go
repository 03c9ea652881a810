// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import "github.com/rivo/uniseg"

// FitLen returns the length in bytes of the longest prefix of text that
// fits n segments under p (its options, vendor suffix and operator code
// counted), with ellipsis appended when the text is cut: the ellipsis is
// counted too. A prefix fits when its analysis bills at most n segments,
// the vendor truncates nothing and no maximum is passed (too_long). The
// prefix ends on a grapheme cluster boundary (Unicode UAX #29, package
// github.com/rivo/uniseg), so it never cuts a flag, a ZWJ emoji sequence, a
// letter from its combining marks, a surrogate pair or a 2-unit (ESC)
// character, which are each one rune. cut reports whether the text was cut
// (k < len(text)); ok is false when n < 1, or when the text is not empty
// and not even its first cluster fits.
//
// FitLen is for "shorten to one SMS" buttons and for truncating
// personalised texts in bulk: it analyses O(log clusters) prefixes.
func (p Profile) FitLen(text string, n int, ellipsis string) (k int, cut, ok bool) {
	if n < 1 {
		return 0, false, false
	}
	if p.fits(text, n) {
		return len(text), false, true
	}
	// Cluster boundaries after the first cluster; 0 is never a prefix.
	var bounds []int
	state := -1
	for rest, off := text, 0; len(rest) > 0; {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		off += len(c)
		if off < len(text) {
			bounds = append(bounds, off)
		}
	}
	buf := make([]byte, 0, len(text)+len(ellipsis))
	fitsAt := func(i int) bool {
		buf = append(append(buf[:0], text[:bounds[i]]...), ellipsis...)
		return p.fitsBytes(buf, n)
	}
	// The largest i with fitsAt(i): the segments only grow with the prefix.
	lo, hi := -1, len(bounds)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fitsAt(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo < 0 {
		return 0, true, false
	}
	return bounds[lo], true, true
}

// Fit returns the fitted text (the prefix of FitLen, then ellipsis when
// cut) and its analysis under p.
func (p Profile) Fit(text string, n int, ellipsis string) (fitted string, a Analysis, ok bool) {
	k, cut, ok := p.FitLen(text, n, ellipsis)
	fitted = text[:k]
	if cut {
		fitted += ellipsis
	}
	return fitted, p.Analyze(fitted), ok
}

func (p Profile) fits(text string, n int) bool { return fitsAnalysis(p.Analyze(text), n) }

func (p Profile) fitsBytes(b []byte, n int) bool { return fitsAnalysis(p.AnalyzeBytes(b), n) }

func fitsAnalysis(a Analysis, n int) bool {
	return a.Segments() <= n && a.Truncated() == 0 && a.res().TooLong.Offset < 0
}
