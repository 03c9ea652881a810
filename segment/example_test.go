// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package segment_test

import (
	"fmt"
	"strings"

	"github.com/smsseg/smsseg"
	"github.com/smsseg/smsseg/segment"
)

// A sixth vendor is a Rules value: here, a gateway that bills like NodeAPI
// but names its parameter "dcs" and refuses more than 4 segments' worth.
func Example_newVendor() {
	rl := *smsseg.NodeAPI.Rules() // copy the row, then change the data
	rl.Name = "acme"
	rl.Params = []segment.ParamSpec{{Key: "dcs", By: segment.ByEncoding,
		Values: [3]segment.Value{{Int: 0, IsInt: true}, {Int: 0, IsInt: true}, {Int: 8, IsInt: true}}}}
	rl.OverMax = segment.MaxError
	rl.Max = [segment.MaxSchemes]int{4 * 153, 4 * 149, 4 * 67}
	if err := rl.Validate(); err != nil {
		panic(err)
	}
	r := segment.Analyze(&rl, segment.Options{}, strings.Repeat("ş", 400))
	fmt.Println(r.Encoding, r.Units, r.Segments, r.Params, r.FirstError.Code, r.FirstError.Offset)
	// Output: turkish 800 6 {"dcs":0} too_long 596
}

func ExampleAnalyze() {
	rl := smsseg.GSM.Rules()
	r := segment.Analyze(rl, segment.Options{}, []byte("Fiyat 5€"))
	fmt.Println(r.Encoding, r.Shift, r.Units)
	// Output: normal none 9
}

func ExampleAppendText() {
	rl := smsseg.BiSMS.Rules()
	text := "[İndirim] ^_^"
	r := segment.Analyze(rl, segment.Options{}, text)
	fmt.Printf("%s\n", segment.AppendText(nil, rl, segment.Options{}, &r, text))
	// Output: (İndirim) '_'
}

func ExampleAppendWire() {
	rl := smsseg.Oztek.Rules()
	text := "Tamam!"
	r := segment.Analyze(rl, segment.Options{}, text)
	fmt.Printf("%s\n", segment.AppendWire(nil, rl, segment.Options{}, &r, text))
	// Output: Tamam|26|
}

func ExampleAppendParts() {
	rl := smsseg.GSM.Rules()
	text := strings.Repeat("ü", 66) + "😀xyz" // 71 UTF-16 units: more than one part
	r := segment.Analyze(rl, segment.Options{}, text)
	for _, p := range segment.AppendParts(nil, rl, segment.Options{}, &r, text) {
		fmt.Println(p)
	}
	// Output:
	// {0 132 66}
	// {132 139 5}
}

func ExampleAppendIssues() {
	rl := smsseg.GSM.Rules()
	text := "ok\xffok"
	r := segment.Analyze(rl, segment.Options{}, text)
	fmt.Println(segment.AppendIssues(nil, rl, segment.Options{}, &r, text), r.Encoding)
	// Output: [segment: invalid_utf8: '�' (U+FFFD) at byte 2] ucs2
}

func ExampleSeptets() {
	fmt.Println(segment.Septets(0), segment.Septets(6), segment.Septets(4), segment.Septets(9))
	// Output: 160 153 155 149
}

func ExampleUCS2Units() {
	fmt.Println(segment.UCS2Units(0), segment.UCS2Units(6))
	// Output: 70 67
}

func ExampleMakeParams() {
	p := segment.MakeParams(smsseg.Kobikom.Rules(), segment.Turkish, 2)
	v, _ := p.Get("type")
	fmt.Println(p, p.Len(), v.Str)
	// Output: {"datacoding":0,"languageCode":"ES","type":"longSMS"} 3 longSMS
}

func ExampleRules_Validate() {
	rl := *smsseg.GSM.Rules()
	rl.Schemes = nil
	fmt.Println(rl.Validate())
	// Output: segment: gsm: want 1 to 4 schemes and an Info table
}

func ExampleIssue_Error() {
	fmt.Println(segment.Issue{Code: segment.TooLong, Offset: 917, Rune: '€'})
	// Output: segment: too_long: '€' (U+20AC) at byte 917
}

func ExampleResult_Credits() {
	r := segment.Analyze(smsseg.GSM.Rules(), segment.Options{}, "hi")
	c, ok := r.Credits(1 << 62)
	fmt.Println(c, ok)
	c, ok = r.Credits(-1)
	fmt.Println(c, ok)
	// Output:
	// 4611686018427387904 true
	// 0 false
}
