-- Participation is credited by the voting weight cast on proposals that reached quorum, not by a count of votes
-- (a count was free to farm with empty accounts). Earlier allocations keep weight 0: their votes were not weighed.
ALTER TABLE reward_allocations DROP COLUMN votes;
ALTER TABLE reward_allocations ADD COLUMN voting_weight numeric(78,0) NOT NULL DEFAULT 0;
