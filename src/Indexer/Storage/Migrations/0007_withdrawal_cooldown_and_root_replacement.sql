-- The staking pool's withdrawals became a request and a cooldown, a slash takes what is there (and says from where),
-- and the distributor says when a pending root was replaced or the cooldown changed. Existing slashes took exactly
-- what they asked, all of it from the stake.
ALTER TABLE slashed RENAME COLUMN amount TO requested;
ALTER TABLE slashed ADD COLUMN from_stake numeric(78,0), ADD COLUMN from_cooldown numeric(78,0);
UPDATE slashed SET from_stake = requested, from_cooldown = 0;

CREATE TABLE withdrawal_requested (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "account" bytea,
    "amount" numeric(78,0),
    "ready_at" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX withdrawal_requested_in_chain_order ON withdrawal_requested (chain_id, block_number, log_index);
-- GET /stakes/{address} and the bond of an epoch read one account's stake history.
CREATE INDEX withdrawal_requested_by_account ON withdrawal_requested (chain_id, account);

CREATE TABLE withdrawal_cooldown_set (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "old_cooldown" numeric(78,0),
    "new_cooldown" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX withdrawal_cooldown_set_in_chain_order ON withdrawal_cooldown_set (chain_id, block_number, log_index);

CREATE TABLE root_replaced (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "epoch" numeric(78,0),
    "root" bytea,
    "by_epoch" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX root_replaced_in_chain_order ON root_replaced (chain_id, block_number, log_index);
