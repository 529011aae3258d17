#!/usr/bin/env bash
# The index advisor benchmark: advisor vs exhaustive search vs a Dexter-style baseline, costed with
# hypopg on the local PostgreSQL 15 (needs postgresql-15-hypopg; .ci/run installs it).
# Usage: perfloop-db/bench/advisor-benchmark.sh [jdbc-url]   (default: the seeded shop in database test)
set -euo pipefail
cd "$(dirname "$0")/../.."
# one reactor run: compiles, and resolves the sibling modules to their target/classes
mvn -B -q -o -pl perfloop-db -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd perfloop-db
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.perfloop.db.bench.AdvisorBenchmark "$@"
