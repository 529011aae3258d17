package io.perfloop.profile.analysis;

/** The JFR event types the analysis reads, and {@link #OTHER} for the rest. Order matters: up to {@link #GC_PAUSE} they are subject to the analysis window. */
enum EventKind {
    CPU, ALLOCATION, MONITOR_ENTER, PARK, MONITOR_WAIT, SLEEP, SOCKET, FILE, PINNED, GC, GC_PAUSE,
    HEAP, THREAD_CPU, THREAD_START, CPU_INFO, CONTAINER, SETTING, OTHER
}
