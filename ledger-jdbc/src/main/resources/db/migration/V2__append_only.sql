-- points-ledger, schema version 2: the database itself keeps the journal append-only.
-- Triggers refuse UPDATE, DELETE and TRUNCATE of every journal table, for every role (owners
-- and superusers included), and refuse an entry that does not extend the hash chain.

CREATE FUNCTION ${schema}.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'points-ledger: % on %.% refused: the journal is append-only',
    TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'P0001',
          HINT = 'Correct an entry with a new entry (a reversal), never by changing rows.';
END
$$;

CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
  ON ${schema}.entries FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_change();
CREATE TRIGGER postings_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
  ON ${schema}.postings FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_change();
CREATE TRIGGER record_versions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
  ON ${schema}.record_versions FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_change();

-- Entries are inserted only as the next links of the chain: entry 1 chains to 32 zero bytes,
-- entry n to the hash of entry n - 1, which must exist. With the primary key on seq this keeps
-- sequence numbers gapless and the chain linked, whoever inserts. Checked once per statement:
-- the rows it inserted must follow one another, and the first must follow the journal.
CREATE FUNCTION ${schema}.check_chain_links() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  broken bigint;
  first_seq bigint;
  first_previous bytea;
BEGIN
  SELECT l.seq INTO broken
    FROM (SELECT n.seq, n.previous_hash,
                 lag(n.seq) OVER (ORDER BY n.seq) AS prior_seq,
                 lag(n.hash) OVER (ORDER BY n.seq) AS prior_hash
            FROM inserted n) l
   WHERE l.prior_seq IS NOT NULL
     AND (l.prior_seq <> l.seq - 1 OR l.prior_hash <> l.previous_hash)
   LIMIT 1;
  IF broken IS NULL THEN
    SELECT n.seq, n.previous_hash INTO first_seq, first_previous
      FROM inserted n ORDER BY n.seq LIMIT 1;
    IF first_seq = 1 THEN
      IF first_previous <> decode(repeat('00', 32), 'hex') THEN
        broken := 1;
      END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM ${schema}.entries p
                       WHERE p.seq = first_seq - 1 AND p.hash = first_previous) THEN
      broken := first_seq;
    END IF;
  END IF;
  IF broken IS NOT NULL THEN
    RAISE EXCEPTION 'points-ledger: entry % does not chain to entry %', broken, broken - 1
      USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER entries_chain_links AFTER INSERT ON ${schema}.entries
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.check_chain_links();

-- An entry's postings and record versions are inserted with the entry, in the transaction that
-- inserts it (append_entries does so in one go), never later: a row naming an entry of another
-- transaction, or no entry at all (a sequence number beyond the head, which the rules would
-- otherwise count as soon as the journal reached it), is refused, whoever inserts. Only a
-- superuser with triggers disabled can still plant one; the auditors' verifier is for that.
-- xmin of an entry inserted by this transaction is its id (append_entries opens no
-- subtransaction).
CREATE FUNCTION ${schema}.check_rows_of_new_entries() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  stray bigint;
BEGIN
  SELECT n.seq INTO stray
    FROM (SELECT DISTINCT i.seq FROM inserted i) n
   WHERE NOT EXISTS (SELECT 1 FROM ${schema}.entries e
                      WHERE e.seq = n.seq AND e.xmin = pg_current_xact_id()::xid)
   LIMIT 1;
  IF stray IS NOT NULL THEN
    RAISE EXCEPTION 'points-ledger: rows of entry % on %.% refused: not inserted with it',
      stray, TG_TABLE_SCHEMA, TG_TABLE_NAME
      USING ERRCODE = '23514',
            HINT = 'An entry''s postings and record versions are inserted with the entry.';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER postings_of_new_entries AFTER INSERT ON ${schema}.postings
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.check_rows_of_new_entries();
CREATE TRIGGER record_versions_of_new_entries AFTER INSERT ON ${schema}.record_versions
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.check_rows_of_new_entries();
