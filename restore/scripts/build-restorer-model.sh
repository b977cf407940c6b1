#!/usr/bin/env bash
# Regenerates the DiacriticRestorer model (restore/src/main/resources/io/github/vnsearch/restore/
# diacritic-restorer.bin and its .sha256) with the tools module (RestorerModelBuilder), from the
# VNTC news corpus (MIT) and the headwords of the npm package @vntk/dictionary@1.0.0 (MIT). Needs
# npm, network access to the npm registry, and ../shared/data/news/vntc.jsonl.gz beside the
# checkout (or CORPUS=path).
# Usage: restore/scripts/build-restorer-model.sh [extra RestorerModelBuilder options]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. scripts/find-jdk.sh
vnsearch_find_jdk
. tools/scripts/tools-classpath.sh
corpus="${CORPUS:-$root/../shared/data/news/vntc.jsonl.gz}"
[ -f "$corpus" ] || { echo "corpus not found: $corpus (set CORPUS=...)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @vntk/dictionary@1.0.0 >/dev/null && tar xzf vntk-dictionary-1.0.0.tgz)
dictionary="$work/package/data/dictionary.json"
[ -f "$dictionary" ] || { echo "npm package has no data/dictionary.json" >&2; exit 1; }

vnsearch_tools_classpath "$root" "$work"
out="restore/src/main/resources/io/github/vnsearch/restore/diacritic-restorer.bin"
mkdir -p "$(dirname "$out")"
"$JAVA" -Xmx8g -cp "$TOOLS_CP" io.github.vnsearch.restore.RestorerModelBuilder \
  --corpus "$corpus" --dictionary "$dictionary" --out "$out" "$@"
