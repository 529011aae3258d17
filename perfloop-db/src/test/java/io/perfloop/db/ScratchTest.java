package io.perfloop.db;

import io.perfloop.db.advisor.AdvisorOptions;
import io.perfloop.db.advisor.AdvisorResult;
import io.perfloop.db.advisor.IndexAdvice;
import io.perfloop.db.advisor.IndexAdvisor;
import io.perfloop.db.text.AdviceText;
import org.junit.jupiter.api.Test;

import java.util.List;

class ScratchTest {
    @Test
    void print() {
        String[] qs = System.getProperty("q", "select * from orders where customer_id = 42").split("\\|\\|");
        String url = "pg15".equals(System.getProperty("db")) ? Shop.pg15() : Shop.pg17();
        try (Database db = Database.connect(url)) {
            for (String q : qs) {
                AdvisorResult r = new IndexAdvisor(db, AdvisorOptions.DEFAULTS).advise(q, List.of());
                System.out.println(q + "\n" + AdviceText.render(r));
                for (IndexAdvice a : r.costed()) {
                    System.out.printf("   %10.2f %8d %-40s %s%n", a.costAfter(), a.sizeBytes() / 1024, a.scanAfter(), a.index());
                }
            }
        }
    }
}
