package io.perfloop.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build), "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"perfloop " + (v == null ? "dev" : v) + " on Java " + System.getProperty("java.version")};
    }
}
