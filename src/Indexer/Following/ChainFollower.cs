using System.Diagnostics;
using GovernanceRewards.Chain;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Indexer.Following;

/// <summary>What one step did: indexed a range, or rolled back a reorg to <see cref="RolledBackTo"/>.</summary>
public sealed record IndexStep(ulong FromBlock, ulong ToBlock, int Logs, bool RolledBack, Cursor? RolledBackTo, int LogsRolledBack);

/// <summary>
/// Backfills from the start block, then follows the head. Each step stores one range, read ahead by a
/// <see cref="RangeReader"/> while the steps before it were stored. Before a range is stored, the block under the
/// cursor and the range's last block must both be canonical, so the stored chain never forks; when the cursor's
/// block is not (also checked while idle at the head), the step finds the newest stored block that is, deletes
/// everything above it and goes on from there.
/// </summary>
public sealed class ChainFollower(
    JsonRpcClient rpc, EventStore store, OutboxPublisher outbox, IndexerOptions options, ILogger<ChainFollower> logger, IndexerMetrics? metrics = null,
    HeadSubscription? heads = null) : IDisposable
{
    private readonly RangeReader _reader = new(rpc, options, logger);
    private bool _finalityTagUnsupported;

    /// <summary>Cancels the reads still in flight.</summary>
    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// Indexes until cancelled. Any failure (RPC down, database gone, a notification handler throwing) is logged
    /// and retried with a growing pause: nothing is lost, since the cursor and the outbox only move on success. The one
    /// failure not retried is a node serving another chain (<see cref="ChainException"/>): no wait mends that.
    /// </summary>
    /// <remarks>Returns when <paramref name="lease"/> is lost, so the caller can wait for it again.</remarks>
    public async Task RunAsync(IndexerLease lease, CancellationToken cancellationToken)
    {
        try
        {
            await RunHeldAsync(lease, cancellationToken);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
        {
            // Stopped mid-step (a handler's command cancelled, and the publisher wraps what its handlers threw): nothing
            // of the step's delivery was marked done, so the next start delivers it again. A stop, not a failure.
            throw new OperationCanceledException("the indexer was stopped mid-step", e, cancellationToken);
        }
        finally
        {
            _reader.Drop();
        }
    }

    private async Task RunHeldAsync(IndexerLease lease, CancellationToken cancellationToken)
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));
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
                backoff.Reset();
                if (step is null && heads is { IsOpen: true }) await heads.WaitAsync(options.SubscribedPollInterval, cancellationToken);
                else if (step is null) await Task.Delay(options.PollInterval, cancellationToken);
            }
            catch (Exception e) when (e is not ChainException && !cancellationToken.IsCancellationRequested)
            {
                var pause = backoff.Next();
                Log.StepFailed(logger, backoff.Failures, pause, e.GetBaseException().Message);
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
        var (step, committed) = await IndexAsync(cancellationToken);
        var delivering = Stopwatch.GetTimestamp();
        await outbox.PublishPendingAsync(committed, cancellationToken);
        if (step is { RolledBack: false }) metrics?.Stage(options.ChainId, StepStage.Deliver, Stopwatch.GetElapsedTime(delivering));
        return step;
    }

    private async Task<(IndexStep? Step, IReadOnlyList<Events.ChainEvent>? Committed)> IndexAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var cursor = await store.CursorAsync(cancellationToken);
            var head = await rpc.BlockNumberAsync(cancellationToken);
            var target = head < options.Confirmations ? 0 : head - options.Confirmations;
            if (options.FinalityTag is { } tag && await TaggedAsync(tag, cancellationToken) is { } final) target = Math.Min(target, final);
            var from = cursor is null ? options.StartBlock : cursor.BlockNumber + 1;
            if (head < options.Confirmations || from > target)
            {
                if (cursor is not null && !await IsCanonicalAsync(cursor.BlockNumber, cursor.BlockHash, cancellationToken))
                {
                    return (await RollBackAsync(cursor, cancellationToken), null);
                }
                metrics?.Indexed(options.ChainId, 0, 0, head >= from ? head - from + 1 : 0);
                return (null, null);
            }

            var started = Stopwatch.GetTimestamp();
            if (await _reader.NextAsync(from, target, cancellationToken) is not { } range) continue;
            var checking = Stopwatch.GetTimestamp();
            // Read ahead, the range may be older than the cursor: both ends are checked now, just before it is stored.
            if (cursor is not null && !await IsCanonicalAsync(cursor.BlockNumber, cursor.BlockHash, cancellationToken))
            {
                return (await RollBackAsync(cursor, cancellationToken), null);
            }
            if (!await IsCanonicalAsync(range.To, range.Last.Hash, cancellationToken))
            {
                _reader.Drop();
                continue;
            }

            var committing = Stopwatch.GetTimestamp();
            var committed = await store.CommitAsync(range.Decoded, range.Last, cancellationToken);
            if (metrics is not null)
            {
                metrics.Stage(options.ChainId, StepStage.Read, Stopwatch.GetElapsedTime(started, checking));
                metrics.Stage(options.ChainId, StepStage.Check, Stopwatch.GetElapsedTime(checking, committing));
                metrics.Stage(options.ChainId, StepStage.Commit, Stopwatch.GetElapsedTime(committing));
            }
            if (committed.Undecodable > 0) Log.Undecodable(logger, committed.Undecodable, from, range.To);
            var seconds = Math.Max(Stopwatch.GetElapsedTime(started).TotalSeconds, 1e-6);
            Log.RangeIndexed(logger, from, range.To, range.Decoded.Logs.Count, (range.To - from + 1) / seconds, range.Decoded.Logs.Count / seconds, head - range.To);
            metrics?.Indexed(options.ChainId, range.To - from + 1, range.Decoded.Logs.Count, head - range.To);
            return (new IndexStep(from, range.To, range.Decoded.Logs.Count, false, null, 0), committed.Events);
        }
    }

    private async Task<bool> IsCanonicalAsync(ulong number, byte[] hash, CancellationToken cancellationToken) =>
        await rpc.BlockAsync(number, cancellationToken) is { } canonical && canonical.Hash.AsSpan().SequenceEqual(hash);

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
        // A node that now serves another chain (an RPC endpoint repointed, a local chain restarted with another id)
        // also looks like a reorg down to the start block: stop rather than delete everything indexed.
        var chainId = await rpc.ChainIdAsync(cancellationToken);
        if (chainId != (ulong)options.ChainId)
        {
            throw new ChainException($"the RPC now serves chain {chainId}, not chain {options.ChainId}: the indexer stops rather than roll back what it stored");
        }
        Cursor? forkPoint = null;
        foreach (var (number, hash) in await store.BlocksDescendingAsync(cursor.BlockNumber, cancellationToken))
        {
            if (await IsCanonicalAsync(number, hash, cancellationToken))
            {
                forkPoint = new Cursor(number, hash);
                break;
            }
        }
        _reader.Drop();
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
