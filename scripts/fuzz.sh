#!/bin/sh
# Builds one of Dossier's libFuzzer harnesses with -sanitize=fuzzer,address and runs it for a while.
#
#   scripts/fuzz.sh TARGET SECONDS     TARGET: a folder of Fuzz/Corpus (parser, tagger, query, keys)
#
# .ci/run builds and runs every one for a few seconds.
# The harnesses (Fuzz/<Target>/) are declared in Package.swift only when DOSSIER_FUZZ=1, and built in their own
# scratch folder, .build-fuzz, so that they never touch a normal build. The seeds in Fuzz/Corpus/TARGET are read
# but never written: inputs libFuzzer finds go to .build-fuzz/corpus/TARGET, crashes to .build-fuzz/artifacts/TARGET,
# and the whole run's output to .build-fuzz/logs/TARGET.log, whose last lines are the final statistics.
# Leak detection is off: Swift's lazily made globals (compiled patterns, the tagger model) are allocated during the
# first input that needs them and never freed, which LeakSanitizer reports as leaks of that input.
# Swift's backtracer is off: on a trap it reads the crashed process's memory, which AddressSanitizer reports as a
# crash of its own in place of the harness's; without it the log ends with the runtime's message and libFuzzer's stack.
# To replay one input: .build-fuzz/release/fuzz-TARGET FILE
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
usage() { echo "usage: scripts/fuzz.sh $(ls "$root/Fuzz/Corpus" | paste -sd '|') SECONDS" >&2; exit 2; }
[ $# -eq 2 ] || usage
target=$1
seconds=$2
case $target in ''|*[!a-z]*) usage ;; esac
[ -d "$root/Fuzz/Corpus/$target" ] || usage
case $seconds in ''|*[!0-9]*) usage ;; esac

scratch="$root/.build-fuzz"
cd "$root"
# Linked by lld: gold warns that it cannot export AddressSanitizer's local __asan_extra_spill_area.
DOSSIER_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "fuzz-$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld

mkdir -p "$scratch/corpus/$target" "$scratch/artifacts/$target" "$scratch/logs"
log="$scratch/logs/$target.log"
echo "fuzzing $target for $seconds s; log: $log"
status=0
ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" SWIFT_BACKTRACE=enable=no "$scratch/release/fuzz-$target" "$scratch/corpus/$target" "Fuzz/Corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/$target/" >"$log" 2>&1 || status=$?
grep -E '^(#[0-9]+[[:space:]]+DONE|Done|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|.*Fatal error)' "$log" || true
ls "$scratch/artifacts/$target" | sed 's/^/finding: /'
exit $status
