package io.perfloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import io.perfloop.core.run.RunFormatException;
import picocli.CommandLine;

/** {@code java -jar perfloop.jar <command> ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests: set its out/err writers and call {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PerfloopCommand());
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code = exitCode(e);
            if (code == ExitCodes.BAD_INPUT) {
                err.println("perfloop: " + message(e));
            } else {
                err.println("perfloop: internal error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cl;
    }

    static int exitCode(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            e = u.getCause();
        }
        return e instanceof IllegalArgumentException || e instanceof RunFormatException || e instanceof IOException
                || e instanceof io.perfloop.db.DbException
                || e instanceof CommandLine.ParameterException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
    }

    private static String message(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() == null ? "no such file" : n.getReason());
        }
        if (e instanceof UncheckedIOException u) {
            return u.getMessage() + ": " + u.getCause().getMessage();
        }
        return e.getMessage();
    }
}
