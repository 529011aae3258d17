package io.perfloop.cli;

/** The exit codes of every perfloop command, named once and listed in each command's {@code --help}. */
public final class ExitCodes {
    /** Done, every check passed. */
    public static final int SUCCESS = 0;
    /** A threshold check failed or a regression was found. */
    public static final int THRESHOLD_FAILED = 1;
    /** Bad input: an unknown option, a missing or malformed file, an empty workload. */
    public static final int BAD_INPUT = 2;
    /** A bug or an environment failure inside perfloop. */
    public static final int INTERNAL_ERROR = 3;

    /** Help lines for picocli's {@code exitCodeList} (annotations need constants, hence one per code). */
    static final String HELP_0 = "0:success, every check passed";
    static final String HELP_1 = "1:a --check threshold failed (compare: a regression)";
    static final String HELP_2 = "2:bad input (options, missing/malformed/empty files)";
    static final String HELP_3 = "3:internal error";

    private ExitCodes() {
    }
}
