package io.perfloop.db.advisor;

/** How an index suggestion was checked before it was shown. */
public enum Verification {
    /** The planner costed the query with a hypothetical index (hypopg); nothing was built. */
    HYPOPG,
    /** The index was built inside a transaction that was then rolled back ({@code --allow-trial-index}). */
    TRIAL_INDEX,
    /** Not checked: neither hypopg nor a trial index was available. Cost after and size are estimates. */
    UNVERIFIED
}
