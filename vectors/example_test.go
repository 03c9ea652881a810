// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package vectors_test

import (
	"fmt"
	"io/fs"

	"github.com/smsseg/smsseg/vectors"
)

func ExampleFiles() {
	names, err := fs.Glob(vectors.Files, "*.json")
	fmt.Println(names, err)
	// Output: [bisms.json esemes.json gsm.json kobikom.json nodeapi.json oztek.json verimor.json] <nil>
}
