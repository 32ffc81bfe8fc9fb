using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Rewards.Merkle;
using Hangfire;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// The pipeline's last step, scheduled by <see cref="PostRootJob"/> for the end of the dispute window: accepts the
/// root, then (with <see cref="PayoutOptions.Push"/>) pays every leaf not yet claimed from the tree the compute job
/// stored (<see cref="TreeStore"/>). It reads the epoch's status and each account's claimed amount first, and every
/// transaction goes through the <see cref="TransactionLedger"/>, so running it twice, or a crash between signing and
/// mining, pays no leaf twice.
/// </summary>
public sealed class PayEpochJob(
    EpochStore store, SuiteChain chain, TransactionLedger ledger, IBackgroundJobClient jobs, PayoutOptions options,
    ILogger<PayEpochJob> logger, RewardMetrics? metrics = null)
{
    /// <summary>
    /// After the dispute window: accepts the root if nobody has, then pays every leaf whose account has claimed less
    /// than its cumulative total, batch by batch, re-reading each batch's claimed amounts just before paying it.
    /// </summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(chainId, epoch, cancellationToken) is not
            { Status: EpochStatus.Posted, Root: { } root } posted)
        {
            return;
        }
        var distributor = chain.Distributor();
        var accepted = await distributor.AcceptedRootQueryAsync();
        if (accepted.Epoch > epoch)
        {
            await store.MoveAsync(chainId, epoch, EpochStatus.Paid,
                $"paid through epoch {accepted.Epoch}'s cumulative root", cancellationToken, EpochStatus.Posted);
            return;
        }
        if (accepted.Epoch != epoch || !accepted.Root.SequenceEqual(root))
        {
            var pending = await distributor.PendingRootQueryAsync();
            if (pending.Epoch != epoch || !pending.Root.SequenceEqual(root)) return;
            var now = await chain.LatestTimestampAsync();
            if (now < pending.AcceptAt)
            {
                jobs.Schedule<PayEpochJob>(j => j.RunAsync(chainId, epoch, CancellationToken.None),
                    options.Wait(pending.AcceptAt - now));
                return;
            }
            await ledger.SendOnceAsync(
                posted.Operation("accept-root"), chain.DistributorAddress, new AcceptRootFunction(), cancellationToken);
        }
        if (!options.Push) return;

        var tree = await TreeStore.ReadAsync(store.DataSource, chainId, epoch, cancellationToken);
        // Batches of neighbours in the tree: their multiproof shares nearly every node (about two per level for the
        // whole batch instead of one per level for each leaf), which is most of the calldata and hashing per leaf.
        var batches = Enumerable.Range(0, tree.Values.Count).OrderBy(tree.TreeIndexOf)
            .Chunk(options.BatchSize).ToList();
        for (var batch = 0; batch < batches.Count; batch++)
        {
            await PayBatchAsync(posted, tree, batches[batch], $"{batch}", cancellationToken);
        }
        await store.MoveAsync(chainId, epoch, EpochStatus.Paid, null, cancellationToken, EpochStatus.Posted);
        metrics?.EpochPaid();
        Log.Paid(logger, epoch, tree.Values.Count);
    }

    private async Task PayBatchAsync(
        RewardEpoch epoch, StandardMerkleTree tree, int[] leaves, string label, CancellationToken cancellationToken)
    {
        var distributor = chain.Distributor();
        var unpaid = new List<int>();
        var tooLarge = false;
        var operation = $"{epoch.Operation("payout")}/{label}";
        var sent = await ledger.SendOnceAsync(operation, chain.DistributorAddress, async _ =>
        {
            // Read under the signer's gate, after any earlier transaction of this batch was mined:
            // only what is still owed.
            unpaid.Clear();
            foreach (var leaf in leaves)
            {
                var value = tree.Values[leaf];
                if (await distributor.ClaimedQueryAsync(value.Account) < value.CumulativeTotal) unpaid.Add(leaf);
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
            tooLarge = unpaid.Count > 1
                && (await distributor.ContractHandler.EstimateGasAsync(call)).Value > options.MaxBatchGas;
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
            var reason = $"the leaf of {tree.Values[unpaid[0]].Account} cannot be paid: " +
                (sent.Refusal ?? "the transaction failed on chain");
            await store.NoteAsync(epoch.ChainId, epoch.Epoch, reason, cancellationToken);
            Log.Unpayable(logger, epoch.Epoch, reason);
            return;
        }
        // A refused batch is split until the leaf that cannot be paid is alone; every other leaf still gets paid.
        await PayHalvesAsync(epoch, tree, unpaid, label, cancellationToken);
    }

    private async Task PayHalvesAsync(
        RewardEpoch epoch, StandardMerkleTree tree, List<int> unpaid, string label, CancellationToken cancellationToken)
    {
        var half = unpaid.Count / 2;
        await PayBatchAsync(epoch, tree, [.. unpaid.Take(half)], label + "a", cancellationToken);
        await PayBatchAsync(epoch, tree, [.. unpaid.Skip(half)], label + "b", cancellationToken);
    }
}
