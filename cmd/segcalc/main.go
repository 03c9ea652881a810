// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Segcalc tells what an SMS text costs with a Turkish bulk-SMS vendor: the
// encoding it needs (GSM 7-bit default alphabet, Turkish shift, or UCS-2)
// and why, the units it counts, the segments the vendor bills, where the
// parts split, the vendor's request parameters, and what the vendor would
// reject. It holds flags and formatting only: every number comes from
// package smsseg.
//
// Usage:
//
//	segcalc [flags] [TEXT ...]
//
// TEXT arguments are joined with single spaces; with none, standard input is
// the message (a leading byte order mark and one trailing "\n" or "\r\n"
// dropped unless -raw). With -lines every input line is a message of its
// own. Flags come before TEXT. segcalc -h lists the flags.
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
//	segcalc -profile acme.json "Merhaba"
//	segcalc -to +905321234567 "Çiçek sepetiniz yolda"
//	segcalc -decode 07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37
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
	"syscall"

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
		color:    isTTY(stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb",
		stdinTTY: isTTY(stdin),
	}
	return c.run(args)
}

// config is the parsed command line.
type config struct {
	profile smsseg.Profile
	json    bool
	lines   bool
	raw     bool
	charset string
	text    string // the joined TEXT arguments
	hasText bool
	all     []smsseg.Profile // -vendor all: every built-in profile, with the options
	pdu     pduConfig        // -pdu, -to, -ref, -ref16
	decode  bool             // -decode: the arguments are TPDUs to read back
	args    []string         // the TEXT arguments, as given
	serve   *serveConfig     // -serve: the web calculator and API (serve.go)
	extra                    // -suggest, -fit, -ellipsis, -drop, -fold (suggest.go)
}

// usageError is a command-line mistake: one line, exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// errDone: a flag such as -h or -vendors did all the work.
var errDone = errors.New("done")

func (c *cli) run(args []string) int {
	cfg, err := c.parse(args)
	if errors.Is(err, errDone) {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(c.stderr, "segcalc: %v\n", err)
		return exitUsage
	}
	if err != nil {
		c.writeFailed(err)
		return exitRejected
	}
	if cfg.decode {
		return c.decode(cfg)
	}
	if cfg.serve != nil {
		return c.serve(cfg)
	}
	if cfg.lines {
		return c.batch(cfg)
	}
	return c.single(cfg)
}

// writeFailed reports a failed write to standard output, quietly for a
// closed pipe (the reader went away: nothing to tell it).
func (c *cli) writeFailed(err error) {
	if errors.Is(err, syscall.EPIPE) {
		return
	}
	fmt.Fprintf(c.stderr, "segcalc: writing standard output: %v\n", err)
}

