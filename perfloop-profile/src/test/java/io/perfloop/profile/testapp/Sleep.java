package io.perfloop.profile.testapp;

/** Thread.sleep without the checked exception. */
final class Sleep {
    private Sleep() {
    }

    static void of(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
