using System.Collections.Concurrent;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Chain;

/// <summary>A transaction recorded as sent: its operation, current hash, signed bytes and the hashes it replaced.</summary>
public sealed record SentTransaction(string Operation, string Hash, byte[] Raw, IReadOnlyList<string> Replaced);

/// <summary>
/// Where the <see cref="TransactionLedger"/> records each operation's transaction before broadcasting it. A host keeps
/// it in PostgreSQL (<see cref="PostgresTransactionJournal"/>: a crash anywhere, on any host, never doubles a
/// transaction); a one-shot command in memory (<see cref="MemoryTransactionJournal"/>: the same sending, replacing and
/// refusing, for as long as the process lives).
/// </summary>
public interface ITransactionJournal
{
    /// <summary>The operation's transaction still marked sent, or null.</summary>
    Task<SentTransaction?> SentAsync(long chainId, string operation, CancellationToken cancellationToken);

    /// <summary>Every other transaction of <paramref name="signer"/> still marked sent.</summary>
    Task<IReadOnlyList<SentTransaction>> SentBySignerAsync(long chainId, string signer, string exceptOperation, CancellationToken cancellationToken);

    /// <summary>Records the operation's status (sent, mined, reverted), keeping a known hash and signed bytes when none is given.</summary>
    Task RecordAsync(long chainId, string operation, string status, string? hash, byte[]? raw, string? failure, string signer, CancellationToken cancellationToken);

    /// <summary>Replaces the operation's sent transaction by <paramref name="hash"/>, keeping the old hash among the replaced ones.</summary>
    Task RecordReplacementAsync(long chainId, string operation, string hash, byte[] raw, CancellationToken cancellationToken);

    /// <summary>Marks the operation's transaction <paramref name="hash"/> dropped: another transaction took its nonce.</summary>
    Task DropAsync(long chainId, string operation, string hash, CancellationToken cancellationToken);

    /// <summary>The entries of these operations, oldest change first.</summary>
    Task<IReadOnlyList<LedgerEntry>> EntriesAsync(long chainId, IReadOnlyList<string> operations, CancellationToken cancellationToken);
}

/// <summary>The journal in <c>chain_transactions</c> (Storage/Migrations), shared by every host on the database.</summary>
public sealed class PostgresTransactionJournal(NpgsqlDataSource dataSource) : ITransactionJournal
{
    private const string SentColumns = "operation, transaction_hash, raw_transaction, replaced_hashes";

    public async Task<SentTransaction?> SentAsync(long chainId, string operation, CancellationToken cancellationToken) =>
        (await ReadSentAsync($"SELECT {SentColumns} FROM chain_transactions WHERE chain_id = $1 AND operation = $2 AND status = 'sent'",
            cancellationToken, chainId, operation)) is [var sent] ? sent : null;

    public Task<IReadOnlyList<SentTransaction>> SentBySignerAsync(long chainId, string signer, string exceptOperation, CancellationToken cancellationToken) =>
        ReadSentAsync($"SELECT {SentColumns} FROM chain_transactions WHERE chain_id = $1 AND signer = $2 AND status = 'sent' AND operation <> $3",
            cancellationToken, chainId, signer.ToLowerInvariant(), exceptOperation);

    public async Task RecordAsync(
        long chainId, string operation, string status, string? hash, byte[]? raw, string? failure, string signer, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            INSERT INTO chain_transactions (chain_id, operation, status, transaction_hash, raw_transaction, error, signer)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (chain_id, operation) DO UPDATE SET
                status = excluded.status,
                signer = excluded.signer,
                transaction_hash = coalesce(excluded.transaction_hash, chain_transactions.transaction_hash),
                raw_transaction = coalesce(excluded.raw_transaction, chain_transactions.raw_transaction),
                error = excluded.error,
                attempts = chain_transactions.attempts + CASE WHEN excluded.status = 'mined' THEN 0 ELSE 1 END,
                updated_at = now()
            """, cancellationToken,
            chainId, operation, status, hash?.HexToByteArray(), raw, failure, signer.ToLowerInvariant());

    public async Task RecordReplacementAsync(long chainId, string operation, string hash, byte[] raw, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE chain_transactions SET transaction_hash = $3, raw_transaction = $4, replaced_hashes = replaced_hashes || transaction_hash,
                attempts = attempts + 1, updated_at = now()
            WHERE chain_id = $1 AND operation = $2 AND status = 'sent'
            """, cancellationToken, chainId, operation, hash.HexToByteArray(), raw);

