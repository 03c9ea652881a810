// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pduObject is one element of the "pdus" array of -json -pdu.
type pduObject struct {
	DCS  int    `json:"dcs"`
	UDL  int    `json:"udl"`
	UDH  string `json:"udh"`
	UD   string `json:"ud"`
	TPDU string `json:"tpdu,omitempty"`
}

// pduResult is the -json -pdu object: SPEC 5 and then "pdus".
type pduResult struct {
	Segments int         `json:"segments"`
	Text     string      `json:"text"`
	Errors   []issue     `json:"errors"`
	PDUs     []pduObject `json:"pdus"`
	PDUError string      `json:"pdu_error"`
}

// decodePDUs decodes a -json -pdu line and checks that "pdus" (and
// "pdu_error" when there is one) come after the SPEC 5 fields.
func decodePDUs(t *testing.T, line string) pduResult {
	t.Helper()
	keys := jsonKeys(t, line)
	require.GreaterOrEqual(t, len(keys), len(fieldOrder)+1, "keys %v", keys)
	require.Equal(t, fieldOrder, keys[:len(fieldOrder)])
	require.Equal(t, "pdus", keys[len(fieldOrder)])
	var r pduResult
	require.NoError(t, json.Unmarshal([]byte(line), &r))
	return r
}

func TestPDUJSON(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []pduObject
		text string // when the parts are checked by decoding
	}{
		{
			// TS 23.038 6.1.2.1.1 packing, the example quoted by
			// dreamfabric.com/sms and the public PDU libraries.
			name: "hellohello",
			args: []string{"-json", "-pdu", "hellohello"},
			want: []pduObject{{DCS: 0, UDL: 10, UDH: "", UD: "E8329BFD4697D9EC37"}},
		},
		{
			// dreamfabric.com/sms SMS-SUBMIT 0011000B916407281553F80000AA0A…
			// without its relative validity period: first octet 0x01 (TP-VPF
			// 00), and the VP octet AA gone.
			name: "hellohello to",
			args: []string{"-json", "-to", "+46708251358", "hellohello"},
			want: []pduObject{{DCS: 0, UDL: 10, UDH: "", UD: "E8329BFD4697D9EC37",
				TPDU: "01000B916407281553F800000AE8329BFD4697D9EC37"}},
		},
		{
			// Locking shift only: UDH 03 25 01 01 is 4 octets = 32 bits,
			// 3 fill bits to 35 = 5 septets, + 5 for Çiçek.
			name: "locking",
			args: []string{"-json", "-pdu", "Çiçek"},
			want: []pduObject{{DCS: 0, UDL: 10, UDH: "03250101"}},
			text: "Çiçek",
		},
		{
			// 152 a then € (ESC 0x65): the pair does not fit the 153rd
			// septet and opens part 2. UDH 05 00 03 07 02 0n is 6 octets =
			// 48 bits, 1 fill bit = 7 septets: 7 + 152 and 7 + 2 + 10.
			name: "esc at the boundary",
			args: []string{"-json", "-pdu", "-ref", "7", strings.Repeat("a", 152) + "€" + strings.Repeat("b", 10)},
			want: []pduObject{{DCS: 0, UDL: 159, UDH: "050003070201"}, {DCS: 0, UDL: 19, UDH: "050003070202"}},
			text: strings.Repeat("a", 152) + "€" + strings.Repeat("b", 10),
		},
		{
			// 16-bit reference 300 = 0x012C: UDH 06 08 04 01 2C 02 0n is 7
			// octets = 56 bits = 8 septets, no fill; 152 septets a part.
			name: "ref16",
			args: []string{"-json", "-pdu", "-ref16", "-ref", "300", strings.Repeat("a", 161)},
			want: []pduObject{{DCS: 0, UDL: 160, UDH: "060804012C0201"}, {DCS: 0, UDL: 17, UDH: "060804012C0202"}},
			text: strings.Repeat("a", 161),
		},
		{
			// UCS-2: Ж forces it; 😀 takes units 67 and 68 and opens part 2.
			// 6 + 2·66 = 138 and 6 + 2·(2 + 3) = 16 octets.
			name: "ucs2 emoji",
			args: []string{"-json", "-pdu", "Ж" + strings.Repeat("a", 65) + "😀bbb"},
			want: []pduObject{{DCS: 8, UDL: 138, UDH: "050003000201"}, {DCS: 8, UDL: 16, UDH: "050003000202"}},
			text: "Ж" + strings.Repeat("a", 65) + "😀bbb",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := segcalc("", tc.args...)
			require.Equal(t, tc.code, code, errOut)
			r := decodePDUs(t, strings.TrimSuffix(out, "\n"))
			require.Len(t, r.PDUs, len(tc.want))
			assert.Equal(t, len(tc.want), r.Segments)
			for i, w := range tc.want {
				g := r.PDUs[i]
				assert.Equal(t, w.DCS, g.DCS, "part %d dcs", i+1)
				assert.Equal(t, w.UDL, g.UDL, "part %d udl", i+1)
				assert.Equal(t, w.UDH, g.UDH, "part %d udh", i+1)
				if w.UD != "" {
					assert.Equal(t, w.UD, g.UD, "part %d ud", i+1)
				}
				if w.TPDU != "" {
					assert.Equal(t, w.TPDU, g.TPDU, "part %d tpdu", i+1)
				}
			}
			if tc.text == "" {
				return
			}
			// Read the parts back as part objects, in reverse order.
			var in []string
			for i := len(r.PDUs) - 1; i >= 0; i-- {
				b, err := json.Marshal(r.PDUs[i])
				require.NoError(t, err)
				in = append(in, string(b))
			}
			code, out, errOut = segcalc(strings.Join(in, "\n"), "-decode", "-json")
			require.Equal(t, 0, code, "%s\n%s", out, errOut)
			var d decodeResult
			require.NoError(t, json.Unmarshal([]byte(out), &d))
			require.Len(t, d.Messages, 1, out)
			assert.Equal(t, tc.text, d.Messages[0].Text)
			assert.Equal(t, len(tc.want), d.Messages[0].Parts)
		})
	}
}

