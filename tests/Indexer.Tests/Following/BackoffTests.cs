using GovernanceRewards.Indexer.Following;

namespace GovernanceRewards.Indexer.Tests.Following;

public sealed class BackoffTests
{
    [Fact]
    public void Pauses_double_up_to_the_longest_each_drawn_in_the_upper_half_and_start_over_after_a_success()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var ceilings = new[] { 1, 2, 4, 8, 16, 30, 30, 30 };
        foreach (var ceiling in ceilings)
        {
            var pause = backoff.Next().TotalSeconds;
            Assert.InRange(pause, ceiling / 2.0, ceiling);
        }
        Assert.Equal(ceilings.Length, backoff.Failures);

        backoff.Reset();
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void Pauses_of_hosts_that_failed_together_are_spread()
    {
        var pauses = Enumerable.Range(0, 50).Select(_ =>
        {
            var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            backoff.Next();
            backoff.Next();
            return backoff.Next();
        }).ToList();
        Assert.True(pauses.Distinct().Count() > 40, "fifty hosts would come back in a handful of instants");
    }
}