    public async Task DropAsync(long chainId, string operation, string hash, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE chain_transactions SET status = 'dropped', replaced_hashes = '{}', error = 'its nonce was taken by another transaction',
                updated_at = now()
            WHERE chain_id = $1 AND operation = $2 AND status = 'sent' AND transaction_hash = $3
            """, cancellationToken, chainId, operation, hash.HexToByteArray());

    public async Task<IReadOnlyList<LedgerEntry>> EntriesAsync(long chainId, IReadOnlyList<string> operations, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT operation, status, transaction_hash, error, attempts FROM chain_transactions
            WHERE chain_id = $1 AND operation = ANY($2) ORDER BY updated_at, operation
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(operations.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LedgerEntry(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : ((byte[])reader[2]).ToHex(true),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4)));
        }
        return entries;
    }

    private async Task<IReadOnlyList<SentTransaction>> ReadSentAsync(string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.AddWithValue(value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sent = new List<SentTransaction>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sent.Add(new SentTransaction(reader.GetString(0), ((byte[])reader[1]).ToHex(true), (byte[])reader[2],
                [.. ((byte[][])reader[3]).Select(h => h.ToHex(true))]));
        }
        return sent;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>The journal of one process (a CLI command): what it sent, for as long as it runs.</summary>
public sealed class MemoryTransactionJournal : ITransactionJournal
{
    private readonly ConcurrentDictionary<(long ChainId, string Operation), Entry> _entries = new();

    public Task<SentTransaction?> SentAsync(long chainId, string operation, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue((chainId, operation), out var entry) && entry.Status == "sent" ? entry.Sent(operation) : null);

    public Task<IReadOnlyList<SentTransaction>> SentBySignerAsync(long chainId, string signer, string exceptOperation, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SentTransaction>>([.. _entries
            .Where(e => e.Key.ChainId == chainId && e.Key.Operation != exceptOperation && e.Value.Status == "sent"
                && string.Equals(e.Value.Signer, signer, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Value.Sent(e.Key.Operation))]);

    public Task RecordAsync(
        long chainId, string operation, string status, string? hash, byte[]? raw, string? failure, string signer, CancellationToken cancellationToken)
    {
        _entries.AddOrUpdate((chainId, operation),
            _ => new Entry(status, hash, raw, [], failure, signer, status == "mined" ? 0 : 1),
            (_, known) => known with
            {
                Status = status, Hash = hash ?? known.Hash, Raw = raw ?? known.Raw, Error = failure, Signer = signer,
                Attempts = known.Attempts + (status == "mined" ? 0 : 1),
            });
        return Task.CompletedTask;
    }

    public Task RecordReplacementAsync(long chainId, string operation, string hash, byte[] raw, CancellationToken cancellationToken)
    {
        _entries.AddOrUpdate((chainId, operation), _ => throw new InvalidOperationException($"{operation} was never sent"),
            (_, known) => known.Status != "sent" ? known
                : known with { Hash = hash, Raw = raw, Replaced = [.. known.Replaced, known.Hash!], Attempts = known.Attempts + 1 });
        return Task.CompletedTask;
    }

    public Task DropAsync(long chainId, string operation, string hash, CancellationToken cancellationToken)
    {
        _entries.AddOrUpdate((chainId, operation), _ => throw new InvalidOperationException($"{operation} was never sent"),
            (_, known) => known.Status == "sent" && known.Hash == hash
                ? known with { Status = "dropped", Replaced = [], Error = "its nonce was taken by another transaction" }
                : known);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LedgerEntry>> EntriesAsync(long chainId, IReadOnlyList<string> operations, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LedgerEntry>>([.. operations
            .Select(o => _entries.TryGetValue((chainId, o), out var e) ? new LedgerEntry(o, e.Status, e.Hash, e.Error, e.Attempts) : null)
            .OfType<LedgerEntry>()]);

    private sealed record Entry(string Status, string? Hash, byte[]? Raw, IReadOnlyList<string> Replaced, string? Error, string Signer, int Attempts)
    {
        public SentTransaction Sent(string operation) => new(operation, Hash!, Raw!, Replaced);
    }
}
