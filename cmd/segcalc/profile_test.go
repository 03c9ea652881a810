// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg/segment"
)

// TestProfileFile: -profile works in every mode, and a built-in vendor's
// file gives exactly what -vendor gives.
func TestProfileFile(t *testing.T) {
	dir := t.TempDir()
	b, err := segment.BuiltinFile("verimor")
	require.NoError(t, err)
	file := filepath.Join(dir, "verimor.json")
	require.NoError(t, os.WriteFile(file, b, 0o644))
	text := strings.Repeat("ş", 160) + "€"
	for _, mode := range [][]string{{"-json"}, {}, {"-json", "-lines"}, {"-lines"}} {
		in := ""
		args := append([]string{}, mode...)
		if len(mode) > 0 && mode[len(mode)-1] == "-lines" {
			in = text + "\nMerhaba\n"
		} else {
			args = append(args, text)
		}
		c1, o1, e1 := segcalc(in, append([]string{"-vendor", "verimor"}, args...)...)
		c2, o2, e2 := segcalc(in, append([]string{"-profile", file}, args...)...)
		assert.Equal(t, c1, c2, "%v", mode)
		assert.Equal(t, o1, o2, "%v", mode)
		assert.Equal(t, e1, e2, "%v", mode)
	}
	code, out, _ := segcalc("", "-profile", "../../examples/acme.json", "-json", "Şubat indirimi")
	require.Equal(t, 0, code)
	r := decodeOne(t, out)
	assert.Equal(t, "acme", r.Vendor)
	assert.Equal(t, 15, r.Units)
	assert.JSONEq(t, `{"charset":"tr","concat":false}`, string(r.Params))
}

func TestProfileFileErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ doc, want string }{
		{`{"name": "x", "colour": 1}`, "segment: colour: unknown field"},
		{`{"name": "x", "schemes": [{"id": "a", "class": "normal", "alphabet": {"ucs2": {}}, "capacity": {"single": 70, "multi": 68}}]}`,
			"segment: schemes[0].capacity.multi: 68 does not fit 140 octets"},
		{`{"name": "x", "billing": "table", "schemes": [{"id": "a", "class": "normal", "alphabet": {"ucs2": {}}, "ranges": [10, 5]}]}`,
			"segment: schemes[0].ranges[1]: 5: the bounds must be positive and strictly increasing"},
		{`{"name": "x", "schemes": [{"id": "a", "class": "normal", "alphabet": {"table": {"one": "ab"}}, "capacity": {"single": 160, "multi": 153}}], "suffixes": [{"name": "s", "text": "abc"}]}`,
			"segment: suffixes[0].text: 'c' (U+0063) at byte 2 is carried by no scheme"},
		{`not json`, "not JSON"},
	} {
		file := filepath.Join(dir, "p.json")
		require.NoError(t, os.WriteFile(file, []byte(tc.doc), 0o644))
		code, out, errOut := segcalc("", "-profile", file, "x")
		assert.Equal(t, 2, code, tc.doc)
		assert.Empty(t, out)
		assert.Contains(t, errOut, tc.want)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), errOut)
	}
	code, _, errOut := segcalc("", "-profile", filepath.Join(dir, "missing.json"), "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no such file")
	code, _, errOut = segcalc("", "-profile", "../../examples/acme.json", "-vendor", "gsm", "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "use one")
}

// TestVendorsJSON: -vendors -json prints the description files, which
// -profile reads back; -vendors -vendor NAME prints one.
func TestVendorsJSON(t *testing.T) {
	code, out, _ := segcalc("", "-vendors", "-json")
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 7)
	dir := t.TempDir()
	for _, l := range lines {
		d, err := segment.Parse(strings.NewReader(l))
		require.NoError(t, err)
		file := filepath.Join(dir, d.Name+".json")
		require.NoError(t, os.WriteFile(file, []byte(l), 0o644))
		_, o1, _ := segcalc("", "-json", "-vendor", d.Name, "Bugün {indirim} €50 😀")
		_, o2, _ := segcalc("", "-json", "-profile", file, "Bugün {indirim} €50 😀")
		assert.Equal(t, o1, o2, d.Name)
	}
	code, out, _ = segcalc("", "-vendors", "-vendor", "bisms")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "bisms — "), out)
	assert.NotContains(t, out, "gsm — ")
}

