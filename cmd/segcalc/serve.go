// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/smsseg/smsseg"
)

// segcalc -serve [ADDR]: the web calculator (web/, embedded) and the JSON
// API over HTTP. Every number comes from package smsseg; the analyze answer
// is the SPEC 5 object of segcalc -json with fields added after it.

// defaultAddr is where -serve listens without ADDR: loopback only.
const defaultAddr = "127.0.0.1:8080"

// maxBody is the largest request body the API reads (413 past it).
const maxBody = 64 << 10

//go:embed web
var webFiles embed.FS

// serveConfig is the parsed -serve command line.
type serveConfig struct {
	addr   string
	def    smsseg.Profile // the page's and the API's default profile
	loaded bool           // def was loaded with -profile
}

// parseServe returns the -serve configuration: at most one argument, the
// address.
func parseServe(p smsseg.Profile, loaded bool, rest []string) (config, error) {
	sc := &serveConfig{addr: defaultAddr, def: p, loaded: loaded}
	switch len(rest) {
	case 0:
	case 1:
		if _, _, err := net.SplitHostPort(rest[0]); err != nil {
			return config{}, usagef("-serve wants ADDR as host:port, such as 127.0.0.1:8080 or :8080, not %q", rest[0])
		}
		sc.addr = rest[0]
	default:
		return config{}, usagef("-serve takes one ADDR (such as 127.0.0.1:8080), not %q; put flags before ADDR", strings.Join(rest, " "))
	}
	return config{profile: p, serve: sc}, nil
}

// serve runs the server until SIGINT or SIGTERM.
func (c *cli) serve(cfg config) int {
	sc := cfg.serve
	ln, err := net.Listen("tcp", sc.addr)
	if err != nil {
		fmt.Fprintf(c.stderr, "segcalc: -serve: %v\n", err)
		return exitRejected
	}
	s := newServer(sc.def, sc.loaded)
	url, exposed := serveURL(ln.Addr())
	fmt.Fprintf(c.stderr, "segcalc: the calculator is at %s and the API at %sapi/analyze (Ctrl-C stops)\n", url, url)
	if exposed {
		fmt.Fprintf(c.stderr, "segcalc: %s is not a loopback address: other machines can reach this server\n", sc.addr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.run(ctx, ln, c.stderr); err != nil {
		fmt.Fprintf(c.stderr, "segcalc: -serve: %v\n", err)
		return exitRejected
	}
	return exitOK
}

// serveURL returns the page's URL for the listening address (on this
// machine: 127.0.0.1 for an address of every interface) and whether other
// machines can reach it.
func serveURL(addr net.Addr) (url string, exposed bool) {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return "http://" + addr.String() + "/", true
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(tcp.Port)) + "/", !tcp.IP.IsLoopback()
}

// server answers the page and the API. It holds only immutable values, so
// it serves any number of concurrent requests.
type server struct {
	profiles []smsseg.Profile // the built-in ones, a -profile one in place of its namesake or last
	def      int              // index of the default profile
	loaded   int              // index of the -profile one, or -1
	vendors  []byte           // the /api/vendors answer
	static   http.Handler
	// suggest appends the save suggestions of an analysis as a JSON array
	// (appendSuggestionsJSON; tests put their own).
	suggest func(dst []byte, a smsseg.Analysis) []byte
	logf    func(format string, a ...any)
}

// newServer returns a server with def as its default profile; loaded says
// it came from -profile, so the vendor picker lists it too.
func newServer(def smsseg.Profile, loaded bool) *server {
	s := &server{profiles: smsseg.Profiles(), loaded: -1, suggest: appendSuggestionsJSON, logf: func(string, ...any) {}}
	s.def = -1
	for i, p := range s.profiles {
		if p.Name() == def.Name() {
			s.def = i
		}
	}
	if loaded {
		if s.def < 0 {
			s.profiles = append(s.profiles, def)
			s.def = len(s.profiles) - 1
		}
		s.profiles[s.def] = def
		s.loaded = s.def
	}
	if s.def < 0 {
		s.def = 0
	}
	s.vendors = s.appendVendors(nil)
	sub, _ := fs.Sub(webFiles, "web")
	s.static = http.FileServerFS(sub)
	return s
}

// httpServer returns the http.Server for s, with timeouts: a client that
// sends or reads slowly cannot hold a connection.
func (s *server) httpServer(errLog io.Writer) *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          log.New(errLog, "segcalc: ", 0),
	}
}

