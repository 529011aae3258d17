package io.perfloop.profile.testapp;

/** A class whose static initializer blocks: a virtual thread initialising it stays pinned, even on JDK 24+. */
final class SlowInit {
    static final long LOADED;

    static {
        Sleep.of(150); // PINNED IN CLINIT
        LOADED = System.nanoTime();
    }

    private SlowInit() {
    }
}
