-- Methodology versions are immutable once registered: a change is a new version.
CREATE TABLE methodologies (
    id             text NOT NULL,
    version        text NOT NULL,
    title          text NOT NULL,
    yaml           text NOT NULL,
    sha256         text NOT NULL,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    registered_by  text NOT NULL,
    PRIMARY KEY (id, version)
);

-- Every ObservationsAccepted heard, once: the trigger list for recomputation and the operator's view of arrivals.
CREATE TABLE feed_events (
    submission_id    text PRIMARY KEY,
    event_id         uuid NOT NULL UNIQUE,
    body_codes       text[] NOT NULL,
    periods          text[] NOT NULL,
    indicator_codes  text[] NOT NULL,
    accepted         integer NOT NULL,
    accepted_at      timestamptz NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX feed_events_by_arrival ON feed_events (received_at DESC);
