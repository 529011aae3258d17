package io.perfloop.db.text;

import io.perfloop.core.report.FindingText;
import io.perfloop.db.catalogue.CatalogueReport;

/** {@code perfloop db-check}'s output. */
public final class CatalogueText {
    private CatalogueText() {
    }

    /** The whole report. */
    public static String render(CatalogueReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Database: ").append(r.catalogue().database()).append('\n');
        out.append("Checked: ").append(r.catalogue().indexes().size()).append(" indexes, ")
                .append(r.catalogue().statements().size()).append(" statement shapes\n\n");
        if (r.findings().isEmpty()) {
            out.append("Findings: none\n");
        } else {
            out.append("Findings:\n");
            r.findings().forEach(f -> out.append(FindingText.render(f)));
        }
        if (!r.notes().isEmpty()) {
            out.append('\n');
            r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        }
        return out.toString();
    }
}
