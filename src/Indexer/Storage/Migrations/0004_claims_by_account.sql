-- Readers ask "when was this account paid?" (GET /rewards/{address}, an epoch's allocation pages): an account's claims
-- in chain order. The chain-order index alone would scan every claim of the chain for each answer.
CREATE INDEX claimed_by_account ON claimed (chain_id, account, block_number, log_index);