// parse parses args.
func (c *cli) parse(args []string) (cfg config, err error) {
	fs := flag.NewFlagSet("segcalc", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported in one line below
	fs.Usage = func() {}
	names := strings.Join(smsseg.Names(), ", ")
	var (
		vendor     = fs.String("vendor", "gsm", "profile `NAME`: "+names+"; all compares them on the message")
		profile    = fs.String("profile", "", "load the profile from a description `FILE` (docs/profile-format.md) instead of -vendor")
		vendors    = fs.Bool("vendors", false, "list the profiles with their tables (one with -vendor or -profile; the description files with -json), and exit")
		jsonOut    = fs.Bool("json", false, "print JSON: one object per message (JSON Lines with -lines)")
		lines      = fs.Bool("lines", false, "each line of standard input is a message; totals go to standard error")
		recipients = fs.String("recipients", "1", "recipients per message, a whole `N` from 1 to 1,000,000,000; credits = segments × N")
		optout     = fs.String("optout", "", "esemes opt-out suffixes the vendor appends: `LIST` is link, phone or link,phone")
		opcode     = fs.String("opcode", "", "append the operator `CODE` (4 characters A–Z 0–9, e.g. B001) as Turkish operators do")
		nfc        = fs.Bool("nfc", false, "NFC-normalise the text first (s + U+0327 → ş)")
		smart      = fs.Bool("smart", false, "fold typographic punctuation and invisible characters first (“ ” → \", ‘ ’ → ', dashes → -, … → ..., NBSP → space, soft hyphen removed)")
		ascii      = fs.Bool("ascii", false, "transliterate Turkish text to ASCII first (ç→c ğ→g ı→i İ→I ö→o ş→s ü→u, â î û → a i u, ₺ → TL)")
		raw        = fs.Bool("raw", false, "keep a trailing newline read from standard input (default: drop one \"\\n\" or \"\\r\\n\"; no effect with -lines)")
		charset    = fs.String("charset", "utf-8", "encoding of standard input: `NAME` is utf-8, utf-16le, utf-16be, windows-1254 or iso-8859-9 (a byte order mark decides by itself)")
		version    = fs.Bool("version", false, "print the version, and exit")
		pduOut     = fs.Bool("pdu", false, "print each part encoded (TS 23.040): TP-DCS, TP-UDL, user data header | user data in hex (with -json: a \"pdus\" array)")
		to         = fs.String("to", "", "with -pdu: also each part's SMS-SUBMIT TPDU to `NUMBER` (+905321234567 or 05321234567) and its AT+CMGS line (implies -pdu)")
		ref        = fs.String("ref", "0", "with -pdu: the concatenation reference `N` of the parts (0-255; 0-65535 with -ref16)")
		ref16      = fs.Bool("ref16", false, "16-bit concatenation reference (152 septets or 66 UCS-2 units per part instead of 153 or 67)")
		decode     = fs.Bool("decode", false, "read back TPDUs (hex, with or without the SMSC octets) or -json -pdu part objects given as arguments or lines of standard input, and reassemble them")
		serve      = fs.Bool("serve", false, "serve the web calculator and the JSON API on `ADDR`, the one argument (default "+defaultAddr+", this machine only; an address such as :8080 exposes it to the network); -vendor or -profile sets the default vendor")
		x          = parseExtra(fs)
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			if err := c.help(fs); err != nil {
				return cfg, err
			}
			return cfg, errDone
		}
		return cfg, usagef("%v; segcalc -h lists the flags", err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if *version {
		if _, err := fmt.Fprintln(c.stdout, versionString()); err != nil {
			return cfg, err
		}
		return cfg, errDone
	}

	var p smsseg.Profile
	switch {
	case set["profile"] && set["vendor"]:
		return cfg, usagef("-profile and -vendor both name the profile; use one")
	case set["profile"]:
		f, err := os.Open(*profile)
		if err != nil {
			return cfg, usagef("-profile: %v", err)
		}
		p, err = smsseg.LoadProfile(f)
		f.Close()
		if err != nil {
			return cfg, usagef("-profile %s: %v", *profile, err)
		}
	case strings.EqualFold(*vendor, "all") && !*vendors:
		// Checked below, with the options, for every profile.
	default:
		var ok bool
		if p, ok = smsseg.Lookup(strings.ToLower(*vendor)); !ok {
			return cfg, usagef("unknown vendor %q; use one of: %s, or all (segcalc -vendors lists them)", *vendor, names)
		}
	}
	if *decode {
		for _, f := range []string{"serve", "pdu", "to", "ref", "ref16", "lines", "vendor", "profile", "vendors", "optout", "opcode", "nfc", "smart", "ascii", "recipients", "charset", "raw"} {
			if set[f] {
				return cfg, usagef("-decode reads encoded parts back; -%s does not apply to it", f)
			}
		}
		rest := fs.Args()
		return config{json: *jsonOut, decode: true, args: rest, hasText: len(rest) > 0}, nil
	}
	if *vendors {
		var ps []smsseg.Profile
		if set["profile"] || set["vendor"] {
			ps = []smsseg.Profile{p}
		} else {
			ps = smsseg.Profiles()
		}
		if err := writeVendors(c.stdout, ps, *jsonOut); err != nil {
			return cfg, err
		}
		return cfg, errDone
	}

	if *serve {
		for f := range set {
			if f != "serve" && f != "vendor" && f != "profile" {
				return cfg, usagef("-%s does not apply to -serve: the page has its own options (-vendor or -profile sets its default vendor)", f)
			}
		}
		return parseServe(p, set["profile"], fs.Args())
	}
	n, err := strconv.ParseInt(*recipients, 10, 64)
	if err != nil || n < 1 || n > smsseg.MaxRecipients {
		return cfg, usagef("-recipients wants a whole number from 1 to 1000000000, not %q", *recipients)
	}
	p, _ = p.WithRecipients(n)
	if err := x.check(); err != nil {
		return cfg, err
	}
	p = x.apply(p.WithNFC(*nfc).WithSmart(*smart).WithASCII(*ascii).WithRef16(*ref16))
	if set["optout"] && !strings.EqualFold(*vendor, "all") {
		if len(p.OptOutNames()) == 0 {
			return cfg, usagef("-optout works only with a vendor that has opt-out suffixes (esemes), not %s", p.Name())
		}
		if *optout == "" {
			return cfg, usagef("-optout wants %s, not an empty list", strings.Join(p.OptOutNames(), ", "))
		}
		if p, err = p.WithOptOut(*optout); err != nil {
			return cfg, usagef("-optout wants %s or a comma-separated list of them, not %q", strings.Join(p.OptOutNames(), ", "), *optout)
		}
	}
	if set["opcode"] {
		if p, err = p.WithOperatorCode(*opcode); err != nil || *opcode == "" {
			return cfg, usagef("-opcode wants exactly 4 characters from A-Z and 0-9 (such as B001), not %q", *opcode)
		}
	}
	if _, err := newInput(strings.NewReader(""), *charset); err != nil {
		return cfg, usagef("-charset: %v", err)
	}

	var pc pduConfig
	if !strings.EqualFold(*vendor, "all") {
		if pc, err = parsePDUFlags(p, set, *pduOut, *ref16, *to, *ref); err != nil {
			return cfg, err
		}
	}
	var all []smsseg.Profile
	if strings.EqualFold(*vendor, "all") {
		if *pduOut || set["to"] || set["ref"] {
			return cfg, usagef("-vendor all compares the profiles; -pdu encodes for one: name it with -vendor")
		}
		if *lines {
			return cfg, usagef("-vendor all compares the profiles on one message; drop -lines")
		}
		for _, q := range smsseg.Profiles() {
			q, _ = q.WithRecipients(n)
			q = x.apply(q.WithNFC(*nfc).WithSmart(*smart).WithASCII(*ascii).WithRef16(*ref16))
			if set["optout"] && len(q.OptOutNames()) > 0 {
				if q, err = q.WithOptOut(*optout); err != nil {
					return cfg, usagef("-optout wants %s or a comma-separated list of them, not %q", strings.Join(q.OptOutNames(), ", "), *optout)
				}
			}
			if set["opcode"] {
				q, _ = q.WithOperatorCode(*opcode)
			}
			all = append(all, q)
		}
	}

	rest := fs.Args()
	// A flag written after the text is part of the text for the flag
	// package; that is nearly always a mistake, unless "--" was written.
	literal := len(rest) > 0 && len(args) > len(rest) && args[len(args)-len(rest)-1] == "--"
	if !literal {
		for _, a := range rest {
			if name, ok := flagLike(a); ok && fs.Lookup(name) != nil {
				return cfg, usagef("flag %s comes after the text; put flags before TEXT (or write -- before TEXT to send %q as text)", a, a)
			}
		}
	}
	if *lines && len(rest) > 0 {
		return cfg, usagef("-lines reads the messages from standard input; drop the TEXT arguments or drop -lines")
	}
	cfg = config{
		profile: p,
		json:    *jsonOut,
		lines:   *lines,
		raw:     *raw,
		charset: *charset,
		text:    strings.Join(rest, " "),
		hasText: len(rest) > 0,
		all:     all,
		pdu:     pc,
		args:    rest,
		extra:   x.extra,
	}
	return cfg, nil
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

func (c *cli) help(fs *flag.FlagSet) error {
	var b bytes.Buffer
	b.WriteString(`segcalc tells what an SMS costs with a Turkish bulk-SMS vendor: the encoding
it needs (GSM 7-bit, Turkish shift or UCS-2) and why, the units it counts, the
segments the vendor bills and the credits for your recipients, where the parts
split, the vendor's request parameters, and anything the vendor would reject.

Usage:
  segcalc [flags] [TEXT ...]
  segcalc [-vendor NAME | -profile FILE] -serve [ADDR]   web calculator and JSON API

TEXT arguments are joined with single spaces. With no TEXT, standard input is
the message (a leading byte order mark and one trailing "\n" or "\r\n" are
dropped unless -raw). With -lines, every line of standard input is a separate
message. Flags come before TEXT; write -- before a TEXT that starts with "-".
A message or line of more than 1 MiB gets the error too_large.

Examples:
  segcalc "Merhaba dunya"                      count for the 3GPP reference (gsm)
  segcalc -vendor bisms "Merhaba dünya, siparişiniz kargoya verildi."
  segcalc -vendor oztek -json < message.txt    JSON, with Öztek's wire text
  segcalc -vendor esemes -optout link -recipients 2500 "Kampanya başladı!"
  segcalc -opcode B001 "Kargonuz yolda"        with the operator's code
  segcalc -lines -json -vendor nodeapi < messages.txt > results.jsonl
  segcalc -charset windows-1254 -lines < excel.csv
  segcalc -to +905321234567 "Çiçek sepeti"     the parts as TPDUs, for AT+CMGS
  segcalc -decode 0041000C91…                  read encoded parts back
  segcalc -vendors                             the profiles and their tables
  segcalc -profile acme.json "Merhaba"         a profile from a description file
  segcalc -serve                               the calculator at http://127.0.0.1:8080/
  segcalc -json -suggest "Yarın’ki toplantı"   what would make it cheaper (also in the human output)
  segcalc -fit 1 -ellipsis ... < long.txt      the longest prefix that fits one SMS

Flags:
`)
	fs.SetOutput(&b)
	fs.PrintDefaults()
	b.WriteString(`
Vendors: ` + strings.Join(smsseg.Names(), ", ") + ` (gsm is the default).

Output: a summary and the text drawn part by part, with characters that cost
2 units and characters that forced the encoding marked (in colour on a
terminal unless NO_COLOR is set; as [x] and <x> otherwise), then "explain"
(what each costly character does) and "save" (the options and the smallest
edit that make the text cheaper, or "already the cheapest"). -json prints one
object with the fields vendor, encoding, shift, units, runes, segments,
remaining, truncated, text, wire, parts, recipients, credits, params, errors,
warnings (then pdus with -pdu). Offsets are byte offsets into text.

Exit status:
  0  no message has errors
  1  at least one message has errors (the vendor would reject it), or
     reading or writing failed
  2  usage error (bad flag or value)
`)
	_, err := c.stdout.Write(b.Bytes())
	return err
}

// single analyses one message: the TEXT arguments or all of standard input.
func (c *cli) single(cfg config) int {
	p := cfg.profile
	var a smsseg.Analysis
	if cfg.all != nil {
		return c.compare(cfg)
	}
	if cfg.hasText {
		a = cfg.analyze(p, cfg.text)
	} else {
		if c.stdinTTY {
			fmt.Fprintln(c.stderr, "segcalc: reading the message from the terminal; end it with Ctrl-D (or pass it as arguments; segcalc -h for help)")
		}
		in, _ := newInput(c.stdin, cfg.charset)
		msg, tooLarge, err := in.Message(cfg.raw)
		if err != nil {
			fmt.Fprintf(c.stderr, "segcalc: reading standard input: %v\n", err)
			return exitRejected
		}
		if tooLarge {
			a = p.TooLarge()
		} else {
			c.hintUTF16(cfg, msg)
			a = cfg.analyzeBytes(p, msg)
		}
	}
	var err error
	switch {
	case cfg.json:
		_, err = cfg.encodeJSON(smsseg.NewJSONEncoder(c.stdout), &a, nil)
	case cfg.pdu.on:
		if err = c.writeHuman(c.stdout, &a); err == nil {
			_, err = c.stdout.Write(appendPDUsHuman(nil, &a, cfg.pdu))
		}
	default:
		err = c.writeHuman(c.stdout, &a)
	}
	if err != nil {
		c.writeFailed(err)
		return exitRejected
	}
	if !a.OK() {
		return exitRejected
	}
	return exitOK
}

// readMessage returns the message: the TEXT arguments or standard input.
func (c *cli) readMessage(cfg config) (msg []byte, tooLarge bool, err error) {
	if cfg.hasText {
		return []byte(cfg.text), false, nil
	}
	if c.stdinTTY {
		fmt.Fprintln(c.stderr, "segcalc: reading the message from the terminal; end it with Ctrl-D (or pass it as arguments; segcalc -h for help)")
	}
	in, _ := newInput(c.stdin, cfg.charset)
	return in.Message(cfg.raw)
}

// compare analyses one message with every profile (-vendor all): one row
// per profile, or one JSON object per line.
func (c *cli) compare(cfg config) int {
	msg, tooLarge, err := c.readMessage(cfg)
	if err != nil {
		fmt.Fprintf(c.stderr, "segcalc: reading standard input: %v\n", err)
		return exitRejected
	}
	c.hintUTF16(cfg, msg)
	var out []byte
	status := exitOK
	enc := smsseg.NewJSONEncoder(c.stdout)
	if !cfg.json {
		out = fmt.Appendf(out, "%-9s %-24s %6s %9s %12s  %s\n", "vendor", "encoding", "units", "segments", "credits", "errors")
	}
	for _, p := range cfg.all {
		a := p.TooLarge()
		if !tooLarge {
			a = cfg.analyzeBytes(p, msg)
		}
		if !a.OK() {
			status = exitRejected
		}
		if cfg.json {
			if err := enc.Encode(&a); err != nil {
				c.writeFailed(err)
				return exitRejected
			}
			continue
		}
		errs := "none"
		if first, bad := a.FirstError(); bad {
			errs = fmt.Sprintf("%d, first %s at byte %d", a.ErrorCount(), first.Code, first.Offset)
		}
		out = fmt.Appendf(out, "%-9s %-24s %6d %9d %12d  %s\n", p.Name(), className(a.Class(), a.Shift()),
			a.Units(), a.Segments(), a.Credits(), errs)
	}
	if _, err := c.stdout.Write(out); err != nil {
		c.writeFailed(err)
		return exitRejected
	}
	return status
}
