package io.perfloop.core.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Probes the JVM, the machine and the git state for a run's {@link RunMeta}. */
public final class RunEnvironment {
    private RunEnvironment() {
    }

    /** Metadata for a run made now by this JVM, in {@code workDir}. */
    public static RunMeta meta(Instant startedAt, Instant endedAt, List<String> command, Path workDir) {
        return new RunMeta(startedAt, endedAt, command, workDir.toAbsolutePath().toString(), jvm(), machine(),
                git(workDir));
    }

    /** This JVM. */
    public static RunMeta.JvmInfo jvm() {
        return new RunMeta.JvmInfo(System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory());
    }

    /** This machine. */
    public static RunMeta.MachineInfo machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = null;
        }
        return new RunMeta.MachineInfo(host, System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
    }

    /**
     * The git commit and dirty flag of {@code dir}, or {@code null} when it is not in a git work tree or git
     * is not installed. Never throws: a run must not fail because git is missing.
     */
    public static RunMeta.GitInfo git(Path dir) {
        String commit = runGit(dir, "rev-parse", "HEAD");
        if (commit == null || commit.isBlank()) {
            return null;
        }
        String status = runGit(dir, "status", "--porcelain", "--untracked-files=no");
        return new RunMeta.GitInfo(commit.strip(), status != null && !status.isBlank());
    }

    private static String runGit(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
