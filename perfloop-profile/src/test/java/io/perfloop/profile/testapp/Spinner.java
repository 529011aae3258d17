package io.perfloop.profile.testapp;

/** Spins in {@link HotLoop} until its standard input closes (or 60 s pass): a JVM to attach to. */
public final class Spinner {
    private Spinner() {
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end) {
                HotLoop.spin(50_000_000L);
            }
        }, "spinner");
        worker.setDaemon(true);
        worker.start();
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to close our input
        }
    }
}