// decodeResult is the -decode -json object.
type decodeResult struct {
	Inputs []struct {
		Input   int    `json:"input"`
		Kind    string `json:"kind"`
		MTI     string `json:"mti"`
		Address string `json:"address"`
		SMSC    string `json:"smsc"`
		Text    string `json:"text"`
		Coding  string `json:"coding"`
		Locking string `json:"locking"`
		Single  string `json:"single"`
		Error   string `json:"error"`
		Header  struct {
			Len   int  `json:"len"`
			Ref   int  `json:"ref"`
			Ref16 bool `json:"ref16"`
			Total int  `json:"total"`
			Seq   int  `json:"seq"`
		} `json:"header"`
	} `json:"inputs"`
	Messages []struct {
		Parts int    `json:"parts"`
		Text  string `json:"text"`
	} `json:"messages"`
	Error string `json:"error"`
}

func TestPDUTo(t *testing.T) {
	text := strings.Repeat("ışığı çok güçlü şişe ", 10)
	code, out, errOut := segcalc("", "-json", "-to", "05321234567", "-ref", "200", text)
	require.Equal(t, 0, code, errOut)
	r := decodePDUs(t, strings.TrimSuffix(out, "\n"))
	require.Len(t, r.PDUs, 2)
	var tpdus []string
	for _, p := range r.PDUs {
		// SMS-SUBMIT with UDHI (0x41), MR 0, national number of 11
		// digits: 0B 81 50 23 21 43 65 F7, PID 00, DCS 00.
		require.True(t, strings.HasPrefix(p.TPDU, "41000B815023214365F70000"), p.TPDU)
		tpdus = append(tpdus, p.TPDU)
	}
	// The parts back, the second first, each with the 00 SMSC prefix a
	// modem lists.
	code, out, errOut = segcalc("", "-decode", "-json", "00"+tpdus[1], "00"+tpdus[0])
	require.Equal(t, 0, code, "%s\n%s", out, errOut)
	var d decodeResult
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	require.Len(t, d.Inputs, 2)
	for i, in := range d.Inputs {
		assert.Equal(t, "tpdu", in.Kind)
		assert.Equal(t, "SMS-SUBMIT", in.MTI)
		assert.Equal(t, "05321234567", in.Address)
		assert.Equal(t, 200, in.Header.Ref)
		assert.Equal(t, 2, in.Header.Total)
		assert.Equal(t, 2-i, in.Header.Seq)
		assert.Equal(t, "gsm7", in.Coding)
	}
	require.Len(t, d.Messages, 1)
	assert.Equal(t, text, d.Messages[0].Text)

	// The human form: the AT+CMGS line and the 00-prefixed TPDU.
	code, out, errOut = segcalc("", "-to", "05321234567", "-ref", "200", text)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "PDU: 2 parts, TP-DCS 0x00, 8-bit reference 200")
	assert.Contains(t, out, "AT+CMGS=")
	assert.Contains(t, out, "\n          00"+tpdus[0]+"\n")
	assert.Contains(t, out, "\n          00"+tpdus[1]+"\n")
}

