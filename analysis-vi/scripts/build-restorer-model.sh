#!/usr/bin/env bash
# Regenerates the DiacriticRestorer model (analysis-vi/src/main/resources/.../restore/
# diacritic-restorer.bin and its .sha256) from the VNTC news corpus (MIT) and the headwords of
# the npm package @vntk/dictionary@1.0.0 (MIT). Needs npm, network access to the npm registry,
# and ../shared/data/news/vntc.jsonl.gz beside the checkout (or CORPUS=path).
# Usage: analysis-vi/scripts/build-restorer-model.sh [extra RestorerModelBuilder options]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. scripts/find-jdk.sh
vnsearch_find_jdk
corpus="${CORPUS:-$root/../shared/data/news/vntc.jsonl.gz}"
[ -f "$corpus" ] || { echo "corpus not found: $corpus (set CORPUS=...)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @vntk/dictionary@1.0.0 >/dev/null && tar xzf vntk-dictionary-1.0.0.tgz)
dictionary="$work/package/data/dictionary.json"
[ -f "$dictionary" ] || { echo "npm package has no data/dictionary.json" >&2; exit 1; }

./mvnw -B -q -pl analysis-vi compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime
out="analysis-vi/src/main/resources/io/github/vnsearch/analysis/vi/restore/diacritic-restorer.bin"
mkdir -p "$(dirname "$out")"
"$JAVA" -Xmx8g -cp "analysis-vi/target/classes:$(cat "$work/cp.txt")" \
  io.github.vnsearch.analysis.vi.restore.RestorerModelBuilder \
  --corpus "$corpus" --dictionary "$dictionary" --out "$out" "$@"
