-- Raw chain data, per chain. Amount-bearing typed tables come with the event projections.

-- Blocks the indexer has seen: those that carry logs and those the cursor stopped at. Their hashes are what a
-- reorg is checked against; parent hash and timestamp are filled when the header was read.
CREATE TABLE blocks (
    chain_id    bigint NOT NULL,
    number      bigint NOT NULL,
    hash        bytea  NOT NULL,
    parent_hash bytea,
    timestamp   bigint,
    PRIMARY KEY (chain_id, number)
);

CREATE TABLE logs (
    chain_id          bigint NOT NULL,
    block_number      bigint NOT NULL,
    block_hash        bytea  NOT NULL,
    log_index         int    NOT NULL,
    transaction_hash  bytea  NOT NULL,
    transaction_index int    NOT NULL,
    address           bytea  NOT NULL,
    topic0            bytea,
    topic1            bytea,
    topic2            bytea,
    topic3            bytea,
    data              bytea  NOT NULL,
    -- The same log read twice (a retry, a restart) is one row.
    PRIMARY KEY (chain_id, block_hash, log_index)
);

-- Rollbacks delete everything above a block number, and readers replay logs in chain order.
CREATE INDEX logs_in_chain_order ON logs (chain_id, block_number, log_index);

-- Last block indexed completely; it moves in the same transaction as the logs it covers.
CREATE TABLE cursors (
    chain_id     bigint PRIMARY KEY,
    block_number bigint NOT NULL,
    block_hash   bytea  NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
