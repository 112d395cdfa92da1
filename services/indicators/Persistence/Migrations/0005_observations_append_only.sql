-- A submission's observations are written in the same transaction as its submission row, by the one writer
-- (SubmissionStore), so the foreign key's per-row check (one locking look-up of the submission per value) guards
-- nothing that the transaction does not already. What it also guarded, that a submission cannot vanish from under
-- its observations, is kept by refusing to delete submissions and to change or delete observations at all: history
-- is only ever appended to (refuse_audit_change comes from 0003).
ALTER TABLE observations DROP CONSTRAINT observations_submission_id_fkey;

CREATE TRIGGER observations_append_only BEFORE UPDATE OR DELETE ON observations
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER observations_no_truncate BEFORE TRUNCATE ON observations
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
-- A submission's row is completed (counts, receipt) in its own transaction, so only deleting it is refused.
CREATE TRIGGER submissions_never_deleted BEFORE DELETE ON submissions
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER submissions_no_truncate BEFORE TRUNCATE ON submissions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
