#!/bin/bash
# Kills the random-order CMS load with SIGKILL once its sandbox's write-ahead log passes LOG_MB (default 150), then
# restarts a sandbox on the directory it left (CmsRestart): the replay time, the audit chain, the heap, the close.
# Run from the repository root after ./mvnw -pl tscns-benchmarks -am package -DskipTests.
set -euo pipefail
limit=$(( ${1:-150} * 1000000 ))
jar=tscns-benchmarks/target/benchmarks.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djava.io.tmpdir="$work" -cp "$jar" io.tscns.benchmarks.cms.CmsActivationLoad 1.0 "durable, raw HTTPS, random" \
    > "$work/load.out" 2>&1 &
pid=$!
dir=
while kill -0 "$pid" 2>/dev/null; do
  for log in "$work"/tscns-cms-load*/cms.log; do
    if [ -f "$log" ] && [ "$(stat -c %s "$log")" -ge "$limit" ]; then
      kill -9 "$pid"
      dir=$(dirname "$log")
      break 2
    fi
  done
  sleep 0.2
done
wait "$pid" 2>/dev/null || true
if [ -z "$dir" ]; then
  echo "the load ended before its log reached the limit" >&2
  exit 1
fi
echo "killed the load with SIGKILL"
java -cp "$jar" io.tscns.benchmarks.cms.CmsRestart "$dir"
