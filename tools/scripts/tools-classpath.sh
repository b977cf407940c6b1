# Sourced by analysis-vi/scripts/build-dictionary.sh and restore/scripts/build-restorer-model.sh.
#
# vnsearch_tools_classpath ROOT DIR: compiles the tools module and the modules it is built from
# (analysis-vi, restore, core), then sets TOOLS_CP to a class path for running the tools: private
# copies of their classes under DIR (so that a concurrent build cannot pull them away while a
# long run reads them) and the jars they depend on.
vnsearch_tools_classpath() {
  local root=$1 dir=$2 entry i=0
  # With -am every module of the reactor writes the file in turn; tools, built last, writes it last.
  (cd "$root" && ./mvnw -B -q compile dependency:build-classpath -pl tools -am \
    -Dspotless.check.skip=true -Dmdep.includeScope=runtime -Dmdep.outputFile="$dir/classpath.txt")
  mkdir -p "$dir/classes"
  cp -r "$root/tools/target/classes" "$dir/classes/tools"
  TOOLS_CP="$dir/classes/tools"
  local entries
  IFS=: read -ra entries < "$dir/classpath.txt" || true # the file has no final newline
  for entry in "${entries[@]}"; do
    if [ -d "$entry" ]; then # a module of this build: its target/classes
      i=$((i + 1))
      cp -r "$entry" "$dir/classes/$i"
      entry="$dir/classes/$i"
    fi
    TOOLS_CP="$TOOLS_CP:$entry"
  done
}
