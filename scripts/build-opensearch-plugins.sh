#!/usr/bin/env bash
# Builds the OpenSearch plugin zip for every supported OpenSearch 3.x release into one folder,
# then says which releases it could not build (or test) and why.
#
# Usage: scripts/build-opensearch-plugins.sh [--test] [--out DIR] [RELEASE...]
#   RELEASE   e.g. 3.4.0; default: every release opensearch-plugin/parent/pom.xml knows
#   --test    also run the plugin's single-node tests on each release (not as root: OpenSearch
#             refuses to run as root)
#   --out DIR the folder for the zips (default target/opensearch-plugins); logs go to DIR/logs
#
# Each release is a separate Maven build of module opensearch-plugin with -Dopensearch.version,
# after removing opensearch-plugin/target (classes compiled against another release).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '4,9s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

test=false
out=target/opensearch-plugins
releases=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --test) test=true ;;
    --out)
      [[ $# -ge 2 ]] || usage
      out=$2
      shift
      ;;
    -h | --help) usage ;;
    -*)
      echo "build-opensearch-plugins.sh: unknown option $1" >&2
      usage
      ;;
    *) releases+=("$1") ;;
  esac
  shift
done

if $test && [[ $(id -u) -eq 0 ]]; then
  echo "build-opensearch-plugins.sh: --test cannot run as root (OpenSearch refuses to); run it as a normal user" >&2
  exit 2
fi

# The releases the build knows the Lucene of: the default and one profile per other release.
pom=opensearch-plugin/parent/pom.xml
if [[ ${#releases[@]} -eq 0 ]]; then
  mapfile -t releases < <({
    sed -n 's|^ *<opensearch\.version>\(.*\)</opensearch\.version>.*|\1|p' "$pom"
    sed -n 's|^ *<id>opensearch-\(3\.[0-9.]*\)</id>.*|\1|p' "$pom"
  } | sort -uV)
fi

mkdir -p "$out/logs"
out=$(cd "$out" && pwd -P)

# Why a Maven build failed: the artifacts Maven Central lacks, a compile error or a failed test.
reason() {
  local missing
  missing=$(sed -n 's/^\[ERROR\] dependency: \([^ ]*\) .*/\1/p' "$1" | sort -u | paste -sd, - |
    sed 's/,/, /g')
  if [[ -n $missing ]] && grep -qE 'Could not find artifact|was not found in' "$1"; then
    echo "not on Maven Central: $missing"
  elif [[ -n $missing ]]; then
    echo "could not download $missing"
  else
    grep -m1 -oE '[^ /]+\.java:\[[0-9,]+\] error: .*|Tests run: .*(Failures|Errors): [1-9].*' "$1" ||
      grep -m1 '^\[ERROR\] ' "$1" | sed 's/^\[ERROR\] *//' ||
      echo "see the log"
  fi
}

# How many tests the last run of module opensearch-plugin ran (0 if none).
tests_run() {
  local reports=(opensearch-plugin/target/surefire-reports/TEST-*.xml)
  if [[ ! -e ${reports[0]} ]]; then
    echo 0
    return
  fi
  sed -n 's/^<testsuite .* tests="\([0-9]*\)".*/\1/p' "${reports[@]}" | awk '{n += $1} END {print n + 0}'
}

built=()
tested=()
problems=()
failed=false
for release in "${releases[@]}"; do
  log=$out/logs/$release.log
  rm -rf opensearch-plugin/target
  echo "OpenSearch $release: building..." >&2
  if ! ./mvnw -B -q -pl opensearch-plugin -am package -Dmaven.test.skip=true \
    -Dopensearch.version="$release" >"$log" 2>&1; then
    problems+=("$release: not built: $(reason "$log") (log: $log)")
    failed=true
    continue
  fi
  zip=(opensearch-plugin/target/vnsearch-*-opensearch-"$release".zip)
  cp "${zip[0]}" "$out/"
  built+=("$release")
  if $test; then
    echo "OpenSearch $release: testing on one node..." >&2
    log=$out/logs/$release-test.log
    # Every test class of the plugin but the three-node cluster; none of the other modules'.
    status=0
    ./mvnw -B -q -pl opensearch-plugin -am test -Dopensearch.version="$release" \
      -Dtest='io.github.vnsearch.opensearch.*Tests,!io.github.vnsearch.opensearch.*ClusterTests' \
      -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
    count=$(tests_run)
    if [[ $status -eq 0 && $count -gt 0 ]]; then
      tested+=("$release ($count tests)")
    elif grep -q 'Could not resolve dependencies' "$log"; then
      problems+=("$release: zip built, not tested: $(reason "$log")")
    elif [[ $status -eq 0 ]]; then
      problems+=("$release: zip built, no test ran (log: $log)")
      failed=true
    else
      problems+=("$release: zip built, tests failed: $(reason "$log") (log: $log)")
      failed=true
    fi
  fi
done
rm -rf opensearch-plugin/target

echo "Zips in $out: ${#built[@]} of ${#releases[@]} releases (${built[*]})"
if $test; then
  echo "Single-node tests passed on ${#tested[@]} releases: $(printf '%s, ' "${tested[@]}" | sed 's/, $//')"
fi
for problem in "${problems[@]}"; do
  echo "$problem"
done
# Failing: a release that does not build or whose tests fail, not one Maven Central cannot test.
! $failed
