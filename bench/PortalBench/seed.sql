-- What bench/portal writes after epoch 1's tree is stored (PortalSeed.cs), one step per "-- step:" line, in order.
-- Parameters: @chain, @head, @count proposals, @open of them open for votes with @openVotes each, @delay, @period,
-- @every (blocks between proposals), the proposals' calls
-- (@fundTargets, @fundCalls, @streamTargets, @streamCalls), @policy (hash), @root, and @account, the measured one.
-- Blocks: proposal i is created at block 100 i, votes from 100 i + 100 for 2,000 blocks; the head is 100 n + 50.
-- Epoch 1's contributions are in blocks 900,000 on, its root posted at 950,000 and claims from 960,000; staking events
-- in blocks 200,000 to 700,000. Timestamps are 12 s a block from 1,700,000,000. pg_temp.h(n, tag) is sha256 of both:
-- the seeded hashes, and addresses as its first 20 bytes.

-- step: epoch 1: one allocation per leaf (units by kind, voting weight, amount)
INSERT INTO reward_allocations (chain_id, epoch, account, units, voting_weight, weighted_units, amount)
SELECT chain_id, epoch, account,
       jsonb_build_object((ARRAY['data', 'storage', 'compute', 'modelTraining', 'code'])[value_index % 5 + 1],
                          (1 + value_index % 997)::text),
       CASE WHEN value_index % 3 = 0 THEN (1 + value_index % 1000)::numeric * 1e18 ELSE 0 END,
       (1 + value_index % 997)::numeric * 1000, cumulative_total
FROM reward_leaves WHERE chain_id = @chain AND epoch = 1;

-- step: contributions: one per leaf account in the epoch's window (1,000 a block), 5,000 more for one
INSERT INTO reward_contributions (chain_id, block_number, log_index, transaction_hash, id, contributor, kind, units,
    evidence_hash, attester, block_timestamp)
SELECT @chain, 900000 + value_index / 1000, value_index % 1000, pg_temp.h(900000 + value_index / 1000, 'batch'),
       value_index + 1, account, (value_index % 5)::smallint, 1 + value_index % 997, pg_temp.h(value_index, 'evidence'),
       substring(pg_temp.h(value_index % 7, 'attester') FOR 20), 1700000000 + (900000 + value_index / 1000) * 12
FROM reward_leaves WHERE chain_id = @chain AND epoch = 1
UNION ALL
SELECT @chain, 900000 + k / 1000, 1000 + k % 1000, pg_temp.h(k, 'batch-one'), 1000000000 + k, @account, (k % 5)::smallint,
       1 + k % 13, pg_temp.h(k, 'evidence-one'), substring(pg_temp.h(k % 7, 'attester') FOR 20),
       1700000000 + (900000 + k / 1000) * 12
FROM generate_series(0, 4999) k;

-- step: proposals: described in Markdown, with their actions, tallies and quorum
INSERT INTO governance_proposals (chain_id, proposal_id, proposer, title, description, targets, "values", calldatas,
    vote_start, vote_end, created_block, created_tx, queued_block, queued_tx, eta, executed_block, executed_tx,
    canceled_block, canceled_tx, for_votes, against_votes, abstain_votes, quorum)
