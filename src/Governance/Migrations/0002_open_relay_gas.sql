-- Gas the open relay (the portal's, which anyone may call) has committed to per UTC day, so the operator's daily budget
-- holds across restarts and between hosts sharing the database. One row a day; the primary key is the only lookup.
CREATE TABLE governance_open_relay_gas (
    chain_id bigint        NOT NULL,
    day      date          NOT NULL,
    gas      numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, day)
);

-- Ballots the open relay took on, one per voter and proposal (a voter votes once): a replay posted while the first cast
-- is still pending is refused here, whatever the node answers for its pending state. A ballot not sent is deleted.
CREATE TABLE governance_open_relay_ballots (
    chain_id    bigint        NOT NULL,
    proposal_id numeric(78,0) NOT NULL,
    voter       bytea         NOT NULL,
    day         date          NOT NULL,
    gas         numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, proposal_id, voter)
);
