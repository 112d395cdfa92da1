-- Assessment cycles: one period scored under one methodology version.
CREATE TABLE cycles (
    cycle_id             text PRIMARY KEY,
    period               text NOT NULL,
    previous_period      text NOT NULL DEFAULT '',
    methodology_id       text NOT NULL,
    methodology_version  text NOT NULL,
    state                text NOT NULL CHECK (state IN ('open', 'closed', 'draft', 'review', 'published')),
    body_codes           text[] NOT NULL DEFAULT '{}',
    published_run        integer,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text NOT NULL,
    FOREIGN KEY (methodology_id, methodology_version) REFERENCES methodologies (id, version)
);

CREATE INDEX cycles_by_period ON cycles (period);

-- Who moved a cycle, when and why. Append-only: the trigger below refuses updates and deletes.
CREATE TABLE cycle_transitions (
    id          bigserial PRIMARY KEY,
    cycle_id    text NOT NULL REFERENCES cycles (cycle_id),
    from_state  text NOT NULL,
    to_state    text NOT NULL,
    actor       text NOT NULL,
    at          timestamptz NOT NULL,
    reason      text NOT NULL
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER cycle_transitions_append_only BEFORE UPDATE OR DELETE ON cycle_transitions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Score runs: numbered per cycle, never changed once stored.
CREATE TABLE runs (
    cycle_id             text NOT NULL REFERENCES cycles (cycle_id),
    run_number           integer NOT NULL CHECK (run_number > 0),
    methodology_id       text NOT NULL,
    methodology_version  text NOT NULL,
    input_hash           text NOT NULL,
    trigger              text NOT NULL,
    computed_at          timestamptz NOT NULL,
    body_count           integer NOT NULL,
    observation_count    integer NOT NULL,
    node_codes           text[] NOT NULL,
    uncertainty_samples  integer NOT NULL,
    uncertainty_seed     integer NOT NULL,
    duration_ms          double precision NOT NULL,
    PRIMARY KEY (cycle_id, run_number)
);

-- One row per body and run: the BodyResult message (scores, ranks, band, flags, lineage) as JSON.
CREATE TABLE run_results (
    cycle_id    text NOT NULL,
    run_number  integer NOT NULL,
    body_code   text NOT NULL,
    position    integer NOT NULL,
    result      jsonb NOT NULL,
    PRIMARY KEY (cycle_id, run_number, body_code),
    FOREIGN KEY (cycle_id, run_number) REFERENCES runs (cycle_id, run_number)
);

CREATE TRIGGER runs_immutable BEFORE UPDATE OR DELETE ON runs FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER run_results_immutable BEFORE UPDATE OR DELETE ON run_results FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Cycles waiting for an automatic recomputation after feeds, one row per cycle however many feeds arrived.
CREATE TABLE pending_recomputes (
    cycle_id          text PRIMARY KEY REFERENCES cycles (cycle_id),
    first_trigger_at  timestamptz NOT NULL,
    last_trigger_at   timestamptz NOT NULL,
    submissions       integer NOT NULL
);

-- Integration events waiting to be published (written in the transaction of the data they announce).
CREATE TABLE outbox (
    id            bigserial PRIMARY KEY,
    event_id      uuid NOT NULL UNIQUE,
    message_type  text NOT NULL,
    payload       jsonb NOT NULL,
    trace_parent  text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);

CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
