// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Segcalc tells what an SMS text costs with a Turkish bulk-SMS vendor: the
// encoding it needs (GSM 7-bit default alphabet, Turkish shift, or UCS-2),
// the units it counts, the segments the vendor bills, where the parts split,
// the vendor's request parameters, and what the vendor would reject.
//
// Usage:
//
//	segcalc [flags] [TEXT ...]
//
// TEXT arguments are joined with single spaces; with none, standard input is
// the message (one trailing "\n" or "\r\n" dropped unless -raw). With -lines
// every input line is a message of its own. Flags come before TEXT.
//
// The flags are:
//
//	-vendor NAME    profile: gsm (default), oztek, esemes, nodeapi, kobikom, bisms
//	-vendors        list the profiles with their tables, and exit
//	-json           print JSON (one object per message, JSON Lines with -lines)
//	-lines          each line of standard input is a message; totals go to standard error
//	-recipients N   recipients per message (default 1); credits = segments × N
//	-optout LIST    esemes opt-out suffixes: link, phone or link,phone
//	-ascii          transliterate Turkish letters to ASCII first (ç→c ğ→g ı→i İ→I ö→o ş→s ü→u)
//	-smart          fold typographic punctuation first (“ ” → ", ‘ ’ → ', – — → -, … → ..., NBSP → space)
//	-raw            keep a trailing newline read from standard input (not with -lines)
//	-h              help: what segcalc does, examples, exit statuses
//	-version        print the version, and exit
//
// Exit status: 0 when no message has errors, 1 when at least one has (or
// reading or writing failed), 2 for a usage error.
//
// Examples:
//
//	segcalc -vendor bisms "Merhaba dünya, siparişiniz kargoya verildi."
//	segcalc -vendor oztek -json < message.txt
//	segcalc -vendor esemes -optout link -recipients 2500 "Kampanya başladı!"
//	segcalc -lines -json -vendor nodeapi < messages.txt > results.jsonl
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/smsseg/smsseg"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK       = 0 // no message has errors
	exitRejected = 1 // at least one message has errors, or I/O failed
	exitUsage    = 2 // the command line is wrong
)

// cli is one invocation. Tests build it directly to force colour on or off.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	color          bool // ANSI colour in the human output
	stdinTTY       bool // standard input is a terminal: say that we wait for it
}

// run is main without the process: it parses args, reads stdin, writes the
// results to stdout and diagnostics to stderr, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{
		stdin:    stdin,
		stdout:   stdout,
		stderr:   stderr,
		color:    isTerminal(stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb",
		stdinTTY: isTerminal(stdin),
	}
	return c.run(args)
}

// isTerminal reports whether v is an *os.File open on a character device.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	if !ok || f == nil {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// config is the parsed command line.
type config struct {
	profile    smsseg.Profile
	json       bool
	lines      bool
	raw        bool
	recipients int64
	text       string // the joined TEXT arguments
	hasText    bool
}

// usageError is a command-line mistake: one line, exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

func (c *cli) run(args []string) int {
	cfg, done, err := c.parse(args)
	if err != nil {
		fmt.Fprintf(c.stderr, "segcalc: %v\n", err)
		return exitUsage
	}
	if done {
		return exitOK
	}
	if cfg.lines {
		return c.batch(cfg)
	}
	return c.single(cfg)
}

