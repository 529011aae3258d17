package io.perfloop.testdb.internal;

/** The server could not bind its port; another process took it between choosing and binding. */
public final class PortInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PortInUseException(int port, String serverLog) {
        super("port " + port + " is already in use:\n" + serverLog);
    }
}
