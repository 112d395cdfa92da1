-- Right of reply: a body contests a score or indicator value while its cycle is in review; an admin answers once.
CREATE TABLE contests (
    id              uuid PRIMARY KEY,
    cycle_id        text NOT NULL,
    body_code       text NOT NULL,
    indicator_code  text,
    area            text,
    reason          text NOT NULL CHECK (char_length(reason) BETWEEN 10 AND 4000),
    status          text NOT NULL CHECK (status IN ('open', 'answered')),
    submitted_by    text NOT NULL,
    submitted_at    timestamptz NOT NULL,
    answer          text,
    outcome         text CHECK (outcome IN ('upheld', 'rejected', 'partly-upheld')),
    answered_by     text,
    answered_at     timestamptz,
    CHECK ((status = 'open') = (answer IS NULL))
);
CREATE INDEX contests_by_cycle ON contests (cycle_id, submitted_at);

-- Consultation: CSO comments on a methodology version, each tied to an indicator, weight or rule; admins answer publicly.
CREATE TABLE consultation_comments (
    id                   uuid PRIMARY KEY,
    methodology_id       text NOT NULL,
    methodology_version  text NOT NULL,
    target_kind          text NOT NULL CHECK (target_kind IN ('indicator', 'weight', 'rule')),
    target               text NOT NULL,
    text                 text NOT NULL,
    submitted_by         text NOT NULL,
    submitted_at         timestamptz NOT NULL,
    answer               text,
    answered_by          text,
    answered_at          timestamptz,
    -- The comparison run an admin attached to the answer (ranking shifts under the candidate version).
    comparison           jsonb
);
CREATE INDEX consultation_by_version ON consultation_comments (methodology_id, methodology_version, submitted_at);

-- Every reporting write, kept for ever: rows may be added, never changed or removed (the triggers refuse it).
CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text NOT NULL,
    action    text NOT NULL,
    subject   text NOT NULL,
    details   jsonb NOT NULL
);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
