// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package codes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/smsseg/smsseg/internal/vectors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOztekVectors checks the wire and the ambiguous_pipe warnings of the
// golden vectors of the oztek profile against AppendEncode and
// AppendAmbiguous applied to the delivered text.
func TestOztekVectors(t *testing.T) {
	f, err := vectors.Load("oztek")
	require.NoError(t, err)
	checked := 0
	for _, v := range f.Tests {
		var text string
		switch {
		case v.Expect.Text != nil:
			text = string(*v.Expect.Text)
		case v.Options.ASCII || v.Options.Smart || len(v.Options.OptOut) > 0:
			continue // the delivered text is not stated
		default:
			// The engine delivers each invalid byte as one U+FFFD (SPEC 3.7).
			var b strings.Builder
			for _, r := range string(v.Input) {
				b.WriteRune(r)
			}
			text = b.String()
		}
		// The operator adds its code: it is in the text, not in the wire.
		if v.Options.OpCode != "" {
			text = strings.TrimSuffix(text, " "+v.Options.OpCode)
		}
		if v.Expect.Wire != nil {
			checked++
			assert.Equal(t, string(*v.Expect.Wire), string(AppendEncode(nil, text)), "vector %d (%s): wire of %q", v.ID, v.Comment, text)
			if utf8.ValidString(text) && CountAmbiguous(text) == 0 {
				assert.Equal(t, text, string(AppendDecode(nil, string(*v.Expect.Wire))), "vector %d: decoded wire", v.ID)
			}
		}
		if v.Expect.Warnings != nil {
			var want []int
			for _, w := range v.Expect.Warnings {
				if w.Code == "ambiguous_pipe" {
					want = append(want, w.Offset)
				}
			}
			assert.Equal(t, want, AppendAmbiguous(nil, text), "vector %d (%s): ambiguous_pipe offsets in %q", v.ID, v.Comment, text)
		}
	}
	assert.Greater(t, checked, 10, "vectors with a stated wire")
}
