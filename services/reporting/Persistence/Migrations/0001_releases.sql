-- Score runs announced by scoring, and the releases published from them. A published release never changes.
CREATE TABLE announced_runs (
    cycle_id             text NOT NULL,
    run_number           integer NOT NULL,
    event_id             uuid NOT NULL UNIQUE,
    methodology_id       text NOT NULL,
    methodology_version  text NOT NULL,
    body_codes           text[] NOT NULL,
    computed_at          timestamptz NOT NULL,
    received_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle_id, run_number)
);

CREATE TABLE releases (
    release_id           text PRIMARY KEY,
    cycle_id             text NOT NULL,
    methodology_id       text NOT NULL,
    methodology_version  text NOT NULL,
    run_number           integer NOT NULL,
    published_at         timestamptz NOT NULL,
    published_by         text NOT NULL
);
