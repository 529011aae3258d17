#!/usr/bin/env bash
# Agreement of perfloop's JUnit benchmark fixture with JMH: the same five microbenchmarks
# (io.perfloop.benchmarks.agreement.Workloads) measured by JMH (AgreementJmh) and by the fixture
# (AgreementFixture, default settings, through the JUnit launcher), alternately, RUNS times each;
# passes when the ratios between the benchmarks' medians agree within 10 %.
#
# Two settings make the tools measure the same thing on a shared, busy machine:
# - JMH runs many short iterations (-i 300 -r 5ms) and the script takes the median iteration:
#   like the fixture's median round, it leaves out the slices in which the thread was preempted
#   (a 1 s iteration's average includes them; at a load of 8 on 2 cores that doubled some scores).
# - The fixture JVM gets the compiler blackhole that JMH gives its forks on JDK 17+.
#
#   benchmarks/fixture-vs-jmh.sh
#   RUNS=1 MAVEN_ARGS=-o benchmarks/fixture-vs-jmh.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/agreement
runs=${RUNS:-3}
rm -rf "$out" && mkdir -p "$out"

mvn -B -q ${MAVEN_ARGS:-} -pl benchmarks -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
blackhole=(-XX:+UnlockDiagnosticVMOptions -XX:+UnlockExperimentalVMOptions -XX:CompileCommand=quiet
           -XX:CompileCommand=blackhole,org/openjdk/jmh/infra/Blackhole.consumeCompiler -DcompilerBlackholesEnabled=true)

jmh_files=()
for i in $(seq 1 "$runs"); do
    echo "== run $i of $runs: JMH (-f 2 -wi 3 -w 1s -i 300 -r 5ms)"
    java -cp "$cp" org.openjdk.jmh.Main 'io.perfloop.benchmarks.agreement.AgreementJmh' \
        -f 2 -wi 3 -w 1s -i 300 -r 5ms -rf json -rff "$out/jmh-$i.json" > "$out/jmh-$i.log"
    grep -E '^(Benchmark|AgreementJmh)' "$out/jmh-$i.log"
    jmh_files+=("$out/jmh-$i.json")
    echo "== run $i of $runs: perfloop fixture (default settings)"
    java "${blackhole[@]}" -cp "$cp" io.perfloop.benchmarks.agreement.FixtureVsJmh fixture "$out/fixture" 2>&1 | tee "$out/fixture-$i.log"
    if grep -q "Blackhole compile option" "$out/fixture-$i.log"; then
        echo "the JVM refused the compiler blackhole; without it Blackhole.consumeCompiler is an empty method" >&2
        exit 1
    fi
done
echo "== agreement"
java -cp "$cp" io.perfloop.benchmarks.agreement.FixtureVsJmh compare "$out/fixture" "${jmh_files[@]}" | tee "$out/agreement.txt"