SELECT @chain, i, substring(pg_temp.h(i % 300, 'proposer') FOR 20), title,
       '# ' || title || E'\n\n' || format(
           E'Funds the next step of the network''s rewards, as discussed in '
           || E'[the forum](https://forum.example.org/t/%s).\n\n'
           || E'## Why\n\n%s\n\n## What it does\n\n- approves the budget from the treasury\n'
           || E'- **%s**, under the policy voted before\n\n'
           || E'> Voting period: %s blocks. Questions in the thread above.\n',
           i, repeat('Contributors recorded data, storage, compute and code in the window; the policy weighs each '
           || 'kind and the governance participation of every holder who voted on a proposal that reached quorum. ', 4),
           title, @period),
       CASE WHEN i % 2 = 0 THEN @fundTargets ELSE @streamTargets END, '{0,0}',
       CASE WHEN i % 2 = 0 THEN @fundCalls ELSE @streamCalls END,
       vote_start, vote_start + @period, i * @every, pg_temp.h(i, 'proposed'),
       CASE WHEN outcome IN ('executed', 'queued') THEN vote_start + @period + 10 END,
       CASE WHEN outcome IN ('executed', 'queued') THEN pg_temp.h(i, 'queued') END,
       CASE WHEN outcome IN ('executed', 'queued') THEN 1700000000 + (vote_start + @period + 10) * 12 + 172800 END,
       CASE WHEN outcome = 'executed' THEN vote_start + @period + 14410 END,
       CASE WHEN outcome = 'executed' THEN pg_temp.h(i, 'executed') END,
       CASE WHEN outcome = 'canceled' THEN i * @every + 50 END,
       CASE WHEN outcome = 'canceled' THEN pg_temp.h(i, 'canceled') END,
       CASE outcome WHEN 'pending' THEN 0 WHEN 'canceled' THEN 0
           WHEN 'defeated' THEN (10000 + i % 977)::numeric * 1e18 ELSE (50000 + i % 977)::numeric * 1e18 END,
       CASE outcome WHEN 'pending' THEN 0 WHEN 'canceled' THEN 0 ELSE (20000 + i % 131)::numeric * 1e18 END,
       CASE outcome WHEN 'pending' THEN 0 WHEN 'canceled' THEN 0 ELSE (1000 + i % 17)::numeric * 1e18 END,
       CASE WHEN vote_start < @head THEN 40000 * 1e18 END
FROM (
    SELECT i, i * @every + @delay AS vote_start,
           format('Fund reward epoch %s with %s tokens', i, 40000 + i % 977) AS title,
           CASE WHEN i * @every + @delay >= @head THEN 'pending'
                WHEN i * @every + @delay + @period >= @head THEN 'active'
                WHEN i % 20 < 12 THEN 'executed'
                WHEN i % 20 < 17 THEN 'defeated'
                WHEN i % 20 = 17 THEN 'canceled'
                WHEN i % 20 = 18 THEN 'succeeded'
                ELSE 'queued' END AS outcome
    FROM generate_series(1, @count) i) p;

