package io.perfloop.profile.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns a (stack, label) pair as one int key, where the label is a string such as the allocated
 * type, the contended monitor's class or a pinning reason; tallies stay int keyed.
 */
final class PairKeys {
    private final Map<String, Integer> labelIds = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private final Map<Long, Integer> pairIds = new HashMap<>();
    private int[] stacks = new int[64];
    private int[] labelOf = new int[64];

    /** The key of (stackId, label); a null label counts as "". */
    int key(int stackId, String label) {
        int labelId = labelIds.computeIfAbsent(label == null ? "" : label, l -> {
            labels.add(l);
            return labels.size() - 1;
        });
        long pair = ((long) stackId << 32) | (labelId & 0xffffffffL);
        Integer id = pairIds.get(pair);
        if (id != null) {
            return id;
        }
        int next = pairIds.size();
        if (next == stacks.length) {
            stacks = java.util.Arrays.copyOf(stacks, next * 2);
            labelOf = java.util.Arrays.copyOf(labelOf, next * 2);
        }
        stacks[next] = stackId;
        labelOf[next] = labelId;
        pairIds.put(pair, next);
        return next;
    }

    int stack(int key) {
        return stacks[key];
    }

    String label(int key) {
        return labels.get(labelOf[key]);
    }
}
