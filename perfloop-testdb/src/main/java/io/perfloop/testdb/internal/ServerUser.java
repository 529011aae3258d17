package io.perfloop.testdb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operating-system user PostgreSQL runs as.
 *
 * <p>PostgreSQL refuses to run as root, and this project's machines and CI run as root. Instead
 * of two code paths, every command goes through {@link #command}: as a normal user the prefix is
 * empty; as root it is {@code runuser -u nobody --} and the data directory is handed to that user
 * with {@link #handOver}. Everything else (initdb, pg_ctl, the server log) is identical.
 * The unprivileged account can be changed with {@code -Dperfloop.testdb.runAs=NAME}.
 */
public final class ServerUser {

    /** System property naming the account used when the JVM runs as root. */
    public static final String RUN_AS_PROPERTY = "perfloop.testdb.runAs";

    private final String switchTo;

    private ServerUser(String switchTo) {
        this.switchTo = switchTo;
    }

    /** Decides once from the JVM's own uid. */
    public static ServerUser detect() {
        return isRoot() ? new ServerUser(System.getProperty(RUN_AS_PROPERTY, "nobody")) : new ServerUser(null);
    }

    /** True when commands are switched to another account. */
    public boolean switchesUser() {
        return switchTo != null;
    }

    /** The account the server runs as, for messages. */
    public String name() {
        return switchTo != null ? switchTo : System.getProperty("user.name");
    }

    /** The full command line for {@code tool} run as the server user. */
    public List<String> command(Path tool, List<String> args) {
        List<String> command = new ArrayList<>();
        if (switchTo != null) {
            command.addAll(List.of("runuser", "-u", switchTo, "--"));
        }
        command.add(tool.toString());
        command.addAll(args);
        return command;
    }

    /**
     * Gives {@code directory} to the server user, so initdb and the server may write there.
     *
     * @throws IllegalArgumentException when the server user could not even enter it, because a
     *                                  parent directory is closed to others (e.g. JUnit's {@code @TempDir})
     */
    public void handOver(Path directory) {
        if (switchTo == null) {
            return;
        }
        try {
            UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(switchTo);
            requireReachable(directory.toAbsolutePath().getParent(), owner);
            Files.setOwner(directory, owner);
        } catch (IOException e) {
            throw new UncheckedIOException("running as root, PostgreSQL must run as '" + switchTo
                    + "' but " + directory + " could not be given to that user (set -D" + RUN_AS_PROPERTY
                    + " to an existing unprivileged account): " + e, e);
        }
    }

    private void requireReachable(Path parent, UserPrincipal owner) throws IOException {
        for (Path step = parent; step != null; step = step.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(step);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE) && !Files.getOwner(step).equals(owner)) {
                throw new IllegalArgumentException("the JVM runs as root, so PostgreSQL runs as '" + switchTo
                        + "', who cannot enter " + step + " (" + PosixFilePermissions.toString(permissions)
                        + "); put the data directory under a directory others may enter, such as "
                        + System.getProperty("java.io.tmpdir"));
            }
        }
    }

    private static boolean isRoot() {
        try {
            // /proc/self resolves to this process's directory, owned by its effective uid
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
