// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package gsm7

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// transformCase is one input to a Transformer: the full output it must
// produce and the error, if any, it must stop with after that output.
type transformCase struct {
	name    string
	in      string
	want    string
	wantErr error // nil, or an UnencodableError / InvalidSeptetError value
}

// checkTransformer is the shared harness: it runs tr over tc in every way
// x/text drives a Transformer and checks the Transformer contract on each
// call. The transformer is reused across the runs, so stale state after
// Reset shows up as a wrong offset.
func checkTransformer(t *testing.T, tr transform.Transformer, tc transformCase) {
	t.Helper()
	check := func(how string, got []byte, err error) {
		t.Helper()
		if string(got) != tc.want || !sameErr(err, tc.wantErr) {
			t.Errorf("%s: %s(%q) = %q, %v; want %q, %v", tc.name, how, tc.in, got, err, tc.want, tc.wantErr)
		}
	}

	// transform.Bytes and transform.String (the latter has a separate path
	// for output that starts equal to the input).
	got, n, err := transform.Bytes(tr, []byte(tc.in))
	check("transform.Bytes", got, err)
	if wantN := consumed(tc); n != wantN {
		t.Errorf("%s: transform.Bytes(%q) consumed %d; want %d", tc.name, tc.in, n, wantN)
	}
	s, _, err := transform.String(tr, tc.in)
	check("transform.String", []byte(s), err)

	// A one-byte trickler under transform.NewReader.
	got, err = io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(tc.in)), tr))
	check("NewReader(OneByteReader)", got, err)
	// Data that spans transform.Reader's 4096-byte buffers (a valid input is
	// repeated; an invalid one stops at its first error just the same).
	if tc.wantErr == nil {
		rep := strings.Repeat(tc.in, 4100/max(len(tc.in), 1)+1)
		got, err = io.ReadAll(transform.NewReader(strings.NewReader(rep), tr))
		if want := strings.Repeat(tc.want, 4100/max(len(tc.in), 1)+1); string(got) != want || err != nil {
			t.Errorf("%s: NewReader(repeated %q) = %d bytes, %v; want %d bytes, nil", tc.name, tc.in, len(got), err, len(want))
		}
	} else if v := (InvalidSeptetError{}); !errors.As(tc.wantErr, &v) || v.Byte != Esc {
		// (A trailing escape is no error once the input goes on.)
		rep := tc.in + tc.in + tc.in
		got, err = io.ReadAll(transform.NewReader(strings.NewReader(rep), tr))
		check("NewReader(repeated x3)", got, err)
	}

	// Direct calls with tiny dst and src windows.
	for dstSize := 1; dstSize <= 5; dstSize++ {
		for srcSize := 1; srcSize <= 5; srcSize++ {
			got, err := drive(t, tr, []byte(tc.in), dstSize, srcSize)
			check("drive(dst "+string(rune('0'+dstSize))+", src "+string(rune('0'+srcSize))+")", got, err)
		}
	}
}

// consumed is how many input bytes a run consumes: all of them, or those
// before the error's offset.
func consumed(tc transformCase) int {
	var u UnencodableError
	var v InvalidSeptetError
	switch {
	case errors.As(tc.wantErr, &u):
		return u.Offset
	case errors.As(tc.wantErr, &v):
		if v.Byte != Esc && v.Offset > 0 && tc.in[v.Offset-1] == Esc {
			return v.Offset - 1 // the escape before a bad byte is not consumed
		}
		return v.Offset
	}
	return len(tc.in)
}

// sameErr reports whether err is want: nil for nil, otherwise an equal
// typed error that unwraps to the matching sentinel.
func sameErr(err, want error) bool {
	if want == nil {
		return err == nil
	}
	switch w := want.(type) {
	case UnencodableError:
		var e UnencodableError
		return errors.As(err, &e) && e == w && errors.Is(err, ErrUnencodable)
	case InvalidSeptetError:
		var e InvalidSeptetError
		return errors.As(err, &e) && e == w && errors.Is(err, ErrInvalidSeptet)
	}
	return err == want
}

