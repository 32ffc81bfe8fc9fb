using System.Numerics;
using System.Text.Json;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>An epoch as operators see it.</summary>
public sealed record EpochSummary(
    ulong Epoch, string Status, BigInteger Budget, ulong WindowStart, ulong WindowEnd, string PolicyHash, string? Root,
    BigInteger? CumulativeTotal, BigInteger? Allocated, BigInteger? Unallocated, int? Leaves, int Computations, string? Reason);

/// <summary>What one account earned in one epoch, and whether its cumulative total has been paid.</summary>
public sealed record EpochReward(
    ulong Epoch, string Status, IReadOnlyDictionary<string, string> Units, BigInteger VotingWeight, BigInteger Amount, BigInteger? CumulativeTotal,
    bool Paid, string? PaidIn);

/// <summary>One account's allocation in an epoch, its cumulative leaf and the transaction that paid it (if any yet).</summary>
public sealed record Allocation(
    string Account, IReadOnlyDictionary<string, string> Units, BigInteger VotingWeight, BigInteger Amount, BigInteger? CumulativeTotal, string? PaidIn);

/// <summary>A page of allocations in address order; <see cref="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record AllocationPage(IReadOnlyList<Allocation> Items, string? Next);

/// <summary>
/// An account's leaf in an epoch's tree and its proof, ready for <c>claim(account, total, proof)</c>, with what the
/// chain (as indexed) says of its root: <c>pending</c> (usable from <see cref="UsableFrom"/>, unix seconds),
/// <c>usable</c>, <c>vetoed</c>, <c>replaced</c> by a newer epoch's root, or <c>notPosted</c>; and how much of the
/// total the account has not claimed yet.
/// </summary>
public sealed record RewardProof(
    ulong Epoch, string Account, BigInteger CumulativeTotal, IReadOnlyList<string> Proof, string Root,
    string RootStatus, ulong? UsableFrom, BigInteger Unclaimed);

/// <summary>Everything an account earned, epoch by epoch, and the proof to claim the newest cumulative total.</summary>
public sealed record AccountRewards(string Account, BigInteger Claimed, IReadOnlyList<EpochReward> Epochs, RewardProof? Claimable);

/// <summary>
/// An epoch's root as the chain (as indexed) holds it: <c>none</c> computed yet, <c>notPosted</c>, <c>pending</c> until
/// <see cref="AcceptAt"/>, <c>usable</c> once past it, <c>vetoed</c> by the guardian (see the epoch's reason) or
/// <c>replaced</c> by epoch <see cref="ReplacedBy"/>'s root before it matured. <see cref="DisputeWindow"/> is how long a
/// root posted now stays pending, and <see cref="Now"/> the last indexed block's time (all times in unix seconds).
/// </summary>
public sealed record EpochRoot(
    ulong Epoch, string? Root, string Status, ulong? PostedBlock, string? PostedIn, ulong? AcceptAt, ulong? ReplacedBy, ulong DisputeWindow, ulong Now,
    string? TreeUri);

/// <summary>The policy an epoch was funded under: its hash and, when this host holds the document, its rules in words.</summary>
public sealed record EpochPolicy(ulong Epoch, string Hash, IReadOnlyList<string>? Rules, RewardPolicy? Document);

/// <summary>Reads the reward pipeline's tables for the API and the CLI.</summary>
public sealed class RewardQueries(NpgsqlDataSource dataSource, long chainId, ProofTrees proofTrees)
{
    public async Task<IReadOnlyList<EpochSummary>> EpochsAsync(CancellationToken cancellationToken) =>
        [.. (await new EpochStore(dataSource).ListAsync(chainId, cancellationToken)).Select(Summary)];

    public async Task<EpochSummary?> EpochAsync(ulong epoch, CancellationToken cancellationToken) =>
        await new EpochStore(dataSource).FindAsync(chainId, epoch, cancellationToken) is { } found ? Summary(found) : null;

