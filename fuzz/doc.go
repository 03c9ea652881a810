// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package fuzz holds the counting engine and the root package smsseg to the
// naive reference (internal/naive, written straight from SPEC.md) by
// differential fuzzing and properties. It has no code of its own; its test
// files hold:
//
//   - FuzzAnalyze: every built-in profile under every user option (-nfc,
//     -smart, -ascii, the esemes opt-out suffixes, -opcode, -recipients)
//     against the reference, field by field, and against the invariants of
//     SPEC 1, 3, 4 and 5 (parts tile the text within capacity, the
//     iterators agree with the Append methods, AnalyzeBytes with Analyze,
//     the JSON object parses and matches);
//   - FuzzMonotone: appending a rune never lowers segments, runes, or units
//     but where the SPEC says a scheme change may;
//   - FuzzDifferential: analysing the delivered text again gives the same
//     analysis (every rewrite's output is a fixed point);
//   - FuzzChainReader: the sanitize Transformers, chained as the profile
//     delivers and fed one byte at a time, give the delivered text;
//   - TestProperties: the same properties over messages a gofuzz generator
//     draws near the capacities and vendor limits, and TestNoAllocsRandom,
//     the zero-allocation hot path on them.
//
// The seed corpora are the golden vectors (internal/vectors) that a library
// caller can pass, and testdata/fuzz, which keeps every input that once
// failed, named for what it exercises.
package fuzz
