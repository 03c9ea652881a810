// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package segment

import (
	"math/bits"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveSpecial is the byte-by-byte definition special() implements.
func naiveSpecial(b, extra byte) bool {
	return b >= 0x80 || b < 0x20 || (b >= 0x5B && b <= 0x60) || b >= 0x7B || (extra != 0 && b == extra)
}

func TestSpecialFirstByteExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var buf [8]byte
	for _, extra := range []byte{0, '"'} {
		for n := 0; n < 200000; n++ {
			for i := range buf {
				switch rng.IntN(4) {
				case 0:
					buf[i] = byte(rng.IntN(256))
				default:
					buf[i] = byte(0x20 + rng.IntN(0x60))
				}
			}
			want := 8
			for i, b := range buf {
				if naiveSpecial(b, extra) {
					want = i
					break
				}
			}
			m := special(load64(string(buf[:]), 0), uint64(extra)*lsb)
			got := 8
			if m != 0 {
				got = bits.TrailingZeros64(m) >> 3
			}
			require.Equal(t, want, got, "word % x extra %q", buf, extra)
		}
	}
	// Every single byte value at every position, in an otherwise plain word.
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 8; pos++ {
			w := []byte("abcdefgh")
			w[pos] = byte(b)
			m := special(load64(w, 0), uint64('"')*lsb)
			got := 8
			if m != 0 {
				got = bits.TrailingZeros64(m) >> 3
			}
			want := 8
			if naiveSpecial(byte(b), '"') {
				want = pos
			}
			assert.Equal(t, want, got, "byte %#02x at %d", b, pos)
		}
	}
}

func TestDecodeMatchesUTF8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	interesting := []byte{0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF}
	buf := make([]byte, 5)
	for n := 0; n < 300000; n++ {
		l := 1 + rng.IntN(5)
		for i := 0; i < l; i++ {
			if rng.IntN(2) == 0 {
				buf[i] = interesting[rng.IntN(len(interesting))]
			} else {
				buf[i] = byte(rng.IntN(256))
			}
		}
		s := buf[:l]
		wr, ws := utf8.DecodeRune(s)
		gr, gs := decode(s, 0)
		require.Equal(t, [2]int{int(wr), ws}, [2]int{int(gr), gs}, "% x", s)
		gr, gs = decode(string(s), 0)
		require.Equal(t, [2]int{int(wr), ws}, [2]int{int(gr), gs}, "% x", s)
	}
}

func TestCapacities(t *testing.T) {
	assert.Equal(t, 160, Septets(0))
	assert.Equal(t, 153, Septets(6))
	assert.Equal(t, 155, Septets(4))
	assert.Equal(t, 149, Septets(9))
	assert.Equal(t, 70, UCS2Units(0))
	assert.Equal(t, 67, UCS2Units(6))
}

func TestAddRunMatchesOneByOne(t *testing.T) {
	rl := &Rules{Schemes: []Scheme{{Single: 160, Multi: 153}}}
	for start := 0; start < 400; start += 7 {
		for k := 0; k < 800; k += 13 {
			var a, b counter
			a.init(rl)
			b.init(rl)
			a.addRun(0, start)
			for i := 0; i < start; i++ {
				b.addRun(0, 1)
			}
			a.addRun(0, k)
			for i := 0; i < k; i++ {
				b.addRun(0, 1)
			}
			require.Equal(t, b.parts[0], a.parts[0], "start %d k %d", start, k)
			require.Equal(t, b.cur[0], a.cur[0], "start %d k %d", start, k)
			require.Equal(t, b.total[0], a.total[0])
		}
	}
}

func TestCodeNames(t *testing.T) {
	assert.Equal(t, "invalid_utf8", InvalidUTF8.String())
	assert.Equal(t, "unknown_char", UnknownChar.String())
	assert.Equal(t, "empty", Empty.String())
	assert.Equal(t, "too_long", TooLong.String())
	assert.Equal(t, "ambiguous_pipe", AmbiguousPipe.String())
	assert.True(t, AmbiguousPipe.IsWarning())
	assert.False(t, TooLong.IsWarning())
	assert.Equal(t, "segment: unknown_char: '\\t' (U+0009) at byte 3", Issue{Code: UnknownChar, Offset: 3, Rune: '\t'}.Error())
	assert.Equal(t, "segment: empty at byte 0", Issue{Code: Empty}.Error())
	assert.Equal(t, []string{"normal", "turkish", "ucs2"}, []string{Normal.String(), Turkish.String(), UCS2.String()})
	assert.Equal(t, []string{"none", "locking", "single"}, []string{NoShift.String(), Locking.String(), Single.String()})
}
