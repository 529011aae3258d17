package io.perfloop.profile.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups (stack, label) tallies by application site: allocation sites and types, wait sites,
 * event-loop stalls and pinning sites. The site is the first application frame from the top, the
 * line a developer would change.
 */
final class SiteSummarizer {
    private final StackTable stacks;
    private final PairKeys pairs;

    SiteSummarizer(StackTable stacks, PairKeys pairs) {
        this.stacks = stacks;
        this.pairs = pairs;
    }

    /** Sums for one group, plus the heaviest top frame and label seen in it. */
    private static final class Group {
        long count;
        long sum;
        long max;
        final Map<String, long[]> topFrames = new HashMap<>();
        final Map<String, long[]> labels = new HashMap<>();

        void add(long c, long s, long m, String topFrame, String label) {
            count += c;
            sum += s;
            max = Math.max(max, m);
            topFrames.computeIfAbsent(topFrame, k -> new long[1])[0] += s;
            labels.computeIfAbsent(label, k -> new long[1])[0] += s;
        }

        static String heaviest(Map<String, long[]> m) {
            return m.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0]).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse("");
        }
    }

    private Map<List<String>, Group> group(Tally tally, boolean labelInKey) {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        tally.forEach((key, count, sum, max) -> {
            int stack = pairs.stack(key);
            String label = pairs.label(key);
            String site = Sites.applicationSite(stacks, stack);
            List<String> k = labelInKey ? List.of(site, label) : List.of(site);
            groups.computeIfAbsent(k, x -> new Group()).add(count, sum, max, Sites.frame(stacks, stack, 0), label);
        });
        return groups;
    }

    List<AllocationSite> allocationSites(Tally allocation, long allBytes, int top) {
        List<AllocationSite> rows = new ArrayList<>();
        group(allocation, false).forEach((k, g) -> {
            if (g.sum > 0) { // first samples of a thread carry no weight
                rows.add(new AllocationSite(k.get(0), Group.heaviest(g.topFrames),
                        Group.heaviest(g.labels), g.sum, g.count, allBytes == 0 ? 0 : (double) g.sum / allBytes));
            }
        });
        rows.sort(Comparator.comparingLong(AllocationSite::bytes).reversed().thenComparing(AllocationSite::site));
        return first(rows, top);
    }

    List<TypeAllocation> allocationTypes(Tally allocation, long allBytes, int top) {
        Map<String, long[]> byType = new HashMap<>();
        allocation.forEach((key, count, sum, max) -> {
            long[] t = byType.computeIfAbsent(pairs.label(key), x -> new long[2]);
            t[0] += sum;
            t[1] += count;
        });
        List<TypeAllocation> rows = new ArrayList<>();
        byType.forEach((type, t) -> {
            if (t[0] > 0) {
                rows.add(new TypeAllocation(type, t[0], t[1], allBytes == 0 ? 0 : (double) t[0] / allBytes));
            }
        });
        rows.sort(Comparator.comparingLong(TypeAllocation::bytes).reversed().thenComparing(TypeAllocation::type));
        return first(rows, top);
    }

    List<WaitSite> waitSites(Map<WaitKind, Tally> waits, long wallNanos, int top) {
        List<WaitSite> rows = new ArrayList<>();
        waits.forEach((kind, tally) -> group(tally, true).forEach((k, g) -> rows.add(new WaitSite(kind, k.get(0),
                Group.heaviest(g.topFrames), k.get(1), g.count, g.sum, g.max, wallNanos == 0 ? 0 : (double) g.sum / wallNanos))));
        rows.sort(Comparator.comparingLong(WaitSite::totalNanos).reversed().thenComparing(WaitSite::site));
        return first(rows, top);
    }

    List<Stall> stalls(ScopeTally scope, int top) {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        Map<List<String>, String> threads = new HashMap<>();
        scope.stalls.forEach((key, count, sum, max) -> {
            int stack = pairs.stack(key);
            List<String> k = List.of(pairs.label(key), Sites.applicationSite(stacks, stack));
            groups.computeIfAbsent(k, x -> new Group()).add(count, sum, max, Sites.frame(stacks, stack, 0), "");
            threads.putIfAbsent(k, scope.stallThreads.get(key));
        });
        List<Stall> rows = new ArrayList<>();
        groups.forEach((k, g) -> rows.add(new Stall(k.get(0), k.get(1), Group.heaviest(g.topFrames), threads.get(k),
                g.count, g.sum, g.max)));
        rows.sort(Comparator.comparingLong(Stall::totalNanos).reversed().thenComparing(Stall::site));
        return first(rows, top);
    }

    List<PinnedSite> pinned(Tally pinned, int top) {
        List<PinnedSite> rows = new ArrayList<>();
        pinned.forEach((key, count, sum, max) -> {
            int stack = pairs.stack(key);
            String reason = pairs.label(key).isEmpty() ? PinReason.fromStack(stacks, stack) : pairs.label(key);
            int pinning = PinReason.pinningFrame(stacks, stack);
            String site = pinning >= 0 ? Sites.frame(stacks, stack, pinning) : Sites.applicationSite(stacks, stack);
            rows.add(new PinnedSite(site, Sites.frame(stacks, stack, blockingFrame(stack)), reason, count, sum, max));
        });
        // one row per (site, reason)
        Map<List<String>, PinnedSite> merged = new LinkedHashMap<>();
        for (PinnedSite p : rows) {
            merged.merge(List.of(p.site(), p.reason()), p, (a, b) -> new PinnedSite(a.site(), a.blockingFrame(), a.reason(),
                    a.count() + b.count(), a.totalNanos() + b.totalNanos(), Math.max(a.maxNanos(), b.maxNanos())));
        }
        List<PinnedSite> out = new ArrayList<>(merged.values());
        out.sort(Comparator.comparingLong(PinnedSite::totalNanos).reversed().thenComparing(PinnedSite::site));
        return first(out, top);
    }

    /** The blocking operation under a pinning event: the top frame, past the virtual-thread machinery posting the event. */
    private int blockingFrame(int stack) {
        int[] m = stacks.methods(stack);
        MethodTable methods = stacks.methodTable();
        for (int i = 0; i < m.length; i++) {
            String c = methods.className(m[i]);
            if (!c.equals("java.lang.VirtualThread") && !c.startsWith("jdk.internal.") && !c.startsWith("jdk.jfr.")) {
                return i;
            }
        }
        return 0;
    }

    List<WaitTotal> waitTotals(Map<WaitKind, Tally> waits, long wallNanos) {
        List<WaitTotal> rows = new ArrayList<>();
        waits.forEach((kind, tally) -> {
            if (!tally.isEmpty()) {
                long sum = tally.totalSum();
                rows.add(new WaitTotal(kind, tally.totalCount(), sum, wallNanos == 0 ? 0 : (double) sum / wallNanos));
            }
        });
        rows.sort(Comparator.comparingLong(WaitTotal::totalNanos).reversed());
        return rows;
    }

    private static <T> List<T> first(List<T> rows, int top) {
        return rows.size() > top ? List.copyOf(rows.subList(0, top)) : rows;
    }
}
