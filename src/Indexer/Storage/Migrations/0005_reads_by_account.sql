-- GET /contributions pages by the registry's contribution id, for everyone or one contributor; GET /stakes/{address}
-- reads one account's staking events. Without these, each answer would scan the chain's whole event tables.
CREATE INDEX contribution_recorded_by_id ON contribution_recorded (chain_id, id);
CREATE INDEX contribution_recorded_by_contributor ON contribution_recorded (chain_id, contributor, id);
CREATE INDEX staked_by_account ON staked (chain_id, account);
CREATE INDEX withdrawn_by_account ON withdrawn (chain_id, account);
CREATE INDEX slashed_by_account ON slashed (chain_id, account);
CREATE INDEX reward_paid_by_account ON reward_paid (chain_id, account);
