// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"unicode/utf8"
)

// TestTablesUpToDate regenerates tables.go in memory from gsm0338.txt and
// fails when the checked-in file differs, as runtime's lockrank test does.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator with go run")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		if goTool, err = exec.LookPath("go"); err != nil {
			t.Skip("no go command:", err)
		}
	}
	want, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "run", "gen.go", "-output", "-")
	cmd.Stderr = new(bytes.Buffer)
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, cmd.Stderr)
	}
	if !bytes.Equal(got, want) {
		g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		line := 0
		for line < min(len(g), len(w)) && bytes.Equal(g[line], w[line]) {
			line++
		}
		t.Fatalf("tables.go is stale from line %d: run go generate in gsm7", line+1)
	}
}

// The two 128-position tables exactly as SPEC section 2 writes them;
// position i holds the i-th rune, 0x1B (ESC) included.
const (
	specDefault = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
		"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	specTurkishLocking = "@£$¥€éùıòÇ\nĞğ\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bŞşßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
		"İABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§çabcdefghijklmnopqrstuvwxyzäöñüà"
)

// specExtension is the default extension table of SPEC section 2.
var specExtension = map[byte]rune{
	0x0A: '\f', 0x14: '^', 0x28: '{', 0x29: '}', 0x2F: '\\',
	0x3C: '[', 0x3D: '~', 0x3E: ']', 0x40: '|', 0x65: '€',
}

// specTurkishSingle is the default extension table plus the seven Turkish
// letters of SPEC section 2.
func specTurkishSingle() map[byte]rune {
	m := map[byte]rune{0x47: 'Ğ', 0x49: 'İ', 0x53: 'Ş', 0x63: 'ç', 0x67: 'ğ', 0x69: 'ı', 0x73: 'ş'}
	for s, r := range specExtension {
		m[s] = r
	}
	return m
}

func lockingMap(t *testing.T, s string) map[byte]rune {
	t.Helper()
	if n := utf8.RuneCountInString(s); n != 128 {
		t.Fatalf("table literal has %d runes; want 128", n)
	}
	m := make(map[byte]rune)
	i := 0
	for _, r := range s {
		if i != Esc {
			m[byte(i)] = r
		} else if r != 0x1B {
			t.Fatalf("literal position 0x1B is %q; want ESC", r)
		}
		i++
	}
	return m
}

// checkTable compares tab with want (septet → rune) in both directions: every
// septet decodes to exactly the listed rune or to nothing, and every rune of
// Unicode encodes to exactly its listed septet or not at all.
func checkTable(t *testing.T, tab Table, want map[byte]rune) {
	t.Helper()
	for s := 0; s < 0x100; s++ {
		r, ok := tab.Decode(byte(s))
		w, wok := want[byte(s)]
		if r != w || ok != wok {
			t.Errorf("%v.Decode(%#02x) = %q, %v; want %q, %v", tab, s, r, ok, w, wok)
		}
	}
	inverse := make(map[rune]byte, len(want))
	for s, r := range want {
		inverse[r] = s
	}
	bad := 0
	for r := rune(-1); r <= utf8.MaxRune+1 && bad < 10; r++ {
		s, ok := tab.Encode(r)
		w, wok := inverse[r]
		if s != w || ok != wok {
			t.Errorf("%v.Encode(%q) = %#02x, %v; want %#02x, %v", tab, r, s, ok, w, wok)
			bad++
		}
	}
}

func TestTablesMatchSpec(t *testing.T) {
	t.Run("default", func(t *testing.T) { checkTable(t, Default, lockingMap(t, specDefault)) })
	t.Run("extension", func(t *testing.T) { checkTable(t, DefaultExtension, specExtension) })
	t.Run("turkish locking", func(t *testing.T) { checkTable(t, TurkishLocking, lockingMap(t, specTurkishLocking)) })
	t.Run("turkish single", func(t *testing.T) { checkTable(t, TurkishSingleShift, specTurkishSingle()) })
}

func TestInvalidTable(t *testing.T) {
	bad := Table(numTables)
	if s, ok := bad.Encode('A'); ok {
		t.Errorf("Table(%d).Encode('A') = %#02x, true; want false", bad, s)
	}
	if r, ok := bad.Decode(0x41); ok {
		t.Errorf("Table(%d).Decode(0x41) = %q, true; want false", bad, r)
	}
	if got := bad.String(); got != "gsm7.Table(?)" {
		t.Errorf("Table(%d).String() = %q; want %q", bad, got, "gsm7.Table(?)")
	}
}

func TestTableString(t *testing.T) {
	for tab, want := range map[Table]string{
		Default:            "default",
		DefaultExtension:   "default extension",
		TurkishLocking:     "turkish locking",
		TurkishSingleShift: "turkish single shift",
	} {
		if got := tab.String(); got != want {
			t.Errorf("Table(%d).String() = %q; want %q", tab, got, want)
		}
	}
}

