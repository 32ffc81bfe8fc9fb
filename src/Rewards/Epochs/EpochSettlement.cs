using System.Numerics;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Contracts.Deployment;
using GovernanceRewards.Contracts.RewardDistributor.ContractDefinition;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using Hangfire;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>How payouts are cut.</summary>
public sealed record PayoutOptions
{
    public static readonly PayoutOptions Default = new();

    /// <summary>Leaves per <c>claimMany</c>: about 56,000 gas each, so 100 stay far below a block's gas limit.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>
    /// Most gas one <c>claimMany</c> may need: a batch estimated above it is split in halves (down to single leaves),
    /// so payouts also fit chains whose blocks are smaller than <see cref="BatchSize"/> assumes.
    /// </summary>
    public ulong MaxBatchGas { get; init; } = 10_000_000;

    /// <summary>
    /// Longest wait before checking again whether a window or a dispute window is over: chain time can run ahead of
    /// the wall clock (a testnet catching up, a local chain told to skip ahead), so waits are capped and re-checked.
    /// </summary>
    public TimeSpan RecheckInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether the host pays every leaf itself once the root is usable (at the operator's gas); when false it only
    /// accepts the matured root and earners claim their own with the served proofs (at theirs).
    /// </summary>
    public bool Push { get; init; } = true;
}

/// <summary>
/// The reward pipeline's Hangfire jobs: compute an epoch (allocation, cumulative leaves, tree, all stored in one
/// transaction), post its root, and after the dispute window push-pay every leaf not yet claimed. Each job first
/// reads where the epoch is, and on chain what is already done, so running it twice, after a crash or on two
/// workers at once, repeats nothing; transactions go through the <see cref="TransactionLedger"/>, so a crash between
/// signing and mining waits for the same transaction instead of sending another.
/// </summary>
public sealed partial class EpochSettlement(
    EpochStore store, SuiteChain chain, TransactionLedger ledger, IBackgroundJobClient jobs, PayoutOptions options, ILogger<EpochSettlement> logger,
    RewardMetrics? metrics = null)
{
    private NpgsqlDataSource DataSource => store.DataSource;

    public const string RecurringJobId = "rewards-reconcile";

    /// <summary>
    /// Enqueues the next step of every epoch not paid yet. The notifications start each epoch's jobs; this recurring
    /// pass is what carries an epoch on when its job died with a worker (SIGKILL, a lost host) or exhausted its retries.
    /// Every step checks where the epoch is first, so a step enqueued twice does its work once.
    /// </summary>
    /// <remarks>No distributed lock: two passes at once only enqueue the same idempotent steps twice, while a lock held by
    /// a worker that was killed would stop every pass until it expired.</remarks>
    [AutomaticRetry(Attempts = 0)]
    public async Task ReconcileAsync(long chainId, CancellationToken cancellationToken)
    {
        foreach (var epoch in await store.ListAsync(chainId, cancellationToken))
        {
            var number = epoch.Epoch;
            switch (epoch.Status)
            {
                case EpochStatus.Funded or EpochStatus.Vetoed:
                    jobs.Enqueue<EpochSettlement>(s => s.ComputeAsync(chainId, number, CancellationToken.None));
                    break;
                case EpochStatus.Computed:
                    jobs.Enqueue<EpochSettlement>(s => s.PostRootAsync(chainId, number, CancellationToken.None));
                    break;
                case EpochStatus.Posted:
                    jobs.Enqueue<EpochSettlement>(s => s.PayAsync(chainId, number, CancellationToken.None));
                    break;
            }
        }
    }

    /// <summary>
    /// Computes every funded epoch up to <paramref name="epoch"/> not computed yet, in order (each builds on the
    /// previous one's cumulative totals), then enqueues the root posting of the last one.
    /// </summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task ComputeAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        var head = await IndexedTimeAsync(chainId, cancellationToken);
        foreach (var pending in (await store.ListAsync(chainId, cancellationToken))
                     .Where(e => e.Epoch <= epoch && e.Status is EpochStatus.Funded or EpochStatus.Vetoed))
        {
            if (head < pending.WindowEnd)
            {
                // The window is not over (or not indexed yet): nothing can be final before then.
                await store.NoteAsync(chainId, pending.Epoch, $"waiting for the window to end at {pending.WindowEnd} (indexed up to {head})", cancellationToken);
                jobs.Schedule<EpochSettlement>(s => s.ComputeAsync(chainId, epoch, CancellationToken.None),
                    Wait(pending.WindowEnd - head));
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
            jobs.Enqueue<EpochSettlement>(s => s.PostRootAsync(chainId, epoch, CancellationToken.None));
        }
    }

    /// <summary>Posts the epoch's root unless that root is already on chain; never replaces a different root of the same epoch.</summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task PostRootAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(chainId, epoch, cancellationToken) is not { Status: EpochStatus.Computed, Root: { } root } computed) return;
        var distributor = chain.Distributor();
        var pending = await distributor.PendingRootQueryAsync();
        var accepted = await distributor.AcceptedRootQueryAsync();
        if ((pending.Epoch == epoch && pending.Root.SequenceEqual(root)) || (accepted.Epoch == epoch && accepted.Root.SequenceEqual(root)))
        {
            await PostedAsync(computed, cancellationToken);
            return;
        }
        if (pending.AcceptAt != 0 && pending.Epoch < epoch)
        {
            // A newer root would replace the pending one and restart the dispute window: with epochs shorter than the
            // window no root would ever be accepted. This one waits until the pending root matures (or is vetoed).
            var now = await chain.LatestTimestampAsync();
            await store.NoteAsync(chainId, epoch, $"waiting for epoch {pending.Epoch}'s root to be accepted at {pending.AcceptAt}", cancellationToken);
            jobs.Schedule<EpochSettlement>(s => s.PostRootAsync(chainId, epoch, CancellationToken.None), Wait(pending.AcceptAt > now ? pending.AcceptAt - now : 1));
            return;
        }
        if (await distributor.IsVetoedQueryAsync(epoch, root))
        {
            // The recomputation gave the root the guardian refused: the next epoch's root, which covers this one, or
            // corrected inputs are the way on; posting it again would only revert.
            await store.NoteAsync(chainId, epoch, $"the guardian vetoed root {root.ToHex(true)} and the recomputation gives it again; not posted", cancellationToken);
            return;
        }
        if (pending.Epoch == epoch && pending.AcceptAt != 0)
        {
            var reason = $"a different root {pending.Root.ToHex(true)} is pending for epoch {epoch}; it is not replaced";
            await store.NoteAsync(chainId, epoch, reason, cancellationToken);
            throw new InvalidOperationException(reason);
        }
        var posted = await ledger.SendOnceAsync(computed.Operation("post-root"), chain.DistributorAddress, async _ =>
        {
            // Checked again under the signer's gate: another worker may have posted it meanwhile.
            var now = await distributor.PendingRootQueryAsync();
            return now.Epoch == epoch && now.Root.SequenceEqual(root) ? null : new PostRootFunction
            {
                Epoch = epoch, Root = root, CumulativeTotal = computed.CumulativeTotal!.Value, TreeUri = $"/epochs/{epoch}/tree",
            };
        }, cancellationToken);
        if (posted.Receipt is not null && !posted.Succeeded || posted.Refusal is not null)
        {
            var reason = posted.Refusal ?? "the transaction failed on chain";
            await store.NoteAsync(chainId, epoch, $"postRoot refused: {reason}", cancellationToken);
            throw new TransactionRevertedException($"postRoot of epoch {epoch}", reason);
        }
        await PostedAsync(computed, cancellationToken);
    }