-- step: votes: up to 300 on a quarter of the proposals, more on each open one (one of them the account's)
INSERT INTO governance_votes (chain_id, proposal_id, voter, support, weight, reason, params, block_number, log_index,
    transaction_hash)
SELECT @chain, i, substring(pg_temp.h(i * 100000 + k, 'voter') FOR 20),
       (CASE WHEN k % 10 < 7 THEN 1 WHEN k % 10 < 9 THEN 0 ELSE 2 END)::smallint, (1 + k % 97)::numeric * 1e18,
       CASE WHEN k % 5 = 0 THEN format('Voter %s: the budget matches what the window''s contributions are worth.', k)
            ELSE '' END,
       NULL::bytea, vote_start + 1 + k * (least(vote_start + @period, @head) - vote_start - 1) / (n + 1), k,
       pg_temp.h(i * 100000 + k, 'vote')
FROM (SELECT i, i * @every + @delay AS vote_start,
             CASE WHEN i >= @count - @open AND i < @count THEN @openVotes
                  WHEN i % 4 = 0 AND i * @every + @delay < @head THEN 1 + (i * 7919) % 300
                  ELSE 0 END AS n
      FROM generate_series(1, @count) i) p
CROSS JOIN LATERAL generate_series(1, n) k
UNION ALL
SELECT @chain, i, @account, 1::smallint, 200e18, 'The account with a long history votes for.', NULL::bytea,
       i * @every + @delay + 2, 0, pg_temp.h(i, 'vote-one')
FROM generate_series(@count - @open, @count - 1) i;

-- step: the keeper's transactions: queue and execute of every queued or executed proposal
INSERT INTO chain_transactions (chain_id, operation, status, transaction_hash, attempts, signer)
SELECT @chain, 'governance/' || action || '/' || proposal_id, 'mined',
       CASE action WHEN 'queue' THEN queued_tx ELSE executed_tx END, 1, '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'
FROM governance_proposals CROSS JOIN unnest(ARRAY['queue', 'execute']) action
WHERE chain_id = @chain
  AND (action = 'queue' AND queued_tx IS NOT NULL OR action = 'execute' AND executed_tx IS NOT NULL);

-- step: voting power and delegations: each leaf account delegates to itself, a tenth stakes, one has a long history
INSERT INTO governance_power_changes (chain_id, account, source, block_number, log_index, amount)
SELECT chain_id, account, 'delegated', 100000 + value_index / 100, value_index % 100,
       (1 + value_index % 1000)::numeric * 1e18
FROM reward_leaves WHERE chain_id = @chain AND epoch = 1
UNION ALL
SELECT chain_id, account, 'staked', 200000 + value_index / 1000, value_index / 10 % 100,
       (1 + value_index % 500)::numeric * 1e18
FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 10 = 0
UNION ALL
SELECT @chain, @account, source, 100001 + k * 4000, 100 + k, (k + 1)::numeric * 1e20
FROM generate_series(1, 200) k CROSS JOIN unnest(ARRAY['delegated', 'staked']) source;
INSERT INTO governance_delegations (chain_id, delegator, delegate, block_number, log_index)
SELECT chain_id, account, account, 100000 + value_index / 100, value_index % 100
FROM reward_leaves WHERE chain_id = @chain AND epoch = 1
UNION ALL
SELECT @chain, @account, substring(pg_temp.h(k, 'delegate') FOR 20), 100001 + k * 8000, 100 + k
FROM generate_series(1, 20) k;

-- step: staking events of a tenth of the leaf accounts (staked, reward paid, withdrawals, slashes), more for one
INSERT INTO reward_stake_changes (chain_id, block_number, log_index, account, change, amount, reason, transaction_hash,
    block_timestamp)
SELECT @chain, block_number, log_index, account, change, amount, reason, transaction_hash, 1700000000 + block_number * 12
FROM (
    SELECT 200000 + value_index / 1000 AS block_number, value_index / 10 % 100 AS log_index, account, 'staked' AS change,
           (1 + value_index % 500)::numeric * 1e18 AS amount, NULL AS reason, pg_temp.h(value_index, 'stake') AS transaction_hash
    FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 10 = 0
    UNION ALL
    SELECT 210000 + k, 0, @account, 'staked', 1e20, NULL, pg_temp.h(k, 'stake-one') FROM generate_series(1, 20) k
    UNION ALL
    SELECT 300000 + value_index / 2000, value_index / 20 % 100, account, 'rewardPaid', (1 + value_index % 77)::numeric * 1e16,
           NULL, pg_temp.h(value_index, 'paid')
    FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 20 = 0
    UNION ALL
    SELECT 310000 + k, 0, @account, 'rewardPaid', 1e17, NULL, pg_temp.h(k, 'paid-one') FROM generate_series(1, 50) k
    UNION ALL
    SELECT 400000 + value_index / 5000, value_index / 50 % 100, account, 'withdrawalRequested', 1e18, NULL,
           pg_temp.h(value_index, 'request')
    FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 50 = 0
    UNION ALL
    SELECT 500000 + value_index / 10000, value_index / 100 % 100, account, 'withdrawn', 1e18, NULL,
           pg_temp.h(value_index, 'withdrawn')
    FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 100 = 0
    UNION ALL
    SELECT 600000 + value_index / 100000, value_index / 1000 % 100, account, 'slashed', 5e17, 'attested data found missing',
           pg_temp.h(value_index, 'slashed')
    FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 1000 = 0) changes;

-- step: claims: a quarter of the leaf accounts claimed their total
INSERT INTO reward_claims (chain_id, block_number, log_index, transaction_hash, account, amount, cumulative_total)
SELECT @chain, 960000 + value_index / 400, value_index / 4 % 100, pg_temp.h(value_index, 'claim'), account,
       cumulative_total, cumulative_total
FROM reward_leaves WHERE chain_id = @chain AND epoch = 1 AND value_index % 4 = 0;

-- step: the chain as indexed: the epoch funded and its root posted, the cursor at the head
UPDATE reward_epochs SET window_start = 1700000000 + 900000 * 12, window_end = 1700000000 + 901000 * 12,
    funded_block = 899000, allocated = budget, unallocated = 0, policy_hash = @policy
WHERE chain_id = @chain AND epoch = 1;
INSERT INTO reward_roots_posted (chain_id, block_number, log_index, transaction_hash, epoch, root, accept_at)
VALUES (@chain, 950000, 0, pg_temp.h(1, 'posted'), 1, @root, 1700000000 + 950000 * 12 + 259200);
INSERT INTO blocks (chain_id, number, hash, parent_hash, timestamp)
VALUES (@chain, @head, pg_temp.h(@head, 'block'), pg_temp.h(@head - 1, 'block'), 1700000000 + @head * 12);
INSERT INTO cursors (chain_id, block_number, block_hash) VALUES (@chain, @head, pg_temp.h(@head, 'block'));
