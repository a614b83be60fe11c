-- A notice's source can be a fact that is not a row: a technical agreement's deadline is (contract id, due date),
-- stored as source_table 'contract', source_key = contract id, source_id = the due date's epoch day. The unique key
-- now includes source_key, so the same deadline is announced once and a moved deadline once more (H2 and PostgreSQL).
ALTER TABLE people_notification ADD COLUMN source_key VARCHAR(128) DEFAULT '' NOT NULL;
ALTER TABLE people_notification DROP CONSTRAINT uq_people_notification_source;
ALTER TABLE people_notification ADD CONSTRAINT uq_people_notification_source UNIQUE (source_table, source_id, event, source_key);
