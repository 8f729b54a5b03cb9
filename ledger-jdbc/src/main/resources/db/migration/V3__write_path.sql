-- points-ledger, schema version 3: the two steps of a write that lock, one round trip each, and
-- the one way into the journal.
-- Lock keys live in the ledger's own key spaces: the two-integer advisory keys
-- (1279607879 'LEDG' or 1128808777 'CHAI', OID of this schema's entries table) are this ledger's
-- and no other schema's; the bigint keys of footprint names are hashes that include the schema.
-- docs/jdbc.md explains why this order of locks can neither deadlock nor overspend.

-- Step 1, before a unit of work reads anything it decides on: the ledger lock, shared (or
-- exclusive for a unit with too many names), then every footprint key in ascending order, in one
-- order whatever the mode: a key in keys is taken exclusively, a key only in shared_keys shared
-- (a purchase reads its solution's listing, which only a review or withdrawal rewrites). Answers
-- the chain's head as read once every lock is granted (each statement of a function sees what
-- was committed before it started): the unit decides on entries up to that one and on no row
-- beyond it.
CREATE FUNCTION ${schema}.lock_footprint(whole_ledger boolean, keys bigint[],
    shared_keys bigint[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  ledger integer := '${schema}.entries'::regclass::oid::integer;
  lock_key bigint;
  exclusively boolean;
  head bigint;
BEGIN
  IF whole_ledger THEN
    PERFORM pg_advisory_xact_lock(1279607879, ledger);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(1279607879, ledger);
    FOR lock_key, exclusively IN
        SELECT u.id, bool_or(u.excl)
          FROM (SELECT x, true FROM unnest(keys) AS x
                UNION ALL
                SELECT x, false FROM unnest(shared_keys) AS x) AS u(id, excl)
         GROUP BY u.id ORDER BY u.id LOOP
      IF exclusively THEN
        PERFORM pg_advisory_xact_lock(lock_key);
      ELSE
        PERFORM pg_advisory_xact_lock_shared(lock_key);
      END IF;
    END LOOP;
  END IF;
  SELECT e.seq INTO head FROM ${schema}.entries e ORDER BY e.seq DESC LIMIT 1;
  RETURN COALESCE(head, 0);
END
$$;

-- Step 2, after every command of the unit is decided and sealed after the head the writer
-- expects: the chain lock, held until commit; then, if the head is still the expected one, the
-- entries, their postings and the record versions in one go (appended = true). Otherwise
-- nothing is written and the actual head is returned (appended = false): the writer seals again
-- after it and calls again, still holding the chain lock, so the head cannot move meanwhile.
-- Entry i (from 1) of the arrays becomes entry expected_seq + i and chains to entry i - 1 (the
-- first to expected_hash); postings and record versions name their entry by that i, which must
-- be one of this append's (1..n). Hashes are hex text; recorded_at is microseconds since the
-- epoch plus the nanosecond of its second.
--
-- This function is the only way the application's role writes (it has SELECT on the tables and
-- no INSERT): SECURITY DEFINER runs it as the schema's owner, with a search path that no caller
-- can plant an object in, every object named with its schema. EXECUTE is the owner's alone until
-- granted (docs/jdbc.md, "A least-privilege role").
CREATE FUNCTION ${schema}.append_entries(
    expected_seq bigint, expected_hash bytea,
    e_id text[], e_type text[], e_program text[], e_date date[], e_micros bigint[],
    e_nano integer[], e_refs text[], e_reverses text[], e_fingerprint text[], e_hash text[],
    p_entry integer[], p_position integer[], p_program text[], p_type text[], p_holder text[],
    p_contract text[], p_amount bigint[],
    r_entry integer[], r_kind text[], r_program text[], r_id text[], r_body text[],
    OUT appended boolean, OUT head_seq bigint, OUT head_hash bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  n integer := COALESCE(array_length(e_id, 1), 0);
BEGIN
  IF EXISTS (SELECT 1 FROM unnest(p_entry) AS x WHERE x IS NULL OR x NOT BETWEEN 1 AND n)
     OR EXISTS (SELECT 1 FROM unnest(r_entry) AS x WHERE x IS NULL OR x NOT BETWEEN 1 AND n) THEN
    RAISE EXCEPTION 'points-ledger: a posting or record version names no entry of this append'
      USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(1128808777, '${schema}.entries'::regclass::oid::integer);
  SELECT e.seq, e.hash INTO head_seq, head_hash
    FROM ${schema}.entries e ORDER BY e.seq DESC LIMIT 1;
  IF head_seq IS NULL THEN
    head_seq := 0;
    head_hash := decode(repeat('00', 32), 'hex');
  END IF;
  IF head_seq <> expected_seq OR head_hash <> expected_hash THEN
    appended := false;
    RETURN;
  END IF;
  INSERT INTO ${schema}.entries (seq, entry_id, entry_type, program_id, business_date,
      recorded_at, recorded_nano, refs, reverses, command_fingerprint, previous_hash, hash)
    SELECT expected_seq + t.i, t.id, t.type, t.program, t.day,
           TIMESTAMPTZ 'epoch' + t.micros * INTERVAL '1 microsecond', t.nano, t.refs::jsonb,
           t.reverses, decode(t.fingerprint, 'hex'),
           COALESCE(decode(lag(t.hash) OVER (ORDER BY t.i), 'hex'), expected_hash),
           decode(t.hash, 'hex')
      FROM unnest(e_id, e_type, e_program, e_date, e_micros, e_nano, e_refs, e_reverses,
                  e_fingerprint, e_hash)
           WITH ORDINALITY AS t(id, type, program, day, micros, nano, refs, reverses,
                                fingerprint, hash, i)
     ORDER BY t.i;
  INSERT INTO ${schema}.postings (seq, position, program_id, account_type, holder, contract,
      amount)
    SELECT expected_seq + p.entry, p.position, p.program, p.type, p.holder, p.contract,
           p.amount
      FROM unnest(p_entry, p_position, p_program, p_type, p_holder, p_contract, p_amount)
           AS p(entry, position, program, type, holder, contract, amount);
  INSERT INTO ${schema}.record_versions (kind, program_id, record_id, seq, body)
    SELECT r.kind, r.program, r.id, expected_seq + r.entry, r.body::json
      FROM unnest(r_entry, r_kind, r_program, r_id, r_body) AS r(entry, kind, program, id, body);
  head_seq := expected_seq + n;
  head_hash := decode(e_hash[array_length(e_hash, 1)], 'hex');
  appended := true;
END
$$;

REVOKE EXECUTE ON FUNCTION ${schema}.lock_footprint(boolean, bigint[], bigint[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ${schema}.append_entries(bigint, bytea, text[], text[], text[], date[],
    bigint[], integer[], text[], text[], text[], text[], integer[], integer[], text[], text[],
    text[], text[], bigint[], integer[], text[], text[], text[], text[]) FROM PUBLIC;
