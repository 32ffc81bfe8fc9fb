-- The portal's proposal pages and the overview read the proposals on every request; at 10,000 proposals both reads
-- below scanned the whole table (about 2,500 pages, descriptions inline), measured by bench/portal.

-- Every listing and every proposal first asks which proposals past their snapshot still lack a quorum: only the
-- newest few ever do, so this index holds a handful of rows where the question scanned them all.
CREATE INDEX governance_proposals_unknown_quorum ON governance_proposals (chain_id, vote_start) WHERE quorum IS NULL;

-- A listing filters on the state (computed from these columns against the head, so no index can hold it), counts the
-- matches and pages them newest first. With the columns the state reads carried in the index, that scan reads the
-- index alone (about 140 pages at 10,000 proposals, no sort) and only the page's rows are fetched from the table.
-- It also serves the rollback's "created above the fork", so it replaces the index that did only that.
CREATE INDEX governance_proposals_listed ON governance_proposals (chain_id, created_block DESC, proposal_id DESC)
    INCLUDE (vote_start, vote_end, extended_deadline, executed_block, canceled_block, eta, quorum, for_votes,
             against_votes, abstain_votes);
DROP INDEX governance_proposals_by_block;
