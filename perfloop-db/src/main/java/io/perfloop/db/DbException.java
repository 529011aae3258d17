package io.perfloop.db;

/**
 * A problem the user can act on: an unreachable database, SQL the server rejects, a statement
 * perfloop refuses to explain. The message says what happened and, where known, what to do.
 */
public class DbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public DbException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, caused by {@code cause}. */
    public DbException(String message, Throwable cause) {
        super(message, cause);
    }
}
