package io.perfloop.profile.detect;

import io.perfloop.profile.analysis.ScopeProfile;

/**
 * Predicted gains of the profile rules: time a fix removes as a share of the scope's wall time.
 * Only an endpoint has a wall time that time can be taken out of (its requests' total); for the
 * whole recording threads overlap, so the gain is unknown (NaN) there.
 */
final class Gains {
    private Gains() {
    }

    static double ofWall(ScopeProfile scope, double nanos) {
        if (scope.overall() || scope.wallNanos() <= 0) {
            return Double.NaN;
        }
        return Math.min(1.0, Math.max(0.0, nanos / scope.wallNanos()));
    }

    static String scopeName(ScopeProfile scope) {
        return scope.overall() ? "all" : scope.name();
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}
