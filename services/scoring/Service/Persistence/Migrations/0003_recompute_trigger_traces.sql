-- The trace context of each feed that marked a cycle as waiting: the coalesced run continues the first feed's
-- trace and links the others, so every feed's trace leads to the run it caused. Bounded by the writer (100).
ALTER TABLE pending_recomputes ADD COLUMN trigger_traces text[] NOT NULL DEFAULT '{}';