    /// <summary>
    /// Where the epoch's root stands on chain, or null when the epoch is not funded; a root posted now would wait out the
    /// last <c>DisputeWindowSet</c>'s window, or <paramref name="deployedDisputeWindow"/> when governance never changed it.
    /// </summary>
    public async Task<EpochRoot?> RootAsync(ulong epoch, ulong deployedDisputeWindow, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT e.root, p.block_number, p.transaction_hash, p.accept_at,
                EXISTS (SELECT 1 FROM reward_roots_vetoed v WHERE v.chain_id = e.chain_id AND v.epoch = e.epoch AND v.root = e.root),
                (SELECT r.by_epoch FROM reward_roots_replaced r WHERE r.chain_id = e.chain_id AND r.epoch = e.epoch AND r.root = e.root LIMIT 1),
                (SELECT w.new_window FROM reward_dispute_windows w WHERE w.chain_id = e.chain_id ORDER BY w.block_number DESC, w.log_index DESC LIMIT 1),
                p.tree_uri
            FROM reward_epochs e
            LEFT JOIN LATERAL (
                SELECT p.block_number, p.transaction_hash, p.accept_at, p.tree_uri FROM reward_roots_posted p
                WHERE p.chain_id = e.chain_id AND p.epoch = e.epoch AND p.root = e.root
                ORDER BY p.block_number DESC LIMIT 1) p ON true
            WHERE e.chain_id = $1 AND e.epoch = $2
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        var now = (await DeliveredHead.ReadAsync(dataSource, chainId, cancellationToken)).Timestamp;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var posted = !reader.IsDBNull(1);
        var acceptAt = posted ? (ulong)reader.GetInt64(3) : (ulong?)null;
        var replacedBy = reader.IsDBNull(5) ? (ulong?)null : (ulong)reader.GetInt64(5);
        var window = reader.IsDBNull(6) ? deployedDisputeWindow : (ulong)reader.GetInt64(6);
        var status = reader.IsDBNull(0) ? "none"
            : reader.GetBoolean(4) ? "vetoed"
            : replacedBy is not null ? "replaced"
            : !posted ? "notPosted"
            : acceptAt > now ? "pending" : "usable";
        return new EpochRoot(epoch, reader.IsDBNull(0) ? null : ((byte[])reader[0]).ToHex(true), status,
            posted ? (ulong)reader.GetInt64(1) : null, posted ? ((byte[])reader[2]).ToHex(true) : null, acceptAt, replacedBy, window, now,
            reader.IsDBNull(7) ? null : reader.GetString(7));
    }

    /// <summary>The policy the epoch was funded with, in words when this host holds its document; null when the epoch is not funded.</summary>
    public async Task<EpochPolicy?> PolicyAsync(ulong epoch, CancellationToken cancellationToken)
    {
        if (await new EpochStore(dataSource).FindAsync(chainId, epoch, cancellationToken) is not { } funded) return null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var policy = await PolicyRegistry.FindAsync(connection, null, funded.PolicyHash, cancellationToken);
        return new EpochPolicy(epoch, funded.PolicyHash.ToHex(true), policy?.Describe(), policy);
    }