    /// <summary>
    /// After the dispute window: accepts the root if nobody has, then pays every leaf whose account has claimed less
    /// than its cumulative total, batch by batch, re-reading each batch's claimed amounts just before paying it.
    /// </summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task PayAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(chainId, epoch, cancellationToken) is not { Status: EpochStatus.Posted, Root: { } root } posted) return;
        var distributor = chain.Distributor();
        var accepted = await distributor.AcceptedRootQueryAsync();
        if (accepted.Epoch > epoch)
        {
            await store.MoveAsync(chainId, epoch, EpochStatus.Paid, $"paid through epoch {accepted.Epoch}'s cumulative root", cancellationToken, EpochStatus.Posted);
            return;
        }
        if (accepted.Epoch != epoch || !accepted.Root.SequenceEqual(root))
        {
            var pending = await distributor.PendingRootQueryAsync();
            if (pending.Epoch != epoch || !pending.Root.SequenceEqual(root)) return;
            var now = await chain.LatestTimestampAsync();
            if (now < pending.AcceptAt)
            {
                jobs.Schedule<EpochSettlement>(s => s.PayAsync(chainId, epoch, CancellationToken.None), Wait(pending.AcceptAt - now));
                return;
            }
            await ledger.SendOnceAsync(posted.Operation("accept-root"), chain.DistributorAddress, new AcceptRootFunction(), cancellationToken);
        }
        if (!options.Push) return;

