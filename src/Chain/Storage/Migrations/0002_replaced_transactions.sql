-- A transaction stuck in the mempool is replaced by one with the same nonce and higher fees. Until one of them is
-- mined, any of them may be the one that is: the earlier hashes are kept here and watched with the current one.
ALTER TABLE chain_transactions ADD COLUMN replaced_hashes bytea[] NOT NULL DEFAULT '{}';
