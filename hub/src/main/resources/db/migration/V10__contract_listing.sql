-- What the console's contract list filters and sorts by, kept beside the projection so the list is one indexed query
-- (H2 and PostgreSQL). customer/region/rep/gross come from the contract's terms (filled for existing rows by
-- V11__ContractListingFromView); lifecycle_since is when the contract entered its current lifecycle state.
ALTER TABLE contract ADD COLUMN customer_name VARCHAR(255);
ALTER TABLE contract ADD COLUMN region VARCHAR(64);
ALTER TABLE contract ADD COLUMN sales_rep VARCHAR(128);
ALTER TABLE contract ADD COLUMN gross_amount DECIMAL(18, 2);
ALTER TABLE contract ADD COLUMN lifecycle_since TIMESTAMP WITH TIME ZONE;

-- the first journal entry after the last one that left the contract in another state
UPDATE contract SET lifecycle_since = COALESCE(
    (SELECT MIN(j.received_at) FROM journal j
      WHERE j.contract_id = contract.id AND j.lifecycle_after = contract.lifecycle
        AND j.seq > COALESCE((SELECT MAX(k.seq) FROM journal k
                               WHERE k.contract_id = contract.id AND k.lifecycle_after <> contract.lifecycle), 0)),
    created_at);

CREATE INDEX ix_contract_lifecycle_since ON contract (lifecycle_since);
CREATE INDEX ix_contract_region ON contract (region);
CREATE INDEX ix_contract_sales_rep ON contract (sales_rep);
