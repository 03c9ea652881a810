// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package pdu

import (
	"slices"
	"unicode/utf8"

	"github.com/smsseg/smsseg/gsm7"
)

// A Span is the byte range [Start, End) of one part in a message's text.
type Span struct {
	Start, End int
}

// A Message is a text cut into parts, and the scheme that carries it.
//
// Parts must tile Text: the first starts at 0, each starts where the one
// before ends, the last ends at len(Text), every span is on rune
// boundaries and not empty (an empty text is one empty part), and there
// are 1 to 255 of them. Each part must fit Capacity(Scheme, len(Parts) > 1,
// Options.Ref16) and hold only runes the Scheme can carry. The encoding
// functions check all of this and return an error instead of bytes.
type Message struct {
	Text   string
	Parts  []Span
	Scheme Scheme
}

// Options say how the parts of a Message are sent. The zero value sends
// packed GSM 7-bit user data with an 8-bit reference of 0.
type Options struct {
	// Ref is the concatenation reference of every part (TS 23.040
	// 9.2.3.24.1); with Ref16 false it must be below 256.
	Ref uint16
	// Ref16 uses the 16-bit reference element (IEI 0x08, 9.2.3.24.8)
	// instead of the 8-bit one (IEI 0x00).
	Ref16 bool
	// Unpacked writes GSM 7-bit user data one septet per octet, with no
	// fill bits, as many SMPP servers take data_coding 0x00. It applies to
	// the SMPP short_message only; a TPDU is always packed.
	Unpacked bool
	// SAR sends the concatenation as the SMPP sar_msg_ref_num,
	// sar_total_segments and sar_segment_seqnum TLVs instead of an element
	// in the header (SMPP 3.4 5.3.2.22 to 5.3.2.24). The SMSC puts the
	// element back on the air interface, so a part's Capacity is the same.
	// It applies to SMPP only.
	SAR bool
}

// A Layout gives the lengths and the TP-DCS of one encoded part. For
// packed GSM 7-bit user data, UDL is TP-UDL in septets:
// (8·Header + Fill)/7 + Units, and Len = ceil(7·UDL/8). Otherwise UDL and
// Len are both the octet count Header + Units·(1 or 2).
type Layout struct {
	Seq, Total int  // from 1; Total is len(Message.Parts)
	Header     int  // user data header octets, the UDHL octet included; 0 for none
	Fill       int  // fill bits between the header and the first septet
	Units      int  // septets or UTF-16 code units of the part's text
	Capacity   int  // the most Units the part may hold
	UDL        int  // TP-User-Data-Length
	Len        int  // octets of the user data, header included
	DCS        byte // TP-Data-Coding-Scheme and SMPP data_coding
}

// UDHI reports whether the part carries a user data header (TP-UDHI,
// and esm_class 0x40 in SMPP).
func (l Layout) UDHI() bool { return l.Header > 0 }

// PartLayout returns the Layout of part i (from 0) of m as
// AppendUserData writes it, after checking m and o; the error is a
// ConfigError or an EncodeError. It walks the part's text once and does
// not allocate.
func PartLayout(m Message, i int, o Options) (Layout, error) {
	l, _, err := layout(m, i, o, o.Unpacked, nil)
	return l, err
}

// check validates m, i and o.
func check(m Message, i int, o Options) error {
	if !m.Scheme.Valid() {
		return ConfigError{ErrScheme, "Message.Scheme"}
	}
	if !o.Ref16 && o.Ref > 0xFF {
		return ConfigError{ErrOptions, "Options.Ref above 255 without Options.Ref16"}
	}
	n := len(m.Parts)
	if n == 0 || n > maxParts {
		return EncodeError{Kind: ErrSpans, Part: 0}
	}
	if i < 0 || i >= n {
		return EncodeError{Kind: ErrSpans, Part: i}
	}
	end := 0
	for k, p := range m.Parts {
		if p.Start != end || p.End < p.Start || p.End > len(m.Text) ||
			(p.End == p.Start && len(m.Text) > 0) {
			return EncodeError{Kind: ErrSpans, Part: k, Offset: p.Start}
		}
		end = p.End
	}
	if end != len(m.Text) {
		return EncodeError{Kind: ErrSpans, Part: n - 1, Offset: end}
	}
	return nil
}