// TestSpecNotes checks the notes under the tables of SPEC section 2.
func TestSpecNotes(t *testing.T) {
	if s, ok := Default.Encode('Ç'); !ok || s != 0x09 {
		t.Errorf("Default.Encode('Ç') = %#02x, %v; want 0x09, true", s, ok)
	}
	if s, ok := Default.Encode('ç'); ok {
		t.Errorf("Default.Encode('ç') = %#02x, true; want false", s)
	}
	for _, r := range "öÖüÜ" {
		if _, ok := Default.Encode(r); !ok {
			t.Errorf("Default.Encode(%q) not ok; want ok", r)
		}
	}
	if got := TurkishLockingAlphabet.Septets('€'); got != 1 {
		t.Errorf("TurkishLockingAlphabet.Septets('€') = %d; want 1", got)
	}
	if got := DefaultAlphabet.Septets('€'); got != 2 {
		t.Errorf("DefaultAlphabet.Septets('€') = %d; want 2", got)
	}
}

func TestSeptets(t *testing.T) {
	tests := []struct {
		a    Alphabet
		r    rune
		want int
	}{
		{DefaultAlphabet, 'a', 1},
		{DefaultAlphabet, '@', 1},
		{DefaultAlphabet, '\n', 1},
		{DefaultAlphabet, '{', 2},
		{DefaultAlphabet, '\f', 2},
		{DefaultAlphabet, 'ş', 0},
		{DefaultAlphabet, 'ç', 0},
		{DefaultAlphabet, 0x1B, 0},
		{DefaultAlphabet, -1, 0},
		{TurkishSingleAlphabet, 'ş', 2},
		{TurkishSingleAlphabet, 'ç', 2},
		{TurkishSingleAlphabet, 'Ç', 1},
		{TurkishSingleAlphabet, 'ì', 1},
		{TurkishSingleAlphabet, '€', 2},
		{TurkishLockingAlphabet, 'ş', 1},
		{TurkishLockingAlphabet, 'İ', 1},
		{TurkishLockingAlphabet, 'ç', 1},
		{TurkishLockingAlphabet, '¡', 0},
		{TurkishLockingAlphabet, 'ì', 0},
		{TurkishLockingAlphabet, '|', 2},
		{TurkishLockingAlphabet, '😀', 0},
	}
	for _, tt := range tests {
		if got := tt.a.Septets(tt.r); got != tt.want {
			t.Errorf("%v.Septets(%q) = %d; want %d", tt.a, tt.r, got, tt.want)
		}
	}
}

func TestAppendRune(t *testing.T) {
	tests := []struct {
		a      Alphabet
		r      rune
		want   []byte
		wantOK bool
	}{
		{DefaultAlphabet, '@', []byte{0x00}, true},
		{DefaultAlphabet, '€', []byte{Esc, 0x65}, true},
		{TurkishLockingAlphabet, '€', []byte{0x04}, true},
		{TurkishSingleAlphabet, 'ğ', []byte{Esc, 0x67}, true},
		{TurkishLockingAlphabet, 'ğ', []byte{0x0C}, true},
		{DefaultAlphabet, 'ğ', nil, false},
	}
	for _, tt := range tests {
		prefix := []byte{0x7F}
		got, ok := tt.a.AppendRune(prefix, tt.r)
		want := append([]byte{0x7F}, tt.want...)
		if !bytes.Equal(got, want) || ok != tt.wantOK {
			t.Errorf("%v.AppendRune(%x, %q) = %x, %v; want %x, %v", tt.a, prefix, tt.r, got, ok, want, tt.wantOK)
		}
	}
	buf := make([]byte, 0, 2)
	if n := testing.AllocsPerRun(100, func() { buf, _ = TurkishSingleAlphabet.AppendRune(buf[:0], 'ş') }); n != 0 {
		t.Errorf("AppendRune allocates %v times; want 0", n)
	}
}

// bench160 is 160 runes of mixed Turkish text.
var bench160 = func() string {
	const s = "Sayın müşterimiz, siparişiniz yola çıktı. Kargo takip no: 123456. İyi günler dileriz! "
	var b []rune
	for len(b) < 160 {
		b = append(b, []rune(s)...)
	}
	return string(b[:160])
}()

func BenchmarkSeptets(b *testing.B) {
	for _, bc := range []struct {
		name string
		a    Alphabet
		s    string
	}{
		{"ascii/default", DefaultAlphabet, "Your order has shipped. Tracking number 123456; thank you for shopping with us! [ref] " + "Your order has shipped. Tracking number 123456; thank you for shopping with u"},
		{"turkish/single", TurkishSingleAlphabet, bench160},
		{"turkish/locking", TurkishLockingAlphabet, bench160},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, r := range bc.s {
					n += bc.a.Septets(r)
				}
			}
			if n == 0 {
				b.Fatal("no septets")
			}
		})
	}
}

func BenchmarkTableEncode(b *testing.B) {
	b.SetBytes(int64(len(bench160)))
	b.ReportAllocs()
	var sum int
	for b.Loop() {
		for _, r := range bench160 {
			s, _ := TurkishLocking.Encode(r)
			sum += int(s)
		}
	}
	if sum == 0 {
		b.Fatal("no septets")
	}
}