    public async Task<RewardProof?> ProofAsync(ulong epoch, string account, CancellationToken cancellationToken)
    {
        if (await proofTrees.ProofAsync(epoch, account, cancellationToken) is not { } found) return null;
        await using var command = dataSource.CreateCommand(
            """
            SELECT
                (SELECT p.accept_at FROM reward_roots_posted p WHERE p.chain_id = $1 AND p.root = $2 ORDER BY p.block_number DESC LIMIT 1),
                EXISTS (SELECT 1 FROM reward_roots_vetoed WHERE chain_id = $1 AND root = $2),
                EXISTS (SELECT 1 FROM reward_roots_replaced WHERE chain_id = $1 AND root = $2),
                coalesce((SELECT max(cumulative_total) FROM reward_claims WHERE chain_id = $1 AND account = $3), 0)
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(found.Root);
        command.Parameters.AddWithValue(account.HexToByteArray());
        var now = (await DeliveredHead.ReadAsync(dataSource, chainId, cancellationToken)).Timestamp;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var usableFrom = reader.IsDBNull(0) ? (ulong?)null : (ulong)reader.GetInt64(0);
        var status = usableFrom is null ? "notPosted"
            : reader.GetBoolean(1) ? "vetoed"
            : reader.GetBoolean(2) ? "replaced"
            : usableFrom > now ? "pending" : "usable";
        var unclaimed = BigInteger.Max(found.Leaf.CumulativeTotal - reader.GetFieldValue<BigInteger>(3), 0);
        return new RewardProof(epoch, account, found.Leaf.CumulativeTotal, [.. found.Proof.Select(p => p.ToHex(true))], found.Root.ToHex(true),
            status, usableFrom, unclaimed);
    }

    public async Task<AccountRewards> AccountAsync(string account, CancellationToken cancellationToken)
    {
        var address = account.HexToByteArray();
        var (claimed, claims) = await ClaimsAsync(address, cancellationToken);
        await using var command = dataSource.CreateCommand(
            """
            SELECT e.epoch, e.status, a.units, coalesce(a.voting_weight, 0), coalesce(a.amount, 0), l.cumulative_total
            FROM reward_epochs e
            LEFT JOIN reward_allocations a ON a.chain_id = e.chain_id AND a.epoch = e.epoch AND a.account = $2
            LEFT JOIN reward_leaves l ON l.chain_id = e.chain_id AND l.epoch = e.epoch AND l.account = $2
            WHERE e.chain_id = $1 AND (a.account IS NOT NULL OR l.account IS NOT NULL)
            ORDER BY e.epoch
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(address);
        var epochs = new List<EpochReward>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var units = reader.IsDBNull(2) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(2))!;
                var cumulative = reader.IsDBNull(5) ? (BigInteger?)null : reader.GetFieldValue<BigInteger>(5);
                var paidIn = cumulative is { } total ? claims.FirstOrDefault(c => c.Total >= total).Transaction : null;
                epochs.Add(new EpochReward((ulong)reader.GetInt64(0), reader.GetString(1), units, reader.GetFieldValue<BigInteger>(3),
                    reader.GetFieldValue<BigInteger>(4), cumulative, cumulative is { } c && claimed >= c, paidIn));
            }
        }
        var claimable = epochs.LastOrDefault(e => e.Status is "posted" or "paid" && e.CumulativeTotal is not null) is { } newest
            ? await ProofAsync(newest.Epoch, account.ToLowerInvariant(), cancellationToken)
            : null;
        return new AccountRewards(account, claimed, epochs, claimable);
    }

    /// <summary>
    /// The epoch's allocations after <paramref name="after"/> in address order, or null when the epoch is not funded.
    /// Keyset pages (not offsets) because an epoch can hold a million accounts: each page is one range read of the
    /// primary key, however deep.
    /// </summary>
    public async Task<AllocationPage?> AllocationsAsync(ulong epoch, string? after, int limit, CancellationToken cancellationToken)
    {
        if (await new EpochStore(dataSource).FindAsync(chainId, epoch, cancellationToken) is null) return null;
        await using var command = dataSource.CreateCommand(
            """
            SELECT a.account, a.units, a.voting_weight, a.amount, l.cumulative_total,
                   (SELECT c.transaction_hash FROM reward_claims c
                    WHERE c.chain_id = a.chain_id AND c.account = a.account AND c.cumulative_total >= l.cumulative_total
                    ORDER BY c.block_number, c.log_index LIMIT 1)
            FROM reward_allocations a
            LEFT JOIN reward_leaves l ON l.chain_id = a.chain_id AND l.epoch = a.epoch AND l.account = a.account
            WHERE a.chain_id = $1 AND a.epoch = $2 AND a.account > $3
            ORDER BY a.account
            LIMIT $4
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        command.Parameters.AddWithValue(after?.HexToByteArray() ?? []);
        command.Parameters.AddWithValue(limit + 1);
        var items = new List<Allocation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new Allocation(
                ((byte[])reader[0]).ToHex(true), JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(1))!, reader.GetFieldValue<BigInteger>(2),
                reader.GetFieldValue<BigInteger>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<BigInteger>(4),
                reader.IsDBNull(5) ? null : ((byte[])reader[5]).ToHex(true)));
        }
        return items.Count > limit ? new AllocationPage(items[..limit], items[limit - 1].Account) : new AllocationPage(items, null);
    }

    /// <summary>Writes the epoch's tree in <c>@openzeppelin/merkle-tree</c>'s dump format (<c>StandardMerkleTree.load</c> reads it).</summary>
    public async Task<bool> WriteTreeAsync(ulong epoch, Stream output, CancellationToken cancellationToken)
    {
        if (await new EpochStore(dataSource).FindAsync(chainId, epoch, cancellationToken) is not { Root: not null }) return false;
        var tree = await TreeStore.ReadAsync(dataSource, chainId, epoch, cancellationToken);
        await TreeDump.WriteAsync(tree, output, cancellationToken);
        return true;
    }

    /// <summary>The account's claimed total (latest Claimed event) and every claim's cumulative total and transaction.</summary>
    private async Task<(BigInteger Claimed, List<(BigInteger Total, string Transaction)> Claims)> ClaimsAsync(byte[] account, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT cumulative_total, transaction_hash FROM reward_claims WHERE chain_id = $1 AND account = $2 ORDER BY block_number, log_index");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(account);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claims = new List<(BigInteger, string)>();
        while (await reader.ReadAsync(cancellationToken)) claims.Add((reader.GetFieldValue<BigInteger>(0), ((byte[])reader[1]).ToHex(true)));
        return (claims.Count == 0 ? 0 : claims[^1].Item1, claims);
    }

    private static EpochSummary Summary(RewardEpoch e) => new(
        e.Epoch, EpochStore.Name(e.Status), e.Budget, e.WindowStart, e.WindowEnd, e.PolicyHash.ToHex(true), e.Root?.ToHex(true),
        e.CumulativeTotal, e.Allocated, e.Unallocated, e.LeafCount, e.Computations, e.Reason);
}
