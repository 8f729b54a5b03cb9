-- points-ledger, schema version 1: the journal and what is kept in step with it.
-- ${schema} is the ledger's schema; the library's migrator and Flyway (placeholder "schema")
-- both replace it. Every table here is append-only (see V2): rows are inserted, never changed.
-- docs/jdbc.md describes every table and column.

CREATE SCHEMA IF NOT EXISTS ${schema};

-- The journal: one row per entry, numbered 1..n without gaps, each chained to the one before
-- by previous_hash.
CREATE TABLE ${schema}.entries (
  seq                 bigint PRIMARY KEY CHECK (seq >= 1),
  entry_id            text COLLATE "C" NOT NULL UNIQUE,
  entry_type          text COLLATE "C" NOT NULL,
  program_id          text COLLATE "C" NOT NULL,
  business_date       date NOT NULL,
  recorded_at         timestamptz NOT NULL,
  recorded_nano       integer NOT NULL CHECK (recorded_nano BETWEEN 0 AND 999999999),
  refs                jsonb NOT NULL,
  reverses            text COLLATE "C",
  command_fingerprint bytea NOT NULL CHECK (length(command_fingerprint) = 32),
  previous_hash       bytea NOT NULL CHECK (length(previous_hash) = 32),
  hash                bytea NOT NULL CHECK (length(hash) = 32)
);

-- The entry that reverses an entry, found without scanning the journal.
CREATE INDEX entries_by_reversed ON ${schema}.entries (reverses) WHERE reverses IS NOT NULL;

-- The lines of each entry, in the entry's order. An entry may have none.
CREATE TABLE ${schema}.postings (
  seq          bigint NOT NULL,
  position     integer NOT NULL CHECK (position >= 0),
  program_id   text COLLATE "C" NOT NULL,
  account_type text COLLATE "C" NOT NULL,
  holder       text COLLATE "C" NOT NULL,
  contract     text COLLATE "C" NOT NULL,
  amount       bigint NOT NULL CHECK (amount <> 0)
);

-- Postings are appended in sequence order, one writer at a time (the chain lock), so the table
-- is physically ordered by seq and a block-range index finds an entry's postings at almost no
-- cost per insert. (seq, position) is unique by construction: one insert writes all the
-- postings of an entry, and seq is the entries' primary key.
CREATE INDEX postings_by_seq ON ${schema}.postings USING brin (seq) WITH (pages_per_range = 4);

-- An account's postings in journal order: balances as of any entry, histories, accounts of a
-- holder. The amount is included so balances are summed from the index alone.
CREATE INDEX postings_by_account
  ON ${schema}.postings (program_id, account_type, holder, contract, seq) INCLUDE (amount);

-- Versions of the state records (programs, manufacturers, contracts, claims, vendors,
-- solutions, and kinds added later),
-- each stamped with the sequence number of the entry that wrote it.
CREATE TABLE ${schema}.record_versions (
  kind       text COLLATE "C" NOT NULL,
  program_id text COLLATE "C" NOT NULL,
  record_id  text COLLATE "C" NOT NULL,
  seq        bigint NOT NULL,
  body       json NOT NULL,
  PRIMARY KEY (kind, program_id, record_id, seq)
);

-- The record versions an entry wrote, read with the entry (its hash covers their digests).
-- Appended in seq order under the chain lock, like postings, so a block-range index suffices.
CREATE INDEX record_versions_by_seq ON ${schema}.record_versions USING brin (seq)
  WITH (pages_per_range = 4);
