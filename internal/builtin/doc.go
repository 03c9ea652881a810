// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package builtin holds the built-in profiles compiled into Go tables: the
// vendor files of segment/vendors, run through package compile at go
// generate time, so that a built-in profile costs nothing to set up.
// TestTablesUpToDate fails when tables.go is stale.
package builtin

//go:generate go run gen.go
