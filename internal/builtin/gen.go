// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

//go:build ignore

// gen.go writes tables.go: every built-in description of package segment,
// compiled by package compile, as Go source.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/smsseg/smsseg/internal/builtin/gentables"
)

func main() {
	out := flag.String("output", "tables.go", "file to write")
	flag.Parse()
	src, err := gentables.Source()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
