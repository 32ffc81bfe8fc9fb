using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Indexer.Following;

/// <summary>What one step did: indexed a range, or rolled back a reorg to <see cref="RolledBackTo"/>.</summary>
public sealed record IndexStep(ulong FromBlock, ulong ToBlock, int Logs, bool RolledBack, Cursor? RolledBackTo, int LogsRolledBack);

/// <summary>
/// Backfills from the start block, then follows the head. Every step first checks that the block under the cursor
/// is still canonical; if not, it finds the newest stored block that is, deletes everything above it and goes on
/// from there. A range is read between two reads of its last block's hash, so logs from a fork that replaced part
/// of the range while it was being read are never stored.
/// </summary>
public sealed class ChainFollower(
    JsonRpcClient rpc, EventStore store, OutboxPublisher outbox, IndexerOptions options, ILogger<ChainFollower> logger, IndexerMetrics? metrics = null,
    HeadSubscription? heads = null)
{
    private readonly AdaptiveRange _range = new(options.InitialRange, options.MaximumRange, options.SparseResults);
    private bool _finalityTagUnsupported;

    /// <summary>
    /// Indexes until cancelled. Any failure (RPC down, database gone, a notification handler throwing) is logged
    /// and retried with a growing pause: nothing is lost, since the cursor and the outbox only move on success.
    /// </summary>
    /// <remarks>Returns when <paramref name="lease"/> is lost, so the caller can wait for it again.</remarks>
    public async Task RunAsync(IndexerLease lease, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await lease.EnsureHeldAsync(cancellationToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                Log.LeaseLost(logger, e.GetBaseException().Message);
                return;
            }
            try
            {
                var step = await StepAsync(cancellationToken);
                failures = 0;
                if (step is null && heads is { IsOpen: true }) await heads.WaitAsync(options.SubscribedPollInterval, cancellationToken);
                else if (step is null) await Task.Delay(options.PollInterval, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                failures++;
                var pause = TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(failures, 7))));
                Log.StepFailed(logger, failures, pause, e.GetBaseException().Message);
                await Task.Delay(pause, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Does one step, then delivers everything pending in the outbox: what this step committed and anything an
    /// earlier crash or failing handler left undelivered. Null when there was nothing new to index.
    /// </summary>
    public async Task<IndexStep?> StepAsync(CancellationToken cancellationToken)
    {
        var step = await IndexAsync(cancellationToken);
        await outbox.PublishPendingAsync(cancellationToken);
        return step;
    }

    private async Task<IndexStep?> IndexAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var cursor = await store.CursorAsync(cancellationToken);
            if (cursor is not null)
            {
                var canonical = await rpc.BlockAsync(cursor.BlockNumber, cancellationToken);
                if (canonical is null || !canonical.Hash.AsSpan().SequenceEqual(cursor.BlockHash))
                {
                    return await RollBackAsync(cursor, cancellationToken);
                }
            }

            var head = await rpc.BlockNumberAsync(cancellationToken);
            if (head < options.Confirmations) return null;
            var target = head - options.Confirmations;
            if (options.FinalityTag is { } tag && await TaggedAsync(tag, cancellationToken) is { } final) target = Math.Min(target, final);
            var from = cursor is null ? options.StartBlock : cursor.BlockNumber + 1;
            if (from > target)
            {
                metrics?.Indexed(options.ChainId, 0, 0, head >= from ? head - from + 1 : 0);
                return null;
            }

            var to = Math.Min(target, from + _range.Blocks - 1);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var before = await rpc.BlockAsync(to, cancellationToken);
            IReadOnlyList<ChainLog> logs;
            try
            {
                logs = await rpc.LogsAsync(options.Addresses, from, to, cancellationToken);
            }
            catch (Exception e) when (_range.Refused(e, from))
            {
                Log.RangeShrunk(logger, from, to, _range.Blocks);
                continue;
            }
            var after = await rpc.BlockAsync(to, cancellationToken);
            if (before is null || after is null || !before.Hash.AsSpan().SequenceEqual(after.Hash)) continue;

            _range.Succeeded(logs.Count);
            var undecodable = await store.CommitAsync(logs, after, cancellationToken);
            if (undecodable > 0) Log.Undecodable(logger, undecodable, from, to);
            var seconds = Math.Max(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, 1e-6);
            Log.RangeIndexed(logger, from, to, logs.Count, (to - from + 1) / seconds, logs.Count / seconds, head - to);
            metrics?.Indexed(options.ChainId, to - from + 1, logs.Count, head - to);
            return new IndexStep(from, to, logs.Count, false, null, 0);
        }
    }

    /// <summary>The node's block for <paramref name="tag"/> (0 while there is none yet); null when the node does not know the tag.</summary>
    private async Task<ulong?> TaggedAsync(string tag, CancellationToken cancellationToken)
    {
        if (_finalityTagUnsupported) return null;
        try
        {
            // No tagged block yet (a young chain) means nothing is final: index nothing rather than everything.
            return await rpc.TaggedBlockNumberAsync(tag, cancellationToken) ?? 0;
        }
        catch (RpcException e)
        {
            _finalityTagUnsupported = true;
            Log.FinalityTagUnsupported(logger, tag, e.RpcMessage, options.Confirmations);
            return null;
        }
    }

    private async Task<IndexStep> RollBackAsync(Cursor cursor, CancellationToken cancellationToken)
    {
        Cursor? forkPoint = null;
        foreach (var (number, hash) in await store.BlocksDescendingAsync(cursor.BlockNumber, cancellationToken))
        {
            var canonical = await rpc.BlockAsync(number, cancellationToken);
            if (canonical is not null && canonical.Hash.AsSpan().SequenceEqual(hash))
            {
                forkPoint = new Cursor(number, hash);
                break;
            }
        }
        var deleted = await store.RollBackAsync(forkPoint, cancellationToken);
        metrics?.RolledBack(options.ChainId);
        var depth = cursor.BlockNumber - (forkPoint?.BlockNumber ?? options.StartBlock - 1);
        if (depth > options.Confirmations)
        {
            Log.DeepReorg(logger, depth, options.Confirmations, deleted);
        }
        else
        {
            Log.RolledBack(logger, depth, deleted);
        }
        return new IndexStep(forkPoint?.BlockNumber + 1 ?? options.StartBlock, cursor.BlockNumber, 0, true, forkPoint, deleted);
    }
}
