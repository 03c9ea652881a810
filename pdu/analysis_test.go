// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/smsseg/smsseg"
)

// gsmFamily are the built-in profiles whose schemes are 3GPP encodings.
var gsmFamily = []smsseg.Profile{smsseg.GSM, smsseg.NodeAPI, smsseg.Kobikom, smsseg.Esemes, smsseg.Verimor}

// analysisTexts are the texts of TestFromAnalysisRoundTrip, by name.
var analysisTexts = []struct{ name, text string }{
	{"plain", "Merhaba dunya, siparisiniz kargoya verildi."},
	{"161", strings.Repeat("a", 161)},
	{"single", "Şu an kampanya: her şey %50 indirimli, kaçırmayın! " + strings.Repeat("Ürün teslim edildi. ", 8)},
	{"locking", strings.Repeat("ışığı çok güçlü şişe ", 10)},
	{"turkish1", "Çiçek"},
	{"single1", "Çiçek ø"},
	{"single2", strings.Repeat("Çiçek ø ", 25)},
	// U+1F600 takes units 67 and 68 of a UCS-2 text: it must open part 2.
	{"emoji", "Ж" + strings.Repeat("a", 65) + "😀" + strings.Repeat("b", 20)},
	// € takes septets 153 and 154 (ESC and 0x65): the pair opens part 2.
	{"esc", strings.Repeat("a", 152) + "€" + strings.Repeat("b", 10)},
	{"esc16", strings.Repeat("a", 151) + "{" + strings.Repeat("b", 10)},
}

// TestFromAnalysisRoundTrip encodes every part of every analysis as a
// TPDU, as TP-User-Data and as unpacked SMPP user data, decodes them back
// and reassembles them (in reverse order): the text, the spans and the
// scheme must be the analysis' own, and each part's layout must agree
// with the analysis' units and capacities.
func TestFromAnalysisRoundTrip(t *testing.T) {
	to, err := ParseAddress("+905321234567")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range gsmFamily {
		for _, tc := range analysisTexts {
			for _, ref16 := range []bool{false, true} {
				a := p.WithRef16(ref16).Analyze(tc.text)
				name := p.Name() + "/" + tc.name
				if ref16 {
					name += "/ref16"
				}
				m, err := FromAnalysis(a)
				if err != nil {
					t.Errorf("%s: FromAnalysis(%q): %v", name, tc.text, err)
					continue
				}
				if !a.OK() {
					// The vendor rejects the text (esemes has no UCS-2):
					// the encoder refuses the rune the analysis reported.
					first, _ := a.FirstError()
					_, err := UserDataLen(m, 0, Options{Ref16: ref16})
					if first.Code != smsseg.UnknownChar || !errors.Is(err, ErrUnencodable) {
						t.Errorf("%s: first error %v; encoding: %v; want unknown_char and %v", name, first.Code, err, ErrUnencodable)
					}
					continue
				}
				if want := string(a.AppendText(nil)); m.Text != want {
					t.Errorf("%s: Text = %q; want %q", name, m.Text, want)
				}
				sc, _ := a.Scheme()
				parts := a.AppendParts(nil)
				o := Options{Ref: 0xA7, Ref16: ref16}
				if ref16 {
					o.Ref = 0xBEEF
				}
				for _, unpacked := range []bool{false, true} {
					o.Unpacked = unpacked
					var tpdus, uds []Decoded
					for i := range m.Parts {
						l, err := PartLayout(m, i, o)
						if err != nil {
							t.Fatalf("%s: PartLayout(%d): %v", name, i, err)
						}
						if l.Units != parts[i].Units {
							t.Errorf("%s: part %d: Units = %d; analysis says %d", name, i, l.Units, parts[i].Units)
						}
						if want := sc.Single; len(m.Parts) > 1 {
							if l.Capacity != sc.Multi {
								t.Errorf("%s: part %d: Capacity = %d; analysis says %d", name, i, l.Capacity, sc.Multi)
							}
						} else if l.Capacity < want && l.Units > l.Capacity {
							t.Errorf("%s: Capacity = %d; analysis says %d", name, l.Capacity, want)
						}
						ud, err := AppendUserData(nil, m, i, o)
						if err != nil {
							t.Fatalf("%s: AppendUserData(%d): %v", name, i, err)
						}
						d, err := UserData{Coding: m.Scheme.Coding, UDHI: l.UDHI(), Unpacked: unpacked,
							Length: l.UDL, Bytes: ud}.Decode()
						if err != nil {
							t.Fatalf("%s: decoding user data %X: %v", name, ud, err)
						}
						uds = append(uds, d)
						if unpacked {
							continue
						}
						b, err := AppendSubmit(nil, m, i, Options{Ref: o.Ref, Ref16: ref16}, Submit{To: to})
						if err != nil {
							t.Fatalf("%s: AppendSubmit(%d): %v", name, i, err)
						}
						tp, d, err := DecodeTPDU(b)
						if err != nil {
							t.Fatalf("%s: DecodeTPDU(%X): %v", name, b, err)
						}
						if tp.Addr != to || tp.DCS != m.Scheme.Coding.DCS() || tp.UDL != l.UDL {
							t.Errorf("%s: TPDU %X: to %v, DCS %#x, UDL %d; want %v, %#x, %d", name, b, tp.Addr, tp.DCS, tp.UDL, to, m.Scheme.Coding.DCS(), l.UDL)
						}
						tpdus = append(tpdus, d)
					}
					for _, ds := range [][]Decoded{tpdus, uds} {
						if len(ds) == 0 {
							continue
						}
						slices.Reverse(ds)
						got, err := Reassemble(ds)
						if err != nil {
							t.Fatalf("%s: Reassemble: %v", name, err)
						}
						if len(got) != 1 || got[0].Text != m.Text || !slices.Equal(got[0].Parts, m.Parts) || got[0].Scheme != m.Scheme {
							t.Errorf("%s: reassembled %+v; want %+v", name, got, m)
						}
					}
				}
			}
		}
	}
}

