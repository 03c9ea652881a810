// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/smsseg/smsseg"
	segment "github.com/smsseg/smsseg/internal/engine"
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

func ExampleCode_String() {
	fmt.Println(segment.UnknownChar, segment.AmbiguousPipe.IsWarning())
	// Output: unknown_char true
}

func ExampleCode_IsWarning() {
	fmt.Println(segment.TooLong.IsWarning(), segment.AmbiguousPipe.IsWarning())
	// Output: false true
}

func ExampleEncoding_String() {
	fmt.Println(segment.Normal, segment.Turkish, segment.UCS2)
	// Output: normal turkish ucs2
}

func ExampleShift_String() {
	fmt.Println(segment.NoShift, segment.Locking, segment.Single)
	// Output: none locking single
}

func ExampleParams_At() {
	p := segment.MakeParams(smsseg.Kobikom.Rules(), segment.UCS2, 1)
	for i := 0; i < p.Len(); i++ {
		k, v := p.At(i)
		fmt.Printf("%s=%s ", k, v.AppendJSON(nil))
	}
	fmt.Println()
	// Output: datacoding=8 languageCode="" type=""
}

func ExampleParams_Get() {
	p := segment.MakeParams(smsseg.NodeAPI.Rules(), segment.Turkish, 1)
	v, ok := p.Get("encoding")
	fmt.Println(v.Int, ok)
	// Output: 1 true
}

func ExampleParams_Len() {
	fmt.Println(segment.MakeParams(smsseg.GSM.Rules(), segment.Normal, 1).Len())
	// Output: 0
}

func ExampleParams_AppendJSON() {
	p := segment.MakeParams(smsseg.Oztek.Rules(), segment.Turkish, 1)
	fmt.Println(string(p.AppendJSON([]byte("params="))))
	// Output: params={"tur":"Turkce"}
}

func ExampleParams_MarshalJSON() {
	b, _ := json.Marshal(map[string]any{"params": segment.MakeParams(smsseg.Esemes.Rules(), segment.Turkish, 1)})
	fmt.Println(string(b))
	// Output: {"params":{"endpoint":"tr"}}
}

func ExampleParams_String() {
	fmt.Println(segment.MakeParams(smsseg.BiSMS.Rules(), segment.Turkish, 3))
	// Output: {}
}

func ExampleValue_AppendJSON() {
	fmt.Println(string(segment.Value{Str: `a"b`}.AppendJSON(nil)), string(segment.Value{Int: 8, IsInt: true}.AppendJSON(nil)))
	// Output: "a\"b" 8
}

func ExampleResult_OK() {
	r := segment.Analyze(smsseg.Esemes.Rules(), segment.Options{}, "ok 😀")
	fmt.Println(r.OK(), r.Errors, r.FirstError)
	// Output: false 1 segment: unknown_char: '😀' (U+1F600) at byte 3
}

func ExampleResult_Scheme() {
	rl := smsseg.GSM.Rules()
	r := segment.Analyze(rl, segment.Options{}, "şğı")
	fmt.Println(r.Scheme(), rl.Schemes[r.Scheme()].Shift)
	// Output: 1 locking
}

func ExampleRules_RuneUnits() {
	rl := smsseg.Oztek.Rules()
	fmt.Println(rl.RuneUnits(0, 'a'), rl.RuneUnits(0, '\n'), rl.RuneUnits(0, 'ş'), rl.RuneUnits(1, 'ş'))
	// Output: 1 2 0 2
}

func ExamplePartIter() {
	rl := smsseg.GSM.Rules()
	text := strings.Repeat("x", 200)
	r := segment.Analyze(rl, segment.Options{}, text)
	var it segment.PartIter
	for it.Init(rl, segment.Options{}, &r, text); !it.Done(); {
		fmt.Println(it.Next())
	}
	// Output:
	// {0 153 153}
	// {153 200 47}
}
