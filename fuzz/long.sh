#!/usr/bin/env bash
# fuzz/long.sh DURATION [PACKAGE ...]: run every fuzz target of the module
# (or of the packages given) for DURATION each, one after the other, and
# print a table of package, target, executions and result. Exit status 1
# when a target found a failure (its reproducer is under testdata/fuzz/).
# Go 1.26's coordinator can end a clean run with a bare "context deadline
# exceeded" at the -fuzztime boundary (golang/go#75804): that alone is not a
# finding, as in .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."
dur=${1:?usage: fuzz/long.sh DURATION [PACKAGE ...]}
shift
pkgs=("$@")
[ ${#pkgs[@]} -eq 0 ] && mapfile -t pkgs < <(go list ./...)
status=0
printf '| package | target | execs | result |\n|---|---|--:|---|\n'
for pkg in "${pkgs[@]}"; do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	for t in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
		log=$(mktemp)
		go test -run='^$' -fuzz="^${t}\$" -fuzztime="$dur" "$pkg" >"$log" 2>&1
		rc=$?
		execs=$(grep -o 'execs: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
		result=ok
		if [ $rc -ne 0 ]; then
			if grep -qE 'Failing input written|panic:|_test\.go:[0-9]+:' "$log" || ! grep -q 'context deadline exceeded' "$log"; then
				result="FAILED: $(grep -o 'testdata/fuzz/[^ ]*' "$log" | head -n 1)"
				status=1
			else
				result="ok (deadline race, golang/go#75804)"
			fi
		fi
		printf '| %s | %s | %s | %s |\n' "${pkg#github.com/smsseg/smsseg}" "$t" "${execs:-?}" "$result"
		rm -f "$log"
	done
done
exit $status
