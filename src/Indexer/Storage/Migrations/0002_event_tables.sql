-- One table per event that later features query, filled in the same transaction as the raw logs and the cursor.
-- Columns: where the log is, which contract emitted it, then one column per event parameter (snake_case);
-- every uint is numeric(78,0) so token amounts stay exact.

CREATE TABLE proposal_created (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "proposal_id" numeric(78,0),
    "proposer" bytea,
    "targets" bytea[],
    "values" numeric(78,0)[],
    "signatures" text[],
    "calldatas" bytea[],
    "vote_start" numeric(78,0),
    "vote_end" numeric(78,0),
    "description" text,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX proposal_created_in_chain_order ON proposal_created (chain_id, block_number, log_index);

CREATE TABLE vote_cast (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "voter" bytea,
    "proposal_id" numeric(78,0),
    "support" smallint,
    "weight" numeric(78,0),
    "reason" text,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX vote_cast_in_chain_order ON vote_cast (chain_id, block_number, log_index);

CREATE TABLE vote_cast_with_params (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "voter" bytea,
    "proposal_id" numeric(78,0),
    "support" smallint,
    "weight" numeric(78,0),
    "reason" text,
    "params" bytea,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX vote_cast_with_params_in_chain_order ON vote_cast_with_params (chain_id, block_number, log_index);

CREATE TABLE proposal_queued (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "proposal_id" numeric(78,0),
    "eta_seconds" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX proposal_queued_in_chain_order ON proposal_queued (chain_id, block_number, log_index);

CREATE TABLE proposal_executed (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "proposal_id" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX proposal_executed_in_chain_order ON proposal_executed (chain_id, block_number, log_index);

CREATE TABLE proposal_canceled (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "proposal_id" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX proposal_canceled_in_chain_order ON proposal_canceled (chain_id, block_number, log_index);

CREATE TABLE proposal_extended (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "proposal_id" numeric(78,0),
    "extended_deadline" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX proposal_extended_in_chain_order ON proposal_extended (chain_id, block_number, log_index);

CREATE TABLE delegate_changed (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "delegator" bytea,
    "from_delegate" bytea,
    "to_delegate" bytea,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX delegate_changed_in_chain_order ON delegate_changed (chain_id, block_number, log_index);

CREATE TABLE delegate_votes_changed (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "delegate" bytea,
    "previous_votes" numeric(78,0),
    "new_votes" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX delegate_votes_changed_in_chain_order ON delegate_votes_changed (chain_id, block_number, log_index);

CREATE TABLE contribution_recorded (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "id" numeric(78,0),
    "contributor" bytea,
    "kind" smallint,
    "units" numeric(78,0),
    "evidence_hash" bytea,
    "attester" bytea,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX contribution_recorded_in_chain_order ON contribution_recorded (chain_id, block_number, log_index);

CREATE TABLE epoch_funded (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "epoch" numeric(78,0),
    "budget" numeric(78,0),
    "window_start" numeric(78,0),
    "window_end" numeric(78,0),
    "policy_hash" bytea,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX epoch_funded_in_chain_order ON epoch_funded (chain_id, block_number, log_index);

CREATE TABLE root_posted (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "epoch" numeric(78,0),
    "root" bytea,
    "cumulative_total" numeric(78,0),
    "accept_at" numeric(78,0),
    "tree_uri" text,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX root_posted_in_chain_order ON root_posted (chain_id, block_number, log_index);

CREATE TABLE root_accepted (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "epoch" numeric(78,0),
    "root" bytea,
    "cumulative_total" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX root_accepted_in_chain_order ON root_accepted (chain_id, block_number, log_index);

CREATE TABLE root_vetoed (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "epoch" numeric(78,0),
    "root" bytea,
    "reason" text,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX root_vetoed_in_chain_order ON root_vetoed (chain_id, block_number, log_index);

CREATE TABLE claimed (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "account" bytea,
    "amount" numeric(78,0),
    "cumulative_total" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX claimed_in_chain_order ON claimed (chain_id, block_number, log_index);

CREATE TABLE dispute_window_set (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "old_window" numeric(78,0),
    "new_window" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX dispute_window_set_in_chain_order ON dispute_window_set (chain_id, block_number, log_index);

CREATE TABLE swept (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "to" bytea,
    "amount" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX swept_in_chain_order ON swept (chain_id, block_number, log_index);

CREATE TABLE staked (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "account" bytea,
    "amount" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX staked_in_chain_order ON staked (chain_id, block_number, log_index);

CREATE TABLE withdrawn (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "account" bytea,
    "amount" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX withdrawn_in_chain_order ON withdrawn (chain_id, block_number, log_index);

CREATE TABLE reward_paid (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "account" bytea,
    "amount" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX reward_paid_in_chain_order ON reward_paid (chain_id, block_number, log_index);

CREATE TABLE reward_added (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "amount" numeric(78,0),
    "duration" numeric(78,0),
    "period_finish" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX reward_added_in_chain_order ON reward_added (chain_id, block_number, log_index);

CREATE TABLE reward_period_extended (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "period_finish" numeric(78,0),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX reward_period_extended_in_chain_order ON reward_period_extended (chain_id, block_number, log_index);

CREATE TABLE slashed (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    transaction_hash bytea NOT NULL, contract bytea NOT NULL,
    "account" bytea,
    "amount" numeric(78,0),
    "reason" text,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX slashed_in_chain_order ON slashed (chain_id, block_number, log_index);

-- Logs of a known event that could not be decoded: kept raw in logs, reported here.
CREATE TABLE undecodable_logs (
    chain_id bigint NOT NULL, block_number bigint NOT NULL, block_hash bytea NOT NULL, log_index int NOT NULL,
    reason text NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX undecodable_logs_in_chain_order ON undecodable_logs (chain_id, block_number, log_index);