// layout checks m, i and o and computes the Layout of part i; unpacked is
// Options.Unpacked as it applies to the output (false for a TPDU). When
// sep is not nil (a buffer of maxSeptets bytes) and the coding is GSM7, it
// appends the part's septets to sep, so that they are walked only once.
func layout(m Message, i int, o Options, unpacked bool, sep []byte) (Layout, []byte, error) {
	if err := check(m, i, o); err != nil {
		return Layout{}, sep, err
	}
	s := m.Scheme
	multi := len(m.Parts) > 1
	l := Layout{Seq: i + 1, Total: len(m.Parts), DCS: s.Coding.DCS()}
	l.Capacity = Capacity(s, multi, o.Ref16)
	l.Header = HeaderLen(s, multi && !o.SAR, o.Ref16)
	p := m.Parts[i]
	var err error
	if s.Coding == UCS2 {
		l.Units, err = ucs2Units(m.Text[:p.End], p.Start, i, l.Capacity)
		l.UDL = l.Header + 2*l.Units
		l.Len = l.UDL
	} else {
		if sep == nil {
			var buf [maxSeptets]byte
			_, l.Units, err = appendSeptets(buf[:0], m.Text[:p.End], p.Start, i, s.alphabet(), l.Capacity)
		} else {
			sep, l.Units, err = appendSeptets(sep, m.Text[:p.End], p.Start, i, s.alphabet(), l.Capacity)
		}
		if unpacked {
			l.UDL = l.Header + l.Units
			l.Len = l.UDL
		} else {
			l.Fill = gsm7.FillBits(l.Header)
			l.UDL = (8*l.Header+l.Fill)/7 + l.Units
			l.Len = l.Header + gsm7.PackedLen(l.Units, l.Header)
		}
	}
	if err != nil {
		return Layout{}, sep, err
	}
	return l, sep, nil
}

// appendSeptets appends the septets of text[start:] under a to dst (an Esc
// and a septet for a rune of the shift table) and counts them. It fails at
// a rune a cannot carry or that would take the count past capacity. part
// is the part index for errors. dst must have room for capacity bytes
// (layout's buffer has maxSeptets), so that nothing is allocated.
func appendSeptets(dst []byte, text string, start, part int, a gsm7.Alphabet, capacity int) ([]byte, int, error) {
	base := len(dst)
	if t := text[start:]; len(t) <= capacity && len(t) <= cap(dst)-base && ownSeptets(t, a.Locking) {
		// Every byte is its own septet: copy, no table walk.
		return append(dst, t...), len(t), nil
	}
	dst, n := a.AppendString(dst, text[start:], capacity)
	if j := start + n; j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if (r == utf8.RuneError && size == 1) || a.Septets(r) == 0 {
			return dst[:base], 0, EncodeError{Kind: ErrUnencodable, Part: part, Offset: j, Rune: r}
		}
		return dst[:base], 0, EncodeError{Kind: ErrCapacity, Part: part, Offset: j, Rune: r}
	}
	return dst, len(dst) - base, nil
}

// identity is 1 at [k][c], per locking table k (default, Turkish), for
// every ASCII byte c the table holds at position c: a text of such bytes is
// its own septets. Built once, when the package is initialised.
var identity = func() (m [2][256]uint8) {
	for k, t := range []gsm7.Table{gsm7.Default, gsm7.TurkishLocking} {
		for c := 0; c < 0x80; c++ {
			if s, ok := t.Encode(rune(c)); ok && int(s) == c && c != gsm7.Esc {
				m[k][c] = 1
			}
		}
	}
	return m
}()

// ownSeptets reports whether every byte of s is an ASCII character the
// locking table l holds at its own code.
func ownSeptets(s string, l gsm7.Table) bool {
	var m *[256]uint8
	switch l {
	case gsm7.Default:
		m = &identity[0]
	case gsm7.TurkishLocking:
		m = &identity[1]
	default:
		return false
	}
	ok := uint8(1)
	for i := 0; i < len(s); i++ {
		ok &= m[s[i]]
	}
	return ok != 0
}

// ucs2Units counts the UTF-16 code units of text[start:], failing at a byte
// that is not UTF-8 or a rune that would take the count past capacity.
func ucs2Units(text string, start, part, capacity int) (int, error) {
	n := 0
	for j := start; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError && size == 1 {
			return 0, EncodeError{Kind: ErrUnencodable, Part: part, Offset: j, Rune: r}
		}
		c := 1
		if r > 0xFFFF {
			c = 2
		}
		if n+c > capacity {
			return 0, EncodeError{Kind: ErrCapacity, Part: part, Offset: j, Rune: r}
		}
		n += c
		j += size
	}
	return n, nil
}

// appendHeader appends the user data header of l's part: UDHL, the
// concatenation element unless sar, then the single and locking shift
// elements s uses (TS 23.040 9.2.3.24).
func appendHeader(dst []byte, l Layout, s Scheme, o Options) []byte {
	if l.Header == 0 {
		return dst
	}
	dst = append(dst, byte(l.Header-1))
	if l.Total > 1 && !o.SAR {
		if o.Ref16 {
			dst = append(dst, ieiConcat16, 4, byte(o.Ref>>8), byte(o.Ref), byte(l.Total), byte(l.Seq))
		} else {
			dst = append(dst, ieiConcat8, 3, byte(o.Ref), byte(l.Total), byte(l.Seq))
		}
	}
	if s.Single != Default {
		dst = append(dst, ieiSingle, 1, byte(s.Single))
	}
	if s.Locking != Default {
		dst = append(dst, ieiLocking, 1, byte(s.Locking))
	}
	return dst
}

