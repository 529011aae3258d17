package io.perfloop.db;

import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.Explainer;
import io.perfloop.db.text.ExplainText;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        String[] qs = System.getProperty("q", "select * from orders where customer_id = 42").split("\\|\\|");
        String url = "pg15".equals(System.getProperty("db")) ? Shop.pg15() : Shop.pg17();
        for (String s : System.getProperty("settings", "").split(",")) {
            if (!s.isBlank()) url = Shop.withSettings(url, s);
        }
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withAllowTrialIndex(Boolean.getBoolean("trial")))) {
            for (String q : qs) {
                long t = System.nanoTime();
                System.out.println(ExplainText.render(e.explain(q)));
                System.out.println("took " + (System.nanoTime() - t) / 1_000_000 + " ms\n==========");
            }
        }
    }
}