// TestFromAnalysisSchemes checks the schemes and part boundaries the
// texts are meant to exercise, under the gsm profile.
func TestFromAnalysisSchemes(t *testing.T) {
	tests := []struct {
		text   string
		ref16  bool
		scheme Scheme
		parts  int
		first  int // units of part 1
	}{
		{analysisTexts[1].text, false, Scheme{}, 2, 153},
		{analysisTexts[1].text, true, Scheme{}, 2, 152},
		{"Çiçek", false, Scheme{Coding: GSM7, Locking: Turkish}, 1, 5},
		{"Çiçek ø", false, Scheme{Coding: GSM7, Single: Turkish}, 1, 8},
		{analysisTexts[3].text, false, Scheme{Coding: GSM7, Locking: Turkish}, 2, 149},
		{analysisTexts[7].text, false, Scheme{Coding: UCS2}, 2, 66},
		{analysisTexts[7].text, true, Scheme{Coding: UCS2}, 2, 66},
		{"Ж" + strings.Repeat("a", 66) + "bbbb", false, Scheme{Coding: UCS2}, 2, 67},
		{"Ж" + strings.Repeat("a", 66) + "bbbb", true, Scheme{Coding: UCS2}, 2, 66},
		{analysisTexts[8].text, false, Scheme{}, 2, 152},
	}
	for _, tc := range tests {
		a := smsseg.GSM.WithRef16(tc.ref16).Analyze(tc.text)
		m, err := FromAnalysis(a)
		if err != nil {
			t.Fatalf("FromAnalysis(%q): %v", tc.text, err)
		}
		l, err := PartLayout(m, 0, Options{Ref16: tc.ref16})
		if err != nil {
			t.Fatalf("PartLayout(%q): %v", tc.text, err)
		}
		if m.Scheme != tc.scheme || len(m.Parts) != tc.parts || l.Units != tc.first {
			t.Errorf("%q (ref16 %v): scheme %+v, %d parts, part 1 %d units; want %+v, %d, %d",
				tc.text, tc.ref16, m.Scheme, len(m.Parts), l.Units, tc.scheme, tc.parts, tc.first)
		}
		if sc, _ := a.Scheme(); tc.parts > 1 && sc.Multi != Capacity(m.Scheme, true, tc.ref16) {
			t.Errorf("%q (ref16 %v): analysis capacity %d; encoder %d", tc.text, tc.ref16, sc.Multi, Capacity(m.Scheme, true, tc.ref16))
		}
	}
	// With a 16-bit reference the capacities are 152 septets and 66 units.
	if got := smsseg.GSM.WithRef16(true).Analyze(strings.Repeat("a", 161)); got.AppendParts(nil)[0].Units != 152 {
		t.Errorf("ref16: part 1 has %d septets; want 152", got.AppendParts(nil)[0].Units)
	}
}

