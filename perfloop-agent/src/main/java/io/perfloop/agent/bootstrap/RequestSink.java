package io.perfloop.agent.bootstrap;

import io.perfloop.core.event.RequestEvent;

/** Where finished requests go (the agent's writer pipeline). Must not block and must not throw. */
@FunctionalInterface
public interface RequestSink {
    /** Takes one finished request. */
    void accept(RequestEvent request);
}
