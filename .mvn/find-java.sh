# Sourced by ./mvnw, ./rolelens and .ci/run (POSIX sh; works under `set -euf`): finds a JDK 21 or
# newer, which RoleLens needs (Lucene 10). Defines functions only.

# Prints the major version of the java binary given, or nothing.
rolelens_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Prints the home of a JDK 21+: JAVA_HOME when it is one, else the first under /usr/lib/jvm, else the
# one `java` on PATH belongs to. Returns 1 when there is none.
rolelens_find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    rolelens_major="$(rolelens_java_major "$JAVA_HOME/bin/java")"
    if [ -n "$rolelens_major" ] && [ "$rolelens_major" -ge 21 ]; then
      echo "$JAVA_HOME"
      return 0
    fi
    echo "JAVA_HOME=$JAVA_HOME is Java ${rolelens_major:-unknown}; looking for Java 21+ elsewhere" >&2
  fi
  # `ls` rather than a glob: ./mvnw runs with globbing off (set -f).
  for rolelens_name in $(ls /usr/lib/jvm 2>/dev/null); do
    rolelens_jdk="/usr/lib/jvm/$rolelens_name"
    if [ -x "$rolelens_jdk/bin/java" ] && [ -x "$rolelens_jdk/bin/javac" ]; then
      rolelens_major="$(rolelens_java_major "$rolelens_jdk/bin/java")"
      if [ -n "$rolelens_major" ] && [ "$rolelens_major" -ge 21 ]; then
        echo "$rolelens_jdk"
        return 0
      fi
    fi
  done
  if command -v java >/dev/null 2>&1; then
    rolelens_jdk="$(readlink -f "$(command -v java)")"
    rolelens_major="$(rolelens_java_major "$rolelens_jdk")"
    if [ -n "$rolelens_major" ] && [ "$rolelens_major" -ge 21 ]; then
      echo "${rolelens_jdk%/bin/java}"
      return 0
    fi
  fi
  return 1
}
