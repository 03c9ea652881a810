// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"slices"
	"strings"
)

// Reassemble joins decoded parts into messages (TS 23.040 9.2.3.24.1 and
// 9.2.3.24.8). Parts with a concatenation element are grouped by their
// reference (an 8-bit and a 16-bit reference of the same value are
// different messages), in any order, and joined in sequence order; a part
// without one is a message by itself. Each Message has the parts' Scheme
// and the Span of each part in its Text; messages come in the order of
// their first part in parts.
//
// A reference must not be reused within parts: group the parts by sender
// first. The error is a ReassemblyError: ErrMissingPart (the first
// sequence number missing), ErrDuplicatePart, or ErrMismatch when parts of
// one reference disagree on the total or the scheme.
func Reassemble(parts []Decoded) ([]Message, error) {
	type key struct {
		ref   uint16
		ref16 bool
	}
	var out []Message
	seen := map[key]bool{}
	for i, p := range parts {
		h := p.Header
		if h.Total == 0 {
			out = append(out, Message{Text: p.Text, Parts: []Span{{0, len(p.Text)}}, Scheme: p.Scheme})
			continue
		}
		k := key{h.Ref, h.Ref16}
		if seen[k] {
			continue
		}
		seen[k] = true
		byseq := make([]int, int(h.Total)+1) // index into parts+1, 0 for absent
		for j := i; j < len(parts); j++ {
			q := parts[j].Header
			if q.Total == 0 || q.Ref != h.Ref || q.Ref16 != h.Ref16 {
				continue
			}
			if q.Total != h.Total || parts[j].Scheme != p.Scheme {
				return nil, ReassemblyError{ErrMismatch, h.Ref, int(q.Seq)}
			}
			if byseq[q.Seq] != 0 {
				return nil, ReassemblyError{ErrDuplicatePart, h.Ref, int(q.Seq)}
			}
			byseq[q.Seq] = j + 1
		}
		var b strings.Builder
		spans := make([]Span, 0, h.Total)
		for seq := 1; seq <= int(h.Total); seq++ {
			if byseq[seq] == 0 {
				return nil, ReassemblyError{ErrMissingPart, h.Ref, seq}
			}
			start := b.Len()
			b.WriteString(parts[byseq[seq]-1].Text)
			spans = append(spans, Span{start, b.Len()})
		}
		out = append(out, Message{Text: b.String(), Parts: slices.Clip(spans), Scheme: p.Scheme})
	}
	return out, nil
}
