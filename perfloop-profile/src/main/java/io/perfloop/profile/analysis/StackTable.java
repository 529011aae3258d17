package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns stacks (method and line per frame, top frame first) as small ints, so tallies are int
 * keyed and memory grows with the number of <em>distinct</em> stacks, not with the number of events.
 * Past {@code maxStacks} distinct stacks, new ones are cut to their top frame (counted in
 * {@link #cutStacks()}), which keeps memory bounded on pathological recordings and still answers
 * "which method".
 */
final class StackTable {
    private static final int IDENTITY_CACHE_LIMIT = 200_000;

    private final MethodTable methods;
    private final int maxStacks;
    private final Map<RecordedStackTrace, Integer> identity = new IdentityHashMap<>();
    private final Map<Key, Integer> byContent = new HashMap<>();
    private final List<int[]> methodIds = new ArrayList<>();
    private final List<int[]> lineNumbers = new ArrayList<>();
    private long cutStacks;

    StackTable(MethodTable methods, int maxStacks) {
        this.methods = methods;
        this.maxStacks = maxStacks;
    }

    /** The stack's id; an event without a stack gets the empty stack's. */
    int intern(RecordedStackTrace stack) {
        if (stack == null) {
            return intern(new int[0], new int[0]);
        }
        Integer id = identity.get(stack);
        if (id != null) {
            return id;
        }
        List<RecordedFrame> frames = stack.getFrames();
        int[] m = new int[frames.size()];
        int[] l = new int[frames.size()];
        for (int i = 0; i < m.length; i++) {
            RecordedFrame f = frames.get(i);
            m[i] = methods.intern(f);
            l[i] = f.getLineNumber();
        }
        int interned = intern(m, l);
        if (identity.size() >= IDENTITY_CACHE_LIMIT) {
            identity.clear();
        }
        identity.put(stack, interned);
        return interned;
    }

    int intern(int[] m, int[] l) {
        Key key = new Key(m, l);
        Integer known = byContent.get(key);
        if (known != null) {
            return known;
        }
        if (methodIds.size() >= maxStacks && m.length > 1) {
            cutStacks++;
            return intern(Arrays.copyOf(m, 1), Arrays.copyOf(l, 1));
        }
        int id = methodIds.size();
        methodIds.add(m);
        lineNumbers.add(l);
        byContent.put(key, id);
        return id;
    }

    MethodTable methodTable() {
        return methods;
    }

    int size() {
        return methodIds.size();
    }

    /** Method ids, top frame first. Do not modify. */
    int[] methods(int stackId) {
        return methodIds.get(stackId);
    }

    /** Line numbers, top frame first (≤ 0 when unknown). Do not modify. */
    int[] lines(int stackId) {
        return lineNumbers.get(stackId);
    }

    /** Index of the first application frame from the top, or -1 when the stack has none. */
    int firstApplicationFrame(int stackId) {
        int[] m = methodIds.get(stackId);
        for (int i = 0; i < m.length; i++) {
            if (methods.isApplication(m[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Stacks cut to their top frame because the table was full. */
    long cutStacks() {
        return cutStacks;
    }

    private static final class Key {
        final int[] m;
        final int[] l;
        final int hash;

        Key(int[] m, int[] l) {
            this.m = m;
            this.l = l;
            this.hash = 31 * Arrays.hashCode(m) + Arrays.hashCode(l);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(m, k.m) && Arrays.equals(l, k.l);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
