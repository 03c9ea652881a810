// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package smsseg tells what an SMS text costs and how it travels: which
// encoding it needs (GSM 7-bit default alphabet, Turkish national language
// shift, or UCS-2), how many units it counts, how many segments a vendor
// bills, where the parts split, and what the vendor's message field must
// contain.
//
// A Profile is a vendor's rules as a value: GSM (3GPP TS 23.038 / 23.040, the
// default), Oztek, Esemes, NodeAPI, Kobikom and BiSMS. Analyze walks a text
// once, forward, and allocates nothing:
//
//	r := smsseg.GSM.Analyze("Merhaba dünya, siparişiniz kargoya verildi.")
//	fmt.Println(r.Encoding, r.Shift, r.Units, r.Segments) // turkish locking 43 1
//
// The materialised pieces (delivered text, vendor wire text, part boundaries,
// errors and warnings) come from the Append methods, which write into
// caller-owned buffers.
//
// Bad input never panics: invalid UTF-8, characters a vendor rejects, empty
// texts and over-long texts are Issues with byte offsets, and the analysis of
// what could be analysed is still returned.
package smsseg

//go:generate go run gen_tables.go
