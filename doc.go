// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package smsseg tells what an SMS text costs and how it travels: which
// encoding it needs (GSM 7-bit default alphabet, Turkish national language
// shift, or UCS-2), how many units it counts, how many segments a vendor
// bills, where the parts split, and what the vendor's message field and
// request parameters must hold.
//
// A Profile is a vendor's rules as an immutable value: GSM (3GPP TS 23.038 /
// 23.040, the default), Oztek, Esemes, NodeAPI, Kobikom, BiSMS and Verimor,
// or one loaded from a description file with LoadProfile. Analyze walks a
// text once, forward, allocates nothing, and returns an Analysis bound to
// the profile and the text:
//
//	a := smsseg.GSM.Analyze("Merhaba dünya, siparişiniz kargoya verildi.")
//	fmt.Println(a.Class(), a.Shift(), a.Units(), a.Segments()) // turkish locking 43 1
//
// The materialised pieces (delivered text, vendor wire text, part
// boundaries, errors and warnings, the SPEC JSON object) come from the
// Append methods, which write into caller-owned buffers, and from iterators.
//
// What would make a text cheaper comes from the analysis too:
// AppendSuggestions lists the options (and the smallest edit of the text)
// that lower its cost, Profile.WithFold applies options only where they
// save a segment, Profile.Fit shortens a text to N segments, and
// InputOffset and InputUTF16 turn offsets into ones of the caller's text.
// Package pdu encodes the parts of an analysis into their bytes.
//
// Bad input never panics: invalid UTF-8, characters a vendor rejects, empty
// texts and over-long texts are Issues with byte offsets, and the analysis of
// what could be analysed is still returned.
package smsseg
