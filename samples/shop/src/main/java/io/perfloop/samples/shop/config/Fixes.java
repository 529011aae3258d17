package io.perfloop.samples.shop.config;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set of fix switches that are on for this run of the shop. Immutable.
 *
 * @param on the switches that are on
 */
public record Fixes(Set<Fix> on) {

    public Fixes {
        on = on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
        if (on.contains(Fix.CACHE) && on.contains(Fix.CACHE_NO_INVALIDATION)) {
            throw new IllegalArgumentException("shop.fix: 'cache' and 'cache-no-invalidation' exclude each other "
                    + "(the second is the same cache without invalidation on write); choose one");
        }
    }

    /** No switch on: every problem present. */
    public static Fixes none() {
        return new Fixes(Set.of());
    }

    /**
     * Parses the values of {@code shop.fix}: switch names, each value possibly a comma-separated list;
     * {@code all} means every real fix (not the wrong {@code cache-no-invalidation}), {@code none} nothing.
     *
     * @throws IllegalArgumentException naming the unknown switch and listing the known ones
     */
    public static Fixes parse(Collection<String> values) {
        EnumSet<Fix> on = EnumSet.noneOf(Fix.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                if (name.isBlank() || name.trim().equalsIgnoreCase("none")) {
                    continue;
                }
                if (name.trim().equalsIgnoreCase("all")) {
                    on.addAll(EnumSet.complementOf(EnumSet.of(Fix.CACHE_NO_INVALIDATION)));
                    continue;
                }
                on.add(Fix.byId(name).orElseThrow(() -> new IllegalArgumentException(
                        "shop.fix: unknown switch '" + name.trim() + "'; known: all, none, " + Fix.allIds())));
            }
        }
        return new Fixes(on);
    }

    /** Whether {@code fix} is on. */
    public boolean isOn(Fix fix) {
        return on.contains(fix);
    }

    @Override
    public String toString() {
        return on.isEmpty() ? "none" : EnumSet.copyOf(on).stream().map(Fix::id).collect(Collectors.joining(","));
    }
}
