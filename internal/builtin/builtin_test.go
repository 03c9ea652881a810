// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package builtin

import (
	"os"
	"reflect"
	"testing"

	"github.com/smsseg/smsseg/internal/builtin/gentables"
	"github.com/smsseg/smsseg/internal/compile"
	"github.com/smsseg/smsseg/segment"
)

// TestTablesUpToDate regenerates tables.go in memory from the vendor files
// and fails when the checked-in one differs.
func TestTablesUpToDate(t *testing.T) {
	want, err := gentables.Source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("tables.go is stale: run go generate ./internal/builtin")
	}
}

// TestRulesAreCompiledDescriptions: each generated profile is exactly what
// the compiler builds from its file at run time (what LoadProfile does).
func TestRulesAreCompiledDescriptions(t *testing.T) {
	ds := segment.Builtin()
	if len(ds) != len(Rules) {
		t.Fatalf("%d descriptions, %d generated profiles", len(ds), len(Rules))
	}
	for i, d := range ds {
		rl, err := compile.Compile(d)
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		if !reflect.DeepEqual(*rl, Rules[i]) {
			t.Errorf("%s: generated rules differ from the compiled description: run go generate ./internal/builtin", d.Name)
		}
	}
}
