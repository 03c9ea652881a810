// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import segment "github.com/smsseg/smsseg/internal/engine"

// Capacities of TS 23.040 for 140 octets of user data (SPEC 2): septets =
// floor((1120 - 8*UDH octets) / 7); UCS-2 code units = (140 - UDH) / 2.
var (
	gsmDefault = segment.Scheme{Encoding: segment.Normal, Shift: segment.NoShift,
		Single: segment.Septets(0), Multi: segment.Septets(6)} // 160 / 153
	gsmLocking = segment.Scheme{Encoding: segment.Turkish, Shift: segment.Locking,
		Single: segment.Septets(1 + 3), Multi: segment.Septets(1 + 5 + 3)} // 155 / 149
	gsmSingle = segment.Scheme{Encoding: segment.Turkish, Shift: segment.Single,
		Single: segment.Septets(1 + 3), Multi: segment.Septets(1 + 5 + 3)} // 155 / 149
	ucs2 = segment.Scheme{Encoding: segment.UCS2, Shift: segment.NoShift,
		Single: segment.UCS2Units(0), Multi: segment.UCS2Units(6)} // 70 / 67
)

func intValues(normal, turkish, ucs2 int) [3]segment.Value {
	return [3]segment.Value{{Int: normal, IsInt: true}, {Int: turkish, IsInt: true}, {Int: ucs2, IsInt: true}}
}

func strValues(a, b, c string) [3]segment.Value {
	return [3]segment.Value{{Str: a}, {Str: b}, {Str: c}}
}

// esemes opt-out suffixes (SPEC 3.4), in the order they are appended.
const (
	esemesLink  = "SMS Listemizden çıkmak için http://iptal.biz/xxxxxx"
	esemesPhone = "SMS Listemizden çıkmak için 02162120750 numarasını 1 kez çaldırınız."
)

// rules holds one row per profile, indexed by the profile constants. A new
// vendor is a new row (and its lists in gen_tables.go).
var rules = [numProfiles]segment.Rules{
	// gsm: 3GPP reference, cheapest of default / Turkish locking / Turkish single / UCS-2 (SPEC 3.1).
	idGSM: {Name: "gsm", Schemes: []segment.Scheme{gsmDefault, gsmLocking, gsmSingle, ucs2},
		Choice: segment.Cheapest, Info: &gsmInfo,
		// Turkish single shift never beats the default alphabet or the
		// Turkish locking table, and UCS-2 never beats a GSM scheme.
		Dominators: [segment.MaxSchemes]uint8{2: 0b0011, 3: 0b0111},
		// Turkish single shift only adds runes to the default alphabet.
		Extends: [segment.MaxSchemes]uint8{2: 0b0001},
		Euro:    gsmEuro, BMP: gsmBMP, Astral: gsmAstral, Plain: gsmPlain},
	// oztek: Öztek's own table, pipe codes, 918 maximum (SPEC 3.5, seed 000).
	idOztek: {Name: "oztek",
		Schemes: []segment.Scheme{{Encoding: segment.Normal, Single: 160, Multi: 153}, {Encoding: segment.Turkish, Single: 155, Multi: 147}},
		Choice:  segment.FirstQualifying, Extends: [segment.MaxSchemes]uint8{1: 0b01}, Info: &oztekInfo, Euro: oztekEuro, BMP: oztekBMP, Astral: oztekAstral, Plain: oztekPlain,
		SWARExtra: '"', Wire: segment.WirePipe, Billing: segment.Ceil,
		OverMax: segment.MaxError, Max: [segment.MaxSchemes]int{918, 918},
		Params: []segment.ParamSpec{{Key: "tur", By: segment.ByEncoding, Values: strValues("Normal", "Turkce", "")}}},
	// esemes: GSM default or Turkish single shift, no UCS-2, opt-out suffixes (SPEC 3.4, seed 001).
	idEsemes: {Name: "esemes", Schemes: []segment.Scheme{gsmDefault, gsmSingle},
		Choice: segment.FirstQualifying, Extends: [segment.MaxSchemes]uint8{1: 0b01}, Info: &singleInfo, Euro: singleEuro, BMP: singleBMP, Astral: singleAstral, Plain: singlePlain,
		Suffixes: []string{esemesLink, esemesPhone},
		Params:   []segment.ParamSpec{{Key: "endpoint", By: segment.ByEncoding, Values: strValues("normal", "tr", "")}}},
	// nodeapi: encoding 0 / 1 / 2, first qualifying (SPEC 3.2, seed 002).
	idNodeAPI: {Name: "nodeapi", Schemes: []segment.Scheme{gsmDefault, gsmSingle, ucs2},
		Choice: segment.FirstQualifying, Extends: [segment.MaxSchemes]uint8{1: 0b01}, Info: &singleUCS2Info, Euro: singleUCS2Euro, BMP: singleUCS2BMP, Astral: singleUCS2Astral, Plain: singleUCS2Plain,
		Params: []segment.ParamSpec{{Key: "encoding", By: segment.ByEncoding, Values: intValues(0, 1, 2)}}},
	// kobikom: datacoding 0 / 8, languageCode ES, type longSMS (SPEC 3.3, seed 003).
	idKobikom: {Name: "kobikom", Schemes: []segment.Scheme{gsmDefault, gsmSingle, ucs2},
		Choice: segment.FirstQualifying, Extends: [segment.MaxSchemes]uint8{1: 0b01}, Info: &singleUCS2Info, Euro: singleUCS2Euro, BMP: singleUCS2BMP, Astral: singleUCS2Astral, Plain: singleUCS2Plain,
		Params: []segment.ParamSpec{
			{Key: "datacoding", By: segment.ByEncoding, Values: intValues(0, 0, 8)},
			{Key: "languageCode", By: segment.ByEncoding, Values: strValues("", "ES", "")},
			{Key: "type", By: segment.BySegments, Values: strValues("", "longSMS", "")},
		}},
	// bisms: substitutions, others → space, 6-segment table, truncation (SPEC 3.6, seed 004).
	idBiSMS: {Name: "bisms",
		Schemes: []segment.Scheme{{Encoding: segment.Normal, Single: 160, Multi: 153}, {Encoding: segment.Turkish, Single: 155, Multi: 147}},
		Choice:  segment.FirstQualifying, Extends: [segment.MaxSchemes]uint8{1: 0b01}, Info: &bismsInfo, Euro: bismsEuro, BMP: bismsBMP, Astral: bismsAstral, Plain: bismsPlain,
		Subst: segment.SubstBiSMS, Billing: segment.Ranges,
		Ranges: [segment.MaxSchemes][]int{
			{160, 306, 459, 612, 765, 917},
			{155, 292, 439, 587, 735, 882},
		},
		OverMax: segment.MaxTruncate, Max: [segment.MaxSchemes]int{917, 882}},
}
