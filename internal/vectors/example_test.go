// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package vectors_test

import (
	"encoding/json"
	"fmt"

	"github.com/smsseg/smsseg/internal/vectors"
)

func ExampleLoad() {
	f, err := vectors.Load("oztek")
	if err != nil {
		panic(err)
	}
	for _, v := range f.Tests {
		if v.Expect.Wire != nil && string(v.Input) == "Selam\nAhmet\n.Bugün %50 indirim var." {
			fmt.Println(string(*v.Expect.Wire))
		}
	}
	// Output: Selam|61|Ahmet|61|.Bug|63|n |30|50 indirim var.
}

func ExampleProfiles() {
	fmt.Println(vectors.Profiles())
	// Output: [bisms esemes gsm kobikom nodeapi oztek verimor]
}

func ExampleAll() {
	files, err := vectors.All()
	fmt.Println(len(files), err)
	// Output: 7 <nil>
}

func ExampleText_UnmarshalJSON() {
	var t vectors.Text
	err := json.Unmarshal([]byte(`["ab", {"repeat": "c", "count": 3}, {"hex": "ff"}]`), &t)
	fmt.Printf("%q %v\n", string(t), err)
	// Output: "abccc\xff" <nil>
}
