-- The seeded shop every perfloop-db test explains against: realistic sizes, skewed and
-- correlated columns on purpose. Deterministic (no random()), built with generate_series in ~2 s.
CREATE TABLE customers (
    id int PRIMARY KEY, country text NOT NULL, email text NOT NULL, vip boolean NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO customers
SELECT g, (ARRAY['DE','FR','US','GB','NL','SE','PL','IT','ES','AT'])[1 + g % 10], 'user' || g || '@example.com',
       g % 100 = 0, timestamptz '2020-01-01 00:00+00' + g * interval '1 hour'
FROM generate_series(1, 20000) g;
CREATE INDEX customers_vip_country ON customers (country) WHERE vip;

CREATE TABLE products (id int PRIMARY KEY, category text NOT NULL, name text NOT NULL, price numeric(10,2) NOT NULL);
INSERT INTO products
SELECT g, CASE WHEN g % 10 < 4 THEN 'misc' ELSE 'cat' || (g % 50) END, 'product ' || g, (g % 500) + 0.99
FROM generate_series(1, 5000) g;

-- status: 90 % done, 7 % shipped, 2 % pending, 1 % cancelled; bucket_a = bucket_b (correlated);
-- created_at is shuffled against the physical order
CREATE TABLE orders (
    id bigint PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL, region text NOT NULL,
    amount numeric(10,2) NOT NULL, created_at timestamptz NOT NULL, bucket_a int NOT NULL, bucket_b int NOT NULL, note text);
INSERT INTO orders
SELECT g, 1 + (g * 7919) % 20000,
       CASE WHEN g % 100 < 90 THEN 'done' WHEN g % 100 < 97 THEN 'shipped' WHEN g % 100 < 99 THEN 'pending' ELSE 'cancelled' END,
       'r' || ((g * 31) % 20), ((g * 37) % 100000) / 100.0,
       timestamptz '2023-01-01 00:00+00' + ((g::bigint * 104729) % 200000) * interval '2 minutes',
       g % 100, g % 100, md5(g::text)
FROM generate_series(1, 200000) g;
CREATE INDEX orders_created_at ON orders (created_at);
CREATE INDEX orders_pending_created ON orders (created_at) WHERE status = 'pending';

CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL, product_id int NOT NULL, qty int NOT NULL);
INSERT INTO order_items
SELECT g, 1 + (g * 13) % 200000, 1 + (g * 17) % 5000, 1 + g % 5
FROM generate_series(1, 300000) g;

-- written after ANALYZE by the test, never vacuumed: index-only scans must visit the heap
CREATE TABLE events (id int NOT NULL, kind int NOT NULL, payload text) WITH (autovacuum_enabled = false);
CREATE INDEX events_kind_id ON events (kind, id);
