using Hangfire;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// Enqueues the next step of every epoch not paid yet. The notifications start each epoch's jobs; this recurring
/// pass is what carries an epoch on when its job died with a worker (SIGKILL, a lost host) or exhausted its retries.
/// Every step checks where the epoch is first, so a step enqueued twice does its work once.
/// </summary>
/// <remarks>
/// No distributed lock: two passes at once only enqueue the same idempotent steps twice, while a lock held by a
/// worker that was killed would stop every pass until it expired.
/// Hangfire stores a job by type and method name, so a step enqueued before these jobs replaced
/// <c>EpochSettlement</c> fails to load after the upgrade, and this pass, driven by the epoch's status alone,
/// enqueues it again.
/// </remarks>
public sealed class ReconcileEpochsJob(EpochStore store, IBackgroundJobClient jobs)
{
    public const string RecurringJobId = "rewards-reconcile";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long chainId, CancellationToken cancellationToken)
    {
        foreach (var epoch in await store.ListAsync(chainId, cancellationToken))
        {
            var number = epoch.Epoch;
            switch (epoch.Status)
            {
                case EpochStatus.Funded or EpochStatus.Vetoed:
                    jobs.Enqueue<ComputeEpochJob>(j => j.RunAsync(chainId, number, CancellationToken.None));
                    break;
                case EpochStatus.Computed:
                    jobs.Enqueue<PostRootJob>(j => j.RunAsync(chainId, number, CancellationToken.None));
                    break;
                case EpochStatus.Posted:
                    jobs.Enqueue<PayEpochJob>(j => j.RunAsync(chainId, number, CancellationToken.None));
                    break;
            }
        }
    }
}
