package main

import "github.com/smsseg/smsseg"

func appendSuggestionsJSON(dst []byte, a smsseg.Analysis) []byte { return append(dst, "[]"...) }
