// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"strconv"
	"unsafe"

	"github.com/smsseg/smsseg"
)

// totals are the sums of a batch. Credits are a 128-bit sum: each message's
// credits fit an int64, but their sum may not.
type totals struct {
	messages, segments, withErrors int64
	creditsHi, creditsLo           uint64
}

func (t *totals) add(r *smsseg.Result, credits int64) {
	t.messages++
	t.segments += int64(r.Segments)
	var carry uint64
	t.creditsLo, carry = bits.Add64(t.creditsLo, uint64(credits), 0)
	t.creditsHi += carry
	if r.Errors > 0 {
		t.withErrors++
	}
}

func (t *totals) credits() string {
	if t.creditsHi == 0 {
		return strconv.FormatUint(t.creditsLo, 10)
	}
	var hi, lo big.Int
	hi.SetUint64(t.creditsHi)
	hi.Lsh(&hi, 64)
	lo.SetUint64(t.creditsLo)
	return hi.Add(&hi, &lo).String()
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.FormatInt(n, 10) + " " + many
}

// batch analyses every line of standard input as a message of its own and
// writes one result line per input line. The buffers are reused: memory
// depends on the longest line, not on the number of lines.
func (c *cli) batch(cfg config) int {
	if c.stdinTTY {
		fmt.Fprintln(c.stderr, "segcalc: reading one message per line from the terminal; end with Ctrl-D")
	}
	p := cfg.profile
	in := bufio.NewReaderSize(c.stdin, 64<<10)
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	var (
		jw   jsonWriter
		line []byte // a line longer than the reader's buffer, assembled
		buf  []byte // one output line
		t    totals
	)
	jw.init(p, cfg.recipients)
	status := exitOK
	for {
		chunk, err := in.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			line = append(line, chunk...)
			continue
		}
		if err != nil && err != io.EOF {
			out.Flush()
			fmt.Fprintf(c.stderr, "segcalc: reading standard input at line %d: %v\n", t.messages+1, err)
			return exitRejected
		}
		msg := chunk
		if len(line) > 0 {
			line = append(line, chunk...)
			msg = line
		}
		if err == io.EOF && len(msg) == 0 {
			break // no final line without "\n"
		}
		if n := len(msg); n > 0 && msg[n-1] == '\n' {
			msg = msg[:n-1]
			if n := len(msg); n > 0 && msg[n-1] == '\r' {
				msg = msg[:n-1]
			}
		}
		// The string aliases msg, which is neither changed nor kept
		// after this iteration: no copy per line.
		text := unsafe.String(unsafe.SliceData(msg), len(msg))
		r := p.Analyze(text)
		credits, ok := r.Credits(cfg.recipients)
		if !ok {
			out.Flush()
			fmt.Fprintf(c.stderr, "segcalc: line %d: %v\n", t.messages+1, creditsOverflow(&r, cfg.recipients))
			return exitUsage
		}
		t.add(&r, credits)
		if r.Errors > 0 {
			status = exitRejected
		}
		if cfg.json {
			buf = jw.append(buf[:0], &r, text, credits)
		} else {
			buf = appendSummary(buf[:0], t.messages, &r, credits)
		}
		buf = append(buf, '\n')
		if _, werr := out.Write(buf); werr != nil {
			fmt.Fprintf(c.stderr, "segcalc: writing standard output: %v\n", werr)
			return exitRejected
		}
		line = line[:0]
		if err == io.EOF {
			break
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(c.stderr, "segcalc: writing standard output: %v\n", err)
		return exitRejected
	}
	fmt.Fprintf(c.stderr, "segcalc: %s, %s, %s credits, %s with errors\n",
		plural(t.messages, "message", "messages"), plural(t.segments, "segment", "segments"),
		t.credits(), strconv.FormatInt(t.withErrors, 10))
	return status
}

// appendSummary appends the one-line human result of message n of a batch:
//
//	3: turkish single · 44 units · 1 segment · 111 remaining · 1 credit · ok
//	4: normal · 0 units · 0 segments · 160 remaining · 0 credits · error empty
func appendSummary(dst []byte, n int64, r *smsseg.Result, credits int64) []byte {
	dst = strconv.AppendInt(dst, n, 10)
	dst = append(dst, ": "...)
	dst = append(dst, r.Encoding.String()...)
	if r.Shift != smsseg.NoShift {
		dst = append(dst, ' ')
		dst = append(dst, r.Shift.String()...)
	}
	dst = append(dst, " · "...)
	dst = appendCount(dst, int64(r.Units), "unit", "units")
	dst = append(dst, " · "...)
	dst = appendCount(dst, int64(r.Segments), "segment", "segments")
	if r.Parts != r.Segments && r.Segments > 0 {
		dst = append(dst, " ("...)
		dst = appendCount(dst, int64(r.Parts), "part", "parts")
		dst = append(dst, ')')
	}
	dst = append(dst, " · "...)
	dst = strconv.AppendInt(dst, int64(r.Remaining), 10)
	dst = append(dst, " remaining"...)
	if r.Truncated > 0 {
		dst = append(dst, " · "...)
		dst = appendCount(dst, int64(r.Truncated), "rune", "runes")
		dst = append(dst, " truncated"...)
	}
	dst = append(dst, " · "...)
	dst = appendCount(dst, credits, "credit", "credits")
	switch {
	case r.Errors > 0:
		if r.Errors == 1 {
			dst = append(dst, " · error "...)
		} else {
			dst = append(dst, " · "...)
			dst = appendCount(dst, int64(r.Errors), "error", "errors")
			dst = append(dst, ", first "...)
		}
		dst = append(dst, r.FirstError.Code.String()...)
		if r.FirstError.Code != smsseg.Empty {
			dst = append(dst, " at byte "...)
			dst = strconv.AppendInt(dst, int64(r.FirstError.Offset), 10)
		}
	default:
		dst = append(dst, " · ok"...)
	}
	if r.Warnings > 0 {
		dst = append(dst, " · "...)
		dst = appendCount(dst, int64(r.Warnings), "warning", "warnings")
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
