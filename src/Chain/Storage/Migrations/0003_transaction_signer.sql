-- Who signed each transaction: before a signer signs anything new it broadcasts again its own transactions recorded as
-- sent but unknown to the node (a broadcast that failed), so the node's pending count, which gives the next nonce,
-- counts them. 'dropped' marks one whose nonce another transaction took: it can never be mined, and its operation is
-- built again when next asked for.
ALTER TABLE chain_transactions ADD COLUMN signer text;
ALTER TABLE chain_transactions DROP CONSTRAINT chain_transactions_status_check;
ALTER TABLE chain_transactions ADD CONSTRAINT chain_transactions_status_check CHECK (status IN ('sent', 'mined', 'reverted', 'dropped'));
-- A signer's transactions in flight, read under its gate before each new one: few rows, read often.
CREATE INDEX chain_transactions_in_flight ON chain_transactions (chain_id, signer) WHERE status = 'sent';
