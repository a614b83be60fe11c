-- Reconciling an overdue sign flow (asking esign for its detail) is claimed work, one row at a time (H2 and
-- PostgreSQL): next_attempt_at is both the claim (a node moves it to the end of its lease) and the backoff after a
-- failed query; a flow whose queries used up their attempts has reconcile_given_up_at set and a dead letter
-- (origin SIGN_FLOW) whose replay clears it.
ALTER TABLE esign_sign_flow ADD COLUMN reconcile_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE esign_sign_flow ADD COLUMN reconcile_error VARCHAR(2000);
ALTER TABLE esign_sign_flow ADD COLUMN reconcile_given_up_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE esign_sign_flow ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
UPDATE esign_sign_flow SET next_attempt_at = COALESCE(created_at, requested_at);
CREATE INDEX ix_esign_sign_flow_reconcile ON esign_sign_flow (state, next_attempt_at, id);
