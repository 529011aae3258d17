package io.perfloop.core.run;

import java.time.Instant;
import java.util.List;

/**
 * When, where and how a run was made.
 *
 * @param startedAt wall-clock start
 * @param endedAt   wall-clock end
 * @param command   the command line as given (arguments, not a shell string)
 * @param workDir   the working directory of the command
 * @param jvm       the JVM that ran the generator
 * @param machine   the machine that ran the generator
 * @param git       the git state of the working directory, or {@code null} when not a repository
 */
public record RunMeta(Instant startedAt, Instant endedAt, List<String> command, String workDir,
                      JvmInfo jvm, MachineInfo machine, GitInfo git) {
    public RunMeta {
        command = command == null ? List.of() : List.copyOf(command);
    }

    /**
     * @param vendor   {@code java.vm.vendor}
     * @param version  {@code java.runtime.version}
     * @param vmName   {@code java.vm.name}
     * @param maxHeap  {@code Runtime.maxMemory()} in bytes
     */
    public record JvmInfo(String vendor, String version, String vmName, long maxHeap) {
    }

    /**
     * @param hostname host name, or {@code null} when it cannot be resolved
     * @param os       {@code os.name os.version}
     * @param arch     {@code os.arch}
     * @param cpus     available processors
     */
    public record MachineInfo(String hostname, String os, String arch, int cpus) {
    }

    /**
     * @param commit HEAD commit id
     * @param dirty  whether the work tree had uncommitted changes
     */
    public record GitInfo(String commit, boolean dirty) {
    }
}
