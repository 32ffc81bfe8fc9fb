using System.Data;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Indexer.Notifications;
using Hangfire;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Npgsql;

namespace GovernanceRewards.Governance.Keeper;

/// <summary>
/// Queues proposals that succeeded and executes queued ones whose timelock has passed, so nobody has to remember.
/// The chain's own <c>state()</c> decides what to do, so an already queued or executed proposal is left alone; the
/// <see cref="TransactionLedger"/> makes a crash between signing and mining wait for the same transaction instead of
/// sending a second. One keeper runs per chain at a time across every host (an advisory lock), and a refused call
/// is recorded with its decoded reason for <c>proposals show</c>.
/// </summary>
public sealed partial class GovernanceKeeper(
    NpgsqlDataSource dataSource, SuiteChain chain, TransactionLedger ledger, ILogger<GovernanceKeeper> logger)
{
    public const string RecurringJobId = "governance-keeper";

    private readonly long _lockKey = AdvisoryLockKey.For($"governance-keeper:{chain.ChainId}");

    /// <summary>The ledger operation of one keeper action on one proposal.</summary>
    public static string Operation(string action, BigInteger proposalId) => $"governance/{action}/{proposalId}";

    /// <summary>One pass over the proposals whose vote has ended; returns the transactions it got mined.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var locking = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection))
        {
            locking.Parameters.AddWithValue(_lockKey);
            if (await locking.ExecuteScalarAsync(cancellationToken) is not true)
            {
                SkippedBusy(logger, chain.ChainId);
                return 0;
            }
        }
        try
        {
            var mined = 0;
            foreach (var proposal in await CandidatesAsync(connection, cancellationToken))
            {
                mined += await KeepAsync(proposal, cancellationToken);
            }
            return mined;
        }
        finally
        {
            await using var unlocking = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            unlocking.Parameters.AddWithValue(_lockKey);
            await unlocking.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<int> KeepAsync(Candidate proposal, CancellationToken cancellationToken)
    {
        var governor = chain.Governor();
        var state = (ProposalState)await governor.StateQueryAsync(proposal.Id);
        var descriptionHash = Sha3Keccack.Current.CalculateHash(proposal.Description).HexToByteArray();
        switch (state)
        {
            case ProposalState.Succeeded:
                return Mined(await ledger.SendOnceAsync(Operation("queue", proposal.Id), chain.GovernorAddress, new QueueFunction
                {
                    Targets = proposal.Targets, Values = proposal.Values, Calldatas = proposal.Calldatas, DescriptionHash = descriptionHash,
                }, cancellationToken));
            case ProposalState.Queued:
                var eta = await governor.ProposalEtaQueryAsync(proposal.Id);
                if (await chain.LatestTimestampAsync() < eta) return 0;
                return Mined(await ledger.SendOnceAsync(Operation("execute", proposal.Id), chain.GovernorAddress, new ExecuteFunction
                {
                    Targets = proposal.Targets, Values = proposal.Values, Calldatas = proposal.Calldatas, DescriptionHash = descriptionHash,
                }, cancellationToken));
            default:
                return 0;
        }
    }

    private static int Mined(LedgerResult result) => result.Receipt is null ? 0 : 1;

    /// <summary>Proposals whose vote is over by the read model and that are not executed or canceled yet.</summary>
    private async Task<List<Candidate>> CandidatesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT proposal_id, targets, "values", calldatas, description FROM governance_proposals p
            WHERE chain_id = $1 AND executed_block IS NULL AND canceled_block IS NULL AND for_votes > against_votes
              AND coalesce(extended_deadline, vote_end) < $2
            ORDER BY created_block, proposal_id
            """, connection);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue((long)(await DeliveredHead.ReadAsync(dataSource, chain.ChainId, cancellationToken)).BlockNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var candidates = new List<Candidate>();
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new Candidate(reader.GetFieldValue<BigInteger>("proposal_id"),
                [.. reader.GetFieldValue<byte[][]>("targets").Select(t => t.ToHex(true))], [.. reader.GetFieldValue<BigInteger[]>("values")],
                [.. reader.GetFieldValue<byte[][]>("calldatas")], reader.GetString("description")));
        }
        return candidates;
    }

    private sealed record Candidate(BigInteger Id, List<string> Targets, List<BigInteger> Values, List<byte[]> Calldatas, string Description);

    [LoggerMessage(1, LogLevel.Debug, "Another keeper is running for chain {ChainId}; skipping this pass")]
    private static partial void SkippedBusy(ILogger logger, long chainId);
}
