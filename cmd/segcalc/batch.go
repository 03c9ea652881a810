// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bufio"
	"fmt"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/smsseg/smsseg"
)

// sum128 is a 128-bit unsigned counter: each message's credits fit an
// int64 (recipients are capped at 10^9), their sum over any batch fits here.
type sum128 struct{ hi, lo uint64 }

func (s *sum128) add(n int64) {
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, uint64(n), 0)
	s.hi += carry
}

func (s sum128) String() string {
	if s.hi == 0 {
		return strconv.FormatUint(s.lo, 10)
	}
	var hi, lo big.Int
	hi.SetUint64(s.hi)
	hi.Lsh(&hi, 64)
	lo.SetUint64(s.lo)
	return hi.Add(&hi, &lo).String()
}

func (s sum128) isOne() bool { return s.hi == 0 && s.lo == 1 }

// totals are the sums of a batch.
type totals struct {
	messages, withErrors sum128
	segments             sum128
	accepted, rejected   sum128 // credits of messages the vendor accepts / rejects
}

func (t *totals) add(a *smsseg.Analysis) {
	t.messages.add(1)
	t.segments.add(int64(a.Segments()))
	if a.OK() {
		t.accepted.add(a.Credits())
	} else {
		t.withErrors.add(1)
		t.rejected.add(a.Credits())
	}
}

// line is the totals line written to standard error: credits split into
// those of messages the vendor accepts and those it would reject.
func (t *totals) line() string {
	s := fmt.Sprintf("segcalc: %s, %s, %s", count(t.messages, "message", "messages"),
		count(t.segments, "segment", "segments"), count(t.accepted, "credit", "credits"))
	if t.withErrors.lo == 0 && t.withErrors.hi == 0 {
		return s + ", 0 with errors"
	}
	return s + fmt.Sprintf(" for accepted messages; %s with errors, which the vendor would reject (%s)",
		t.withErrors, count(t.rejected, "credit", "credits"))
}

func count(n sum128, one, many string) string {
	if n.isOne() {
		return "1 " + one
	}
	return n.String() + " " + many
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.FormatInt(n, 10) + " " + many
}

// batch analyses every line of standard input as a message of its own and
// writes one result line per input line. Every line gives exactly one
// result, whatever it holds; the totals line is always written, also after
// a read error (saying how far it got). The buffers are reused: memory is
// bounded by the longest line kept (1 MiB), not by the number of lines.
func (c *cli) batch(cfg config) int {
	if c.stdinTTY {
		fmt.Fprintln(c.stderr, "segcalc: reading one message per line from the terminal; end with Ctrl-D")
	}
	p := cfg.profile
	in, _ := newInput(c.stdin, cfg.charset)
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	enc := smsseg.NewJSONEncoder(out)
	var (
		buf    []byte
		t      totals
		werr   error
		n      int64
		status = exitOK
	)
	for {
		line, tooLarge, ok, err := in.Line()
		if err != nil {
			out.Flush()
			fmt.Fprintf(c.stderr, "segcalc: reading standard input after line %d: %v\n", n, err)
			fmt.Fprintln(c.stderr, t.line())
			return exitRejected
		}
		if !ok {
			break
		}
		n++
		if n == 1 && !tooLarge {
			c.hintUTF16(cfg, line)
		}
		var a smsseg.Analysis
		if tooLarge {
			a = p.TooLarge()
		} else {
			a = cfg.analyzeBytes(p, line)
		}
		t.add(&a)
		if !a.OK() {
			status = exitRejected
		}
		if werr == nil {
			if cfg.json {
				buf, werr = cfg.encodeJSON(enc, &a, buf)
			} else {
				buf = appendSummary(buf[:0], n, &a)
				buf = append(buf, '\n')
				if cfg.pdu.on {
					buf = appendPDUsHuman(buf, &a, cfg.pdu)
				}
				_, werr = out.Write(buf)
			}
		}
	}
	if werr == nil {
		werr = out.Flush()
	}
	fmt.Fprintln(c.stderr, t.line())
	if werr != nil {
		c.writeFailed(werr)
		return exitRejected
	}
	return status
}

// appendSummary appends the one-line human result of message n of a batch:
//
//	3: turkish single · 44 units · 1 segment · 111 remaining · 1 credit · ok
//	4: normal · 0 units · 0 segments · 160 remaining · 0 credits · error empty
func appendSummary(dst []byte, n int64, a *smsseg.Analysis) []byte {
	dst = strconv.AppendInt(dst, n, 10)
	dst = append(dst, ": "...)
	dst = append(dst, a.Class().String()...)
	if a.Shift() != smsseg.NoShift {
		dst = append(dst, ' ')
		dst = append(dst, a.Shift().String()...)
	}
	dst = append(dst, " · "...)
	dst = appendCount(dst, int64(a.Units()), "unit", "units")
	dst = append(dst, " · "...)
	dst = appendCount(dst, int64(a.Segments()), "segment", "segments")
	if pc := a.PartCount(); pc != a.Segments() && a.Segments() > 0 {
		dst = append(dst, " ("...)
		dst = appendCount(dst, int64(pc), "part", "parts")
		dst = append(dst, ')')
	}
	dst = append(dst, " · "...)
	dst = strconv.AppendInt(dst, int64(a.Remaining()), 10)
	dst = append(dst, " remaining"...)
	if a.Truncated() > 0 {
		dst = append(dst, " · "...)
		dst = appendCount(dst, int64(a.Truncated()), "rune", "runes")
		dst = append(dst, " truncated"...)
	}
	dst = append(dst, " · "...)
	dst = appendCount(dst, a.Credits(), "credit", "credits")
	if first, bad := a.FirstError(); bad {
		if a.ErrorCount() == 1 {
			dst = append(dst, " · error "...)
		} else {
			dst = append(dst, " · "...)
			dst = appendCount(dst, int64(a.ErrorCount()), "error", "errors")
			dst = append(dst, ", first "...)
		}
		dst = append(dst, first.Code.String()...)
		if first.HasRune() || first.Code == smsseg.TooLong {
			dst = append(dst, " at byte "...)
			dst = strconv.AppendInt(dst, int64(first.Offset), 10)
		}
	} else {
		dst = append(dst, " · ok"...)
	}
	if w := a.WarningCount(); w > 0 {
		dst = append(dst, " · "...)
		dst = appendCount(dst, int64(w), "warning", "warnings")
	}
	return dst
}

func appendCount(dst []byte, n int64, one, many string) []byte {
	dst = strconv.AppendInt(dst, n, 10)
	dst = append(dst, ' ')
	if n == 1 {
		return append(dst, one...)
	}
	return append(dst, many...)
}
