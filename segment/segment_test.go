// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package segment_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/internal/compile"
	"github.com/smsseg/smsseg/segment"
)

func TestBuiltin(t *testing.T) {
	ds := segment.Builtin()
	require.Len(t, ds, len(segment.BuiltinNames))
	for i, d := range ds {
		assert.Equal(t, segment.BuiltinNames[i], d.Name)
		// The file format round-trips.
		back, err := segment.Parse(strings.NewReader(string(d.AppendJSON(nil))))
		require.NoError(t, err, d.Name)
		assert.True(t, reflect.DeepEqual(d, back), "%s: AppendJSON then Parse changes the description", d.Name)
	}
	// Copies: changing one does not change the next.
	ds[0].Schemes[0].ID = "changed"
	assert.Equal(t, "default", segment.Builtin()[0].Schemes[0].ID)
	c := ds[1].Clone()
	c.Schemes[0].Alphabet.Table.One = "x"
	assert.NotEqual(t, "x", ds[1].Schemes[0].Alphabet.Table.One)
}

const good = `{"name": "acme", "billing": "ceil", "over_max": "error",
 "schemes": [{"id": "a", "class": "normal", "alphabet": {"table": {"one": "abc", "two": "{"}}, "capacity": {"single": 160, "multi": 153}, "max": 900}],
 "params": [{"key": "k", "by": "scheme", "values": {"a": 1}}]}`

// TestBadFiles: every class of mistake is an error naming the field.
func TestBadFiles(t *testing.T) {
	_, err := segment.Parse(strings.NewReader(good))
	require.NoError(t, err)
	for _, tc := range []struct{ from, to, want string }{
		{`"name": "acme"`, `"name": "Acme!"`, `segment: name: "Acme!": use lower-case letters`},
		{`"billing": "ceil"`, `"billing": "ceil", "colour": "red"`, `segment: colour: unknown field`},
		{`"capacity": {`, `"capacity": {"septets": 1, `, `segment: schemes[0].capacity.septets: unknown field`},
		{`"alphabet": {"table"`, `"alphabet": {"gsm": {}, "table"`, `segment: schemes[0].alphabet.gsm: unknown field`},
		{`"one": "abc"`, `"one": "abca"`, `segment: schemes[0].alphabet.table.one: 'a' (U+0061) is listed twice`},
		{`"two": "{"`, `"two": "a"`, `segment: schemes[0].alphabet.table.two: 'a' (U+0061) is listed twice (also in one)`},
		{`"single": 160`, `"single": 161`, `segment: schemes[0].capacity.single: 161 does not fit 140 octets`},
		{`"multi": 153`, `"multi": 154`, `segment: schemes[0].capacity.multi: 154 does not fit 140 octets`},
		{`"class": "normal"`, `"class": "latin"`, `segment: schemes[0].class: "latin" is not one of`},
		{`"billing": "ceil"`, `"billing": "table"`, `segment: schemes[0].ranges: is required with billing "table"`},
		{`"max": 900`, `"max": 900, "ranges": [10]`, `segment: schemes[0].ranges: is set but billing is "ceil"`},
		{`"max": 900`, `"max": 0`, `segment: schemes[0].max: is required`},
		{`"values": {"a": 1}`, `"values": {}`, `segment: params[0].values: has no value for "a"`},
		{`"values": {"a": 1}`, `"values": {"a": [1]}`, `segment: params[0].values["a"]: want a string`},
		{`"values": {"a": 1}`, `"values": {"a": 1, "b": 2}`, `segment: params[0].values["b"]: "b" is not one of`},
		{`"by": "scheme"`, `"by": "suffix", "suffix": "link"`, `segment: params[0].suffix: "link" is not the name of a suffix`},
		{`"over_max": "error"`, `"over_max": "truncate"`, `segment: substitute.others: a truncating profile must replace`},
		{`"schemes": [`, `"schemes": "x", "y": [`, `segment: y: unknown field`},
		{`"id": "a"`, `"id": ""`, `segment: schemes[0].id: is required`},
		{`"max": 900`, `"max": "900"`, `segment: schemes.max: wants a JSON int`},
		{`{"table": {"one": "abc", "two": "{"}}`, `{"gsm7": {"locking": 2, "single": 0}}`, `segment: schemes[0].alphabet.gsm7.locking: national language identifier 2 is not supported`},
		{`{"table": {"one": "abc", "two": "{"}}`, `{"gsm7": {"locking": 0, "single": 0}, "ucs2": {}}`, `segment: schemes[0].alphabet: wants exactly one of gsm7, ucs2 and table`},
		{`"capacity": {"single": 160, "multi": 153}, `, ``, `segment: schemes[0].capacity: is required for a table alphabet`},
	} {
		in := strings.Replace(good, tc.from, tc.to, 1)
		require.NotEqual(t, good, in, "replacement %q not applied", tc.from)
		_, err := segment.Parse(strings.NewReader(in))
		if assert.Error(t, err, "%s → %s", tc.from, tc.to) {
			assert.Contains(t, err.Error(), tc.want, "%s → %s", tc.from, tc.to)
		}
	}
	_, err = segment.Parse(strings.NewReader(`[1]`))
	assert.ErrorContains(t, err, "a description is a JSON object")
	_, err = segment.Parse(strings.NewReader(`{`))
	assert.ErrorContains(t, err, "not JSON")
	_, err = segment.Parse(strings.NewReader(`{"name": "x", "schemes": []}`))
	assert.ErrorContains(t, err, "segment: schemes: wants 1 to 8 schemes, not 0")
}

// FuzzParse: Parse never panics, and whatever it accepts compiles.
func FuzzParse(f *testing.F) {
	f.Add(good)
	for _, name := range segment.BuiltinNames {
		b, err := segment.BuiltinFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d, err := segment.Parse(strings.NewReader(doc))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "segment: ") {
				t.Fatalf("error %q lacks the package prefix", err)
			}
			return
		}
		if _, err := compile.Compile(d); err != nil && !strings.HasPrefix(err.Error(), "segment: ") {
			t.Fatalf("compile error %q lacks the package prefix", err)
		}
		p, err := smsseg.NewProfile(d)
		if err != nil {
			return
		}
		// Whatever builds analyses any text without panicking.
		for _, text := range []string{"", "a", doc, strings.Repeat("ş€😀|12|", 200), "\xff\x00"} {
			a := p.Analyze(text)
			_ = a.AppendJSON(nil)
			_ = a.AppendWire(nil)
		}
	})
}
