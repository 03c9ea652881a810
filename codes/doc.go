// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

// Package codes implements the pipe-code wire format of Öztek Haberleşme's
// SMS API (SPEC.md section 3.5, "Wire").
//
// Öztek's API document (the "Mesaj" field of "GENEL DEĞİŞKENLER", under
// "Karakter Kodları" and "Örnek Kullanımı"; seeds/000_61d5a568ceb05997.txt)
// asks clients to send the message text with some characters replaced by
// codes, so that charset mismatches between client and server do not cut
// the message. A code is a vertical bar, two decimal digits and a vertical
// bar: `@` is sent as `|01|`, a newline as `|61|`, `ü` as `|63|`:
//
//	Selam\nAhmet\n.Bugün %50 indirim var.
//	Selam|61|Ahmet|61|.Bug|63|n |30|50 indirim var.
//
// There are 39 codes between 01 and 73 (the numbers in between are
// unused); oztek_codes.txt lists them and is the single source of truth for
// the generated tables. Every other byte, the vertical bar itself included,
// is sent as it is. A code therefore adds 4 bytes to the wire in place of
// the 1 to 3 bytes of its rune's UTF-8 form; the vendor counts the rune, not
// the code, so the wire length says nothing about units or segments.
//
// # Ambiguity
//
// Because `|` has no code of its own, the wire format is not always
// reversible: a literal `|` followed by two ASCII digits and then by `|`, or
// by a rune whose code starts with `|`, reads on the wire as a code, and the
// vendor would decode it. "a|12|b" goes on the wire as "a|12|b", and
// "|61ö" as "|61|62|", which decodes to "\n62|". CountAmbiguous and
// AppendAmbiguous find such bars (SPEC's warning ambiguous_pipe). Whenever
// there is none, AppendDecode(AppendEncode(s)) == s.
//
// # Decoding
//
// AppendDecode and Decoder read the wire left to right: every `|DD|` whose
// DD is a code becomes its rune and the scan resumes after the closing
// bar; everything else, including `|99|` and a lone `|`, is copied as it is.
//
// # Performance
//
// Lookups are array indexes into generated tables; nothing is built at run
// time. The Append functions allocate only when dst has too little room,
// EncodedLen and CountAmbiguous never allocate, and Encoder and Decoder are
// golang.org/x/text/transform.Transformer values for streaming.
//
// Invalid UTF-8 is never an error here: its bytes are copied unchanged.
package codes

//go:generate go run gen.go
