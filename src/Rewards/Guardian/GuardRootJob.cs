using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Rewards.Policy;
using Hangfire;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.Rewards.Guardian;

/// <summary>
/// The guardian's watch as a recurring job, for a <c>serve</c> that holds the guardian's key: every pending root is
/// recomputed from chain events with the registered policies and vetoed through the ledger (one veto per root, even
/// with two workers) when it differs.
/// </summary>
public sealed class GuardRootJob(SuiteChain chain, IWeb3 reader, NpgsqlDataSource dataSource, TransactionLedger ledger, ILogger<RootWatch> logger)
{
    public const string RecurringJobId = "rewards-guard";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var watch = new RootWatch(chain, reader, PolicyAsync, logger);
        await watch.CheckAsync(async (epoch, root, reason, ct) =>
        {
            var sent = await ledger.SendOnceAsync($"guard/{epoch}/{root.ToHex(true)}", chain.DistributorAddress, async _ =>
            {
                var pending = await chain.Distributor(reader).PendingRootQueryAsync();
                return pending.Epoch == epoch && pending.Root.SequenceEqual(root) ? new VetoRootFunction { Epoch = epoch, Reason = reason } : null;
            }, ct);
            if (sent.Refusal is not null) throw new TransactionRevertedException($"veto of epoch {epoch}'s root", sent.Refusal);
        }, cancellationToken);
    }

    private async Task<RewardPolicy?> PolicyAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await PolicyRegistry.FindAsync(connection, null, hash, cancellationToken);
    }
}
