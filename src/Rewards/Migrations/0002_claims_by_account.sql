-- "When was this account paid?" (GET /rewards/{address}, an epoch's allocation pages) reads an account's claims in
-- chain order; the indexer's own index on claimed is by chain order only, which would scan every claim of the chain.
CREATE INDEX claimed_by_account ON claimed (chain_id, account, block_number, log_index);
