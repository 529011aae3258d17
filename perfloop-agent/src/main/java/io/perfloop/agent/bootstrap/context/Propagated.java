package io.perfloop.agent.bootstrap.context;

/** A task wrapped by the agent to carry its submitter's unit of work; knows what it wraps. */
public interface Propagated {
    /** The application's task, as it was submitted. */
    Object original();
}
