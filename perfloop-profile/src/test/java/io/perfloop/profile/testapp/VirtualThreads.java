package io.perfloop.profile.testapp;

/** Starts a virtual thread reflectively (this code is compiled for Java 17) and waits for it. */
final class VirtualThreads {
    private VirtualThreads() {
    }

    static void run(Runnable task) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Thread t = (Thread) Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class).invoke(builder, task);
            t.join();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("virtual threads need JDK 21+", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