// run serves on ln until ctx is done, then shuts down gracefully.
func (s *server) run(ctx context.Context, ln net.Listener, errLog io.Writer) error {
	hs := s.httpServer(errLog)
	s.logf = hs.ErrorLog.Printf
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done <- hs.Shutdown(sctx)
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return <-done
}

// apiError is an API failure: its HTTP status and a JSON body
// {"error":{"code","message"[,"offset"]}}.
type apiError struct {
	status  int
	code    string
	message string
	offset  int // byte offset in the request body, or -1
}

func badRequest(code, format string, a ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, code: code, message: "segcalc: " + fmt.Sprintf(format, a...), offset: -1}
}

func (e *apiError) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"error":{"status":`...)
	dst = strconv.AppendInt(dst, int64(e.status), 10)
	dst = append(dst, `,"code":`...)
	dst, _ = appendJSONValue(dst, e.code)
	dst = append(dst, `,"message":`...)
	dst, _ = appendJSONValue(dst, e.message)
	if e.offset >= 0 {
		dst = append(dst, `,"offset":`...)
		dst = strconv.AppendInt(dst, int64(e.offset), 10)
	}
	return append(dst, "}}\n"...)
}

func (s *server) fail(w http.ResponseWriter, e *apiError) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(e.status)
	w.Write(e.appendJSON(nil))
}

func (s *server) reply(w http.ResponseWriter, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}

// ServeHTTP routes: POST /api/analyze, GET /api/vendors, the page.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		// Nothing here should panic; if something does, the client gets a
		// JSON 500 and the server goes on.
		if v := recover(); v != nil {
			s.logf("panic serving %s %s: %v", r.Method, r.URL.Path, v)
			s.fail(w, &apiError{status: http.StatusInternalServerError, code: "internal", message: "segcalc: internal error", offset: -1})
		}
	}()
	switch path := r.URL.Path; {
	case path == "/api/analyze":
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", "POST")
			s.fail(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				message: "segcalc: " + r.Method + " " + path + ": use POST with a JSON body", offset: -1})
			return
		}
		s.analyze(w, r)
	case path == "/api/vendors":
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.fail(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				message: "segcalc: " + r.Method + " " + path + ": use GET", offset: -1})
			return
		}
		s.reply(w, s.vendors)
	case strings.HasPrefix(path, "/api/"):
		s.fail(w, &apiError{status: http.StatusNotFound, code: "not_found",
			message: "segcalc: no API at " + path + "; there are POST /api/analyze and GET /api/vendors", offset: -1})
	default:
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.fail(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				message: "segcalc: " + r.Method + " " + path + ": the page is read with GET", offset: -1})
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		s.static.ServeHTTP(w, r)
	}
}

// analyzeRequest is the body of POST /api/analyze.
type analyzeRequest struct {
	Text       json.RawMessage `json:"text"` // decoded by unquoteText: invalid UTF-8 is kept, as segcalc reads it
	Vendor     string          `json:"vendor"`
	Options    analyzeOptions  `json:"options"`
	Recipients json.RawMessage `json:"recipients"`
	All        bool            `json:"all"` // add the "all" comparison over every profile
}

type analyzeOptions struct {
	NFC    bool            `json:"nfc"`
	Smart  bool            `json:"smart"`
	ASCII  bool            `json:"ascii"`
	OpCode string          `json:"opcode"`
	OptOut json.RawMessage `json:"optout"` // "link,phone" or ["link","phone"]
}

// readAnalyzeRequest reads and checks the body of an analyze request.
func readAnalyzeRequest(w http.ResponseWriter, r *http.Request) (req analyzeRequest, text []byte, e *apiError) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return req, nil, &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large",
				message: "segcalc: the request body is over 64 KiB (65536 bytes); an SMS text is far shorter", offset: -1}
		}
		return req, nil, badRequest("bad_request", "reading the request body: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, nil, apiJSONError(err, dec.InputOffset())
	}
	// Only white space may follow the object.
	end := int(dec.InputOffset())
	if rest := bytes.TrimLeft(body[end:], " \t\r\n"); len(rest) > 0 {
		off := len(body) - len(rest)
		return req, nil, &apiError{status: http.StatusBadRequest, code: "bad_json",
			message: "segcalc: bad JSON: data after the request object at byte " + strconv.Itoa(off), offset: off}
	}
	if len(req.Text) == 0 {
		return req, nil, badRequest("bad_json", `bad JSON: the request has no "text" (send "text":"" for an empty message)`)
	}
	text, ok := unquoteText(req.Text)
	if !ok {
		return req, nil, badRequest("bad_json", `bad JSON: "text" must be a string`)
	}
	return req, text, nil
}

// apiJSONError describes a decoding error with its byte offset in the body.
func apiJSONError(err error, at int64) *apiError {
	e := &apiError{status: http.StatusBadRequest, code: "bad_json", offset: int(at)}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// Offset counts the bytes read, the bad one included.
		e.offset = max(int(se.Offset)-1, 0)
		e.message = "segcalc: bad JSON at byte " + strconv.Itoa(e.offset) + ": " + se.Error()
	case errors.As(err, &te):
		// Offset is where the value ends.
		e.offset = int(te.Offset)
		want := map[reflect.Kind]string{reflect.Struct: "an object", reflect.Bool: "true or false", reflect.String: "a string"}[te.Type.Kind()]
		if want == "" {
			want = te.Type.String()
		}
		field := "the request"
		if te.Field != "" {
			field = strconv.Quote(te.Field)
		}
		e.message = fmt.Sprintf("segcalc: bad JSON before byte %d: %s wants %s, not %s %s", te.Offset, field, want, article(te.Value), te.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		e.offset = -1
		e.message = "segcalc: bad JSON: the body ends before the request object does; send {\"text\":\"...\"}"
	default:
		// Unknown fields and the like; the message names the field.
		e.message = "segcalc: bad JSON: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	return e
}

// article returns "an" before a word that starts with a vowel, else "a".
func article(w string) string {
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an"
	}
	return "a"
}

// unquoteText decodes a JSON string literal as segcalc reads text: escapes
// decoded, every other byte kept as it is, so that invalid UTF-8 reaches the
// analysis (an invalid_utf8 error at its offset, the same answer as segcalc
// -json on those bytes) instead of being replaced silently as encoding/json
// does. An unpaired surrogate escape decodes to U+FFFD (as SPEC 5 reads an
// unpaired UTF-16 surrogate). ok is false for anything but a string.
func unquoteText(raw []byte) (out []byte, ok bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return nil, false
	}
	s := raw[1 : len(raw)-1]
	out = make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return nil, false
		}
		switch e := s[i+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := jsonHex4(s[i+2:])
			if !ok {
				return nil, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if lo, ok := jsonLowSurrogate(s[i:]); ok && r < 0xDC00 {
					if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
						out = utf8.AppendRune(out, d)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return nil, false
		}
		i += 2
	}
	return out, true
}

// jsonLowSurrogate reads a `\uDC00`–`\uDFFF` escape at the start of s.
func jsonLowSurrogate(s []byte) (rune, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	r, ok := jsonHex4(s[2:])
	return r, ok && r >= 0xDC00 && r <= 0xDFFF
}

func jsonHex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// lookup returns the profile named name (any case; "" is the default).
func (s *server) lookup(name string) (smsseg.Profile, bool) {
	if name == "" {
		return s.profiles[s.def], true
	}
	for _, p := range s.profiles {
		if strings.EqualFold(p.Name(), name) {
			return p, true
		}
	}
	return smsseg.Profile{}, false
}

// names returns the profile names, comma-separated.
func (s *server) names() string {
	var n []string
	for _, p := range s.profiles {
		n = append(n, p.Name())
	}
	return strings.Join(n, ", ")
}

// apiProfile applies the request's options to p, as the segcalc flags do.
// optional says the opt-out list applies only when p has suffixes (the
// comparison over every profile, as -vendor all).
func apiProfile(p smsseg.Profile, req *analyzeRequest, recipients int64, optout string, optional bool) (smsseg.Profile, *apiError) {
	p, _ = p.WithRecipients(recipients)
	p = p.WithNFC(req.Options.NFC).WithSmart(req.Options.Smart).WithASCII(req.Options.ASCII)
	if optout != "" && (!optional || len(p.OptOutNames()) > 0) {
		if len(p.OptOutNames()) == 0 {
			return p, badRequest("bad_option", "options.optout works only with a vendor that has opt-out suffixes (esemes), not %s", p.Name())
		}
		var err error
		if p, err = p.WithOptOut(optout); err != nil {
			return p, badRequest("bad_option", "options.optout wants %s or a list of them, not %q", strings.Join(p.OptOutNames(), ", "), optout)
		}
	}
	if c := req.Options.OpCode; c != "" {
		var err error
		if p, err = p.WithOperatorCode(c); err != nil {
			return p, badRequest("bad_option", "options.opcode wants exactly 4 characters from A-Z and 0-9 (such as B001), not %q", c)
		}
	}
	return p, nil
}

// apiOptOut reads options.optout: absent, null, a string "link,phone" or
// an array of names.
func apiOptOut(raw json.RawMessage) (string, *apiError) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		for _, w := range list {
			if w == "" || strings.Contains(w, ",") {
				return "", badRequest("bad_option", "options.optout: %q is not an opt-out name", w)
			}
		}
		return strings.Join(list, ","), nil
	}
	return "", badRequest("bad_option", `options.optout wants a string such as "link,phone" or an array such as ["link"]`)
}

// apiRecipients reads recipients: absent or null is 1, else a whole
// number from 1 to 1,000,000,000 written as a JSON integer.
func apiRecipients(raw json.RawMessage) (int64, *apiError) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return 1, nil
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil || n < 1 || n > smsseg.MaxRecipients {
		return 0, badRequest("bad_option", "recipients wants a whole number from 1 to 1000000000, not %s", raw)
	}
	return n, nil
}

// analyze answers POST /api/analyze.
func (s *server) analyze(w http.ResponseWriter, r *http.Request) {
	req, text, e := readAnalyzeRequest(w, r)
	if e != nil {
		s.fail(w, e)
		return
	}
	p, ok := s.lookup(req.Vendor)
	if !ok {
		s.fail(w, badRequest("unknown_vendor", "unknown vendor %q; use one of: %s (GET /api/vendors lists them)", req.Vendor, s.names()))
		return
	}
	n, e := apiRecipients(req.Recipients)
	if e != nil {
		s.fail(w, e)
		return
	}
	optout, e := apiOptOut(req.Options.OptOut)
	if e != nil {
		s.fail(w, e)
		return
	}
	if p, e = apiProfile(p, &req, n, optout, false); e != nil {
		s.fail(w, e)
		return
	}
	a := p.AnalyzeBytes(text)
	body := make([]byte, 0, 1024+4*len(text))
	body = s.appendAnswer(body, &a)
	if req.All {
		body = body[:len(body)-1]
		body = append(body, `,"all":[`...)
		for i, q := range s.profiles {
			q, e := apiProfile(q, &req, n, optout, true)
			if e != nil {
				s.fail(w, e)
				return
			}
			if i > 0 {
				body = append(body, ',')
			}
			b := q.AnalyzeBytes(text)
			body = appendCompareRow(body, &b)
		}
		body = append(body, "]}"...)
	}
	body = append(body, '\n')
	s.reply(w, body)
}

// appendAnswer appends the analyze answer: the SPEC 5 object of segcalc
// -json, then (in the same object) what the page needs:
//
//	"utf16": {"length", "parts":[[start,end]...], "errors":[offset...], "warnings":[offset...]}
//	         the offsets of text, parts and issues in UTF-16 code units
//	"why":   why each cheaper scheme was not used (as segcalc's human output)
//	"marks": the runes that matter for the cost, with byte and UTF-16 offsets
//	"suggestions": the save suggestions
func (s *server) appendAnswer(dst []byte, a *smsseg.Analysis) []byte {
	dst = a.AppendJSON(dst)
	dst = dst[:len(dst)-1] // reopen the object
	text := a.AppendText(nil)
	var u utf16Offsets
	u.s = text

	dst = append(dst, `,"utf16":{"length":`...)
	dst = strconv.AppendInt(dst, int64(u.at(len(text))), 10)
	dst = append(dst, `,"parts":[`...)
	for i, pt := range a.AppendParts(nil) {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '[')
		dst = strconv.AppendInt(dst, int64(u.at(pt.Start)), 10)
		dst = append(dst, ',')
		dst = strconv.AppendInt(dst, int64(u.at(pt.End)), 10)
		dst = append(dst, ']')
	}
	for _, warnings := range []bool{false, true} {
		if warnings {
			dst = append(dst, `],"warnings":[`...)
		} else {
			dst = append(dst, `],"errors":[`...)
		}
		n := 0
		for is := range a.Issues() {
			if is.Code.IsWarning() != warnings {
				continue
			}
			if n > 0 {
				dst = append(dst, ',')
			}
			n++
			dst = strconv.AppendInt(dst, int64(u.at(is.Offset)), 10)
		}
	}
	dst = append(dst, `]},"why":`...)
	why := explain(a)
	if why == nil {
		why = []string{}
	}
	dst, _ = appendJSONValue(dst, why)

	schemes := a.Profile().Schemes()
	dst = append(dst, `,"marks":[`...)
	n := 0
	for m := range a.Marks() {
		if n > 0 {
			dst = append(dst, ',')
		}
		n++
		dst = append(dst, `{"offset":`...)
		dst = strconv.AppendInt(dst, int64(m.Offset), 10)
		dst = append(dst, `,"offset16":`...)
		dst = strconv.AppendInt(dst, int64(u.at(m.Offset)), 10)
		dst = append(dst, `,"len16":`...)
		dst = strconv.AppendInt(dst, int64(utf16.RuneLen(m.Rune)), 10)
		dst = append(dst, `,"rune":`...)
		dst = appendJSONRune(dst, m.Rune)
		dst = append(dst, `,"src":`...)
		dst = appendJSONRune(dst, m.Src)
		dst = append(dst, `,"units":`...)
		dst = strconv.AppendInt(dst, int64(m.Units), 10)
		dst = append(dst, `,"forced":`...)
		dst = strconv.AppendBool(dst, m.Forced)
		dst = append(dst, `,"replaced":`...)
		dst = strconv.AppendBool(dst, m.Replaced)
		dst = append(dst, `,"rejected":`...)
		dst = strconv.AppendBool(dst, m.Rejected)
		dst = append(dst, `,"tail":`...)
		dst = strconv.AppendBool(dst, m.Tail)
		dst = append(dst, `,"ruled_out":[`...)
		k := 0
		for i, sc := range schemes {
			if m.RuledOut&(1<<i) != 0 {
				if k > 0 {
					dst = append(dst, ',')
				}
				k++
				dst, _ = appendJSONValue(dst, className(sc.Class, sc.Shift))
			}
		}
		dst = append(dst, "]}"...)
	}
	dst = append(dst, `],"suggestions":`...)
	mark := len(dst)
	dst = s.suggest(dst, *a)
	if !json.Valid(dst[mark:]) || len(dst) == mark || dst[mark] != '[' {
		// A suggestions source that writes no JSON array is a bug; the
		// answer stays valid.
		s.logf("suggestions: not a JSON array: %.80q", dst[mark:])
		dst = append(dst[:mark], "[]"...)
	}
	dst = append(dst, '}')
	return dst
}

// appendCompareRow appends one row of the "all" comparison.
func appendCompareRow(dst []byte, a *smsseg.Analysis) []byte {
	dst = append(dst, `{"vendor":`...)
	dst, _ = appendJSONValue(dst, a.Profile().Name())
	dst = append(dst, `,"encoding":"`...)
	dst = append(dst, a.Class().String()...)
	dst = append(dst, `","shift":"`...)
	dst = append(dst, a.Shift().String()...)
	dst = append(dst, `","units":`...)
	dst = strconv.AppendInt(dst, int64(a.Units()), 10)
	dst = append(dst, `,"segments":`...)
	dst = strconv.AppendInt(dst, int64(a.Segments()), 10)
	dst = append(dst, `,"credits":`...)
	dst = strconv.AppendInt(dst, a.Credits(), 10)
	dst = append(dst, `,"errors":`...)
	dst = strconv.AppendInt(dst, int64(a.ErrorCount()), 10)
	dst = append(dst, `,"first_error":`...)
	if is, bad := a.FirstError(); bad {
		dst, _ = appendJSONValue(dst, is.Code.String())
	} else {
		dst = append(dst, "null"...)
	}
	return append(dst, '}')
}

// utf16Offsets converts byte offsets of a UTF-8 text to UTF-16 code units, walking
// forward from the last answer (offsets mostly come in order).
type utf16Offsets struct {
	s    []byte
	b, u int
}

func (c *utf16Offsets) at(off int) int {
	if off < c.b {
		c.b, c.u = 0, 0
	}
	for c.b < off && c.b < len(c.s) {
		r, n := utf8.DecodeRune(c.s[c.b:])
		c.b += n
		c.u += utf16.RuneLen(r)
	}
	return c.u
}

// appendJSONRune appends r as a JSON string: control characters, '"' and
// '\\' escaped, anything else as its UTF-8.
func appendJSONRune(dst []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	switch {
	case r == '"' || r == '\\':
		return append(dst, '"', '\\', byte(r), '"')
	case r < 0x20:
		return append(dst, '"', '\\', 'u', '0', '0', hex[r>>4], hex[r&0xF], '"')
	}
	dst = append(dst, '"')
	dst = utf8.AppendRune(dst, r)
	return append(dst, '"')
}

// appendJSONValue appends v as JSON, with encoding/json's escaping (the text
// of the messages and the explanations is valid UTF-8).
func appendJSONValue(dst []byte, v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return append(dst, "null"...), err
	}
	return append(dst, b...), nil
}

// appendVendors appends the /api/vendors answer: the default profile's
// name and, per profile, its name, title, opt-out names, whether it was
// loaded with -profile, and its description in the file format.
func (s *server) appendVendors(dst []byte) []byte {
	dst = append(dst, `{"default":`...)
	dst, _ = appendJSONValue(dst, s.profiles[s.def].Name())
	dst = append(dst, `,"vendors":[`...)
	for i, p := range s.profiles {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"name":`...)
		dst, _ = appendJSONValue(dst, p.Name())
		dst = append(dst, `,"title":`...)
		dst, _ = appendJSONValue(dst, p.Title())
		dst = append(dst, `,"optout":`...)
		names := p.OptOutNames()
		if names == nil {
			names = []string{}
		}
		dst, _ = appendJSONValue(dst, names)
		dst = append(dst, `,"loaded":`...)
		dst = strconv.AppendBool(dst, i == s.loaded)
		dst = append(dst, `,"description":`...)
		d := p.Description()
		dst = append(dst, bytes.TrimSpace(d.AppendJSON(nil))...)
		dst = append(dst, '}')
	}
	return append(dst, "]}\n"...)
}
