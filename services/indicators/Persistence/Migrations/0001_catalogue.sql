-- The catalogue: assessed bodies and the indicators they report, with an append-only audit of every change.
CREATE TABLE bodies (
    code         text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name_kk      text NOT NULL CHECK (length(name_kk) BETWEEN 1 AND 300),
    name_ru      text NOT NULL CHECK (length(name_ru) BETWEEN 1 AND 300),
    name_en      text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    kind         text NOT NULL CHECK (kind IN ('central_body', 'oblast', 'city', 'district')),
    parent_code  text REFERENCES bodies (code),
    peer_group   text NOT NULL,
    active_from  date NOT NULL,
    active_to    date,
    CHECK (active_to IS NULL OR active_to > active_from)
);

CREATE TABLE indicators (
    code         text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    name_kk      text NOT NULL,
    name_ru      text NOT NULL,
    name_en      text NOT NULL,
    unit         text NOT NULL,
    direction    text NOT NULL CHECK (direction IN ('higher', 'lower', 'context')),
    valid_min    double precision NOT NULL,
    valid_max    double precision NOT NULL,
    periodicity  text NOT NULL CHECK (periodicity IN ('year', 'quarter', 'month')),
    reported_by  text[] NOT NULL,
    target       double precision,
    CHECK (valid_min < valid_max)
);

CREATE TABLE catalogue_audit (
    id        bigserial PRIMARY KEY,
    entity    text NOT NULL,
    code      text NOT NULL,
    action    text NOT NULL,
    actor     text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    before    jsonb,
    after     jsonb
);

CREATE INDEX catalogue_audit_by_entity ON catalogue_audit (entity, code, at);
