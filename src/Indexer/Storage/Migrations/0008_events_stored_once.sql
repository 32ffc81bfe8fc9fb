-- Each event the backend acts on is stored once: as its outbox row, which now carries the raw log (contract, topics,
-- data) and its block's time. Delivery decodes it into the event's notification, an audit reads
-- it as the log it was; `logs` keeps only the other logs (events nothing acts on, logs that did not decode), so nothing
-- on chain is lost. Before, every event was stored three times (raw log, typed row, outbox row) with eight index
-- entries, in the transaction that moves the cursor (bench/indexer-bench: 37 of the 44 µs an event cost). The typed
-- event tables go once the reward read model has copied what it reads from them (Rewards' migration 0003).

-- The outbox's view lists its columns as they were; it is made again below.
DROP VIEW outbox_undelivered;

ALTER TABLE outbox
    ADD COLUMN block_timestamp bigint,
    ADD COLUMN contract bytea,
    ADD COLUMN topic0 bytea,
    ADD COLUMN topic1 bytea,
    ADD COLUMN topic2 bytea,
    ADD COLUMN topic3 bytea,
    ADD COLUMN data bytea;

-- Kinds were the event tables' snake_case names; now they are the Solidity events' names.
UPDATE outbox SET kind = replace(initcap(replace(kind, '_', ' ')), ' ', '') WHERE kind <> 'blocks_rolled_back';

-- Events nothing acts on are no longer delivered: their logs stay in `logs`.
DELETE FROM outbox WHERE kind IN ('RootAccepted', 'Swept', 'RewardAdded', 'RewardPeriodExtended', 'WithdrawalCooldownSet');

UPDATE outbox o
SET contract = l.address, topic0 = l.topic0, topic1 = l.topic1, topic2 = l.topic2, topic3 = l.topic3, data = l.data,
    -- A block whose time was never read (a node without blockTimestamp in its logs) gets 0: earlier versions left it
    -- unknown, which kept its events out of every epoch's window, and 0 keeps them out the same way.
    block_timestamp = coalesce((SELECT b.timestamp FROM blocks b WHERE b.chain_id = o.chain_id AND b.number = o.block_number), 0)
FROM logs l
WHERE l.chain_id = o.chain_id AND l.block_hash = o.block_hash AND l.log_index = o.log_index;

-- Announcements of orphaned events that were already delivered (their rollback notice undid them) have no log left.
DELETE FROM outbox WHERE kind <> 'blocks_rolled_back' AND contract IS NULL;

DELETE FROM logs l USING outbox o WHERE l.chain_id = o.chain_id AND l.block_hash = o.block_hash AND l.log_index = o.log_index;

ALTER TABLE outbox DROP COLUMN payload;

-- One index besides the primary key (delivery reads by id): an event is stored once even if two writers commit the
-- same range during a lease handover, and a rollback deletes everything above a block with one range of it. Led by
-- the block number, new rows land at its right edge instead of at random hash positions.
DROP INDEX outbox_once_per_event;
CREATE UNIQUE INDEX outbox_once_per_event ON outbox (chain_id, block_number, log_index, block_hash) WHERE block_hash IS NOT NULL;

-- What is still to be delivered, per chain in delivery order (also what an operator looks at for a backlog).
CREATE VIEW outbox_undelivered AS
SELECT o.*
FROM outbox o
WHERE o.id > coalesce((SELECT d.last_id FROM outbox_delivered d WHERE d.chain_id = o.chain_id), 0);

-- Every log the indexer stored, as the chain has it: what an audit compares with eth_getLogs.
CREATE VIEW indexed_logs AS
SELECT chain_id, block_number, block_hash, log_index, transaction_hash, address, topic0, topic1, topic2, topic3, data FROM logs
UNION ALL
SELECT chain_id, block_number, block_hash, log_index, transaction_hash, contract, topic0, topic1, topic2, topic3, data FROM outbox
WHERE block_hash IS NOT NULL;