// drive calls tr.Transform directly, feeding src in windows of srcSize
// bytes (widened only when the transformer needs more to make progress) and
// giving it a dst of dstSize bytes (grown only when it cannot make
// progress), checking the Transformer contract on every call.
func drive(t *testing.T, tr transform.Transformer, in []byte, dstSize, srcSize int) ([]byte, error) {
	t.Helper()
	tr.Reset()
	var out []byte
	pSrc, window := 0, srcSize
	for calls := 0; ; calls++ {
		if calls > 10*len(in)+100 {
			t.Fatalf("drive(%q): no progress", in)
		}
		end := min(pSrc+window, len(in))
		src := in[pSrc:end:end]
		atEOF := end == len(in)
		dst := make([]byte, dstSize)
		nDst, nSrc, err := tr.Transform(dst, src, atEOF)
		if nDst < 0 || nDst > len(dst) || nSrc < 0 || nSrc > len(src) {
			t.Fatalf("Transform(dst %d, %q, %v) = %d, %d: out of range", len(dst), src, atEOF, nDst, nSrc)
		}
		if err == nil && nSrc != len(src) {
			t.Fatalf("Transform(dst %d, %q, %v) = %d, %d, nil: nil error must consume all of src", len(dst), src, atEOF, nDst, nSrc)
		}
		if err == transform.ErrShortSrc && atEOF {
			t.Fatalf("Transform(dst %d, %q, true) = ErrShortSrc at EOF", len(dst), src)
		}
		out = append(out, dst[:nDst]...)
		pSrc += nSrc
		switch err {
		case nil:
			if atEOF {
				return out, nil
			}
			window = srcSize
		case transform.ErrShortDst:
			if nDst == 0 && nSrc == 0 {
				dstSize++
			}
		case transform.ErrShortSrc:
			if nSrc == 0 {
				window++
			} else {
				window = srcSize
			}
		default:
			return out, err
		}
	}
}

var encodeTests = []struct {
	enc *Encoding
	transformCase
}{
	{Default7bit, transformCase{"empty", "", "", nil}},
	{Default7bit, transformCase{"ascii identity", "Hello 123", "Hello 123", nil}},
	{Default7bit, transformCase{"remapped ascii", "a@b$c_", "a\x00b\x02c\x11", nil}},
	{Default7bit, transformCase{"accents", "Çé ÖÜöü", "\x09\x05 \x5C\x5E\x7C\x7E", nil}},
	{Default7bit, transformCase{"extension", "{€}\f", "\x1b\x28\x1b\x65\x1b\x29\x1b\x0a", nil}},
	{Default7bit, transformCase{"greek", "ΔΩ", "\x10\x15", nil}},
	{Default7bit, transformCase{"unencodable", "ab ç", "ab ", UnencodableError{'ç', 3}}},
	{Default7bit, transformCase{"unencodable first", "şey", "", UnencodableError{'ş', 0}}},
	{Default7bit, transformCase{"unencodable after escape", "x€😀", "x\x1b\x65", UnencodableError{'😀', 4}}},
	{Default7bit, transformCase{"esc rune", "a\x1b", "a", UnencodableError{0x1B, 1}}},
	{Default7bit, transformCase{"invalid utf8", "ab\xffc", "ab", UnencodableError{'\uFFFD', 2}}},
	{Default7bit, transformCase{"truncated utf8 at end", "ab\xc3", "ab", UnencodableError{'\uFFFD', 2}}},
	{Default7bit, transformCase{"literal U+FFFD", "é\uFFFD", "\x05", UnencodableError{'\uFFFD', 2}}},
	{TurkishSingle7bit, transformCase{"turkish single", "Işık ğ", "I\x1b\x73\x1b\x69k \x1b\x67", nil}},
	{TurkishSingle7bit, transformCase{"single keeps default", "Çì€", "\x09\x07\x1b\x65", nil}},
	{TurkishSingle7bit, transformCase{"single unencodable", "İyi günler ½", "\x1b\x49yi g\x7Enler ", UnencodableError{'½', 13}}},
	{TurkishLocking7bit, transformCase{"turkish locking", "Işık ğ€", "I\x1d\x07k \x0c\x04", nil}},
	{TurkishLocking7bit, transformCase{"locking extension", "[ç]", "\x1b\x3c\x60\x1b\x3e", nil}},
	{TurkishLocking7bit, transformCase{"locking lacks ì", "çì", "\x60", UnencodableError{'ì', 2}}},
}

