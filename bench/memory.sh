#!/usr/bin/env bash
# Copyright 2026 The smsseg Authors. SPDX-License-Identifier: BSD-3-Clause
#
# memory.sh measures segcalc's peak memory and time on hostile inputs with
# /usr/bin/time -v (issue 14) and prints one Markdown table row per case:
# the input, the command, maximum resident set size, wall time, exit status
# and what the output said. Run from the module root:
#
#	bench/memory.sh [BINARY]
#
# BINARY (default /tmp/segcalc) is built from ./cmd/segcalc first. The inputs
# are generated in a temporary directory (about 230 MB) and removed at the end;
# the 10 GB inputs are streamed from head -c, never stored.
set -euo pipefail

bin=${1:-/tmp/segcalc}
go build -o "$bin" ./cmd/segcalc
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# Inputs. Every generator is plain shell and Python, so the bytes are what
# the names say.
head -c 1048576 /dev/zero >"$dir/nul1m"
python3 - "$dir" <<'EOF'
import sys, os
d = sys.argv[1]
def write(name, data):
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)
# 2 MiB of Cyrillic (2-byte runes, none in any GSM table): 1 Mi runes.
write('cyr2m', ('Привет мир ' * 200000).encode()[:2 << 20])
# 1 MiB of Cyrillic, just under the limit: 512 Ki runes, each unknown under oztek.
write('cyr1m', 'Ж'.encode() * (1 << 19))
# 1 MiB of ASCII, the largest message analysed: 6854 parts.
write('ascii1m', b'a' * (1 << 20))
# 100 MB messages: ASCII (gsm) and Turkish (oztek).
write('ascii100m', b'Merhaba dunya. ' * (100_000_000 // 15))
write('turkish100m', 'Şişli’de çığ düştü. '.replace('’', "'").encode() * (100_000_000 // 24))
# A 1,000,000-line batch: ASCII, Turkish, NULs, invalid bytes, empty lines,
# CRLF, and one 2 MiB line in the middle.
kinds = [b'Merhaba dunya', 'Şişli çığ düştü ğüşiöç'.encode(), b'\x00' * 40,
         b'ab\xff\xc3(\xed\xa0\x80\xf4\x90\x80\x80', b'', 'Привет'.encode() + b'\r',
         b'a' * 161]
lines = [kinds[i % len(kinds)] for i in range(1_000_000)]
lines[500_000] = b'x' * (2 << 20)
write('batch1m', b'\n'.join(lines) + b'\n')
EOF

# measure NAME INPUT ARGS...: INPUT is a file, "zero10g" for 10 GB of NUL
# bytes from head -c, or "devzero" for /dev/zero itself (endless).
measure() {
	local name=$1 input=$2
	shift 2
	local out=$dir/out err=$dir/err status
	set +e
	if [ "$input" = zero10g ]; then
		head -c 10G /dev/zero | /usr/bin/time -v "$bin" "$@" >"$out" 2>"$err"
		status=${PIPESTATUS[1]}
	elif [ "$input" = devzero ]; then
		/usr/bin/time -v "$bin" "$@" </dev/zero >"$out" 2>"$err"
		status=$?
	else
		/usr/bin/time -v "$bin" "$@" <"$dir/$input" >"$out" 2>"$err"
		status=$?
	fi
	set -e
	local rss wall said
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$err")
	wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' "$err")
	# What the output said: the first error code of the last JSON object,
	# the totals line of a batch, the number of output lines.
	said="$(wc -l <"$out") output lines, $(wc -c <"$out") bytes"
	if grep -q '"code":"too_large"' "$out"; then said="$said; too_large"; fi
	if grep -q 'fatal error' "$err"; then said="$said; FATAL ERROR"; fi
	local totals
	totals=$(grep '^segcalc: [0-9]* messages' "$err" || true)
	if [ -n "$totals" ]; then said="$said; ${totals#segcalc: }"; fi
	printf '| %s | `segcalc %s` | %s | %s | %s | %s |\n' "$name" "$*" "$rss" "$wall" "$status" "$said"
}

echo '| input | command | max RSS (MB) | wall (m:ss) | exit | output |'
echo '|---|---|--:|--:|--:|---|'
measure '1 MiB of NUL' nul1m -vendor oztek -json
measure '1 MiB of NUL' nul1m -vendor oztek
measure '1 MiB of NUL' nul1m -vendor all -json
measure '1 MiB of NUL' nul1m -vendor esemes -json -optout link,phone -opcode B001
measure '2 MiB of Cyrillic' cyr2m -vendor oztek -json
measure '2 MiB of Cyrillic' cyr2m -vendor gsm -json
measure '1 MiB of Cyrillic (512 Ki ×Ж)' cyr1m -vendor oztek -json
measure '1 MiB of Cyrillic (512 Ki ×Ж)' cyr1m -vendor oztek
measure '1 MiB of Cyrillic (512 Ki ×Ж)' cyr1m -vendor gsm -json
measure '1 MiB of ASCII' ascii1m -vendor gsm -json
measure '1 MiB of ASCII' ascii1m -vendor gsm
measure '100 MB ASCII' ascii100m -vendor gsm -json
measure '100 MB ASCII' ascii100m -vendor gsm
measure '100 MB Turkish' turkish100m -vendor oztek -json
measure '100 MB Turkish' turkish100m -vendor oztek
measure '1,000,000 lines (mixed, one 2 MiB)' batch1m -lines -json -vendor oztek
measure '1,000,000 lines (mixed, one 2 MiB)' batch1m -lines -vendor oztek
measure '1,000,000 lines (mixed, one 2 MiB)' batch1m -lines -json -vendor gsm
measure '10 GB of NUL (head -c 10G /dev/zero)' zero10g -json -vendor oztek
measure '10 GB of NUL (head -c 10G /dev/zero)' zero10g -lines -json -vendor oztek
measure '10 GB of NUL (head -c 10G /dev/zero)' zero10g -lines -vendor oztek
measure 'endless /dev/zero' devzero -json -vendor oztek
measure 'endless /dev/zero' devzero -vendor oztek
