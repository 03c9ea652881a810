// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package engine

// UserDataOctets is the size of the TP-User-Data of one SMS (TS 23.040 9.2.3.24).
const UserDataOctets = 140

// Septets returns how many GSM 7-bit septets fit in one SMS whose user data
// header takes udh octets (UDHL included): floor((140*8 - 8*udh) / 7). The
// fill bits that align the first septet are part of the remainder.
//
// Concatenation with an 8-bit reference takes 1 + 5 octets; each national
// language shift information element takes 3 more (TS 23.040 9.2.3.24.1,
// 9.2.3.24.15, 9.2.3.24.16): Septets(0) = 160, Septets(6) = 153,
// Septets(4) = 155, Septets(9) = 149.
func Septets(udh int) int { return (UserDataOctets*8 - 8*udh) / 7 }

// UCS2Units returns how many UTF-16 code units fit in one SMS whose user data
// header takes udh octets: UCS2Units(0) = 70, UCS2Units(6) = 67.
func UCS2Units(udh int) int { return (UserDataOctets - udh) / 2 }
