// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package bench

import (
	"testing"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/pdu"
)

// pduTo is the destination of the benchmarked TPDUs.
var pduTo, _ = pdu.ParseAddress("+905321234567")

// tpdus encodes every part of m as an SMS-SUBMIT TPDU into the reused
// buffer dst (one part after another), as a gateway sends an analysed
// message to a modem.
func tpdus(m pdu.Message, dst []byte) []byte {
	dst = dst[:0]
	for i := range m.Parts {
		dst, _ = pdu.AppendSubmit(dst, m, i, pdu.Options{Ref: 7}, pdu.Submit{To: pduTo})
	}
	return dst
}

// pduCases returns, for every profile whose schemes are 3GPP encodings and
// every input the vendor accepts in at most 255 parts (the most a
// concatenation element numbers), the Message of its analysis.
func pduCases(tb testing.TB) (names []string, ms []pdu.Message) {
	for _, p := range smsseg.Profiles() {
		for _, in := range inputs(tb) {
			a := p.Analyze(in.text)
			if !a.OK() || a.PartCount() > 255 {
				continue
			}
			m, err := pdu.FromAnalysis(a)
			if err != nil {
				continue // oztek and bisms: the vendor's own tables
			}
			names = append(names, p.Name()+"/"+in.name)
			ms = append(ms, m)
		}
	}
	return names, ms
}

// BenchmarkPDU is PDU/<profile>/<input>: every part's TPDU, from the
// analysis' Message, beside Analyze/<profile>/<input> in the same run.
func BenchmarkPDU(b *testing.B) {
	names, ms := pduCases(b)
	for i, name := range names {
		m := ms[i]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(m.Text)))
			b.ReportAllocs()
			dst := tpdus(m, nil)
			for b.Loop() {
				dst = tpdus(m, dst)
			}
		})
	}
}

func TestPDUNoAllocs(t *testing.T) {
	names, ms := pduCases(t)
	// gsm, esemes, nodeapi, kobikom and verimor each on the short inputs
	// at least.
	if len(names) < 5*4 {
		t.Fatalf("only %d PDU cases: %v", len(names), names)
	}
	for i, name := range names {
		m := ms[i]
		dst := tpdus(m, nil)
		if n := testing.AllocsPerRun(5, func() { dst = tpdus(m, dst) }); n != 0 {
			t.Errorf("PDU/%s: %v allocs per run; want 0", name, n)
		}
		// 13 octets of SMS-SUBMIT before TP-UD a part, at least.
		if len(dst) < 14*len(m.Parts) {
			t.Errorf("PDU/%s: %d octets for %d parts", name, len(dst), len(m.Parts))
		}
	}
}
