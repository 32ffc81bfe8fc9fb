using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using Hangfire;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// The pipeline's first step, started by <see cref="EpochNotifications"/>: computes a funded (or vetoed) epoch once its
/// window is over and indexed (allocation, cumulative leaves, tree and the epoch's new status, all stored in one
/// transaction by <see cref="EpochComputation"/> and the SQL below), then enqueues <see cref="PostRootJob"/>. The
/// epoch's row is locked and its status read first, so running it twice, after a crash or on two workers at once,
/// computes the epoch once.
/// </summary>
public sealed class ComputeEpochJob(
    EpochStore store, SuiteChain chain, IBackgroundJobClient jobs, PayoutOptions options,
    ILogger<ComputeEpochJob> logger)
{
    /// <summary>
    /// Computes every funded epoch up to <paramref name="epoch"/> not computed yet, in order (each builds on the
    /// previous one's cumulative totals), then enqueues the root posting of the last one.
    /// </summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        var head = await IndexedTimeAsync(chainId, cancellationToken);
        foreach (var pending in (await store.ListAsync(chainId, cancellationToken))
                     .Where(e => e.Epoch <= epoch && e.Status is EpochStatus.Funded or EpochStatus.Vetoed))
        {
            if (head < pending.WindowEnd)
            {
                // The window is not over (or not indexed yet): nothing can be final before then.
                await store.NoteAsync(chainId, pending.Epoch,
                    $"waiting for the window to end at {pending.WindowEnd} (indexed up to {head})", cancellationToken);
                jobs.Schedule<ComputeEpochJob>(j => j.RunAsync(chainId, epoch, CancellationToken.None),
                    options.Wait(pending.WindowEnd - head));
                return;
            }
            try
            {
                await ComputeOneAsync(pending, cancellationToken);
            }
            catch (RewardInvariantException e)
            {
                await store.NoteAsync(chainId, pending.Epoch, e.Message, cancellationToken);
                throw;
            }
        }
        if (await store.FindAsync(chainId, epoch, cancellationToken) is { Status: EpochStatus.Computed })
        {
            jobs.Enqueue<PostRootJob>(j => j.RunAsync(chainId, epoch, CancellationToken.None));
        }
    }

    private async Task ComputeOneAsync(RewardEpoch epoch, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = new NpgsqlCommand(
            "SELECT status FROM reward_epochs WHERE chain_id = $1 AND epoch = $2 FOR UPDATE", connection, transaction))
        {
            lockRow.Parameters.AddWithValue(epoch.ChainId);
            lockRow.Parameters.AddWithValue((long)epoch.Epoch);
            // Another worker computed it while this one waited for the row.
            if (await lockRow.ExecuteScalarAsync(cancellationToken) is not ("funded" or "vetoed")) return;
        }
        var policy = await PolicyAsync(connection, transaction, epoch, cancellationToken);
        var governor = chain.Governor();
        var activity = await EpochActivity.ReadAsync(connection, transaction, epoch.ChainId, epoch.WindowStart,
            epoch.WindowEnd, (snapshot, _) => governor.QuorumQueryAsync(snapshot), cancellationToken);
        var result = EpochAllocation.Allocate(policy, epoch.Budget, activity);
        var cumulative = await PreviousCumulativeAsync(connection, transaction, epoch, cancellationToken);
        var leaves = RewardLeaf.Accumulate(cumulative, result.Shares);
        await RefuseShrinkingLeavesAsync(connection, transaction, epoch, cumulative, cancellationToken);
        var tree = await EpochComputation.WriteAsync(
            connection, transaction, epoch.ChainId, epoch.Epoch, activity, result, leaves, cancellationToken);
        var root = tree?.Root;
        var total = cumulative.Values.Aggregate(BigInteger.Zero, (s, v) => s + v);
        var allocated = result.Shares.Aggregate(BigInteger.Zero, (s, a) => s + a.Amount);
        await using (var update = new NpgsqlCommand(
            """
            UPDATE reward_epochs SET status = $3, root = $4, cumulative_total = $5, allocated = $6, unallocated = $7,
                leaf_count = $8, computations = computations + 1, updated_at = now(),
                reason = CASE WHEN status = 'vetoed' THEN reason || '; recomputed' ELSE NULL END
            WHERE chain_id = $1 AND epoch = $2
            """, connection, transaction))
        {
            update.Parameters.AddWithValue(epoch.ChainId);
            update.Parameters.AddWithValue((long)epoch.Epoch);
            // With no earner at all, nothing is posted: the budget stays unallocated and can be swept by proposal.
            update.Parameters.AddWithValue(root is null ? "paid" : "computed");
            update.Parameters.AddWithValue(root is null ? DBNull.Value : root);
            update.Parameters.AddWithValue(total);
            update.Parameters.AddWithValue(allocated);
            update.Parameters.AddWithValue(epoch.Budget - allocated);
            update.Parameters.AddWithValue(cumulative.Count);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        Log.Computed(logger, epoch.Epoch, activity.Count, allocated, epoch.Budget, root?.ToHex(true) ?? "none");
    }

    private async Task<RewardPolicy> PolicyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RewardEpoch epoch,
        CancellationToken cancellationToken)
    {
        if (await PolicyRegistry.FindAsync(connection, transaction, epoch.PolicyHash, cancellationToken) is { } policy)
        {
            return policy;
        }
        var hash = epoch.PolicyHash.ToHex(true);
        await store.NoteAsync(epoch.ChainId, epoch.Epoch,
            $"policy {hash} is not registered: run `govrewards policy add FILE`", CancellationToken.None);
        throw new RewardPolicyException($"epoch {epoch.Epoch} was funded under policy {hash}, " +
            "which is not registered here (govrewards policy add FILE)");
    }

    private static async Task<Dictionary<string, BigInteger>> PreviousCumulativeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RewardEpoch epoch,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT account, cumulative_total FROM reward_leaves WHERE chain_id = $1 AND epoch = (
                SELECT max(epoch) FROM reward_epochs
                WHERE chain_id = $1 AND epoch < $2 AND status IN ('computed', 'posted', 'paid') AND leaf_count > 0)
            """, connection, transaction);
        command.Parameters.AddWithValue(epoch.ChainId);
        command.Parameters.AddWithValue((long)epoch.Epoch);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cumulative = new Dictionary<string, BigInteger>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cumulative[((byte[])reader[0]).ToHex(true)] = reader.GetFieldValue<BigInteger>(1);
        }
        return cumulative;
    }

    /// <summary>
    /// Refuses a tree that would give an account less than the root claims are paid against already gave it: that
    /// account may have claimed the difference, and paying someone else's rise from it would leave another unpayable.
    /// </summary>
    private async Task RefuseShrinkingLeavesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RewardEpoch epoch,
        Dictionary<string, BigInteger> cumulative, CancellationToken cancellationToken)
    {
        var accepted = await chain.Distributor().AcceptedRootQueryAsync();
        if (accepted.Epoch == 0) return;
        await using var command = new NpgsqlCommand(
            """
            SELECT l.account, l.cumulative_total
            FROM reward_leaves l JOIN reward_epochs e ON e.chain_id = l.chain_id AND e.epoch = l.epoch
            WHERE l.chain_id = $1 AND l.epoch = $2 AND e.root = $3
            """, connection, transaction);
        command.Parameters.AddWithValue(epoch.ChainId);
        command.Parameters.AddWithValue((long)accepted.Epoch);
        command.Parameters.AddWithValue(accepted.Root);
        var leaves = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            leaves++;
            var account = ((byte[])reader[0]).ToHex(true);
            var before = reader.GetFieldValue<BigInteger>(1);
            if (cumulative.GetValueOrDefault(account) < before)
            {
                throw new RewardInvariantException(
                    $"epoch {epoch.Epoch} would give {account} a cumulative {cumulative.GetValueOrDefault(account)}, " +
                    $"below the {before} that the accepted root of epoch {accepted.Epoch} gives it; " +
                    "refusing to compute such a tree");
            }
        }
        if (leaves == 0 && accepted.Epoch < epoch.Epoch)
        {
            throw new RewardInvariantException(
                $"the accepted root {accepted.Root.ToHex(true)} of epoch {accepted.Epoch} is not a tree stored here; " +
                "refusing to compute cumulative totals that may not extend it");
        }
    }

    /// <summary>
    /// Every event mined before this time has reached the read model (see <see cref="DeliveredHead"/>).
    /// </summary>
    private async Task<ulong> IndexedTimeAsync(long chainId, CancellationToken cancellationToken) =>
        (await DeliveredHead.ReadAsync(store.DataSource, chainId, cancellationToken)).Timestamp;
}