func TestDecodePublic(t *testing.T) {
	// SMS-DELIVER of dreamfabric.com/sms: SMSC +27381000015, from
	// 27838890001 (TOA 0xC8), hellohello.
	const deliver = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37"
	code, out, errOut := segcalc("", "-decode", deliver)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, `input 1: SMS-DELIVER from 27838890001, SMSC +27381000015, TP-DCS 0x00, TP-UDL 10
  scheme: GSM 7-bit
  header: none
  text:   "hellohello"
message 1: 1 part, GSM 7-bit: "hellohello"
`, out)

	code, out, errOut = segcalc("", "-decode", "-json", deliver)
	require.Equal(t, 0, code, errOut)
	var d decodeResult
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	require.Len(t, d.Inputs, 1)
	assert.Equal(t, "SMS-DELIVER", d.Inputs[0].MTI)
	assert.Equal(t, "+27381000015", d.Inputs[0].SMSC)
	assert.Equal(t, "hellohello", d.Inputs[0].Text)
}

func TestDecodeModemManager(t *testing.T) {
	// The two parts of a concatenated SMS-DELIVER from ModemManager's test
	// suite (src/tests/test-sms-part-3gpp.c, test_pdu_multipart), second
	// first. Their fill bit is set: a warning, and the text is read.
	const (
		part1 = "07912160130320F5440B916171056429F5000021405291650569A00500034C0201A9E8F41C949E" +
			"83C2207B599E07B1DFEE33885E9ED341E4F23C7D7697C920FA1B54C697E5E3F4BC0C6AD7D9F434" +
			"081E96D341E3303C2C4EB3D3F4BC0B94A483E6E8779D4D06CDD1EF3BA80E0785E7A0B7BB0C6A97" +
			"E7F3F0B9CC02B9DF7450780EA2DFDF2C50780EA2A3CBA0BA9B5C96B3F369F71954768FDFE4B4FB" +
			"0C9297E1F2F2BCECA6CF41"
		part2 = "07912160130320F6440B916171056429F5000021405291651569320500034C0202E9E8301D4447" +
			"9741F0B09C3E0785E56590BCCC0ED3CB6410FD0D7ABBCBA0B0FB4D4797E52E10"
	)
	code, out, errOut := segcalc(part2+"\n"+part1+"\n", "-decode", "-json")
	require.Equal(t, 0, code, errOut)
	var d decodeResult
	require.NoError(t, json.Unmarshal([]byte(out), &d), out)
	require.Len(t, d.Inputs, 2)
	for i, in := range d.Inputs {
		assert.Equal(t, "+16175046925", in.Address)
		assert.Equal(t, 76, in.Header.Ref)
		assert.Equal(t, 2-i, in.Header.Seq)
		assert.Contains(t, out, `"warning":"pdu: fill bits at offset 25: fill bits not zero"`)
	}
	require.Len(t, d.Messages, 1)
	assert.Equal(t, "This is a very long test designed to exercise multi part capability. It should "+
		"show up as one message, not as two, as the underlying encoding represents "+
		"that the parts are related to one another. ", d.Messages[0].Text)
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in the output
	}{
		{"not hex", []string{"zz"}, "input 1: error: not hex"},
		{"truncated", []string{"0011000B916407281553F80000AA0AE8329B"}, "input 1: error: not a TPDU"},
		{"bad object", []string{`{"dcs":0,"udh":"","ud":"E8"}`}, `"udl"`},
		{"bad dcs", []string{`{"dcs":4,"udl":1,"udh":"","ud":"E8"}`}, "dcs 4"},
		{"missing part", []string{"410000000000A0050003070201" + strings.Repeat("00", 134)}, "missing part"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, _ := segcalc("", append([]string{"-decode"}, tc.args...)...)
			assert.Equal(t, 1, code, out)
			assert.Contains(t, out, tc.want)
		})
	}
	// Nothing on standard input.
	code, out, _ := segcalc("", "-decode")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "nothing to decode")
}

func TestPDUUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-vendor", "oztek", "-pdu", "x"}, "-pdu works with profiles whose schemes are 3GPP encodings"},
		{[]string{"-vendor", "bisms", "-to", "+905321234567", "x"}, "bisms counts with its own table"},
		{[]string{"-pdu", "-ref", "256", "x"}, "-ref wants a whole number from 0 to 255"},
		{[]string{"-pdu", "-ref16", "-ref", "65536", "x"}, "from 0 to 65535"},
		{[]string{"-pdu", "-ref", "-1", "x"}, "-ref wants"},
		{[]string{"-ref", "3", "x"}, "use it with -pdu or -to"},
		{[]string{"-to", "+90abc", "x"}, "-to wants a phone number"},
		{[]string{"-vendor", "all", "-pdu", "x"}, "-vendor all compares the profiles"},
		{[]string{"-decode", "-vendor", "gsm", "00"}, "-vendor does not apply"},
		{[]string{"-decode", "-serve"}, "-serve does not apply"},
		{[]string{"-json", "-serve"}, "-json does not apply to -serve"},
		{[]string{"-pdu", "-serve", "127.0.0.1:0"}, "-pdu does not apply to -serve"},
	}
	for _, tc := range tests {
		code, _, errOut := segcalc("", tc.args...)
		assert.Equal(t, 2, code, "%q", tc.args)
		assert.Contains(t, errOut, tc.want, "%q", tc.args)
	}
	// -ref16 with 16-bit numbers is fine.
	code, _, errOut := segcalc("", "-pdu", "-ref16", "-ref", "65535", "x")
	assert.Equal(t, 0, code, errOut)
}

func TestPDURejected(t *testing.T) {
	// esemes has no UCS-2: the emoji is an error, and there is nothing to
	// encode.
	code, out, errOut := segcalc("", "-json", "-vendor", "esemes", "-pdu", "Merhaba 😀")
	require.Equal(t, 1, code, errOut)
	r := decodePDUs(t, strings.TrimSuffix(out, "\n"))
	assert.Empty(t, r.PDUs)
	assert.Contains(t, r.PDUError, "not encodable")
	assert.Equal(t, "unknown_char", r.Errors[0].Code)

	code, out, _ = segcalc("", "-vendor", "esemes", "-pdu", "Merhaba 😀")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "\nPDU: none (")
}

func TestPDULines(t *testing.T) {
	code, out, errOut := segcalc("hellohello\nÇiçek\n", "-lines", "-json", "-pdu")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	r := decodePDUs(t, lines[0])
	assert.Equal(t, []pduObject{{DCS: 0, UDL: 10, UDH: "", UD: "E8329BFD4697D9EC37"}}, r.PDUs)
	r = decodePDUs(t, lines[1])
	require.Len(t, r.PDUs, 1)
	assert.Equal(t, "03250101", r.PDUs[0].UDH)

	code, out, errOut = segcalc("hellohello\n", "-lines", "-pdu")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "  part 1  UDL 10   | E8329BFD4697D9EC37\n")
}