// TestStdinBOM: a byte order mark at the very start of standard input is
// dropped and decides the encoding; as an argument, or inside, U+FEFF is a
// character.
func TestStdinBOM(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		text        string
		enc         string
	}{
		{"utf-8 BOM", "\xEF\xBB\xBFMerhaba\n", nil, "Merhaba", "normal"},
		{"utf-16le BOM", "\xFF\xFEM\x00\xFC\x00\n\x00", nil, "Mü", "normal"},
		{"utf-16be BOM", "\xFE\xFF\x00M\x00\xFC\x00\n", nil, "Mü", "normal"},
		{"BOM beats -charset", "\xEF\xBB\xBFş", []string{"-charset", "windows-1254"}, "ş", "turkish"},
		{"windows-1254", "Merhaba d\xFCnya \xFEeker\r\n", []string{"-charset", "windows-1254"}, "Merhaba dünya şeker", "turkish"},
		{"iso-8859-9", "\xDDstanbul", []string{"-charset", "iso-8859-9"}, "İstanbul", "turkish"},
		{"BOM inside", "a\xEF\xBB\xBFb", nil, "a\uFEFFb", "ucs2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := segcalc(tc.stdin, append([]string{"-json"}, tc.args...)...)
			require.Equal(t, 0, code, errOut)
			r := decodeOne(t, out)
			assert.Equal(t, tc.text, r.Text)
			assert.Equal(t, tc.enc, r.Encoding)
		})
	}
	_, out, _ := segcalc("", "-json", "\uFEFFMerhaba")
	assert.Equal(t, "ucs2", decodeOne(t, out).Encoding, "a BOM in an argument is a character")
	// A batch from an Excel "CSV UTF-8" file: line 1 is not pushed to UCS-2.
	_, out, _ = segcalc("\xEF\xBB\xBFMerhaba\nSelam\n", "-lines", "-json")
	assert.Equal(t, "normal", decode(t, strings.Split(out, "\n")[0]).Encoding)
	code, _, errOut := segcalc("", "-charset", "ebcdic", "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "utf-8, utf-16le, utf-16be, windows-1254")
}

// TestTooLarge: a message or line over 1 MiB is too_large, and a batch goes on.
func TestTooLarge(t *testing.T) {
	big := strings.Repeat("a", 2<<20)
	code, out, _ := segcalc(big, "-json")
	assert.Equal(t, 1, code)
	r := decodeOne(t, out)
	assert.Equal(t, []string{"too_large@0"}, issueCodes(r.Errors))
	assert.Equal(t, "", r.Text)
	assert.Equal(t, 160, r.Remaining)

	code, out, errOut := segcalc("ok\n"+big+"\nfine\r\nlast\r", "-lines", "-json")
	assert.Equal(t, 1, code)
	ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, ls, 4)
	assert.Equal(t, "ok", decode(t, ls[0]).Text)
	assert.Equal(t, []string{"too_large@0"}, issueCodes(decode(t, ls[1]).Errors))
	assert.Equal(t, "fine", decode(t, ls[2]).Text)
	assert.Equal(t, "last", decode(t, ls[3]).Text, "a final \\r is dropped")
	assert.Contains(t, errOut, "4 messages")

	exact := strings.Repeat("a", 1<<20)
	_, out, _ = segcalc(exact+"\n", "-json")
	assert.Empty(t, decodeOne(t, out).Errors, "exactly 1 MiB after the dropped newline is not too large")
	_, out, _ = segcalc(exact+"a", "-json")
	assert.Equal(t, []string{"too_large@0"}, issueCodes(decodeOne(t, out).Errors))
}

// TestVendorAll: -vendor all gives one row (or JSON object) per profile,
// each the same as that profile alone.
func TestVendorAll(t *testing.T) {
	text := "Kampanya 😀 {50} ş"
	code, out, _ := segcalc("", "-vendor", "all", "-recipients", "1500", text)
	assert.Equal(t, 1, code, "oztek and esemes reject the emoji")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 8)
	assert.True(t, strings.HasPrefix(lines[1], "gsm       ucs2"), lines[1])
	assert.Contains(t, lines[2], "unknown_char")
	code, out, _ = segcalc("", "-vendor", "all", "-json", "-recipients", "1500", text)
	assert.Equal(t, 1, code)
	objs := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, objs, 7)
	for i, name := range segment.BuiltinNames {
		_, one, _ := segcalc("", "-vendor", name, "-json", "-recipients", "1500", text)
		assert.Equal(t, one, objs[i]+"\n", name)
	}
	code, _, errOut := segcalc("", "-vendor", "all", "-lines")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "drop -lines")
}