// appendUD appends the user data of part i (header and text) laid out as
// l; m and o have been checked by layout, which gave the GSM 7-bit
// septets.
func appendUD(dst []byte, m Message, i int, o Options, l Layout, unpacked bool, septets []byte) []byte {
	dst = slices.Grow(dst, l.Len)
	dst = appendHeader(dst, l, m.Scheme, o)
	p := m.Parts[i]
	text := m.Text[:p.End]
	if m.Scheme.Coding == UCS2 {
		for _, r := range text[p.Start:] {
			if r > 0xFFFF {
				r -= 0x10000
				hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
				dst = append(dst, byte(hi>>8), byte(hi), byte(lo>>8), byte(lo))
			} else {
				dst = append(dst, byte(r>>8), byte(r))
			}
		}
		return dst
	}
	if unpacked {
		return append(dst, septets...)
	}
	return gsm7.AppendPack(dst, septets, l.Header)
}

// AppendUserData appends the TP-User-Data of part i (from 0) of m to dst:
// the user data header, then the text as Layout describes it (packed GSM
// 7-bit septets after their fill bits, unpacked septets when o.Unpacked,
// or big-endian UTF-16), UserDataLen octets in all. With o.SAR the header
// has no concatenation element. On error it returns dst unchanged and a
// ConfigError or an EncodeError.
//
// AppendUserData does not allocate when dst has room for UserDataLen
// octets.
func AppendUserData(dst []byte, m Message, i int, o Options) ([]byte, error) {
	var buf [maxSeptets]byte // Capacity ≤ 160: the septets never outgrow it
	l, sep, err := layout(m, i, o, o.Unpacked, buf[:0])
	if err != nil {
		return dst, err
	}
	return appendUD(dst, m, i, o, l, o.Unpacked, sep), nil
}

// UserDataLen returns the number of octets AppendUserData appends, or its
// error.
func UserDataLen(m Message, i int, o Options) (int, error) {
	l, _, err := layout(m, i, o, o.Unpacked, nil)
	return l.Len, err
}

// A SAR holds the SMPP 3.4 segmentation and reassembly TLVs of one part;
// a zero Total means the part is not segmented and sends none.
type SAR struct {
	Ref        uint16 // sar_msg_ref_num, tag 0x020C
	Total, Seq uint8  // sar_total_segments, tag 0x020E; sar_segment_seqnum, tag 0x020F
}

// SAR TLV tags of SMPP 3.4 5.3.2.22 to 5.3.2.24.
const (
	tagSARRef   = 0x020C
	tagSARTotal = 0x020E
	tagSARSeq   = 0x020F
	sarTLVsLen  = 6 + 5 + 5
)

// TLVLen returns the number of octets AppendTLVs appends: 16, or 0 when
// s.Total is 0.
func (s SAR) TLVLen() int {
	if s.Total == 0 {
		return 0
	}
	return sarTLVsLen
}

// AppendTLVs appends the three TLVs of s (tag, length and value, all
// big-endian) to dst, or nothing when s.Total is 0.
func (s SAR) AppendTLVs(dst []byte) []byte {
	if s.Total == 0 {
		return dst
	}
	return append(dst,
		tagSARRef>>8, tagSARRef&0xFF, 0, 2, byte(s.Ref>>8), byte(s.Ref),
		tagSARTotal>>8, tagSARTotal&0xFF, 0, 1, s.Total,
		tagSARSeq>>8, tagSARSeq&0xFF, 0, 1, s.Seq)
}

// SMPP holds the submit_sm fields of one part besides its short_message
// (SMPP 3.4 4.4.1).
type SMPP struct {
	ESMClass   byte // 0x40 (UDHI) when the short_message starts with a header, else 0x00
	DataCoding byte // 0x00 GSM 7-bit (SMSC default alphabet), 0x08 UCS-2
	SAR        SAR  // with Options.SAR and more than one part; zero otherwise
}

// AppendShortMessage appends the submit_sm short_message of part i (from
// 0) of m to dst, the same octets as AppendUserData, and returns the other
// fields of the part's submit_sm. The short_message is at most 254 octets
// (140 packed, 160 unpacked). On error it returns dst unchanged.
//
// AppendShortMessage does not allocate when dst has room for UserDataLen
// octets.
func AppendShortMessage(dst []byte, m Message, i int, o Options) ([]byte, SMPP, error) {
	var buf [maxSeptets]byte
	l, sep, err := layout(m, i, o, o.Unpacked, buf[:0])
	if err != nil {
		return dst, SMPP{}, err
	}
	f := SMPP{DataCoding: l.DCS}
	if l.UDHI() {
		f.ESMClass = 0x40
	}
	if o.SAR && l.Total > 1 {
		f.SAR = SAR{Ref: o.Ref, Total: uint8(l.Total), Seq: uint8(l.Seq)}
	}
	return appendUD(dst, m, i, o, l, o.Unpacked, sep), f, nil
}