        var tree = await TreeStore.ReadAsync(DataSource, chainId, epoch, cancellationToken);
        // Batches of neighbours in the tree: their multiproof shares nearly every node (about two per level for the
        // whole batch instead of one per level for each leaf), which is most of the calldata and hashing per leaf.
        var batches = Enumerable.Range(0, tree.Values.Count).OrderBy(tree.TreeIndexOf).Chunk(options.BatchSize).ToList();
        for (var batch = 0; batch < batches.Count; batch++)
        {
            await PayBatchAsync(posted, tree, batches[batch], $"{batch}", cancellationToken);
        }
        await store.MoveAsync(chainId, epoch, EpochStatus.Paid, null, cancellationToken, EpochStatus.Posted);
        metrics?.EpochPaid();
        Paid(logger, epoch, tree.Values.Count);
    }

    private async Task PayBatchAsync(RewardEpoch epoch, StandardMerkleTree tree, int[] leaves, string label, CancellationToken cancellationToken)
    {
        var distributor = chain.Distributor();
        var unpaid = new List<int>();
        var tooLarge = false;
        var sent = await ledger.SendOnceAsync($"{epoch.Operation("payout")}/{label}", chain.DistributorAddress, async _ =>
        {
            // Read under the signer's gate, after any earlier transaction of this batch was mined: only what is still owed.
            unpaid.Clear();
            foreach (var leaf in leaves)
            {
                if (await distributor.ClaimedQueryAsync(tree.Values[leaf].Account) < tree.Values[leaf].CumulativeTotal) unpaid.Add(leaf);
            }
            if (unpaid.Count == 0) return null;
            var proof = tree.GetMultiProof(unpaid);
            var call = new ClaimManyFunction
            {
                Accounts = [.. proof.Leaves.Select(l => l.Account)],
                Totals = [.. proof.Leaves.Select(l => l.CumulativeTotal)],
                Proof = [.. proof.Proof],
                ProofFlags = [.. proof.ProofFlags],
            };
            tooLarge = unpaid.Count > 1 && (await distributor.ContractHandler.EstimateGasAsync(call)).Value > options.MaxBatchGas;
            return tooLarge ? null : call;
        }, cancellationToken);
        if (sent.Succeeded) metrics?.LeavesPaid(sent.Receipt!.DecodeAllEvents<ClaimedEventDTO>().Count);
        if (tooLarge)
        {
            await PayHalvesAsync(epoch, tree, unpaid, label, cancellationToken);
            return;
        }
        if (sent.Succeeded || (sent.Receipt is null && sent.Refusal is null)) return;
        if (unpaid.Count == 1)
        {
            var reason = $"the leaf of {tree.Values[unpaid[0]].Account} cannot be paid: {sent.Refusal ?? "the transaction failed on chain"}";
            await store.NoteAsync(epoch.ChainId, epoch.Epoch, reason, cancellationToken);
            Unpayable(logger, epoch.Epoch, reason);
            return;
        }
        // A refused batch is split until the leaf that cannot be paid is alone; every other leaf still gets paid.
        await PayHalvesAsync(epoch, tree, unpaid, label, cancellationToken);
    }

    private async Task PayHalvesAsync(RewardEpoch epoch, StandardMerkleTree tree, List<int> unpaid, string label, CancellationToken cancellationToken)
    {
        var half = unpaid.Count / 2;
        await PayBatchAsync(epoch, tree, [.. unpaid.Take(half)], label + "a", cancellationToken);
        await PayBatchAsync(epoch, tree, [.. unpaid.Skip(half)], label + "b", cancellationToken);
    }

    private async Task ComputeOneAsync(RewardEpoch epoch, CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = new NpgsqlCommand("SELECT status FROM reward_epochs WHERE chain_id = $1 AND epoch = $2 FOR UPDATE", connection, transaction))
        {
            lockRow.Parameters.AddWithValue(epoch.ChainId);
            lockRow.Parameters.AddWithValue((long)epoch.Epoch);
            // Another worker computed it while this one waited for the row.
            if (await lockRow.ExecuteScalarAsync(cancellationToken) is not ("funded" or "vetoed")) return;
        }
        var policy = await PolicyAsync(connection, transaction, epoch, cancellationToken);
        var governor = chain.Governor();
        var activity = await EpochActivity.ReadAsync(connection, transaction, epoch.ChainId, epoch.WindowStart, epoch.WindowEnd,
            (snapshot, _) => governor.QuorumQueryAsync(snapshot), cancellationToken);
        var result = EpochAllocation.Allocate(policy, epoch.Budget, activity);
        var cumulative = await PreviousCumulativeAsync(connection, transaction, epoch, cancellationToken);
        var leaves = RewardLeaf.Accumulate(cumulative, result.Shares);
        await RefuseShrinkingLeavesAsync(connection, transaction, epoch, cumulative, cancellationToken);
        var tree = await EpochComputation.WriteAsync(connection, transaction, epoch.ChainId, epoch.Epoch, activity, result, leaves, cancellationToken);
        var root = tree?.Root;
        var total = cumulative.Values.Aggregate(BigInteger.Zero, (s, v) => s + v);
        var allocated = result.Shares.Aggregate(BigInteger.Zero, (s, a) => s + a.Amount);
        await using (var update = new NpgsqlCommand(
            """
            UPDATE reward_epochs SET status = $3, root = $4, cumulative_total = $5, allocated = $6, unallocated = $7, leaf_count = $8,
                computations = computations + 1, updated_at = now(),
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
        Computed(logger, epoch.Epoch, activity.Count, allocated, epoch.Budget, root?.ToHex(true) ?? "none");
    }

    private async Task<RewardPolicy> PolicyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RewardEpoch epoch, CancellationToken cancellationToken)
    {
        if (await PolicyRegistry.FindAsync(connection, transaction, epoch.PolicyHash, cancellationToken) is { } policy) return policy;
        var hash = epoch.PolicyHash.ToHex(true);
        await store.NoteAsync(epoch.ChainId, epoch.Epoch, $"policy {hash} is not registered: run `govrewards policy add FILE`", CancellationToken.None);
        throw new RewardPolicyException($"epoch {epoch.Epoch} was funded under policy {hash}, which is not registered here (govrewards policy add FILE)");
    }

    private static async Task<Dictionary<string, BigInteger>> PreviousCumulativeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RewardEpoch epoch, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT account, cumulative_total FROM reward_leaves WHERE chain_id = $1 AND epoch = (
                SELECT max(epoch) FROM reward_epochs WHERE chain_id = $1 AND epoch < $2 AND status IN ('computed', 'posted', 'paid') AND leaf_count > 0)
            """, connection, transaction);
        command.Parameters.AddWithValue(epoch.ChainId);
        command.Parameters.AddWithValue((long)epoch.Epoch);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cumulative = new Dictionary<string, BigInteger>();
        while (await reader.ReadAsync(cancellationToken)) cumulative[((byte[])reader[0]).ToHex(true)] = reader.GetFieldValue<BigInteger>(1);
        return cumulative;
    }

    /// <summary>
    /// Refuses a tree that would give an account less than the root claims are paid against already gave it: that
    /// account may have claimed the difference, and paying someone else's rise from it would leave another unpayable.
    /// </summary>
    private async Task RefuseShrinkingLeavesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RewardEpoch epoch, Dictionary<string, BigInteger> cumulative,
        CancellationToken cancellationToken)
    {
        var accepted = await chain.Distributor().AcceptedRootQueryAsync();
        if (accepted.Epoch == 0) return;
        await using var command = new NpgsqlCommand(
            """
            SELECT l.account, l.cumulative_total FROM reward_leaves l JOIN reward_epochs e ON e.chain_id = l.chain_id AND e.epoch = l.epoch
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
                throw new RewardInvariantException($"epoch {epoch.Epoch} would give {account} a cumulative {cumulative.GetValueOrDefault(account)}, " +
                    $"below the {before} that the accepted root of epoch {accepted.Epoch} gives it; refusing to compute such a tree");
            }
        }
        if (leaves == 0 && accepted.Epoch < epoch.Epoch)
        {
            throw new RewardInvariantException($"the accepted root {accepted.Root.ToHex(true)} of epoch {accepted.Epoch} is not a tree stored here; " +
                "refusing to compute cumulative totals that may not extend it");
        }
    }

    private async Task PostedAsync(RewardEpoch epoch, CancellationToken cancellationToken)
    {
        await store.MoveAsync(epoch.ChainId, epoch.Epoch, EpochStatus.Posted, null, cancellationToken, EpochStatus.Computed);
        var pending = await chain.Distributor().PendingRootQueryAsync();
        var now = await chain.LatestTimestampAsync();
        var wait = pending.Epoch == epoch.Epoch && pending.AcceptAt > now ? Wait(pending.AcceptAt - now) : TimeSpan.Zero;
        var chainId = epoch.ChainId;
        var number = epoch.Epoch;
        jobs.Schedule<EpochSettlement>(s => s.PayAsync(chainId, number, CancellationToken.None), wait);
    }

    /// <summary>Every event mined before this time has reached the read model (see <see cref="DeliveredHead"/>).</summary>
    private async Task<ulong> IndexedTimeAsync(long chainId, CancellationToken cancellationToken) =>
        (await DeliveredHead.ReadAsync(DataSource, chainId, cancellationToken)).Timestamp;

    private TimeSpan Wait(ulong chainSeconds) =>
        TimeSpan.FromSeconds(Math.Clamp(chainSeconds, 1, Math.Max(1, options.RecheckInterval.TotalSeconds)));


    [LoggerMessage(1, LogLevel.Information, "Epoch {Epoch} computed: {Contributors} contributors, {Allocated} of {Budget} allocated, root {Root}")]
    private static partial void Computed(ILogger logger, ulong epoch, int contributors, BigInteger allocated, BigInteger budget, string root);

    [LoggerMessage(2, LogLevel.Information, "Epoch {Epoch} paid: every one of {Leaves} leaves has its cumulative total")]
    private static partial void Paid(ILogger logger, ulong epoch, int leaves);

    [LoggerMessage(3, LogLevel.Error, "Epoch {Epoch}: {Reason}")]
    private static partial void Unpayable(ILogger logger, ulong epoch, string reason);
}

/// <summary>A computation that would break a rule money depends on; the message says which and for whom.</summary>
public sealed class RewardInvariantException(string message) : Exception(message);