func TestEncoder(t *testing.T) {
	for _, tt := range encodeTests {
		enc := tt.enc.NewEncoder()
		checkTransformer(t, enc, tt.transformCase)

		// The encoding.Encoder entry points.
		got, err := enc.String(tt.in)
		if tt.wantErr == nil {
			if got != tt.want || err != nil {
				t.Errorf("%s: %v.NewEncoder().String(%q) = %q, %v; want %q, nil", tt.name, tt.enc, tt.in, got, err, tt.want)
			}
		} else if got != "" || !sameErr(err, tt.wantErr) {
			t.Errorf("%s: %v.NewEncoder().String(%q) = %q, %v; want \"\", %v", tt.name, tt.enc, tt.in, got, err, tt.wantErr)
		}
		b, err := enc.Bytes([]byte(tt.in))
		if tt.wantErr == nil && (string(b) != tt.want || err != nil) {
			t.Errorf("%s: %v.NewEncoder().Bytes(%q) = %q, %v; want %q, nil", tt.name, tt.enc, tt.in, b, err, tt.want)
		}
	}
}

func TestEncoderIncompleteUTF8(t *testing.T) {
	enc := Default7bit.NewEncoder()
	for _, tt := range []struct {
		src  string
		want int // bytes consumed before the incomplete tail
	}{
		{"ab\xc3", 2},
		{"\xe2\x82", 0},
		{"x\xf0\x9f\x98", 1},
	} {
		enc.Reset()
		dst := make([]byte, 10)
		nDst, nSrc, err := enc.Transform(dst, []byte(tt.src), false)
		if err != transform.ErrShortSrc || nSrc != tt.want || nDst != tt.want {
			t.Errorf("Transform(%q, atEOF=false) = %d, %d, %v; want %d, %d, ErrShortSrc", tt.src, nDst, nSrc, err, tt.want, tt.want)
		}
	}
}

// TestEncoderOffsetAcrossCalls checks that offsets count every byte consumed
// since Reset, not only those of the current call, and that Reset clears
// the count.
func TestEncoderOffsetAcrossCalls(t *testing.T) {
	enc := Default7bit.NewEncoder()
	dst := make([]byte, 16)
	for round := range 2 {
		enc.Reset()
		if _, n, err := enc.Transform(dst, []byte("abcd"), false); n != 4 || err != nil {
			t.Fatalf("round %d: first call = %d, %v; want 4, nil", round, n, err)
		}
		_, n, err := enc.Transform(dst, []byte("éxş"), true)
		want := UnencodableError{'ş', 4 + 3}
		if n != 3 || !sameErr(err, want) {
			t.Errorf("round %d: second call = %d, %v; want 3, %v", round, n, err, want)
		}
	}
}

func TestEncoderErrorText(t *testing.T) {
	_, err := TurkishLocking7bit.NewEncoder().String("naïve")
	const want = `gsm7: rune U+00EF 'ï' at byte offset 2 is not in the alphabet`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v; want %s", err, want)
	}
}

