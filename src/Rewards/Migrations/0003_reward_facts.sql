-- The reward pipeline keeps its own copy of the chain facts it reads, written by its handlers of the indexer's typed
-- notifications (Contributions/ContributionsProjection, Staking/StakeProjection, Epochs/VotesProjection,
-- Epochs/RootsProjection), and never reads the indexer's tables. Each row keeps where its event sits on chain: a
-- rollback deletes the rows above the fork point, and a re-delivered event hits the primary key. Rows hold only the
-- columns something reads, with the block's time, so an epoch's window is one range of it.

CREATE TABLE reward_contributions (
    chain_id         bigint        NOT NULL,
    id               numeric(78,0) NOT NULL,
    contributor      bytea         NOT NULL,
    kind             smallint      NOT NULL,
    units            numeric(78,0) NOT NULL,
    evidence_hash    bytea         NOT NULL,
    attester         bytea         NOT NULL,
    block_number     bigint        NOT NULL,
    log_index        int           NOT NULL,
    transaction_hash bytea         NOT NULL,
    block_timestamp  bigint        NOT NULL,
    -- Where the event sits, like every fact here: a registry deployed again on the same chain numbers from 1 again.
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- GET /contributions pages by the registry's id.
CREATE INDEX reward_contributions_by_id ON reward_contributions (chain_id, id);
-- GET /contributions?contributor= and an account's page: one contributor's, by id.
CREATE INDEX reward_contributions_by_contributor ON reward_contributions (chain_id, contributor, id);
-- An epoch's computation sums the units recorded inside its window.
CREATE INDEX reward_contributions_by_time ON reward_contributions (chain_id, block_timestamp);

-- Votes, for governance participation: an epoch reads every vote before its end on the proposals voted on inside it.
CREATE TABLE reward_votes (
    chain_id        bigint        NOT NULL,
    block_number    bigint        NOT NULL,
    log_index       int           NOT NULL,
    voter           bytea         NOT NULL,
    proposal_id     numeric(78,0) NOT NULL,
    support         smallint      NOT NULL,
    weight          numeric(78,0) NOT NULL,
    block_timestamp bigint        NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- Proposals voted on: their snapshot (for the quorum) and whether they were canceled, and when.
CREATE TABLE reward_proposals (
    chain_id           bigint        NOT NULL,
    proposal_id        numeric(78,0) NOT NULL,
    vote_start         numeric(78,0) NOT NULL,
    created_block      bigint        NOT NULL,
    canceled_block     bigint,
    canceled_timestamp bigint,
    PRIMARY KEY (chain_id, proposal_id)
);

-- Stake changes of the pool: bonds are read in chain order (the primary key), an account's history by account.
CREATE TABLE reward_stake_changes (
    chain_id         bigint        NOT NULL,
    block_number     bigint        NOT NULL,
    log_index        int           NOT NULL,
    account          bytea         NOT NULL,
    change           text          NOT NULL CHECK (change IN ('staked', 'withdrawalRequested', 'withdrawn', 'slashed', 'rewardPaid')),
    amount           numeric(78,0) NOT NULL,
    reason           text,
    transaction_hash bytea         NOT NULL,
    block_timestamp  bigint        NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- GET /stakes/{address} and the account page.
CREATE INDEX reward_stake_changes_by_account ON reward_stake_changes (chain_id, account, block_number, log_index);

-- What happened to posted roots (a few rows an epoch, read whole: no index besides the key).
CREATE TABLE reward_roots_posted (
    chain_id         bigint NOT NULL,
    block_number     bigint NOT NULL,
    log_index        int    NOT NULL,
    epoch            bigint NOT NULL,
    root             bytea  NOT NULL,
    accept_at        bigint NOT NULL,
    transaction_hash bytea  NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE reward_roots_replaced (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    log_index    int    NOT NULL,
    epoch        bigint NOT NULL,
    root         bytea  NOT NULL,
    by_epoch     bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE reward_roots_vetoed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    log_index    int    NOT NULL,
    epoch        bigint NOT NULL,
    root         bytea  NOT NULL,
    reason       text   NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE reward_dispute_windows (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    log_index    int    NOT NULL,
    new_window   bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- Claims paid by the distributor.
CREATE TABLE reward_claims (
    chain_id         bigint        NOT NULL,
    block_number     bigint        NOT NULL,
    log_index        int           NOT NULL,
    account          bytea         NOT NULL,
    amount           numeric(78,0) NOT NULL,
    cumulative_total numeric(78,0) NOT NULL,
    transaction_hash bytea         NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- "What has this account claimed, and in which transaction?" (GET /rewards/{address}, allocation pages, proofs).
CREATE INDEX reward_claims_by_account ON reward_claims (chain_id, account, block_number, log_index);

-- A database indexed by an earlier version has these facts in the indexer's typed event tables (canonical rows only,
-- as the readers took them): they move here, and the tables go (nothing else read them).
DO $$
BEGIN
    IF to_regclass('contribution_recorded') IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO reward_contributions
    SELECT e.chain_id, e.id, e.contributor, e.kind, e.units, e.evidence_hash, e.attester, e.block_number, e.log_index, e.transaction_hash, coalesce(b.timestamp, 0)
    FROM contribution_recorded e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash
    ON CONFLICT DO NOTHING;

    INSERT INTO reward_votes
    SELECT e.chain_id, e.block_number, e.log_index, e.voter, e.proposal_id, e.support, e.weight, coalesce(b.timestamp, 0)
    FROM (SELECT chain_id, block_number, block_hash, log_index, voter, proposal_id, support, weight FROM vote_cast
          UNION ALL SELECT chain_id, block_number, block_hash, log_index, voter, proposal_id, support, weight FROM vote_cast_with_params) e
    JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;

    INSERT INTO reward_proposals (chain_id, proposal_id, vote_start, created_block)
    SELECT e.chain_id, e.proposal_id, e.vote_start, e.block_number
    FROM proposal_created e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash
    ON CONFLICT DO NOTHING;
    UPDATE reward_proposals p SET canceled_block = c.block_number, canceled_timestamp = coalesce(b.timestamp, 0)
    FROM proposal_canceled c JOIN blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number AND b.hash = c.block_hash
    WHERE p.chain_id = c.chain_id AND p.proposal_id = c.proposal_id;

    INSERT INTO reward_stake_changes
    SELECT e.chain_id, e.block_number, e.log_index, e.account, e.change, e.amount, e.reason, e.transaction_hash, coalesce(b.timestamp, 0)
    FROM (SELECT chain_id, block_number, block_hash, log_index, account, 'staked' AS change, amount, NULL::text AS reason, transaction_hash FROM staked
          UNION ALL SELECT chain_id, block_number, block_hash, log_index, account, 'withdrawalRequested', amount, NULL, transaction_hash FROM withdrawal_requested
          UNION ALL SELECT chain_id, block_number, block_hash, log_index, account, 'withdrawn', amount, NULL, transaction_hash FROM withdrawn
          UNION ALL SELECT chain_id, block_number, block_hash, log_index, account, 'slashed', from_stake, reason, transaction_hash FROM slashed
          UNION ALL SELECT chain_id, block_number, block_hash, log_index, account, 'rewardPaid', amount, NULL, transaction_hash FROM reward_paid) e
    JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;

    INSERT INTO reward_roots_posted
    SELECT e.chain_id, e.block_number, e.log_index, e.epoch, e.root, e.accept_at, e.transaction_hash
    FROM root_posted e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;
    INSERT INTO reward_roots_replaced
    SELECT e.chain_id, e.block_number, e.log_index, e.epoch, e.root, e.by_epoch
    FROM root_replaced e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;
    INSERT INTO reward_roots_vetoed
    SELECT e.chain_id, e.block_number, e.log_index, e.epoch, e.root, coalesce(e.reason, '')
    FROM root_vetoed e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;
    INSERT INTO reward_dispute_windows
    SELECT e.chain_id, e.block_number, e.log_index, e.new_window
    FROM dispute_window_set e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;
    INSERT INTO reward_claims
    SELECT e.chain_id, e.block_number, e.log_index, e.account, e.amount, e.cumulative_total, e.transaction_hash
    FROM claimed e JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash;

    DROP TABLE proposal_created, vote_cast, vote_cast_with_params, proposal_queued, proposal_executed, proposal_canceled,
        proposal_extended, delegate_changed, delegate_votes_changed, contribution_recorded, epoch_funded, root_posted,
        root_replaced, root_accepted, root_vetoed, claimed, dispute_window_set, swept, staked, withdrawal_requested, withdrawn,
        reward_paid, reward_added, reward_period_extended, slashed, withdrawal_cooldown_set;
END
$$;
