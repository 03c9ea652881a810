// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/smsseg/smsseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSuggestions is the browser test's suggestions source, in the shape of
// the library's (issue 11): replacing the typographic apostrophe ’ by ' when
// that is cheaper, else -ascii when that is cheaper. Costs come from the
// library. It reads the delivered text, which is the caller's text while no
// option, suffix or operator code is on (as in the test).
func testSuggestions(dst []byte, a smsseg.Analysis) []byte {
	p := a.Profile()
	if p.OptOut() != "" || p.OperatorCode() != "" {
		return append(dst, "[]"...) // the delivered text is not the caller's
	}
	text := string(a.AppendText(nil))
	var out []map[string]any
	add := func(key string, v any, b smsseg.Analysis) {
		if b.OK() && b.Credits() < a.Credits() {
			out = append(out, map[string]any{key: v, "encoding": b.Class().String(), "shift": b.Shift().String(),
				"segments": b.Segments(), "credits": b.Credits(), "saves": a.Credits() - b.Credits()})
		}
	}
	if !p.Smart() && !p.ASCII() && strings.Contains(text, "’") {
		var edits []map[string]any
		for i := 0; i < len(text); i++ {
			if strings.HasPrefix(text[i:], "’") {
				edits = append(edits, map[string]any{"offset": i, "from": "’", "to": "'"})
			}
		}
		add("edits", edits, p.Analyze(strings.ReplaceAll(text, "’", "'")))
	} else if !p.ASCII() {
		add("options", []string{"-ascii"}, p.WithASCII(true).Analyze(text))
	}
	if out == nil {
		return append(dst, "[]"...)
	}
	b, _ := json.Marshal(out)
	return append(dst, b...)
}

// pageState is what the page shows, read from its DOM.
type pageState struct {
	Segments, Units, Remaining, Credits, Encoding, Wire string
	Parts                                               []struct{ Text, Units string }
	Errors                                              []string
	Suggestions                                         []string
	SaveNone                                            bool
	All                                                 [][]string
}

const readState = `(() => {
	const t = (id) => document.getElementById(id).textContent;
	return {
		Segments: t("segments"), Units: t("units"), Remaining: t("remaining"), Credits: t("credits"),
		Encoding: t("encoding"), Wire: t("wire"),
		Parts: [...document.querySelectorAll("#parts .part")].map((e) => ({Text: e.textContent, Units: e.dataset.units})),
		Errors: [...document.querySelectorAll("#errors li")].map((e) => e.textContent),
		Suggestions: [...document.querySelectorAll("#suggestions li")].map((e) => e.textContent),
		SaveNone: !document.getElementById("save-none").hidden && !document.getElementById("save").hidden,
		All: [...document.querySelectorAll("#all tbody tr")].map((r) => [...r.cells].map((c) => c.textContent)),
	};
})()`

// browser drives the page in chromium for one test.
type browser struct {
	t   *testing.T
	ctx context.Context
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	require.NoError(b.t, chromedp.Do(b.ctx, steps...))
}

func browserEval[T any](b *browser, js string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	require.NoError(b.t, err, "%s", js)
	return v
}

// settle waits until the view shows the form as it is: no change pending.
func (b *browser) settle() {
	b.t.Helper()
	_, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`segcalc.renderedVersion === segcalc.version && segcalc.pendingSince === null && segcalc.version > 0`,
		chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(b.t, err, "the page did not settle")
}

