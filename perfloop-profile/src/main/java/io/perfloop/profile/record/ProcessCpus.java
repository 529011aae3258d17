package io.perfloop.profile.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many CPUs a process may run on. JFR's {@code jdk.ThreadCPULoad} is a thread's CPU time as a
 * share of the JVM's <em>active</em> processors (its affinity mask and container limit), not of the
 * machine's hardware threads, so turning it back into CPU time needs this count; the recording only
 * holds the hardware count ({@code jdk.CPUInformation}) and, in a container, the limit.
 */
public final class ProcessCpus {
    private ProcessCpus() {
    }

    /** The CPUs this JVM may use, as the JVM itself counts them. */
    public static int current() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The CPUs in {@code pid}'s affinity mask ({@code Cpus_allowed_list} in {@code /proc/<pid>/status}),
     * or 0 when unknown (not Linux, the process is gone, or the line is unreadable). A container's CPU
     * limit is not in it; the recording's {@code jdk.ContainerConfiguration} carries that.
     */
    public static int of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return count(line.substring("Cpus_allowed_list:".length()).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // unknown: the analysis falls back on what the recording says
        }
        return 0;
    }

    /** The number of CPUs in a Linux CPU list such as {@code 0-3,8,10-11}; 0 when it cannot be read. */
    static int count(String list) {
        if (list.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String part : list.split(",")) {
            String range = part.trim();
            int dash = range.indexOf('-');
            try {
                if (dash < 0) {
                    Integer.parseInt(range);
                    count++;
                } else {
                    int from = Integer.parseInt(range.substring(0, dash));
                    int to = Integer.parseInt(range.substring(dash + 1));
                    if (to < from) {
                        return 0;
                    }
                    count += to - from + 1;
                }
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return count;
    }
}
