package io.perfloop.cli;

import io.perfloop.core.finding.RuleConfig;
import io.perfloop.db.catalogue.CatalogueCheck;
import io.perfloop.db.catalogue.CatalogueReport;
import io.perfloop.db.text.CatalogueText;
import io.perfloop.load.pacing.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code perfloop db-check --db URL}: unused, duplicate and invalid indexes, slow statements. Reads only. */
@Command(name = "db-check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a database's catalogue: unused, duplicate and invalid indexes, and the slowest "
                + "statements from pg_stat_statements (MariaDB/MySQL: performance_schema where available). Reads only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing found", "1:findings", ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class DbCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "the database to check")
    String db;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", description = "per-query timeout (default ${DEFAULT-VALUE})")
    String timeout;

    @Override
    public Integer call() {
        CatalogueReport report = CatalogueCheck.check(db, RuleConfig.defaults(), Duration.ofNanos(Durations.parseNanos(timeout)), List.of());
        PrintWriter out = spec.commandLine().getOut();
        out.print(CatalogueText.render(report));
        out.flush();
        return report.findings().isEmpty() ? ExitCodes.SUCCESS : ExitCodes.THRESHOLD_FAILED;
    }
}
