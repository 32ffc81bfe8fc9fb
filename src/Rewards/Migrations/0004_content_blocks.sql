-- Blocks of the content-addressed files the host publishes (each epoch's tree dump, uploaded evidence), served by its
-- trustless gateway (GET /ipfs/{cid}) and written to CAR files for pinning. Keyed by the CID's binary form: a block
-- two files share is one row, and the primary key is the only lookup the gateway makes.
CREATE TABLE content_blocks (
    cid  bytea PRIMARY KEY,
    data bytea NOT NULL
);
