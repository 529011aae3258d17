package io.perfloop.cli;

import picocli.CommandLine.Command;

/** The top-level {@code perfloop} command; the verbs are its subcommands. */
@Command(name = "perfloop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The performance-optimisation loop for JVM services: record, measure, compare, guard.",
        subcommands = {TourCommand.class, RecordCommand.class, LoadCommand.class, CompareCommand.class,
                ExplainCommand.class, DbCheckCommand.class, ProfileCommand.class, picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class PerfloopCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
