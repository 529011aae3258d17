package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LossyBitmapRuleTest {
    static final String ID = "lossy-bitmap";
    static final String[] BITMAP = {"enable_seqscan=off", "enable_indexscan=off", "max_parallel_workers_per_gather=0"};

    @Test
    void positive_bitmapOutgrowsWorkMem() {
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg17(), append(BITMAP, "work_mem=64kB")), ID,
                "select count(note) from orders where created_at < '2023-04-01'");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsKey("lossy heap blocks");
    }

    @Test
    void negative_bitmapStaysExact() {
        assertThat(RuleCase.findings(Shop.withSettings(Shop.pg17(), append(BITMAP, "work_mem=16MB")), ID,
                "select count(note) from orders where created_at < '2023-04-01'")).isEmpty();
    }

    static String[] append(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
