#!/usr/bin/env bash
# Rebuilds the system dictionary of the Vietnamese tokenizer:
#   src/main/resources/io/github/vnsearch/analysis/vi/dict/TokenInfoDictionary.dat (+ .sha256)
# with the tools module (WordCostTrainer, DictionaryBuilder).
#
# Sources (see NOTICE):
#   - headwords: the keys of data/dictionary.json in the npm package @vntk/dictionary@1.0.0 (MIT),
#     fetched with `npm pack` into a temporary directory (never committed; the package's
#     Viet*K.txt lists are GPL and are not used);
#   - src/main/dict/extra-words.txt, written by the team;
#   - word costs counted in the VNTC news corpus (MIT), ../shared/data/news/vntc.jsonl.gz, by
#     hard EM with the tokenizer itself (WordCostTrainer);
#   - only with DISCOVER=1: words discovered in the same corpus by WordDiscovery (syllable n-gram
#     frequency, cohesion and branching entropy), added to the word list before the EM. Off by
#     default: every setting measured lowered segmentation F1 on both UD-VTB gold splits (see
#     docs/analysis.md); DISCOVERED_OUT=<file> keeps the list with its statistics for review.
#
# Usage: analysis-vi/scripts/build-dictionary.sh   (env: ITERATIONS=3 MAX_DOCS=100000
#        VNSEARCH_SHARED_DIR=../shared JAVA_HOME=<JDK 21+> COUNTS_OUT=<file to keep the counts>
#        DISCOVER=0 DISCOVERED_OUT=<file>)
# Needs node/npm, a JDK 21+ and network access to the npm registry. `./mvnw verify` never runs it.
set -euo pipefail

MODULE="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$MODULE/.." && pwd)"
SHARED="${VNSEARCH_SHARED_DIR:-$ROOT/../shared}"
CORPUS="$SHARED/data/news/vntc.jsonl.gz"
ITERATIONS="${ITERATIONS:-3}"
MAX_DOCS="${MAX_DOCS:-100000}"
OUT="$MODULE/src/main/resources/io/github/vnsearch/analysis/vi/dict"
. "$ROOT/scripts/find-jdk.sh"
vnsearch_find_jdk
. "$ROOT/tools/scripts/tools-classpath.sh"

[ -f "$CORPUS" ] || { echo "corpus not found: $CORPUS (set VNSEARCH_SHARED_DIR)" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "fetching @vntk/dictionary@1.0.0 ..." >&2
(cd "$TMP" && npm pack --silent @vntk/dictionary@1.0.0 >/dev/null \
  && tar xzf vntk-dictionary-1.0.0.tgz package/data/dictionary.json)
node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const k of Object.keys(d)) console.log(k.normalize("NFC"));
' "$TMP/package/data/dictionary.json" > "$TMP/headwords.txt"
echo "$(wc -l < "$TMP/headwords.txt") headwords" >&2
cat "$TMP/headwords.txt" "$MODULE/src/main/dict/extra-words.txt" > "$TMP/words.txt"

echo "compiling the tools ..." >&2
vnsearch_tools_classpath "$ROOT" "$TMP"

if [ "${DISCOVER:-0}" = 1 ]; then
  "$JAVA" -Xmx6g -cp "$TOOLS_CP" io.github.vnsearch.analysis.vi.WordDiscovery \
    "$TMP/words.txt" "$CORPUS" "$MAX_DOCS" "$TMP/discovered.tsv"
  if [ -n "${DISCOVERED_OUT:-}" ]; then cp "$TMP/discovered.tsv" "$DISCOVERED_OUT"; fi
  cut -f1 "$TMP/discovered.tsv" >> "$TMP/words.txt"
fi

"$JAVA" -Xmx3g -cp "$TOOLS_CP" io.github.vnsearch.analysis.vi.WordCostTrainer \
  "$TMP/words.txt" "$CORPUS" "$ITERATIONS" "$MAX_DOCS" "$TMP/counts.tsv"
if [ -n "${COUNTS_OUT:-}" ]; then cp "$TMP/counts.tsv" "$COUNTS_OUT"; fi
"$JAVA" -cp "$TOOLS_CP" io.github.vnsearch.analysis.vi.dict.DictionaryBuilder \
  "$TMP/counts.tsv" "$OUT" "$TMP/words.txt"
