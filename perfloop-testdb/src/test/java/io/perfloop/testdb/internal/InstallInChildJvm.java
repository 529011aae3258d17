package io.perfloop.testdb.internal;

import java.nio.file.Path;

/** Entry point for {@link PostgresBinariesTest}: installs into {@code args[0]} from a separate JVM. */
public final class InstallInChildJvm {

    private InstallInChildJvm() {
    }

    public static void main(String[] args) {
        PostgresBinaries.Installation installation = PostgresBinaries.install(Path.of(args[0]));
        System.out.println("extracted=" + installation.extracted() + " home=" + installation.home());
    }
}
