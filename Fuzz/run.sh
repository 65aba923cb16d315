#!/usr/bin/env bash
# Builds every libFuzzer target with the address sanitizer, runs each for
# FUZZ_SECONDS (default 60) on its corpus under Fuzz/corpus/NAME, then merges what
# it found into the committed corpus (kept small by libFuzzer's -merge=1).
#
#   Fuzz/run.sh              every target
#   Fuzz/run.sh FuzzDate     one target
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
ALL=$(sed -n 's/.*executableTarget(name: "\(Fuzz[A-Za-z]*\)".*/\1/p' Package.swift)
TARGETS="${*:-$ALL}"
FLAGS=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
BIN=$(swift build "${FLAGS[@]}" --show-bin-path)

# SwiftPM links executables with `--defsym main=NAME_main`, which clashes with
# libFuzzer's own main: let it compile (one product at a time, since the first
# failed link stops the build), then link each target ourselves.
for t in $TARGETS; do
  swift build "${FLAGS[@]}" --product "$t" >/dev/null 2>&1 || true
  swiftc -o "$BIN/$t" -emit-executable -Xlinker --gc-sections \
    @"$BIN/$t.product/Objects.LinkFileList" -sanitize=fuzzer,address 2>/dev/null \
    || { echo "fuzz: could not build $t (run: swift build ${FLAGS[*]} in Fuzz/)"; exit 1; }
done

for t in $TARGETS; do
  name=$(echo "${t#Fuzz}" | tr '[:upper:]' '[:lower:]')
  corpus="corpus/$name"; work=$(mktemp -d)
  mkdir -p "$corpus" artifacts
  # Whole archives need room; single fields and lines do not.
  case "$name" in json | ftm) max_len=12288 ;; *) max_len=4096 ;; esac
  echo "== $t: ${SECONDS_EACH}s on $corpus (inputs up to $max_len bytes)"
  "$BIN/$t" "$work" "$corpus" -max_total_time="$SECONDS_EACH" -max_len="$max_len" -rss_limit_mb=2048 \
    -artifact_prefix=artifacts/ -print_final_stats=1 2>"$work.log" || { tail -40 "$work.log"; exit 1; }
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|cov:" "$work.log" | tail -3
  # Keep only the inputs that add coverage: the old corpus and the new finds,
  # merged into a fresh folder that replaces the old one.
  minimal=$(mktemp -d)
  "$BIN/$t" -merge=1 -max_len="$max_len" "$minimal" "$corpus" "$work" >/dev/null 2>&1
  rm -rf "$corpus" && mv "$minimal" "$corpus" && chmod 755 "$corpus"
  echo "   corpus: $(ls "$corpus" | wc -l) files, $(cat "$corpus"/* | wc -c) bytes"
  rm -rf "$work" "$work.log"
done
