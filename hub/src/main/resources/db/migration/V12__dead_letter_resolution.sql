-- A dead letter an operator has dealt with (replayed successfully, fixed by hand, or decided to drop) is marked resolved:
-- who and when. It stays in the table for the record (H2 and PostgreSQL).
ALTER TABLE dead_letter ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dead_letter ADD COLUMN resolved_by VARCHAR(128);
CREATE INDEX ix_dead_letter_open ON dead_letter (resolved_at, id);
