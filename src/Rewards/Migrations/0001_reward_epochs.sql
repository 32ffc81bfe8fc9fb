-- The reward pipeline's state. An epoch moves funded -> computed -> posted -> paid; a veto sends it back to
-- computed's input with the guardian's reason; a failure keeps the epoch where it was with the reason for operators.

-- Policy documents by their canonical hash, so a funded epoch's policyHash finds the rules it was voted with.
CREATE TABLE reward_policies (
    policy_hash bytea PRIMARY KEY,
    document    jsonb NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reward_epochs (
    chain_id         bigint        NOT NULL,
    epoch            bigint        NOT NULL,
    budget           numeric(78,0) NOT NULL,
    window_start     bigint        NOT NULL,
    window_end       bigint        NOT NULL,
    policy_hash      bytea         NOT NULL,
    funded_block     bigint        NOT NULL,
    status           text          NOT NULL CHECK (status IN ('funded', 'computed', 'posted', 'paid', 'vetoed')),
    root             bytea,
    cumulative_total numeric(78,0),
    allocated        numeric(78,0),
    unallocated      numeric(78,0),
    leaf_count       int,
    computations     int           NOT NULL DEFAULT 0,
    reason           text,
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, epoch)
);

-- What each account earned in one epoch and why.
CREATE TABLE reward_allocations (
    chain_id       bigint        NOT NULL,
    epoch          bigint        NOT NULL,
    account        bytea         NOT NULL,
    units          jsonb         NOT NULL,
    votes          int           NOT NULL,
    weighted_units numeric(78,0) NOT NULL,
    amount         numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, epoch, account)
);

-- The epoch's tree: one cumulative leaf per account ever rewarded, with its place in the tree.
CREATE TABLE reward_leaves (
    chain_id         bigint        NOT NULL,
    epoch            bigint        NOT NULL,
    account          bytea         NOT NULL,
    cumulative_total numeric(78,0) NOT NULL,
    value_index      int           NOT NULL,
    tree_index       int           NOT NULL,
    PRIMARY KEY (chain_id, epoch, account)
);

-- The tree's nodes (32 bytes each, tree-index order) in 1 MiB chunks stored uncompressed, so a proof reads a few
-- slices instead of the whole tree.
CREATE TABLE reward_tree_chunks (
    chain_id bigint NOT NULL,
    epoch    bigint NOT NULL,
    chunk    int    NOT NULL,
    nodes    bytea  NOT NULL,
    PRIMARY KEY (chain_id, epoch, chunk)
);
ALTER TABLE reward_tree_chunks ALTER COLUMN nodes SET STORAGE EXTERNAL;