func TestReplaceUnsupported(t *testing.T) {
	tests := []struct {
		enc     *Encoding
		in, out string
	}{
		{Default7bit, "ab ç şx", "ab ? ?x"},
		{Default7bit, "ç", "?"},
		{Default7bit, "\xff€", "?\x1b\x65"},
		{TurkishSingle7bit, "½ç", "?\x1b\x63"},
		{TurkishLocking7bit, "ì½ç", "??\x60"},
	}
	for _, tt := range tests {
		enc := encoding.ReplaceUnsupported(tt.enc.NewEncoder())
		got, err := enc.String(tt.in)
		if got != tt.out || err != nil {
			t.Errorf("ReplaceUnsupported(%v).String(%q) = %q, %v; want %q, nil", tt.enc, tt.in, got, err, tt.out)
		}
		r := transform.NewReader(iotest.OneByteReader(strings.NewReader(tt.in)), enc)
		if b, err := io.ReadAll(r); string(b) != tt.out || err != nil {
			t.Errorf("ReplaceUnsupported(%v) reader(%q) = %q, %v; want %q, nil", tt.enc, tt.in, b, err, tt.out)
		}
	}
}

var decodeTests = []struct {
	enc *Encoding
	transformCase
}{
	{Default7bit, transformCase{"empty", "", "", nil}},
	{Default7bit, transformCase{"ascii identity", "Hello 123", "Hello 123", nil}},
	{Default7bit, transformCase{"remapped", "a\x00b\x02c\x11\x7f", "a@b$c_à", nil}},
	{Default7bit, transformCase{"extension", "\x1b\x28\x1b\x65\x1b\x29\x1b\x0a", "{€}\f", nil}},
	{Default7bit, transformCase{"escape to unused", "\x1b\x41\x1b\x00", "A@", nil}},
	{Default7bit, transformCase{"escape escape", "a\x1b\x1bb", "a b", nil}},
	{Default7bit, transformCase{"high byte", "ab\x80c", "ab", InvalidSeptetError{0x80, 2}}},
	{Default7bit, transformCase{"high byte after escape", "ab\x1b\xffc", "ab", InvalidSeptetError{0xFF, 3}}},
	{Default7bit, transformCase{"trailing escape", "abc\x1b", "abc", InvalidSeptetError{Esc, 3}}},
	{Default7bit, transformCase{"lone escape", "\x1b", "", InvalidSeptetError{Esc, 0}}},
	{TurkishSingle7bit, transformCase{"turkish single", "I\x1b\x73\x1b\x69k \x1b\x67", "Işık ğ", nil}},
	{TurkishSingle7bit, transformCase{"single escape to unused", "\x1b\x07\x1b\x60", "ì¿", nil}},
	{TurkishLocking7bit, transformCase{"turkish locking", "I\x1d\x07k \x0c\x04", "Işık ğ€", nil}},
	{TurkishLocking7bit, transformCase{"locking escape to unused", "\x1b\x07\x1b\x60\x1b\x65", "ıç€", nil}},
	{TurkishLocking7bit, transformCase{"locking high byte", "\x60\x60\xc3\xa7", "çç", InvalidSeptetError{0xC3, 2}}},
}

func TestDecoder(t *testing.T) {
	for _, tt := range decodeTests {
		dec := tt.enc.NewDecoder()
		checkTransformer(t, dec, tt.transformCase)
		got, err := dec.Bytes([]byte(tt.in))
		if tt.wantErr == nil {
			if string(got) != tt.want || err != nil {
				t.Errorf("%s: %v.NewDecoder().Bytes(%q) = %q, %v; want %q, nil", tt.name, tt.enc, tt.in, got, err, tt.want)
			}
		} else if got != nil || !sameErr(err, tt.wantErr) {
			t.Errorf("%s: %v.NewDecoder().Bytes(%q) = %q, %v; want nil, %v", tt.name, tt.enc, tt.in, got, err, tt.wantErr)
		}
	}
}

func TestDecoderTrailingEscapeNotAtEOF(t *testing.T) {
	dec := Default7bit.NewDecoder()
	dst := make([]byte, 10)
	nDst, nSrc, err := dec.Transform(dst, []byte("ab\x1b"), false)
	if nDst != 2 || nSrc != 2 || err != transform.ErrShortSrc {
		t.Errorf("Transform(\"ab\\x1b\", atEOF=false) = %d, %d, %v; want 2, 2, ErrShortSrc", nDst, nSrc, err)
	}
}

