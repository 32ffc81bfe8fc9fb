-- Evidence is recorded on chain as a CIDv1 (sha2-256): its digest goes in evidence_hash and its multicodec here (0x55
-- raw, 0x70 dag-pb), so the CID can be rebuilt. Rows recorded by the earlier registry keep their keccak hash and no
-- codec: there is no CID to rebuild for them.
ALTER TABLE reward_contributions ADD COLUMN evidence_codec bigint;
