// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/smsseg/smsseg"
	segment "github.com/smsseg/smsseg/internal/engine"
)

// TestDominanceChangesNothing analyses random texts under gsm twice: as
// shipped (dominated schemes are not counted until their dominators die, then
// rescanned) and with every scheme counted from the start. The results must
// be identical.
func TestDominanceChangesNothing(t *testing.T) {
	full := *smsseg.GSM.Rules()
	full.Dominators = [segment.MaxSchemes]uint8{}
	pieces := []string{"a", "b", " ", ".", "{", "€", "ş", "ç", "İ", "ğ", "è", "ì", "Ø", "¿", "ö", "é", "😀", "中", "\n", "\xff", "|"}
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		l := rng.IntN(400)
		for b.Len() < l {
			if rng.IntN(3) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			} else {
				b.WriteString("abcdefghij"[:1+rng.IntN(10)])
			}
		}
		text := b.String()
		for _, opt := range []segment.Options{{}, {ASCII: true}, {Smart: true}} {
			got := segment.Analyze(smsseg.GSM.Rules(), opt, text)
			want := segment.Analyze(&full, opt, text)
			require.Equal(t, want, got, "%q %+v", text, opt)
		}
	}
}