// parse parses args. done is true when a flag such as -h or -vendors has
// already done all the work.
func (c *cli) parse(args []string) (cfg config, done bool, err error) {
	fs := flag.NewFlagSet("segcalc", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported in one line below
	fs.Usage = func() {}
	var (
		vendor     = fs.String("vendor", "gsm", "profile `NAME`: "+smsseg.Names())
		vendors    = fs.Bool("vendors", false, "list the profiles with their tables, and exit")
		jsonOut    = fs.Bool("json", false, "print JSON: one object per message (JSON Lines with -lines)")
		lines      = fs.Bool("lines", false, "each line of standard input is a message; totals go to standard error")
		recipients = fs.String("recipients", "1", "recipients per message, a whole `N` ≥ 1; credits = segments × N")
		optout     = fs.String("optout", "", "esemes opt-out suffixes: `LIST` is link, phone or link,phone")
		ascii      = fs.Bool("ascii", false, "transliterate Turkish letters to ASCII first (ç→c ğ→g ı→i İ→I ö→o ş→s ü→u)")
		smart      = fs.Bool("smart", false, "fold typographic punctuation first (“ ” → \", ‘ ’ → ', – — → -, … → ..., NBSP → space)")
		raw        = fs.Bool("raw", false, "keep a trailing newline read from standard input (default: drop one \"\\n\" or \"\\r\\n\"; no effect with -lines)")
		version    = fs.Bool("version", false, "print the version, and exit")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			c.help(fs)
			return cfg, true, nil
		}
		return cfg, false, usagef("%v; segcalc -h lists the flags", err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if *version {
		fmt.Fprintln(c.stdout, versionString())
		return cfg, true, nil
	}
	if *vendors {
		if err := writeVendors(c.stdout); err != nil {
			return cfg, false, err
		}
		return cfg, true, nil
	}

	p, ok := smsseg.Lookup(strings.ToLower(*vendor))
	if !ok {
		return cfg, false, usagef("unknown vendor %q; use one of: %s (segcalc -vendors lists them)", *vendor, smsseg.Names())
	}
	n, err := strconv.ParseInt(*recipients, 10, 64)
	if err != nil || n < 1 {
		return cfg, false, usagef("-recipients wants a whole number from 1 to %d, not %q", int64(1<<63-1), *recipients)
	}
	p = p.WithASCII(*ascii).WithSmart(*smart)
	if set["optout"] {
		if len(p.Rules().Suffixes) == 0 {
			return cfg, false, usagef("-optout works only with -vendor esemes (the only vendor with opt-out suffixes), not %s", p.Name())
		}
		o, err := smsseg.ParseOptOut(*optout)
		if err != nil {
			return cfg, false, usagef("-optout wants link, phone or link,phone, not %q", *optout)
		}
		if p, err = p.WithOptOut(o); err != nil {
			return cfg, false, usagef("-optout: %v", err)
		}
	}

	rest := fs.Args()
	// A flag written after the text is part of the text for the flag
	// package; that is nearly always a mistake, unless "--" was written.
	literal := len(rest) > 0 && len(args) > len(rest) && args[len(args)-len(rest)-1] == "--"
	if !literal {
		for _, a := range rest {
			if name, ok := flagLike(a); ok && fs.Lookup(name) != nil {
				return cfg, false, usagef("flag %s comes after the text; put flags before TEXT (or write -- before TEXT to send %q as text)", a, a)
			}
		}
	}
	if *lines && len(rest) > 0 {
		return cfg, false, usagef("-lines reads the messages from standard input; drop the TEXT arguments or drop -lines")
	}
	cfg = config{
		profile:    p,
		json:       *jsonOut,
		lines:      *lines,
		raw:        *raw,
		recipients: n,
		text:       strings.Join(rest, " "),
		hasText:    len(rest) > 0,
	}
	return cfg, false, nil
}

// flagLike returns the flag name of an argument written as a flag: "-name",
// "--name" or "-name=value".
func flagLike(a string) (string, bool) {
	if len(a) < 2 || a[0] != '-' {
		return "", false
	}
	a = a[1:]
	if a[0] == '-' {
		a = a[1:]
	}
	if i := strings.IndexByte(a, '='); i >= 0 {
		a = a[:i]
	}
	return a, a != ""
}

func versionString() string {
	v := "devel"
	goVersion := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		goVersion = " " + bi.GoVersion
	}
	return "segcalc " + v + " (smsseg" + goVersion + ")"
}

func (c *cli) help(fs *flag.FlagSet) {
	var b bytes.Buffer
	b.WriteString(`segcalc tells what an SMS costs with a Turkish bulk-SMS vendor: the encoding
it needs (GSM 7-bit, Turkish shift or UCS-2) and why, the units it counts, the
segments the vendor bills and the credits for your recipients, where the parts
split, the vendor's request parameters, and anything the vendor would reject.

Usage:
  segcalc [flags] [TEXT ...]

TEXT arguments are joined with single spaces. With no TEXT, standard input is
the message (one trailing "\n" or "\r\n" is dropped unless -raw). With -lines,
every line of standard input is a separate message. Flags come before TEXT;
write -- before a TEXT that starts with "-".

Examples:
  segcalc "Merhaba dunya"                      count for the 3GPP reference (gsm)
  segcalc -vendor bisms "Merhaba dünya, siparişiniz kargoya verildi."
  segcalc -vendor oztek -json < message.txt    JSON, with Öztek's wire text
  segcalc -vendor esemes -optout link -recipients 2500 "Kampanya başladı!"
  segcalc -lines -json -vendor nodeapi < messages.txt > results.jsonl
  segcalc -vendors                             the profiles and their tables

Flags:
`)
	fs.SetOutput(&b)
	fs.PrintDefaults()
	b.WriteString(`
Vendors: ` + smsseg.Names() + ` (gsm is the default).

Output: a summary and the text drawn part by part, with characters that cost
2 units and characters that forced the encoding marked (in colour on a
terminal unless NO_COLOR is set; as [x] and <x> otherwise). -json prints one
object with the fields vendor, encoding, shift, units, runes, segments,
remaining, truncated, text, wire, parts, recipients, credits, params, errors,
warnings. Offsets are byte offsets into text.

Exit status:
  0  no message has errors
  1  at least one message has errors (the vendor would reject it), or
     reading or writing failed
  2  usage error (bad flag or value)
`)
	c.stdout.Write(b.Bytes())
}

// single analyses one message: the TEXT arguments or all of standard input.
func (c *cli) single(cfg config) int {
	text := cfg.text
	if !cfg.hasText {
		if c.stdinTTY {
			fmt.Fprintln(c.stderr, "segcalc: reading the message from the terminal; end it with Ctrl-D (or pass it as arguments; segcalc -h for help)")
		}
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			fmt.Fprintf(c.stderr, "segcalc: reading standard input: %v\n", err)
			return exitRejected
		}
		if !cfg.raw {
			b = dropNewline(b)
		}
		text = string(b)
	}
	p := cfg.profile
	r := p.Analyze(text)
	credits, ok := r.Credits(cfg.recipients)
	if !ok {
		fmt.Fprintf(c.stderr, "segcalc: %v\n", creditsOverflow(&r, cfg.recipients))
		return exitUsage
	}
	var out []byte
	if cfg.json {
		var w jsonWriter
		w.init(p, cfg.recipients)
		out = w.append(nil, &r, text, credits)
		out = append(out, '\n')
	} else {
		out = c.human(nil, p, &r, text, cfg.recipients, credits)
	}
	if _, err := c.stdout.Write(out); err != nil {
		fmt.Fprintf(c.stderr, "segcalc: writing standard output: %v\n", err)
		return exitRejected
	}
	if r.Errors > 0 {
		return exitRejected
	}
	return exitOK
}

// dropNewline removes one trailing "\n" or "\r\n".
func dropNewline(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}

func creditsOverflow(r *smsseg.Result, recipients int64) error {
	return usagef("%d segments × %d recipients overflows the credit counter (more than %d); use a smaller -recipients",
		r.Segments, recipients, int64(1<<63-1))
}
