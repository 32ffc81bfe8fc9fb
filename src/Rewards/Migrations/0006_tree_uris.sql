-- The tree URI each posted root names (ipfs://<cid> of its tree dump), so pages and the API can point readers at the
-- tree the chain itself names. NULL for rows indexed before this column existed (their URI stays in the raw log).
ALTER TABLE reward_roots_posted ADD COLUMN tree_uri text;
