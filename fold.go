// Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause

package smsseg

import "strconv"

// FoldPolicy says when a profile applies its fold options (WithFold).
type FoldPolicy uint8

// The fold policies.
const (
	// FoldNever analyses the text as the caller wrote it (the default).
	FoldNever FoldPolicy = iota
	// FoldAlways applies the fold options to every text.
	FoldAlways
	// FoldIfCheaper applies them only to a text they make cheaper: fewer
	// segments, with no more errors. A text that costs the same either way
	// is analysed as written, so IfCheaper never raises the cost.
	FoldIfCheaper
)

var policyNames = [...]string{"never", "always", "ifcheaper"}

// String returns "never", "always" or "ifcheaper" (segcalc -fold).
func (p FoldPolicy) String() string {
	if int(p) < len(policyNames) {
		return policyNames[p]
	}
	return "FoldPolicy(" + strconv.Itoa(int(p)) + ")"
}

// ParseFoldPolicy returns the policy named s ("never", "always",
// "ifcheaper").
func ParseFoldPolicy(s string) (FoldPolicy, bool) {
	for i, n := range policyNames {
		if n == s {
			return FoldPolicy(i), true
		}
	}
	return FoldNever, false
}

type foldConfig struct {
	policy FoldPolicy
	folds  Folds
}

// WithFold returns p applying the options in folds (on top of its own)
// according to policy: a caller sending 100,000 messages sets
// WithFold(FoldIfCheaper, FoldSmart|FoldASCII) and never pays for a curly
// quote again, while texts that cost the same either way stay as written.
// Analysis.Folded tells what was applied and AppendFolds lists every
// change. An unknown policy is FoldNever.
func (p Profile) WithFold(policy FoldPolicy, folds Folds) Profile {
	if policy > FoldIfCheaper {
		policy = FoldNever
	}
	p.fold = foldConfig{policy: policy, folds: folds & AllFolds}
	return p
}

// Fold returns the fold policy and options set by WithFold.
func (p Profile) Fold() (FoldPolicy, Folds) { return p.fold.policy, p.fold.folds }

func (p Profile) analyzeFold(text string) Analysis {
	cfg := p.fold
	p.fold = foldConfig{}
	add := cfg.folds &^ p.Folds()
	if add == 0 || len(text) > MaxTextBytes {
		a := p.Analyze(text)
		a.p.fold = cfg
		return a
	}
	folded := p.With(add)
	var a Analysis
	switch cfg.policy {
	case FoldAlways:
		a = folded.Analyze(text)
		a.added = add
	default: // FoldIfCheaper
		a = p.Analyze(text)
		b := folded.Analyze(text)
		if b.r.Segments < a.r.Segments && b.r.Errors <= a.r.Errors {
			a = b
			a.added = add
		}
	}
	a.p.fold = cfg
	return a
}

// Folded returns the options the profile's fold policy applied to this
// text, beyond the profile's own (0 when it analysed the text as written).
func (a Analysis) Folded() Folds { return a.added }

// AppendFolds appends to dst the audit of the fold policy: every change
// the options it applied (Folded) made to the caller's text, as edits at
// offsets of the caller's text. It appends nothing when the policy
// applied nothing.
func (a Analysis) AppendFolds(dst []Edit) []Edit {
	if a.added == 0 {
		return dst
	}
	// The changes from the profile without the applied folds to it with them.
	b := a
	b.p = a.p.setFolds(a.p.Folds() &^ a.added)
	s := Suggestion{Edits: 1, plan: plan{folds: a.p.Folds(), scheme: -1}}
	return b.AppendEdits(dst, s)
}
