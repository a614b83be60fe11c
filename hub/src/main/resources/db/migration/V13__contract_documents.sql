-- Shared by H2 (embedded default, PostgreSQL mode) and PostgreSQL.

-- Each sign flow signs the contract's own document: the file esign took it in as, and the SHA-256 of the terms it
-- was made from (a flow whose terms changed before signing is revoked and replaced).
ALTER TABLE esign_sign_flow ADD COLUMN file_id VARCHAR(64);
ALTER TABLE esign_sign_flow ADD COLUMN terms_sha256 VARCHAR(64);

-- The signed copy of a completed sign flow, fetched from esign once (the primary key) and kept in the signed
-- document store under its SHA-256.
CREATE TABLE signed_document (
    sign_flow_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    contract_id     VARCHAR(40)  NOT NULL REFERENCES contract (id),
    sha256          VARCHAR(64)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_signed_document_contract ON signed_document (contract_id, stored_at);
