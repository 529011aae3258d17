package io.perfloop.agent.bootstrap;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * State attached to objects the agent does not own (a driver's statement, a URL connection),
 * by identity, without keeping them alive: entries go when their key is collected. Concurrent.
 */
public final class WeakIdentityMap<K, V> {
    private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<K> collected = new ReferenceQueue<>();

    /** The value for {@code key}, or {@code null}. */
    public V get(K key) {
        return map.get(new Lookup(key));
    }

    /** Sets the value for {@code key}. */
    public void put(K key, V value) {
        expunge();
        map.put(new WeakKey<>(key, collected), value);
    }

    /** Removes the value for {@code key}. */
    public void remove(K key) {
        map.remove(new Lookup(key));
    }

    /** Entries whose keys are still alive or not yet noticed as collected. */
    public int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        for (Object stale; (stale = collected.poll()) != null; ) {
            map.remove(stale);
        }
    }

    private static final class WeakKey<K> extends WeakReference<K> {
        private final int hash;

        WeakKey(K key, ReferenceQueue<K> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            if (referent == null) {
                return false;
            }
            if (other instanceof Lookup lookup) {
                return lookup.key == referent;
            }
            return other instanceof WeakKey<?> key && key.get() == referent;
        }
    }

    /** A short-lived strong key for lookups, equal to the weak key of the same object. */
    private static final class Lookup {
        private final Object key;

        Lookup(Object key) {
            this.key = key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }

        @Override
        public boolean equals(Object other) {
            if (other instanceof WeakKey<?> weak) {
                return weak.get() == key;
            }
            return other instanceof Lookup lookup && lookup.key == key;
        }
    }
}
