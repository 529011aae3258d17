package io.perfloop.db.captured;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which captured statements are worth a query plan: fed the requests of a recording one by one,
 * it sums each endpoint's time per statement shape and answers the shapes that take a given share
 * of their endpoint's wall time, the most time-consuming first. Statements that are not queries or
 * data changes (DDL, {@code SET}, {@code BEGIN}) have no plan worth explaining and are left out.
 *
 * <pre>{@code
 * StatementShapes shapes = new StatementShapes();
 * events.requests().forEach(shapes::add);
 * List<StatementShape> worth = shapes.worthExplaining(0.05);   // 5 % of their endpoint's time or more
 * }</pre>
 */
public final class StatementShapes {
    /** Executions kept per shape to pick the explained one from: enough for a median, bounded in memory. */
    static final int SAMPLES = 64;

    private final Map<String, long[]> endpoints = new HashMap<>(); // wall nanos, requests
    private final Map<List<String>, Shape> shapes = new LinkedHashMap<>();

    private static final class Shape {
        final String endpoint;
        final String fingerprint;
        final List<StatementEvent> samples = new ArrayList<>();
        long executions;
        long totalNanos;
        int requests;
        long lastRequest = Long.MIN_VALUE;

        Shape(String endpoint, String fingerprint) {
            this.endpoint = endpoint;
            this.fingerprint = fingerprint;
        }
    }

    /** Counts one captured request. */
    public void add(RequestEvent r) {
        long[] endpoint = endpoints.computeIfAbsent(r.endpoint(), k -> new long[2]);
        endpoint[0] += r.wallNanos();
        endpoint[1]++;
        for (StatementEvent s : r.statements()) {
            if (s.fingerprint() == null || s.sql() == null || !explainable(s.kind())) {
                continue;
            }
            Shape shape = shapes.computeIfAbsent(List.of(r.endpoint(), s.fingerprint()), k -> new Shape(r.endpoint(), s.fingerprint()));
            shape.executions++;
            shape.totalNanos += s.durationNanos();
            if (shape.lastRequest != r.id()) {
                shape.lastRequest = r.id();
                shape.requests++;
            }
            if (!s.failed() && shape.samples.size() < SAMPLES) {
                shape.samples.add(s);
            }
        }
    }

    private static boolean explainable(StatementKind kind) {
        return kind == StatementKind.SELECT || kind == StatementKind.INSERT || kind == StatementKind.UPDATE
                || kind == StatementKind.DELETE || kind == StatementKind.MERGE;
    }

    /**
     * The shapes taking at least {@code minShare} (0..1) of their endpoint's wall time, the largest
     * total time first (ties: endpoint, then fingerprint), each with the execution to explain.
     * A shape whose every execution failed has nothing to explain and is left out.
     */
    public List<StatementShape> worthExplaining(double minShare) {
        List<StatementShape> out = new ArrayList<>();
        for (Shape s : shapes.values()) {
            long[] endpoint = endpoints.get(s.endpoint);
            StatementEvent sample = median(s.samples);
            if (sample == null) {
                continue;
            }
            StatementShape shape = new StatementShape(s.endpoint, s.fingerprint, sample, s.executions, s.requests, s.totalNanos,
                    endpoint[0], (int) endpoint[1]);
            if (shape.share() >= minShare) {
                out.add(shape);
            }
        }
        out.sort(Comparator.comparingLong(StatementShape::totalNanos).reversed()
                .thenComparing(StatementShape::endpoint).thenComparing(StatementShape::fingerprint));
        return out;
    }

    /** The median-duration execution, among those with their bind values when any has them. */
    private static StatementEvent median(List<StatementEvent> samples) {
        List<StatementEvent> pool = samples.stream().filter(s -> s.parameters() != null).toList();
        if (pool.isEmpty()) {
            pool = samples;
        }
        if (pool.isEmpty()) {
            return null;
        }
        List<StatementEvent> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparingLong(StatementEvent::durationNanos));
        return sorted.get((sorted.size() - 1) / 2);
    }
}
