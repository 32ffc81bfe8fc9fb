-- The governance read model, built from the indexer's notifications. Every row remembers the block it came from so
-- a reorg notification can undo exactly what the orphaned blocks brought.

-- Last notification applied per chain: a re-delivered one (ids at or below it) is skipped, so each applies once.
CREATE TABLE governance_applied (
    chain_id    bigint PRIMARY KEY,
    delivery_id bigint NOT NULL
);

CREATE TABLE governance_proposals (
    chain_id          bigint        NOT NULL,
    proposal_id       numeric(78,0) NOT NULL,
    proposer          bytea         NOT NULL,
    title             text          NOT NULL,
    description       text          NOT NULL,
    targets           bytea[]       NOT NULL,
    "values"          numeric(78,0)[] NOT NULL,
    calldatas         bytea[]       NOT NULL,
    vote_start        bigint        NOT NULL,
    vote_end          bigint        NOT NULL,
    created_block     bigint        NOT NULL,
    created_tx        bytea         NOT NULL,
    extended_deadline bigint,
    extended_block    bigint,
    queued_block      bigint,
    queued_tx         bytea,
    eta               bigint,
    executed_block    bigint,
    executed_tx       bytea,
    canceled_block    bigint,
    canceled_tx       bytea,
    for_votes         numeric(78,0) NOT NULL DEFAULT 0,
    against_votes     numeric(78,0) NOT NULL DEFAULT 0,
    abstain_votes     numeric(78,0) NOT NULL DEFAULT 0,
    -- quorum(vote_start), read from the governor once the snapshot is in the past (it never changes afterwards).
    quorum            numeric(78,0),
    PRIMARY KEY (chain_id, proposal_id)
);
-- Listings page newest first; the rollback deletes proposals created above the fork.
CREATE INDEX governance_proposals_by_block ON governance_proposals (chain_id, created_block DESC);

CREATE TABLE governance_votes (
    chain_id     bigint        NOT NULL,
    proposal_id  numeric(78,0) NOT NULL,
    voter        bytea         NOT NULL,
    support      smallint      NOT NULL,
    weight       numeric(78,0) NOT NULL,
    reason       text          NOT NULL,
    params       bytea,
    block_number bigint        NOT NULL,
    log_index    int           NOT NULL,
    transaction_hash bytea     NOT NULL,
    -- The governor accepts one vote per voter and proposal.
    PRIMARY KEY (chain_id, proposal_id, voter)
);
-- The rollback finds votes above the fork.
CREATE INDEX governance_votes_by_block ON governance_votes (chain_id, block_number);

-- Delegation history (DelegateChanged): the current delegate is the latest row.
CREATE TABLE governance_delegations (
    chain_id     bigint NOT NULL,
    delegator    bytea  NOT NULL,
    delegate     bytea  NOT NULL,
    block_number bigint NOT NULL,
    log_index    int    NOT NULL,
    PRIMARY KEY (chain_id, delegator, block_number, log_index)
);

-- Voting power history: token votes as DelegateVotesChanged reports them, and staked balances, both as the value
-- after each change, so the power at a block is the latest row of each kind at or below it.
CREATE TABLE governance_power_changes (
    chain_id     bigint        NOT NULL,
    account      bytea         NOT NULL,
    source       text          NOT NULL CHECK (source IN ('delegated', 'staked')),
    block_number bigint        NOT NULL,
    log_index    int           NOT NULL,
    amount       numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, account, source, block_number, log_index)
);
