package io.perfloop.db.text;

import io.perfloop.db.advisor.AdvisorResult;
import io.perfloop.db.advisor.IndexAdvice;
import io.perfloop.db.advisor.Verification;

import java.util.Locale;

/** The index advisor's result as text: each suggestion with cost before/after, size and why. */
public final class AdviceText {
    private AdviceText() {
    }

    /** The advice, or a line saying why there is none. */
    public static String render(AdvisorResult r) {
        StringBuilder out = new StringBuilder();
        String how = switch (r.verification()) {
            case HYPOPG -> "verified with hypopg (hypothetical indexes, nothing built)";
            case TRIAL_INDEX -> "verified with trial indexes built and rolled back";
            case UNVERIFIED -> "UNVERIFIED";
        };
        if (r.advice().isEmpty()) {
            out.append("Index advice: none");
            if (r.candidates() > 0) {
                out.append(String.format(Locale.ROOT, " (%d candidates costed, %s; none cuts the estimated cost enough — the existing indexes serve this query)",
                        r.candidates(), how));
            }
            out.append('\n');
        } else {
            out.append("Index advice, ").append(how);
            if (r.verification() != Verification.UNVERIFIED) {
                out.append(String.format(Locale.ROOT, "; %d candidates costed; estimated cost %.2f → %.2f with all of them",
                        r.candidates(), r.costBefore(), r.costAfter()));
            }
            out.append(":\n");
            for (IndexAdvice a : r.advice()) {
                out.append("  ").append(a.index().ddl()).append('\n');
                if (a.verification() == Verification.UNVERIFIED) {
                    out.append(String.format(Locale.ROOT, "      estimated cost %.2f now; cost with the index unknown; size about %s%n",
                            a.costBefore(), bytes(a.sizeBytes())));
                } else {
                    out.append(String.format(Locale.ROOT, "      estimated cost %.2f → %.2f (−%.1f %%), size %s, plan: %s%n",
                            a.costBefore(), a.costAfter(), a.reduction() * 100, bytes(a.sizeBytes()), a.scanAfter()));
                }
                out.append("      why: ").append(a.reason()).append('\n');
            }
        }
        r.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
        return out.toString();
    }

    /** Bytes as B / kB / MB / GB. */
    public static String bytes(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
