package io.perfloop.profile.testapp;

/** Spins 300 ms of CPU in {@link HotLoop} and exits with code 3 (so a test can see the code come back). */
public final class ShortSpin {
    private ShortSpin() {
    }

    public static void main(String[] args) {
        HotLoop.spin(300_000_000L);
        System.exit(3);
    }
}