func TestDecoderErrorText(t *testing.T) {
	for in, want := range map[string]string{
		"ab\x80":  "gsm7: byte 0x80 at byte offset 2 is not a septet",
		"abc\x1b": "gsm7: escape 0x1B at byte offset 3 ends the input",
	} {
		_, err := Default7bit.NewDecoder().String(in)
		if err == nil || err.Error() != want {
			t.Errorf("Decode(%q) error = %v; want %s", in, err, want)
		}
	}
}

// TestRoundTripAllRunes encodes and decodes every rune of each alphabet.
func TestRoundTripAllRunes(t *testing.T) {
	for _, e := range []*Encoding{Default7bit, TurkishSingle7bit, TurkishLocking7bit} {
		var b strings.Builder
		septets := 0
		for _, tab := range []Table{e.Alphabet().Locking, e.Alphabet().Shift} {
			for s := byte(0); s < 0x80; s++ {
				if r, ok := tab.Decode(s); ok {
					b.WriteRune(r)
					septets += e.Alphabet().Septets(r)
				}
			}
		}
		in := b.String()
		enc, err := e.NewEncoder().String(in)
		if err != nil || len(enc) != septets {
			t.Fatalf("%v: encode all = %d septets, %v; want %d, nil", e, len(enc), err, septets)
		}
		dec, err := e.NewDecoder().String(enc)
		if err != nil || dec != in {
			t.Errorf("%v: decode(encode(%q)) = %q, %v", e, in, dec, err)
		}
	}
}

func TestEncodingMeta(t *testing.T) {
	for e, want := range map[*Encoding]struct {
		name string
		a    Alphabet
	}{
		Default7bit:        {"GSM 7-bit default alphabet", DefaultAlphabet},
		TurkishSingle7bit:  {"GSM 7-bit Turkish single shift", TurkishSingleAlphabet},
		TurkishLocking7bit: {"GSM 7-bit Turkish locking shift", TurkishLockingAlphabet},
	} {
		if e.String() != want.name || e.Alphabet() != want.a {
			t.Errorf("Encoding = %q, %v; want %q, %v", e.String(), e.Alphabet(), want.name, want.a)
		}
	}
}

func TestTransformNoAllocs(t *testing.T) {
	enc := TurkishSingle7bit.NewEncoder()
	dec := TurkishSingle7bit.NewDecoder()
	src := []byte(bench160)
	septets := make([]byte, 400)
	utf := make([]byte, 400)
	var nDst int
	if n := testing.AllocsPerRun(100, func() {
		enc.Reset()
		nDst, _, _ = enc.Transform(septets, src, true)
	}); n != 0 {
		t.Errorf("encoder Transform allocates %v times; want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		dec.Reset()
		dec.Transform(utf, septets[:nDst], true)
	}); n != 0 {
		t.Errorf("decoder Transform allocates %v times; want 0", n)
	}
}

func BenchmarkEncoder(b *testing.B) {
	for _, bc := range []struct {
		name string
		e    *Encoding
		s    string
	}{
		{"identical/160", Default7bit, strings.Repeat("Hello world 0123456789 ", 7)[:160]},
		{"changed/160", TurkishSingle7bit, bench160},
		{"locking/160", TurkishLocking7bit, bench160},
	} {
		b.Run(bc.name, func(b *testing.B) {
			enc := bc.e.NewEncoder()
			src := []byte(bc.s)
			dst := make([]byte, 2*len(src))
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				enc.Reset()
				if _, _, err := enc.Transform(dst, src, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDecoder(b *testing.B) {
	septets, err := TurkishSingle7bit.NewEncoder().Bytes([]byte(bench160))
	if err != nil {
		b.Fatal(err)
	}
	dec := TurkishSingle7bit.NewDecoder()
	dst := make([]byte, 4*len(septets))
	b.SetBytes(int64(len(septets)))
	b.ReportAllocs()
	for b.Loop() {
		dec.Reset()
		if _, _, err := dec.Transform(dst, septets, true); err != nil {
			b.Fatal(err)
		}
	}
}
