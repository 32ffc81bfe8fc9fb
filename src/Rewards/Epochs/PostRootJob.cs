using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Rewards.Publication;
using Hangfire;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// The pipeline's second step, enqueued by <see cref="ComputeEpochJob"/>: posts a computed epoch's root, then schedules
/// <see cref="PayEpochJob"/> for the end of the dispute window. It reads the epoch's status and the distributor's
/// roots first, so running it twice repeats nothing; the transaction goes through the <see cref="TransactionLedger"/>,
/// so a crash between signing and mining waits for the same transaction instead of sending another. The root's tree URI
/// is <c>ipfs://&lt;cid&gt;</c> of the tree dump, published first by <see cref="TreePublisher"/> (the content store).
/// Its own SQL is only the epoch's status, through <see cref="EpochStore"/>.
/// </summary>
public sealed class PostRootJob(
    EpochStore store, TreePublisher trees, SuiteChain chain, TransactionLedger ledger, IBackgroundJobClient jobs, PayoutOptions options)
{
    /// <summary>
    /// Posts the epoch's root unless that root is already on chain; never replaces a different root of the same epoch.
    /// </summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(chainId, epoch, cancellationToken) is not
            { Status: EpochStatus.Computed, Root: { } root } computed)
        {
            return;
        }
        var distributor = chain.Distributor();
        var pending = await distributor.PendingRootQueryAsync();
        var accepted = await distributor.AcceptedRootQueryAsync();
        if ((pending.Epoch == epoch && pending.Root.SequenceEqual(root))
            || (accepted.Epoch == epoch && accepted.Root.SequenceEqual(root)))
        {
            await PostedAsync(computed, cancellationToken);
            return;
        }
        if (pending.AcceptAt != 0 && pending.Epoch < epoch)
        {
            // A newer root would replace the pending one and restart the dispute window: with epochs shorter than the
            // window no root would ever be accepted. This one waits until the pending root matures (or is vetoed).
            var now = await chain.LatestTimestampAsync();
            await store.NoteAsync(chainId, epoch,
                $"waiting for epoch {pending.Epoch}'s root to be accepted at {pending.AcceptAt}", cancellationToken);
            jobs.Schedule<PostRootJob>(j => j.RunAsync(chainId, epoch, CancellationToken.None),
                options.Wait(pending.AcceptAt > now ? pending.AcceptAt - now : 1));
            return;
        }
        if (await distributor.IsVetoedQueryAsync(epoch, root))
        {
            // The recomputation gave the root the guardian refused: the next epoch's root, which covers this one, or
            // corrected inputs are the way on; posting it again would only revert.
            await store.NoteAsync(chainId, epoch,
                $"the guardian vetoed root {root.ToHex(true)} and the recomputation gives it again; not posted",
                cancellationToken);
            return;
        }
        if (pending.Epoch == epoch && pending.AcceptAt != 0)
        {
            var reason =
                $"a different root {pending.Root.ToHex(true)} is pending for epoch {epoch}; it is not replaced";
            await store.NoteAsync(chainId, epoch, reason, cancellationToken);
            throw new InvalidOperationException(reason);
        }
        var treeUri = (await trees.PublishAsync(chainId, epoch, root, cancellationToken)).ToUri();
        var posted = await ledger.SendOnceAsync(computed.Operation("post-root"), chain.DistributorAddress, async _ =>
        {
            // Checked again under the signer's gate: another worker may have posted it meanwhile.
            var now = await distributor.PendingRootQueryAsync();
            return now.Epoch == epoch && now.Root.SequenceEqual(root) ? null : new PostRootFunction
            {
                Epoch = epoch, Root = root, CumulativeTotal = computed.CumulativeTotal!.Value,
                TreeUri = treeUri,
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

    private async Task PostedAsync(RewardEpoch epoch, CancellationToken cancellationToken)
    {
        await store.MoveAsync(
            epoch.ChainId, epoch.Epoch, EpochStatus.Posted, null, cancellationToken, EpochStatus.Computed);
        var pending = await chain.Distributor().PendingRootQueryAsync();
        var now = await chain.LatestTimestampAsync();
        var wait = pending.Epoch == epoch.Epoch && pending.AcceptAt > now
            ? options.Wait(pending.AcceptAt - now)
            : TimeSpan.Zero;
        var chainId = epoch.ChainId;
        var number = epoch.Epoch;
        jobs.Schedule<PayEpochJob>(j => j.RunAsync(chainId, number, CancellationToken.None), wait);
    }
}
