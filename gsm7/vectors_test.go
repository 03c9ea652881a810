// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7_test

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/smsseg/smsseg/gsm7"
	"github.com/smsseg/smsseg/internal/vectors"
)

// TestVectorsPacked checks the "packed" golden values of vectors/gsm.json:
// the text's septets under the alphabet the vector's class and shift name,
// packed with no user data header.
func TestVectorsPacked(t *testing.T) {
	f, err := vectors.Load("gsm")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, v := range f.Tests {
		if v.Expect.Packed == nil {
			continue
		}
		n++
		a := gsm7.DefaultAlphabet
		switch v.Expect.Shift {
		case "locking":
			a = gsm7.TurkishLockingAlphabet
		case "single":
			a = gsm7.TurkishSingleAlphabet
		}
		var septets []byte
		for _, r := range string(v.Input) {
			var ok bool
			septets, ok = a.AppendRune(septets, r)
			if !ok {
				t.Fatalf("#%d: %q not in %v", v.ID, r, a)
			}
		}
		if len(septets) != v.Expect.Units {
			t.Errorf("#%d %q: %d septets; want units %d", v.ID, string(v.Input), len(septets), v.Expect.Units)
		}
		got := strings.ToUpper(hex.EncodeToString(gsm7.AppendPack(nil, septets, 0)))
		if got != *v.Expect.Packed {
			t.Errorf("#%d %q: packed %s; want %s", v.ID, string(v.Input), got, *v.Expect.Packed)
		}
	}
	if n < 4 {
		t.Fatalf("only %d packing vectors", n)
	}
}
