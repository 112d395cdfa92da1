-- Reporting periods: 2024 (year), 2024Q1 (quarter), 202401 (month). Values for a closed period are refused.
CREATE TABLE periods (
    code        text PRIMARY KEY CHECK (code ~ '^\d{4}(Q[1-4]|0[1-9]|1[0-2])?$'),
    kind        text NOT NULL CHECK (kind IN ('year', 'quarter', 'month')),
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    state       text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    -- Values received after the deadline count as late in timeliness reports.
    deadline    timestamptz NOT NULL
);

-- One row per stored submission; a retry with the same id and content gets this receipt back.
CREATE TABLE submissions (
    submission_id  text PRIMARY KEY,
    content_hash   text NOT NULL,
    sender         text NOT NULL,
    received_at    timestamptz NOT NULL,
    accepted       integer NOT NULL,
    new_revisions  integer NOT NULL,
    receipt        bytea NOT NULL
);

-- Every value ever accepted. Never updated or deleted: a correction is the next revision.
CREATE TABLE observations (
    body_code       text NOT NULL,
    indicator_code  text NOT NULL,
    period          text NOT NULL,
    revision        integer NOT NULL CHECK (revision >= 1),
    value           double precision NOT NULL,
    submission_id   text NOT NULL REFERENCES submissions (submission_id),
    sender          text NOT NULL,
    received_at     timestamptz NOT NULL,
    comment         text NOT NULL DEFAULT '',
    PRIMARY KEY (body_code, indicator_code, period, revision)
);

CREATE INDEX observations_by_period ON observations (period, indicator_code);
CREATE INDEX observations_by_submission ON observations (submission_id);

-- The newest revision of every key, kept in the same transaction as observations for fast current reads.
CREATE TABLE current_observations (
    body_code       text NOT NULL,
    indicator_code  text NOT NULL,
    period          text NOT NULL,
    revision        integer NOT NULL,
    value           double precision NOT NULL,
    submission_id   text NOT NULL,
    sender          text NOT NULL,
    received_at     timestamptz NOT NULL,
    PRIMARY KEY (body_code, indicator_code, period)
);

CREATE INDEX current_observations_by_period ON current_observations (period, indicator_code);

-- Data-quality flags raised when a value was accepted (outliers), per revision.
CREATE TABLE quality_flags (
    body_code       text NOT NULL,
    indicator_code  text NOT NULL,
    period          text NOT NULL,
    revision        integer NOT NULL,
    kind            text NOT NULL,
    score           double precision NOT NULL,
    threshold       double precision NOT NULL,
    detail          text NOT NULL,
    PRIMARY KEY (body_code, indicator_code, period, revision, kind)
);

-- Integration events written in the same transaction as the data they announce; a relay publishes them.
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

-- Years 2015-2030 with their quarters and months, open, each due 90 days after it ends.
INSERT INTO periods (code, kind, starts_on, ends_on, deadline)
SELECT y::text, 'year', make_date(y, 1, 1), make_date(y, 12, 31), make_date(y, 12, 31) + interval '90 days'
FROM generate_series(2015, 2030) AS y;

INSERT INTO periods (code, kind, starts_on, ends_on, deadline)
SELECT y::text || 'Q' || q, 'quarter', make_date(y, q * 3 - 2, 1), (make_date(y, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date,
       make_date(y, q * 3 - 2, 1) + interval '3 months' + interval '30 days'
FROM generate_series(2015, 2030) AS y, generate_series(1, 4) AS q;

INSERT INTO periods (code, kind, starts_on, ends_on, deadline)
SELECT y::text || lpad(m::text, 2, '0'), 'month', make_date(y, m, 1), (make_date(y, m, 1) + interval '1 month' - interval '1 day')::date,
       make_date(y, m, 1) + interval '1 month' + interval '15 days'
FROM generate_series(2015, 2030) AS y, generate_series(1, 12) AS m;