// setText puts text in the box, as a paste does, and waits for the view.
func (b *browser) setText(text string) {
	b.t.Helper()
	js, _ := json.Marshal(text)
	browserEval[bool](b, `(() => { const t = document.getElementById("text"); t.value = `+string(js)+`;
		t.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	b.settle()
}

// setField sets an input's value and fires its input event, as typing
// does, and waits for the view.
func (b *browser) setField(id, value string) {
	b.t.Helper()
	js, _ := json.Marshal(value)
	browserEval[bool](b, `(() => { const e = document.getElementById("`+id+`"); e.value = `+string(js)+`;
		e.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	b.settle()
}

// setVendor picks a vendor, as the select does, and waits for the view.
func (b *browser) setVendor(name string) {
	b.t.Helper()
	browserEval[bool](b, `(() => { const s = document.getElementById("vendor"); s.value = "`+name+`";
		s.dispatchEvent(new Event("change", {bubbles: true})); return s.value === "`+name+`"; })()`)
	b.settle()
}

func (b *browser) state() pageState {
	b.t.Helper()
	return browserEval[pageState](b, readState)
}

// check compares the view with the library's answer for text under p.
func (b *browser) check(p smsseg.Profile, text, what string) smsseg.Analysis {
	b.t.Helper()
	a := p.Analyze(text)
	st := b.state()
	assert.Equal(b.t, fmt.Sprint(a.Segments()), st.Segments, "%s: segments", what)
	assert.Equal(b.t, fmt.Sprint(a.Units()), st.Units, "%s: units", what)
	assert.Equal(b.t, fmt.Sprint(a.Remaining()), st.Remaining, "%s: remaining", what)
	assert.Equal(b.t, className(a.Class(), a.Shift()), st.Encoding, "%s: encoding", what)
	assert.Equal(b.t, string(a.AppendWire(nil)), st.Wire, "%s: wire", what)
	assert.Equal(b.t, a.ErrorCount(), len(st.Errors), "%s: errors %q", what, st.Errors)
	delivered := string(a.AppendText(nil))
	parts := a.AppendParts(nil)
	if assert.Len(b.t, st.Parts, len(parts), "%s: part blocks", what) {
		for i, pt := range parts {
			assert.Equal(b.t, delivered[pt.Start:pt.End], st.Parts[i].Text, "%s: part %d", what, i+1)
			assert.Equal(b.t, fmt.Sprint(pt.Units), st.Parts[i].Units, "%s: part %d units", what, i+1)
		}
	}
	return a
}

// mark returns the class and the tooltip of the marked character at UTF-16
// offset off of the delivered text, "" when it is not marked.
func (b *browser) mark(off int) (class, title string) {
	b.t.Helper()
	v := browserEval[[]string](b, fmt.Sprintf(`(() => { const e = document.querySelector('#parts .mk[data-offset="%d"]');
		return e ? [e.className, e.title, e.textContent] : ["", "", ""]; })()`, off))
	return v[0], v[1]
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// artifacts returns the directory for the test's screenshots:
// $SEGCALC_ARTIFACTS, else segcalc-artifacts in the temporary directory.
func artifacts(t *testing.T) string {
	dir := os.Getenv("SEGCALC_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "segcalc-artifacts")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

func (b *browser) screenshot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	require.NoError(b.t, err)
	path := filepath.Join(artifacts(b.t), name)
	require.NoError(b.t, os.WriteFile(path, png, 0o644))
	b.t.Logf("screenshot: %s", path)
	fmt.Fprintf(os.Stderr, "segcalc browser test: screenshot %s\n", path)
}

// TestBrowser drives the page in Debian's chromium: a Turkish text typed
// key by key, the counts and the part blocks against the library, a vendor
// switch, an option, the save panel and its apply button, the highlight of €
// and of an emoji, keyboard focus order, 375 px and dark, and the keystroke
// latency on a 1,000-character text.
func TestBrowser(t *testing.T) {
	exe, err := exec.LookPath("chromium")
	require.NoError(t, err, "the browser test needs Debian's chromium: apt-get install -y chromium (.ci/run installs it)")

	s := newServer(smsseg.GSM, false)
	s.suggest = testSuggestions
	ts := httptest.NewServer(s)
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1100, 900), chromedp.UserDataDir(t.TempDir()))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	watchdog := time.AfterFunc(90*time.Second, cancel) // the whole test, browser start included
	defer watchdog.Stop()
	b := &browser{t: t, ctx: ctx}

	b.do(chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.ID("text")))
	b.settle()
	vendors := browserEval[[]string](b, `[...document.querySelectorAll("#vendor option")].map((o) => o.value)`)
	assert.Equal(t, smsseg.Names(), vendors, "the vendor picker lists every profile")
	assert.True(t, browserEval[bool](b, `document.getElementById("save").hidden`), "no text: no save panel")

	// Typed key by key: at most one request in flight, the view ends on the
	// whole text.
	text := "Değerli müşterimiz, kampanyamız başladı: 5€ indirim!"
	b.do(chromedp.Click(chromedp.ID("text")), chromedp.SendKeys(chromedp.ID("text"), text))
	b.settle()
	assert.Equal(t, text, browserEval[string](b, `document.getElementById("text").value`))
	assert.Equal(t, 1, browserEval[int](b, `segcalc.maxInFlight`), "requests in flight at once")
	b.t.Logf("typing %d characters: %d requests, %d stale answers dropped", len([]rune(text)),
		browserEval[int](b, `segcalc.requests`), browserEval[int](b, `segcalc.dropped`))
	a := b.check(smsseg.GSM, text, "gsm")
	assert.Equal(t, "turkish (locking shift)", className(a.Class(), a.Shift()), "ğ ü ş ı are in the Turkish locking table")
	// € is in the Turkish locking table: 1 unit, not marked.
	euro := utf16Len(text[:strings.Index(text, "€")])
	cls, _ := b.mark(euro)
	assert.Equal(t, "", cls, "€ in the Turkish locking table")

	// Verimor: € costs 2 in its Turkish scheme too.
	b.setVendor("verimor")
	b.check(smsseg.Verimor, text, "verimor")
	cls, title := b.mark(euro)
	assert.Equal(t, "mk two", cls, "€ under verimor")
	assert.Equal(t, "'€' U+20AC · costs 2 units", title)

	// An emoji: UCS-2; the emoji costs 2 (a surrogate pair), forced the
	// class and ruled the Turkish scheme out (ğ ruled the default alphabet
	// out before it); € costs 1 there.
	text += " 🎉"
	b.setText(text)
	a = b.check(smsseg.Verimor, text, "verimor with an emoji")
	assert.Equal(t, smsseg.UCS2, a.Class())
	cls, title = b.mark(utf16Len(strings.TrimSuffix(text, "🎉")))
	assert.Equal(t, "mk two forced ruled", cls, "the emoji")
	assert.Equal(t, "'🎉' U+1F389 · costs 2 units · forced the ucs2 encoding · not in turkish (locking shift)", title)
	cls, _ = b.mark(euro)
	assert.Equal(t, "", cls, "€ in UCS-2")
	assert.Contains(t, browserEval[string](b, `document.getElementById("legend").textContent`), "costs 2 units")

	// The all-vendors table: a row per profile, as the library counts.
	st := b.state()
	require.Len(t, st.All, 7)
	for i, p := range smsseg.Profiles() {
		x := p.Analyze(text)
		assert.Equal(t, []string{p.Name(), className(x.Class(), x.Shift()), fmt.Sprint(x.Units()), fmt.Sprint(x.Segments())},
			st.All[i][:4], p.Name())
	}

	// The save panel: a ’ makes the text UCS-2 under gsm; 15,000 recipients.
	b.setVendor("gsm")
	b.do(chromedp.SetValue(chromedp.ID("recipients"), ""), chromedp.SendKeys(chromedp.ID("recipients"), "15000"))
	text = "Sayın müşterimiz, Aralık’ta tüm ürünlerde %20 indirim var. Kaçırmayın, stoklar sınırlı!"
	b.setText(text)
	gsm15k, _ := smsseg.GSM.WithRecipients(15000)
	a = b.check(gsm15k, text, "gsm with ’")
	assert.Equal(t, smsseg.UCS2, a.Class())
	assert.Equal(t, 2, a.Segments())
	st = b.state()
	assert.Equal(t, "30,000", st.Credits)
	assert.Equal(t, "= 2 × 15,000 recipients", browserEval[string](b, `document.getElementById("credits-note").textContent`))
	// ı (UTF-16 offset 3) ruled the default alphabet out, ’ the Turkish
	// tables: both marked, with the why lines.
	cls, title = b.mark(3)
	assert.Equal(t, "mk ruled", cls, "ı")
	assert.Equal(t, "'ı' U+0131 · costs 1 unit · not in normal", title)
	cls, _ = b.mark(utf16Len(text[:strings.Index(text, "’")]))
	assert.Equal(t, "mk forced ruled", cls, "’")
	require.Len(t, st.Suggestions, 1)
	assert.Equal(t, "Change 1 character: ’ → '→ turkish (locking shift), 1 message, 15,000 creditssaves 15,000 creditsApply", st.Suggestions[0])
	assert.False(t, st.SaveNone)
	b.screenshot("serve.png")

	// An option toggled by keyboard: -smart folds ’ to ' (Space on the
	// focused checkbox).
	b.do(chromedp.Focus(chromedp.ID("opt-smart")), chromedp.KeyEvent(" "))
	b.settle()
	assert.True(t, browserEval[bool](b, `document.getElementById("opt-smart").checked`))
	b.check(gsm15k.WithSmart(true), text, "gsm -smart")
	b.do(chromedp.Click(chromedp.ID("opt-smart")))
	b.settle()
	b.check(gsm15k, text, "gsm, -smart off again")

	// Apply the suggestion: the text changes, the panel says it is the
	// cheapest now.
	b.do(chromedp.Click(chromedp.CSS("#suggestions button.apply")))
	b.settle()
	edited := strings.ReplaceAll(text, "’", "'")
	assert.Equal(t, edited, browserEval[string](b, `document.getElementById("text").value`))
	a = b.check(gsm15k, edited, "gsm after the edit")
	assert.Equal(t, 1, a.Segments())
	st = b.state()
	assert.Empty(t, st.Suggestions)
	assert.True(t, st.SaveNone, "already the cheapest")
	assert.Contains(t, browserEval[string](b, `document.getElementById("save-none").textContent`), "Already the cheapest")

	// Apply an options suggestion: Öztek counts ş ğ ı ç as 2, so -ascii
	// saves a segment; the button turns the toggle on.
	b.setVendor("oztek")
	oz15k, _ := smsseg.Oztek.WithRecipients(15000)
	// 138 characters, 22 of them ş ğ ı ç Ş: 160 units, over Öztek's 155
	// for Turkish; 138 in ASCII, under its 160 for normal.
	text = "Değerli müşterimiz, Şişli şubemizde ağustos boyunca çağrı merkezimiz açık; ışıklı tabelamızı görünce uğrayın, çay ikramımız sizi bekliyor."
	b.setText(text)
	a = b.check(oz15k, text, "oztek")
	require.Equal(t, 160, a.Units())
	require.Equal(t, 2, a.Segments(), "ceil(160 / 147)")
	st = b.state()
	require.Len(t, st.Suggestions, 1)
	assert.Contains(t, st.Suggestions[0], "Turn on -ascii")
	b.do(chromedp.Click(chromedp.CSS("#suggestions button.apply")))
	b.settle()
	assert.True(t, browserEval[bool](b, `document.getElementById("opt-ascii").checked`), "-ascii applied")
	a = b.check(oz15k.WithASCII(true), text, "oztek -ascii")
	assert.Equal(t, smsseg.Normal, a.Class())
	assert.Equal(t, 1, a.Segments())
	assert.True(t, b.state().SaveNone)
	b.do(chromedp.Click(chromedp.ID("opt-ascii")))
	b.settle()

	// esemes: its opt-out boxes appear; the link text and the operator code
	// count but are not on the wire (check compares the wire too).
	assert.True(t, browserEval[bool](b, `document.getElementById("optout-box").hidden`), "oztek has no opt-out")
	b.setVendor("esemes")
	assert.False(t, browserEval[bool](b, `document.getElementById("optout-box").hidden`), "esemes has opt-out texts")
	b.do(chromedp.Click(chromedp.ID("optout-link")), chromedp.SendKeys(chromedp.ID("opcode"), "b001"))
	b.settle()
	assert.True(t, browserEval[bool](b, `document.getElementById("request-error").hidden`), "b001 is sent as B001")
	es, _ := smsseg.Esemes.WithRecipients(15000)
	es, _ = es.WithOptOut("link")
	es, _ = es.WithOperatorCode("B001")
	a = b.check(es, text, "esemes -optout link -opcode B001")
	assert.Equal(t, []string{"tail"}, browserEval[[]string](b, `[...new Set([...document.querySelectorAll("#parts .mk.tail")].map((e) => e.textContent.length && "tail"))]`),
		"the suffix's marked characters are drawn as added")
	// A partial operator code is the API's 400, shown, and the view kept.
	b.do(chromedp.KeyEvent(kb.Backspace))
	b.settle()
	assert.Contains(t, browserEval[string](b, `document.getElementById("request-error").textContent`),
		`segcalc: options.opcode wants exactly 4 characters from A-Z and 0-9 (such as B001), not "B00" (HTTP 400)`)
	b.check(es, text, "the last good view stays")
	b.do(chromedp.Click(chromedp.ID("optout-link")))
	b.setField("opcode", "")

	b.setVendor("gsm")
	b.setField("recipients", "1")

	// Without a mouse: the form's focus order follows the page.
	b.do(chromedp.Focus(chromedp.ID("text")))
	var order []string
	for range 6 {
		b.do(chromedp.KeyEvent(kb.Tab))
		order = append(order, browserEval[string](b, `document.activeElement.id`))
	}
	assert.Equal(t, []string{"vendor", "recipients", "opcode", "opt-nfc", "opt-smart", "opt-ascii"}, order)
	labelled := browserEval[[]string](b, `[...document.querySelectorAll("input, select, textarea")].filter((e) => !e.labels || e.labels.length === 0).map((e) => e.id)`)
	assert.Empty(t, labelled, "controls without a label")

	// Keystroke latency: 20 keys typed at the end of a 1,000-character text.
	long := []rune(strings.Repeat("Değerli müşterimiz, kampanyamız başladı; şimdi çağrı merkezimizi arayın! ", 14))[:1000]
	b.setText(string(long))
	b.check(smsseg.GSM, string(long), "1,000 characters")
	browserEval[bool](b, `(() => { const t = document.getElementById("text"); t.focus();
		t.setSelectionRange(t.value.length, t.value.length); segcalc.latencies = []; segcalc.frames = []; return true; })()`)
	for _, k := range "abcçdefgğhıijklmnoöp" {
		b.do(chromedp.KeyEvent(string(k)))
		b.settle()
	}
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`segcalc.frames.length >= 20`, chromedp.WithPollingTimeout(5*time.Second)))
	require.NoError(t, err)
	dom := browserEval[[]float64](b, `segcalc.latencies`)
	frames := browserEval[[]float64](b, `segcalc.frames`)
	require.Len(t, dom, 20)
	final := string(long) + "abcçdefgğhıijklmnoöp"
	assert.Equal(t, final, browserEval[string](b, `document.getElementById("text").value`))
	b.check(smsseg.GSM, final, "1,020 characters")
	median := func(v []float64) float64 { v = slices.Clone(v); slices.Sort(v); return (v[9] + v[10]) / 2 }
	t.Logf("fetch ms: %.1f\nrender ms: %.1f", browserEval[[]float64](b, `segcalc.fetchMs.slice(-20)`), browserEval[[]float64](b, `segcalc.renderMs.slice(-20)`))
	t.Logf("keystroke latency over 20 edits of a 1,000-character text: median %.1f ms to the DOM updated, %.1f ms to the next frame (max %.1f / %.1f)",
		median(dom), median(frames), slices.Max(dom), slices.Max(frames))
	assert.Less(t, median(dom), 50.0, "median keystroke latency (ms): input event to the view updated")

	// 375 px wide and dark: nothing wider than the screen, dark colours.
	b.do(chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
			return err
		}))
	b.setText("Merhaba! Siparişiniz yola çıktı 🚚 Takip: {KOD}")
	assert.LessOrEqual(t, browserEval[int](b, `document.documentElement.scrollWidth`), 375, "page width at 375 px")
	assert.Equal(t, "rgb(21, 23, 27)", browserEval[string](b, `getComputedStyle(document.body).backgroundColor`), "dark background")
	b.screenshot("serve-375-dark.png")
}
