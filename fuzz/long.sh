#!/usr/bin/env bash
# fuzz/long.sh DURATION [PACKAGE ...]: run every fuzz target of the module
# (or of the packages given, as go list patterns: ./codes ./gsm7 ./...) for
# DURATION each (a go test -fuzztime value: 10m, 1h, 100000x), one after the
# other, and print a Markdown table of package, target, executions and
# result. Executions are the last "execs: N" go test reports; "0 (baseline
# 429/498)" means DURATION was spent replaying the corpus, so give more.
# "not run" is a target the test build leaves out (build tags), not a
# failure. The exit status is 1 when a target failed (its reproducer is
# written under the package's testdata/fuzz/ and named in the table; the go
# test output goes to standard error), 2 for a usage error.
#
# A run that fails with a bare "context deadline exceeded" and no finding is
# the Go 1.26 fuzz coordinator's race at the -fuzztime boundary
# (golang/go#75804, fixed in Go 1.27), not a failure: the rule of .ci/run's
# fuzz_one. A real finding always writes "Failing input written to ...",
# panics or prints a test failure. Unlike .ci/run, a long run is not retried:
# it has already fuzzed for DURATION.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ -z "$1" ]; then
	echo "usage: fuzz/long.sh DURATION [PACKAGE ...]   (DURATION as for go test -fuzztime: 30s, 10m, 1h, 5000x)" >&2
	exit 2
fi
dur=$1
shift
[ $# -eq 0 ] && set -- ./...
mod=$(go list -m) || exit 2
mapfile -t pkgs < <(go list "$@") || exit 2
[ ${#pkgs[@]} -eq 0 ] && { echo "fuzz/long.sh: no packages in $*" >&2; exit 2; }

status=0
printf '| package | target | execs | result |\n|---|---|--:|---|\n'
for pkg in "${pkgs[@]}"; do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	rel=.${pkg#"$mod"}
	targets=$(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u)
	for t in $targets; do
		log=$(mktemp)
		go test -run='^$' -fuzz="^${t}\$" -fuzztime="$dur" "$pkg" >"$log" 2>&1
		rc=$?
		execs=$(grep -o 'execs: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
		if [ -z "$execs" ]; then
			# DURATION went on replaying the corpus (baseline coverage): no
			# new input was tried.
			base=$(grep -o 'baseline coverage: [0-9]*/[0-9]*' "$log" | tail -n 1 | awk '{print $3}')
			execs="0${base:+ (baseline $base)}"
		fi
		result=ok
		if [ $rc -eq 0 ] && ! grep -q '^fuzz: elapsed' "$log"; then
			# A run that fuzzed always reports progress: this target is
			# left out of the test build (build tags?).
			result="not run: $t is not in the test build"
			execs=-
		fi
		if [ $rc -ne 0 ]; then
			if grep -qE 'Failing input written|panic:|_test\.go:[0-9]+:' "$log" ||
				! grep -q 'context deadline exceeded' "$log"; then
				repro=$(sed -n 's/.*Failing input written to \(testdata\/fuzz\/[^ ]*\).*/\1/p' "$log" | head -n 1)
				if [ -n "$repro" ]; then
					result="FAILED: $rel/$repro"
				else
					result="FAILED: $(grep -m 1 -vE '^(ok|FAIL|---|===|fuzz: |# )' "$log" | cut -c 1-120)"
				fi
				status=1
				{ echo "== $rel $t"; cat "$log"; } >&2
			else
				result="ok (bare deadline at the end, golang/go#75804)"
			fi
		fi
		printf '| %s | %s | %s | %s |\n' "$rel" "$t" "${execs:-?}" "$result"
		rm -f "$log"
	done
done
exit $status