func TestFromAnalysisErrors(t *testing.T) {
	tests := []struct {
		a    smsseg.Analysis
		want error
	}{
		{smsseg.Oztek.Analyze("Merhaba"), ErrVendorTable},
		{smsseg.BiSMS.Analyze("Merhaba dünya"), ErrVendorTable},
		{smsseg.GSM.Analyze(""), ErrNothingToSend},
		{smsseg.GSM.TooLarge(), ErrNothingToSend},
	}
	for _, tc := range tests {
		if _, err := FromAnalysis(tc.a); !errors.Is(err, tc.want) {
			t.Errorf("FromAnalysis(%s %q): %v; want %v", tc.a.Profile().Name(), tc.a.AppendText(nil), err, tc.want)
		}
	}
}

func ExampleFromAnalysis() {
	a := smsseg.GSM.Analyze("Çiçek")
	m, err := FromAnalysis(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	to, _ := ParseAddress("+905321234567")
	for i := range m.Parts {
		line, n, _ := SubmitHex(m, i, Options{Ref16: a.Profile().Ref16()}, Submit{To: to})
		fmt.Printf("AT+CMGS=%d\n%s\n", n, line)
	}
	_, err = FromAnalysis(smsseg.Oztek.Analyze("Çiçek"))
	fmt.Println(err)
	// Output:
	// AT+CMGS=22
	// 0041000C9109351232547600000A0325010148A4C1E535
	// pdu: the profile's scheme is the vendor's own table; its HTTP API takes text, not PDUs
}

// FuzzFromAnalysis analyses a random text under every profile whose
// schemes are 3GPP encodings, with random options, encodes every part of
// an accepted text as a TPDU, decodes and reassembles them in reverse
// order, and wants the analysis' delivered text, its spans and its units
// back. A text the vendor rejects must give an error, never a panic.
func FuzzFromAnalysis(f *testing.F) {
	for _, tc := range analysisTexts {
		f.Add(tc.text, uint8(0), uint8(0))
		f.Add(tc.text, uint8(3), uint8(0x1F))
	}
	to, _ := ParseAddress("+905321234567")
	f.Fuzz(func(t *testing.T, text string, pi, opts uint8) {
		p := gsmFamily[int(pi)%len(gsmFamily)].WithSmart(opts&1 != 0).WithASCII(opts&2 != 0).
			WithNFC(opts&4 != 0).WithRef16(opts&8 != 0)
		if opts&16 != 0 {
			p, _ = p.WithOperatorCode("B001")
		}
		a := p.Analyze(text)
		m, err := FromAnalysis(a)
		if !a.OK() || a.PartCount() > 255 {
			if err == nil {
				for i := range m.Parts {
					AppendSubmit(nil, m, i, Options{Ref16: p.Ref16()}, Submit{To: to})
				}
			}
			return
		}
		if err != nil {
			t.Fatalf("%s %q: FromAnalysis: %v", p.Name(), text, err)
		}
		parts := a.AppendParts(nil)
		o := Options{Ref: 0x42, Ref16: p.Ref16()}
		var ds []Decoded
		for i := range m.Parts {
			l, err := PartLayout(m, i, o)
			if err != nil {
				t.Fatalf("%s %q: part %d: %v", p.Name(), text, i, err)
			}
			if l.Units != parts[i].Units {
				t.Fatalf("%s %q: part %d: %d units; the analysis says %d", p.Name(), text, i, l.Units, parts[i].Units)
			}
			b, err := AppendSubmit(nil, m, i, o, Submit{To: to})
			if err != nil {
				t.Fatalf("%s %q: part %d: %v", p.Name(), text, i, err)
			}
			_, d, err := DecodeTPDU(b)
			if err != nil {
				t.Fatalf("%s %q: part %d: decoding %X: %v", p.Name(), text, i, b, err)
			}
			ds = append(ds, d)
		}
		slices.Reverse(ds)
		got, err := Reassemble(ds)
		if err != nil || len(got) != 1 || got[0].Text != m.Text || !slices.Equal(got[0].Parts, m.Parts) || got[0].Scheme != m.Scheme {
			t.Fatalf("%s %q: reassembled %+v, %v; want %+v", p.Name(), text, got, err, m)
		}
		if want := string(a.AppendText(nil)); got[0].Text != want {
			t.Fatalf("%s %q: text %q; the analysis delivers %q", p.Name(), text, got[0].Text, want)
		}
	})
}
