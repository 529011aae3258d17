package io.perfloop.profile.testapp;

/** A report built wholly in memory (the known allocation site) and its frugal twin. */
public final class Allocations {
    static volatile int sink;

    private Allocations() {
    }

    /** Builds a ~{@code kb} KB document in memory, fresh each time. */
    public static void renderReport(int kb) {
        StringBuilder doc = new StringBuilder();
        for (int row = 0; row < kb * 16; row++) {
            doc.append("row ").append(row).append(", amount ").append(row * 7).append(";\n"); // ALLOCATION SITE
        }
        sink = doc.length();
    }

    /** The same loop, summing instead of building. */
    public static void sumReport(int kb) {
        long sum = 0;
        for (int row = 0; row < kb * 16; row++) {
            sum += row * 7L;
        }
        sink = (int) sum;
    }
}
