package io.perfloop.profile.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns a (stack, label) pair as one int key, where the label is a string such as the allocated
 * type, the contended monitor's class or a pinning reason; tallies stay int keyed. Pairs live in an
 * open-addressing table of longs, so the per-event lookup allocates nothing.
 */
final class PairKeys {
    private final Map<String, Integer> labelIds = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private long[] slots = new long[256];
    private int[] slotIds = new int[256];
    private int[] stacks = new int[64];
    private int[] labelOf = new int[64];
    private int size;

    PairKeys() {
        Arrays.fill(slots, -1);
    }

    /** The id of a label; a null label counts as "". */
    int label(String label) {
        return labelIds.computeIfAbsent(label == null ? "" : label, l -> {
            labels.add(l);
            return labels.size() - 1;
        });
    }

    /** The key of (stackId, label). */
    int key(int stackId, String label) {
        return key(stackId, label(label));
    }

    /** The key of (stackId, labelId). */
    int key(int stackId, int labelId) {
        long pair = ((long) stackId << 32) | (labelId & 0xffffffffL);
        int mask = slots.length - 1;
        int i = (int) (pair * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (slots[i] != -1) {
            if (slots[i] == pair) {
                return slotIds[i];
            }
            i = (i + 1) & mask;
        }
        int id = size++;
        if (id == stacks.length) {
            stacks = Arrays.copyOf(stacks, id * 2);
            labelOf = Arrays.copyOf(labelOf, id * 2);
        }
        stacks[id] = stackId;
        labelOf[id] = labelId;
        slots[i] = pair;
        slotIds[i] = id;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    int stack(int key) {
        return stacks[key];
    }

    String label(int key) {
        return labels.get(labelOf[key]);
    }

    private void grow() {
        long[] old = slots;
        int[] oldIds = slotIds;
        slots = new long[old.length * 2];
        slotIds = new int[old.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int k = 0; k < old.length; k++) {
            if (old[k] != -1) {
                int i = (int) (old[k] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (slots[i] != -1) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[k];
                slotIds[i] = oldIds[k];
            }
        }
    }
}
