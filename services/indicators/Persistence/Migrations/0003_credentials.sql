-- The credentials the assessment centre issued, the revocations every service follows, and the audit of both.
CREATE TABLE credentials (
    token_id     text PRIMARY KEY,
    subject      text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('client', 'person')),
    roles        text[] NOT NULL,
    bodies       text[] NOT NULL,
    description  text NOT NULL,
    issued_at    timestamptz NOT NULL,
    issued_by    text NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    revoked_by   text
);

CREATE INDEX credentials_by_subject ON credentials (subject);

-- One row per revocation, never changed: services read it incrementally by sequence. A subject revocation refuses
-- every token of that subject issued at or before revoked_at, registered or issued offline.
CREATE TABLE revocations (
    sequence    bigserial PRIMARY KEY,
    token_id    text,
    subject     text,
    revoked_at  timestamptz NOT NULL,
    revoked_by  text NOT NULL,
    reason      text NOT NULL,
    CHECK ((token_id IS NULL) <> (subject IS NULL))
);

CREATE TABLE credential_audit (
    id        bigserial PRIMARY KEY,
    action    text NOT NULL,
    token_id  text NOT NULL DEFAULT '',
    subject   text NOT NULL,
    actor     text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    before    jsonb,
    after     jsonb
);

CREATE INDEX credential_audit_by_subject ON credential_audit (subject, id);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER revocations_append_only BEFORE UPDATE OR DELETE ON revocations
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER credential_audit_append_only BEFORE UPDATE OR DELETE ON credential_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
-- TRUNCATE bypasses row triggers; refuse it too.
CREATE TRIGGER revocations_no_truncate BEFORE TRUNCATE ON revocations
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER credential_audit_no_truncate BEFORE TRUNCATE ON credential_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- The catalogue audit was append-only by convention; now the database enforces it.
CREATE TRIGGER catalogue_audit_append_only BEFORE UPDATE OR DELETE ON catalogue_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER catalogue_audit_no_truncate BEFORE TRUNCATE ON catalogue_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
