// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package vectors holds the golden test vectors of smsseg as data: JSON
// files, one per profile (gsm.json, oztek.json, ...), in the style of
// Project Wycheproof. Every expected value in them was worked by hand from
// SPEC.md, the vendor documents and the cited public sources, never
// produced by running smsseg.
//
// The package exports only the files; the typed loader that tests use is
// github.com/smsseg/smsseg/internal/vectors. It lives apart because
// go:embed cannot reach a parent directory.
package vectors

import "embed"

// Files holds every vector file, named after its profile: gsm.json, ...
//
//go:embed *.json suggest/*.json
var Files embed.FS
