using System.Runtime.ExceptionServices;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Rpc;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Indexer.Following;

/// <summary>A range read from the chain, and decoded: its logs, read while its last block kept the same hash.</summary>
internal sealed record ReadRange(ulong From, ulong To, DecodedRange Decoded, BlockHeader Last);

/// <summary>
/// Reads the ranges after the cursor ahead of the writer: while one range is committed and delivered, up to
/// <see cref="IndexerOptions.ReadAhead"/> consecutive ranges after it are being read or wait read, so fetching
/// overlaps storing instead of taking turns with it. Those ranges are all it ever holds, which is the bound between
/// fetching and writing: it reads ahead only once the range size has settled (the last answer neither grew nor shrank
/// it, and was not dense), so a range size still being guessed (the first ranges, a denser stretch of chain) is never
/// multiplied by the ranges ahead (measured: reading ahead after a sparse answer had doubled the range held two
/// 20,000-log ranges at once on the benchmark's chain, and three 10,000-log ranges peaked at 455 MB). Ranges are
/// handed out in chain order; any that no longer continue the cursor (after a rollback, a refused request, a block
/// that moved while it was read) are dropped and read again.
/// </summary>
internal sealed class RangeReader(JsonRpcClient rpc, IndexerOptions options, ILogger logger) : IDisposable
{
    private readonly AdaptiveRange _range = new(options.InitialRange, options.MaximumRange, options.SparseResults);
    private readonly Queue<Reading> _ahead = new();
    private CancellationTokenSource _reads = new();
    private ulong _end;
    private bool _sized;

    /// <summary>
    /// The range from <paramref name="from"/> to at most <paramref name="target"/>, or null when it has to be asked
    /// again: the provider refused its size (the next one is smaller) or its last block changed while it was read.
    /// </summary>
    public async Task<ReadRange?> NextAsync(ulong from, ulong target, CancellationToken cancellationToken)
    {
        if (!_ahead.TryPeek(out var next) || next.From != from || next.To > target) Drop();
        if (_ahead.Count == 0) Start(from, target);
        var reading = _ahead.Dequeue();
        while (_sized && _ahead.Count < options.ReadAhead && _end < target) Start(_end + 1, target);

        var (range, error) = await reading.Task.WaitAsync(cancellationToken);
        if (error is not null)
        {
            Drop();
            _sized = false;
            if (!_range.Refused(error, from)) ExceptionDispatchInfo.Throw(error);
            Log.RangeShrunk(logger, from, reading.To, _range.Blocks);
            return null;
        }
        if (range is null)
        {
            Drop();
            return null;
        }
        var blocks = _range.Blocks;
        _range.Succeeded(range.Decoded.Logs.Count);
        _sized = _range.Blocks == blocks && range.Decoded.Logs.Count <= 2 * options.SparseResults;
        return range;
    }

    /// <summary>Forgets every range read ahead, cancelling the requests still in flight.</summary>
    public void Drop()
    {
        _ahead.Clear();
        _reads.Cancel();
        _reads.Dispose();
        _reads = new CancellationTokenSource();
    }

    public void Dispose()
    {
        _reads.Cancel();
        _reads.Dispose();
    }

    private void Start(ulong from, ulong target)
    {
        _end = Math.Min(target, from + _range.Blocks - 1);
        _ahead.Enqueue(new Reading(from, _end, ReadAsync(from, _end, _reads.Token)));
    }

    /// <summary>
    /// Reads a range between two reads of its last block's hash, so logs from a fork that replaced part of it meanwhile
    /// are never returned, and decodes it while the range before is stored. Failures are returned rather than thrown:
    /// a dropped read is never awaited.
    /// </summary>
    private async Task<(ReadRange? Range, Exception? Error)> ReadAsync(ulong from, ulong to, CancellationToken cancellationToken)
    {
        try
        {
            var before = await rpc.BlockAsync(to, cancellationToken);
            var logs = await rpc.LogsAsync(options.Addresses, from, to, cancellationToken);
            var timestamps = new Dictionary<ulong, ulong>();
            foreach (var log in logs)
            {
                // Nodes that leave blockTimestamp out of logs: the header of each block with an event is read once.
                if (log.BlockTimestamp is not null || timestamps.ContainsKey(log.BlockNumber) || ChainEventCatalog.Current.TypeOf(log) is null) continue;
                if (await rpc.BlockAsync(log.BlockNumber, cancellationToken) is not { } header || !header.Hash.AsSpan().SequenceEqual(log.BlockHash)) return (null, null);
                timestamps[log.BlockNumber] = header.Timestamp;
            }
            var after = await rpc.BlockAsync(to, cancellationToken);
            if (before is null || after is null || !before.Hash.AsSpan().SequenceEqual(after.Hash)) return (null, null);
            return (new ReadRange(from, to, DecodedRange.Of(logs, options.ChainId, timestamps), after), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private sealed record Reading(ulong From, ulong To, Task<(ReadRange? Range, Exception? Error)> Task);
}
