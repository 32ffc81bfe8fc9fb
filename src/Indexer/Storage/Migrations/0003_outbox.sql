-- What the indexer committed and must announce, written in the same transaction as the events themselves. A row
-- is marked published only after every handler ran, so a crash in between re-delivers it (handlers are idempotent,
-- keyed by the row id).
CREATE TABLE outbox (
    id           bigserial PRIMARY KEY,
    chain_id     bigint NOT NULL,
    kind         text   NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea,
    log_index    int,
    payload      jsonb  NOT NULL,
    published_at timestamptz
);

-- An event is announced once even if two writers commit the same range during a lease handover.
CREATE UNIQUE INDEX outbox_once_per_event ON outbox (chain_id, block_hash, log_index) WHERE block_hash IS NOT NULL;

-- The publisher reads only what is still to be delivered, in order.
CREATE INDEX outbox_unpublished ON outbox (chain_id, id) WHERE published_at IS NULL;
