package io.perfloop.jdbc.hibernate;

import io.perfloop.Perfloop;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.testdb.EmbeddedPostgres;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Hibernate 7 with a lazy {@code @ManyToOne} on embedded PostgreSQL 17: the list page that
 * triggers N+1 is reported at the application line that touches the association, with Hibernate
 * fix recipes; the fetch-join version, the batch-fetching version and a single {@code find} are not.
 */
class HibernateDetectionTest {
    static final int ORDERS = 20;
    static SessionFactory lazy;
    static SessionFactory batched;
    final RuleRegistry rules = RuleRegistry.load();

    @BeforeAll
    static void setUp() {
        lazy = sessionFactory(null, "create-drop");
        batched = sessionFactory("16", "none");
        lazy.inTransaction(s -> {
            for (int i = 1; i <= ORDERS; i++) {
                Customer c = new Customer(i, "customer " + i);
                s.persist(c);
                s.persist(new PurchaseOrder(i, c, i * 10));
            }
        });
    }

    @AfterAll
    static void tearDown() {
        batched.close();
        lazy.close();
    }

    static SessionFactory sessionFactory(String batchSize, String ddl) {
        Configuration cfg = new Configuration().addAnnotatedClass(Customer.class).addAnnotatedClass(PurchaseOrder.class);
        cfg.getProperties().put("hibernate.connection.datasource",
                PerfloopDataSource.wrap(EmbeddedPostgres.shared().dataSource(), CaptureOptions.DEFAULTS));
        cfg.setProperty("hibernate.hbm2ddl.auto", ddl);
        cfg.setProperty("hibernate.show_sql", "false");
        if (batchSize != null) {
            cfg.setProperty("hibernate.default_batch_fetch_size", batchSize);
        }
        return cfg.buildSessionFactory();
    }

    private WorkUnit lastUnit;

    private List<Finding> findings(SessionFactory factory, Consumer<org.hibernate.Session> page) {
        try (UnitOfWork uow = Perfloop.unitOfWork("GET /orders")) {
            factory.inSession(page);
            lastUnit = uow.snapshot();
        }
        return rules.check(lastUnit, RuleConfig.defaults());
    }

    private static void renderNames(List<PurchaseOrder> orders) {
        for (PurchaseOrder o : orders) {
            o.getCustomer().getName(); // the lazy load happens here
        }
    }

    @Test
    void positive_lazyListInLoop() {
        List<Finding> findings = findings(lazy, s ->
                renderNames(s.createSelectionQuery("from PurchaseOrder order by id", PurchaseOrder.class).getResultList()));
        assertThat(lastUnit.statements()).hasSize(1 + ORDERS);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("n-plus-one");
            assertThat(f.evidence()).containsEntry("executions", ORDERS);
            assertThat(f.callSite()).startsWith(HibernateDetectionTest.class.getName() + ".renderNames(HibernateDetectionTest.java:");
            assertThat(f.fix()).contains("join fetch", "@EntityGraph", "@BatchSize", "hibernate.default_batch_fetch_size");
            assertThat(f.sampleSql()).contains("hb_customer");
        });
    }

    @Test
    void negative_joinFetch() {
        assertThat(findings(lazy, s -> renderNames(s.createSelectionQuery(
                "from PurchaseOrder o join fetch o.customer order by o.id", PurchaseOrder.class).getResultList()))).isEmpty();
    }

    @Test
    void negative_inBatchFetch() {
        assertThat(findings(batched, s -> renderNames(
                s.createSelectionQuery("from PurchaseOrder order by id", PurchaseOrder.class).getResultList()))).isEmpty();
        // the customers did come in batches of 16 keys: 1 list query + 2 batch fetches, not 1 + 20
        assertThat(lastUnit.statements()).hasSize(3);
        assertThat(lastUnit.statements().get(1).keys()).isEqualTo(16);
        assertThat(lastUnit.statements().get(1).sql()).contains("hb_customer");
    }

    @Test
    void negative_singleFindById() {
        assertThat(findings(lazy, s -> s.find(PurchaseOrder.class, 7).getCustomer().getName())).isEmpty();
    }
}
