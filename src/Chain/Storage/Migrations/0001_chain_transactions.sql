-- Every transaction the backend sends on its own (keeper, root posting, payouts), keyed by what it is for. The signed
-- bytes are written before the broadcast, so after a crash the same transaction is awaited or broadcast again and
-- an operation is never sent twice; a refusal keeps its decoded reason for operators.
CREATE TABLE chain_transactions (
    chain_id         bigint      NOT NULL,
    operation        text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('sent', 'mined', 'reverted')),
    transaction_hash bytea,
    raw_transaction  bytea,
    error            text,
    attempts         int         NOT NULL DEFAULT 1,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, operation)
);
