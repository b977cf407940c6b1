# Sourced by ./vnsearch and ./bench: sets JAVA to a java binary of a JDK >= 21.
# Looks at JAVA_HOME first, then the usual install locations. Fails with a clear message.

vnsearch_java_feature() { # prints the feature version of the given java binary, e.g. 21
  # The JDK's release file answers without starting a JVM (a second or more on a busy machine).
  local release
  release="$(dirname "$(readlink -f "$1")")/../release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

vnsearch_find_jdk() {
  local candidate version
  for candidate in \
    ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
    /usr/lib/jvm/*/bin/java \
    /opt/java/*/bin/java /opt/*/bin/java \
    "$HOME"/.sdkman/candidates/java/*/bin/java \
    /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
    "$(command -v java 2>/dev/null)"; do
    [ -x "$candidate" ] || continue
    version=$(vnsearch_java_feature "$candidate")
    case "$version" in '' | 1.*) continue ;; esac
    if [ "$version" -ge 21 ] 2>/dev/null; then
      JAVA="$candidate"
      JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd)
      export JAVA_HOME
      return 0
    fi
  done
  echo "vnsearch needs a JDK 21 or newer: none found in JAVA_HOME, /usr/lib/jvm, /opt or on PATH." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk') or point JAVA_HOME at it." >&2
  return 1
}

# Rebuilds the given jar with ./mvnw when it is missing or older than any source or POM of MODULE
# and the modules it is built from (all modules when none are listed).
# Usage: vnsearch_ensure_jar ROOT JAR MODULE [UPSTREAM_MODULE...]
vnsearch_ensure_jar() {
  local root=$1 jar=$2 module=$3
  shift 3
  local sources=("$root"/pom.xml "$root"/*/pom.xml "$root"/*/src)
  if [ $# -gt 0 ]; then
    sources=("$root"/pom.xml "$root/$module/pom.xml" "$root/$module/src")
    local upstream
    for upstream in "$@"; do
      sources+=("$root/$upstream/pom.xml" "$root/$upstream/src")
    done
  fi
  if [ -f "$jar" ] && [ -z "$(find "${sources[@]}" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "Building $module (first run or sources changed)..." >&2
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/vnsearch-build.XXXXXX")
  if ! (cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package -pl "$module" -am) >"$log" 2>&1; then
    grep -E '^\[(ERROR|FATAL)\]' "$log" | head -n 20 >&2
    echo "Build failed: run './mvnw -pl $module -am package' to see why." >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}
