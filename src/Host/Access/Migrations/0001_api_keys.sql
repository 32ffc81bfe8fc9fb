-- API keys for the write endpoints and the dashboard. Only a SHA-256 of each key's secret is kept: the secret is shown
-- once, when the key is created. Keys are 256 random bits, so a fast hash is enough (no password stretching needed).
CREATE TABLE api_keys (
    id            text        PRIMARY KEY,
    name          text        NOT NULL,
    secret_sha256 bytea       NOT NULL,
    roles         text[]      NOT NULL CHECK (cardinality(roles) > 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
