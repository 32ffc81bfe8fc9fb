namespace GovernanceRewards.Indexer.Following;

/// <summary>
/// Pauses between retries of a long-running part that hit an outage: growing from <see cref="First"/> to
/// <see cref="Longest"/>, each drawn at random in its upper half, so parts (and hosts) that failed together do not
/// all come back in the same instant and knock over a database that has just restarted.
/// </summary>
public sealed class Backoff(TimeSpan first, TimeSpan longest)
{
    private int _failures;

    public TimeSpan First { get; } = first;

    public TimeSpan Longest { get; } = longest;

    /// <summary>Failures since the last <see cref="Reset"/>.</summary>
    public int Failures => _failures;

    /// <summary>Counts a failure and says how long to wait before the next attempt.</summary>
    public TimeSpan Next()
    {
        _failures++;
        var ceiling = Math.Min(Longest.TotalMilliseconds, First.TotalMilliseconds * Math.Pow(2, Math.Min(_failures - 1, 20)));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    /// <summary>Counts a failure and waits the pause it earns.</summary>
    public Task DelayAsync(CancellationToken cancellationToken) => Task.Delay(Next(), cancellationToken);

    /// <summary>After a success: the next failure waits the shortest pause again.</summary>
    public void Reset() => _failures = 0;
}
