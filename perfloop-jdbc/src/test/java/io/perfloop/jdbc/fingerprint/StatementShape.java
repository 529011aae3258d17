package io.perfloop.jdbc.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shape of a generated statement: everything a fingerprint must keep (names, keywords,
 * operators, quoted identifiers) and placeholders for everything it must not (values, list
 * lengths). {@link ShapeRenderer} turns one shape into any number of concrete SQL texts.
 */
record StatementShape(List<Part> parts) {

    sealed interface Part permits Keyword, Name, QuotedName, Operator, Punct, Value, InList, Rows {
    }

    /** An SQL keyword, lower case; rendered in random case. */
    record Keyword(String text) implements Part {
    }

    /** An unquoted identifier, possibly qualified ({@code o1_0.id}); rendered in random case. */
    record Name(String text) implements Part {
    }

    /** A quoted identifier: case and quotes are part of the shape. */
    record QuotedName(String text) implements Part {
    }

    record Operator(String text) implements Part {
    }

    /** {@code ( ) , *} */
    record Punct(String text) implements Part {
    }

    /** Any literal or bind marker. */
    record Value() implements Part {
    }

    /** {@code IN (…)} of a random length; arity &gt; 1 makes it a list of tuples. */
    record InList(int arity) implements Part {
    }

    /** {@code VALUES (row), (row), …} with a random number of rows of this template. */
    record Rows(List<Part> row) implements Part {
    }

    static final String[] TABLES = {"orders", "customers", "order_lines", "products", "addresses", "invoices"};
    static final String[] COLUMNS = {"id", "status", "created_at", "customer_id", "total", "email", "sku",
        "quantity", "price", "name", "version", "updated_at", "tenant_id", "region"};
    static final String[] OPERATORS = {"=", "<>", "!=", "<", "<=", ">", ">="};
    static final String[] TYPES = {"int", "text", "bigint", "numeric", "date"};
    static final String[] QUOTED = {"Users", "Order Lines", "createdAt", "ID", "user"};

    /** A random SELECT, INSERT, UPDATE or DELETE. */
    static StatementShape random(Random random) {
        Builder b = new Builder(random);
        switch (random.nextInt(4)) {
            case 0 -> b.select();
            case 1 -> b.insert();
            case 2 -> b.update();
            default -> b.delete();
        }
        return new StatementShape(List.copyOf(b.parts));
    }

    private static final class Builder {
        private final Random random;
        private final List<Part> parts = new ArrayList<>();

        Builder(Random random) {
            this.random = random;
        }

        private String pick(String[] from) {
            return from[random.nextInt(from.length)];
        }

        private void add(Part... more) {
            parts.addAll(List.of(more));
        }

        private void kw(String... words) {
            for (String w : words) {
                parts.add(new Keyword(w));
            }
        }

        void select() {
            kw("select");
            if (random.nextInt(8) == 0) {
                kw("distinct");
            }
            int columns = 1 + random.nextInt(10);
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    add(new Punct(","));
                }
                column();
            }
            kw("from");
            add(new Name(pick(TABLES)), new Name("t1_0"));
            if (random.nextBoolean()) {
                if (random.nextBoolean()) {
                    kw("left");
                }
                kw("join");
                add(new Name(pick(TABLES)), new Name("j1_0"), new Keyword("on"),
                    new Name("j1_0." + pick(COLUMNS)), new Operator("="), new Name("t1_0." + pick(COLUMNS)));
            }
            where();
            if (random.nextBoolean()) {
                kw("order", "by");
                add(new Name("t1_0." + pick(COLUMNS)));
                if (random.nextBoolean()) {
                    kw(random.nextBoolean() ? "asc" : "desc");
                }
            }
            if (random.nextBoolean()) {
                kw("limit");
                add(new Value());
            }
        }

        private void column() {
            switch (random.nextInt(6)) {
                case 0 -> add(new Keyword("count"), new Punct("("), new Punct("*"), new Punct(")"));
                case 1 -> add(new QuotedName(pick(QUOTED)));
                case 2 -> add(new Name("t1_0." + pick(COLUMNS)), new Operator("::"), new Name(pick(TYPES)));
                case 3 -> add(new Name("lower"), new Punct("("), new Name("t1_0." + pick(COLUMNS)), new Punct(")"));
                default -> add(new Name("t1_0." + pick(COLUMNS)));
            }
        }

        private void where() {
            if (random.nextInt(5) == 0) {
                return;
            }
            kw("where");
            int predicates = 1 + random.nextInt(4);
            for (int i = 0; i < predicates; i++) {
                if (i > 0) {
                    kw(random.nextBoolean() ? "and" : "or");
                }
                predicate(true);
            }
        }

        private void predicate(boolean allowNested) {
            Name column = new Name("t1_0." + pick(COLUMNS));
            switch (random.nextInt(allowNested ? 9 : 8)) {
                case 0 -> add(column, new InList(1));
                case 1 -> add(new Punct("("), column, new Punct(","), new Name("t1_0." + pick(COLUMNS)), new Punct(")"), new InList(2));
                case 2 -> add(column, new Keyword("is"), new Keyword("null"));
                case 3 -> add(column, new Keyword("is"), new Keyword("not"), new Keyword("null"));
                case 4 -> add(column, new Keyword("between"), new Value(), new Keyword("and"), new Value());
                case 5 -> add(column, new Operator("="), new Keyword(random.nextBoolean() ? "true" : "false"));
                case 6 -> add(column, new Keyword("like"), new Value());
                case 7 -> add(column, new Operator(pick(OPERATORS)), new Value());
                default -> {
                    add(new Punct("("));
                    predicate(false);
                    kw("or");
                    predicate(false);
                    add(new Punct(")"));
                }
            }
        }

        void insert() {
            kw("insert", "into");
            add(new Name(pick(TABLES)), new Punct("("));
            int columns = 1 + random.nextInt(6);
            List<Part> row = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    add(new Punct(","));
                    row.add(new Punct(","));
                }
                add(new Name(COLUMNS[i]));
                switch (random.nextInt(6)) {
                    case 0 -> row.add(new Keyword("default"));
                    case 1 -> row.addAll(List.of(new Name("now"), new Punct("("), new Punct(")")));
                    default -> row.add(new Value());
                }
            }
            add(new Punct(")"), new Rows(List.copyOf(row)));
            if (random.nextBoolean()) {
                kw("returning");
                add(new Name("id"));
            }
        }

        void update() {
            kw("update");
            add(new Name(pick(TABLES)), new Keyword("set"));
            int sets = 1 + random.nextInt(4);
            for (int i = 0; i < sets; i++) {
                if (i > 0) {
                    add(new Punct(","));
                }
                add(new Name(COLUMNS[i]), new Operator("="), new Value());
            }
            where();
        }

        void delete() {
            kw("delete", "from");
            add(new Name(pick(TABLES)), new Name("t1_0"));
            where();
        }
    }
}
