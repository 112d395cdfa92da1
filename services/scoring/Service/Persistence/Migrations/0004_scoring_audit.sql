-- Every write of scoring (methodology published, cycle opened or moved, run computed, run published) with who,
-- when, before and after. Append-only: the database refuses updates, deletes and truncation.
CREATE TABLE scoring_audit (
    id      bigserial PRIMARY KEY,
    entity  text NOT NULL CHECK (entity IN ('methodology', 'cycle', 'run')),
    code    text NOT NULL,
    action  text NOT NULL,
    actor   text NOT NULL,
    at      timestamptz NOT NULL DEFAULT now(),
    before  jsonb,
    after   jsonb
);

CREATE INDEX scoring_audit_by_entity ON scoring_audit (entity, code, id);

CREATE TRIGGER scoring_audit_append_only BEFORE UPDATE OR DELETE ON scoring_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER scoring_audit_no_truncate BEFORE TRUNCATE ON scoring_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
