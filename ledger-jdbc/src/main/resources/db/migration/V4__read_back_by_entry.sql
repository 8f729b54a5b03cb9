-- points-ledger, schema version 4: an entry's postings and record versions are found through a
-- B-tree on seq, not the block-range indexes of V1.
-- A BRIN index only narrows a scan to the ranges it has summarised, and PostgreSQL summarises a
-- range only when VACUUM (or brin_summarize_new_values) runs: the ranges appended since are
-- always scanned. An append-only journal that autovacuum seldom visits is thus read in full for
-- every lookup by entry (measured: 31 ms for five entries' postings at 210,000 entries, 16 s
-- for 300 entries' record versions), and the cost grows with the journal. A B-tree finds them in
-- a few page reads at any size, for about 20 bytes a row; its inserts land on its last page, as
-- the journal is appended in seq order.

DROP INDEX ${schema}.postings_by_seq;
CREATE INDEX postings_by_seq ON ${schema}.postings (seq);

DROP INDEX ${schema}.record_versions_by_seq;
CREATE INDEX record_versions_by_seq ON ${schema}.record_versions (seq);
