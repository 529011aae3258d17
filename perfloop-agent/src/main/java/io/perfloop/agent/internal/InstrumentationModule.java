package io.perfloop.agent.internal;

import io.perfloop.agent.bootstrap.Probe;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One instrumented library: which types and methods get which advice. Each lives in its own
 * folder under {@code io.perfloop.agent.instrumentation}, named with the oldest version supported.
 */
public interface InstrumentationModule {
    /** The probe whose switch covers this module. */
    Probe probe();

    /** Adds this module's type matchers and advice to the agent. */
    AgentBuilder apply(AgentBuilder agent, AdviceFactory advice);
}
