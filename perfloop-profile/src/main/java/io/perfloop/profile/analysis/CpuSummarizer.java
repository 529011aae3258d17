package io.perfloop.profile.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns stack → sample counts into pstats-like rows: per method self and total (each method
 * counted once per sample, so recursion does not inflate it) with its hot line, and per line self
 * and total samples.
 */
final class CpuSummarizer {
    private final StackTable stacks;
    private final MethodTable methods;
    private final Tally cpu;
    private final long samples;
    private final long[] self;
    private final long[] total;
    private final long[] own;
    private final Map<Long, long[]> lineSelf = new HashMap<>();
    private final Map<Long, long[]> lineTotal = new HashMap<>();
    private final Map<Long, long[]> lineOwn = new HashMap<>();

    CpuSummarizer(StackTable stacks, Tally cpu) {
        this.stacks = stacks;
        this.methods = stacks.methodTable();
        this.cpu = cpu;
        this.samples = cpu.totalCount();
        this.self = new long[methods.size()];
        this.total = new long[methods.size()];
        this.own = new long[methods.size()];
        int[] seen = new int[methods.size()];
        int[] generation = {0};
        cpu.forEach((stack, count, sum, max) -> {
            int[] m = stacks.methods(stack);
            int[] l = stacks.lines(stack);
            if (m.length == 0) {
                return;
            }
            self[m[0]] += count;
            lineSelf.computeIfAbsent(key(m[0], l[0]), k -> new long[1])[0] += count;
            int app = stacks.firstApplicationFrame(stack);
            if (app >= 0) {
                own[m[app]] += count;
                lineOwn.computeIfAbsent(key(m[app], l[app]), k -> new long[1])[0] += count;
            }
            int g = ++generation[0];
            for (int i = 0; i < m.length; i++) {
                if (seen[m[i]] != g) { // topmost occurrence only: recursion counts once
                    seen[m[i]] = g;
                    total[m[i]] += count;
                    lineTotal.computeIfAbsent(key(m[i], l[i]), k -> new long[1])[0] += count;
                }
            }
        });
    }

    long samples() {
        return samples;
    }

    /** The top methods by total share, plus the top ones by self and by own share, ordered by total. */
    List<MethodStat> methods(int top) {
        List<Integer> ids = new ArrayList<>();
        for (int m = 0; m < total.length; m++) {
            if (total[m] > 0) {
                ids.add(m);
            }
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        ids.stream().sorted(Comparator.<Integer>comparingLong(m -> -total[m]).thenComparing(methods::display))
                .limit(top).forEach(chosen::add);
        ids.stream().filter(m -> self[m] > 0).sorted(Comparator.<Integer>comparingLong(m -> -self[m]).thenComparing(methods::display))
                .limit(top).forEach(chosen::add);
        ids.stream().filter(m -> own[m] > 0).sorted(Comparator.<Integer>comparingLong(m -> -own[m]).thenComparing(methods::display))
                .limit(top).forEach(chosen::add);
        Map<Integer, long[]> hotLines = new HashMap<>(); // method -> {line, samples}
        lineOwn.forEach((k, v) -> pick(hotLines, chosen, k, v[0]));
        lineTotal.forEach((k, v) -> {
            if (own[(int) (k >>> 32)] == 0) { // no own time: the line it spent its total in
                pick(hotLines, chosen, k, v[0]);
            }
        });
        Map<Integer, String> callers = callers(chosen);
        List<MethodStat> rows = new ArrayList<>();
        for (int m : chosen) {
            long[] hot = hotLines.getOrDefault(m, new long[]{0, 0});
            long base = own[m] > 0 ? own[m] : total[m];
            rows.add(new MethodStat(methods.display(m), methods.kind(m), methods.isApplication(m), self[m], own[m], total[m],
                    share(self[m]), share(own[m]), share(total[m]), (int) hot[0], base == 0 ? 0 : (double) hot[1] / base,
                    Sites.location(methods, m, (int) hot[0]), callers.get(m)));
        }
        rows.sort(Comparator.comparingLong(MethodStat::totalSamples).reversed().thenComparing(MethodStat::method));
        return rows;
    }

    private static void pick(Map<Integer, long[]> hotLines, Set<Integer> chosen, long key, long samples) {
        int m = (int) (key >>> 32);
        if (chosen.contains(m)) {
            long[] best = hotLines.computeIfAbsent(m, x -> new long[]{0, -1});
            int line = (int) key;
            if (samples > best[1] || samples == best[1] && line < best[0]) {
                best[0] = line;
                best[1] = samples;
            }
        }
    }

    /** Lines by self samples. */
    List<LineStat> lines(int top) {
        List<LineStat> rows = new ArrayList<>();
        lineSelf.forEach((k, v) -> {
            int m = (int) (k >>> 32);
            int line = (int) (long) k;
            long[] t = lineTotal.get(k);
            rows.add(new LineStat(Sites.location(methods, m, line), v[0], t == null ? v[0] : t[0], share(v[0])));
        });
        rows.sort(Comparator.comparingLong(LineStat::selfSamples).reversed().thenComparing(LineStat::location));
        return rows.size() > top ? List.copyOf(rows.subList(0, top)) : rows;
    }

    /** For library and native methods with self samples: the application frame that most often led to them. */
    private Map<Integer, String> callers(Set<Integer> chosen) {
        Map<Integer, Map<String, long[]>> counts = new HashMap<>();
        cpu.forEach((stack, count, sum, max) -> {
            int[] m = stacks.methods(stack);
            if (m.length == 0 || methods.isApplication(m[0]) || !chosen.contains(m[0])) {
                return;
            }
            int app = stacks.firstApplicationFrame(stack);
            if (app > 0) {
                counts.computeIfAbsent(m[0], x -> new HashMap<>())
                        .computeIfAbsent(Sites.frame(stacks, stack, app), x -> new long[1])[0] += count;
            }
        });
        Map<Integer, String> callers = new HashMap<>();
        counts.forEach((m, byCaller) -> byCaller.entrySet().stream()
                .max(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0]).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .ifPresent(e -> callers.put(m, e.getKey())));
        return callers;
    }

    private double share(long n) {
        return samples == 0 ? 0 : (double) n / samples;
    }

    private static long key(int method, int line) {
        return ((long) method << 32) | (line & 0xffffffffL);
    }
}
