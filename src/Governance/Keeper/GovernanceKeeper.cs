using System.Numerics;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Contracts.DaoGovernor.ContractDefinition;
using GovernanceRewards.Governance.Proposals;
using Hangfire;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Npgsql;

namespace GovernanceRewards.Governance.Keeper;

/// <summary>
/// Queues proposals that succeeded and executes queued ones whose timelock has passed, so nobody has to remember.
/// The chain's own <c>state()</c> decides what to do, so an already queued or executed proposal is left alone. Each
/// transaction is signed and recorded before it is broadcast: after a crash the same signed transaction is waited
/// for or broadcast again, never a second one. One keeper runs per chain at a time across every host (an advisory
/// lock), and a refused call is recorded with its decoded reason for <c>proposals show</c>.
/// </summary>
public sealed partial class GovernanceKeeper(
    NpgsqlDataSource dataSource, GovernanceChain chain, ChainConnection signer, SignerGate gate, ILogger<GovernanceKeeper> logger)
{
    public const string RecurringJobId = "governance-keeper";

    private readonly long _lockKey = BitConverter.ToInt64(Sha3Keccack.Current.CalculateHash(
        System.Text.Encoding.UTF8.GetBytes($"governance-keeper:{chain.ChainId}")), 0);

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
                mined += await KeepAsync(connection, proposal, cancellationToken);
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

    private async Task<int> KeepAsync(NpgsqlConnection connection, Candidate proposal, CancellationToken cancellationToken)
    {
        var governor = chain.Governor(signer.Web3);
        var state = (ProposalState)await governor.StateQueryAsync(proposal.Id);
        var descriptionHash = Sha3Keccack.Current.CalculateHash(proposal.Description).HexToByteArray();
        switch (state)
        {
            case ProposalState.Succeeded:
                return await SendOnceAsync(connection, proposal.Id, "queue", new QueueFunction
                {
                    Targets = proposal.Targets, Values = proposal.Values, Calldatas = proposal.Calldatas, DescriptionHash = descriptionHash,
                }, cancellationToken);
            case ProposalState.Queued:
                var eta = await governor.ProposalEtaQueryAsync(proposal.Id);
                var latest = await chain.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
                if (latest.Timestamp.Value < eta)
                {
                    return 0;
                }
                return await SendOnceAsync(connection, proposal.Id, "execute", new ExecuteFunction
                {
                    Targets = proposal.Targets, Values = proposal.Values, Calldatas = proposal.Calldatas, DescriptionHash = descriptionHash,
                }, cancellationToken);
            default:
                return 0;
        }
    }

    private async Task<int> SendOnceAsync<TFunction>(
        NpgsqlConnection connection, BigInteger proposalId, string action, TFunction call, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        var previous = await PreviousAsync(connection, proposalId, action, cancellationToken);
        if (previous is { Status: "sent", Hash: { } sentHash, Raw: { } raw })
        {
            var earlier = await chain.Reader.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(sentHash);
            if (earlier is not null) return await RecordReceiptAsync(connection, proposalId, action, earlier, cancellationToken);
            if (await chain.Reader.Eth.Transactions.GetTransactionByHash.SendRequestAsync(sentHash) is null)
            {
                Rebroadcast(logger, action, proposalId, sentHash);
                await chain.Reader.Eth.Transactions.SendRawTransaction.SendRequestAsync(raw.ToHex(true));
            }
            return await WaitAndRecordAsync(connection, proposalId, action, sentHash, cancellationToken);
        }

        string hash;
        try
        {
            hash = await gate.SendAsync(async token =>
            {
                var signed = await chain.Governor(signer.Web3).ContractHandler.SignTransactionAsync(call);
                var signedHash = Sha3Keccack.Current.CalculateHash(signed.HexToByteArray()).ToHex(true);
                await RecordAsync(connection, proposalId, action, "sent", signedHash, signed.HexToByteArray(), null, token);
                await chain.Reader.Eth.Transactions.SendRawTransaction.SendRequestAsync(signed.EnsureHexPrefix());
                return signedHash;
            }, cancellationToken);
        }
        catch (Exception e) when (RevertReason.Describe(e) is { } reason)
        {
            await RecordAsync(connection, proposalId, action, "reverted", null, null, reason, cancellationToken);
            Refused(logger, action, proposalId, reason);
            return 0;
        }
        return await WaitAndRecordAsync(connection, proposalId, action, hash, cancellationToken);
    }

    private async Task<int> WaitAndRecordAsync(
        NpgsqlConnection connection, BigInteger proposalId, string action, string hash, CancellationToken cancellationToken)
    {
        var receipts = chain.Reader.Eth.Transactions.GetTransactionReceipt;
        var receipt = await receipts.SendRequestAsync(hash);
        for (var wait = TimeSpan.FromMilliseconds(50); receipt is null; wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 2_000)))
        {
            await Task.Delay(wait, cancellationToken);
            receipt = await receipts.SendRequestAsync(hash);
        }
        return await RecordReceiptAsync(connection, proposalId, action, receipt, cancellationToken);
    }

    private async Task<int> RecordReceiptAsync(
        NpgsqlConnection connection, BigInteger proposalId, string action, TransactionReceipt receipt, CancellationToken cancellationToken)
    {
        var succeeded = receipt.Status?.Value == 1;
        await RecordAsync(connection, proposalId, action, succeeded ? "mined" : "reverted", receipt.TransactionHash, null,
            succeeded ? null : "the transaction failed on chain", cancellationToken);
        Done(logger, action, proposalId, receipt.TransactionHash, succeeded);
        return 1;
    }

    private async Task RecordAsync(
        NpgsqlConnection connection, BigInteger proposalId, string action, string status, string? hash, byte[]? raw, string? error,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO governance_keeper_actions (chain_id, proposal_id, action, status, transaction_hash, raw_transaction, error)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (chain_id, proposal_id, action) DO UPDATE SET
                status = excluded.status,
                transaction_hash = coalesce(excluded.transaction_hash, governance_keeper_actions.transaction_hash),
                raw_transaction = coalesce(excluded.raw_transaction, governance_keeper_actions.raw_transaction),
                error = excluded.error,
                attempts = governance_keeper_actions.attempts + CASE WHEN excluded.status = 'mined' THEN 0 ELSE 1 END,
                updated_at = now()
            """, connection);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue(proposalId);
        command.Parameters.AddWithValue(action);
        command.Parameters.AddWithValue(status);
        command.Parameters.AddWithValue(hash is null ? DBNull.Value : hash.HexToByteArray());
        command.Parameters.AddWithValue(raw is null ? DBNull.Value : raw);
        command.Parameters.AddWithValue(error is null ? DBNull.Value : error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<Previous?> PreviousAsync(NpgsqlConnection connection, BigInteger proposalId, string action, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT status, transaction_hash, raw_transaction FROM governance_keeper_actions WHERE chain_id = $1 AND proposal_id = $2 AND action = $3",
            connection);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue(proposalId);
        command.Parameters.AddWithValue(action);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new Previous(reader.GetString(0), reader.IsDBNull(1) ? null : ((byte[])reader[1]).ToHex(true), reader.IsDBNull(2) ? null : (byte[])reader[2]);
    }

    /// <summary>Proposals whose vote is over by the read model and that are not executed or canceled yet.</summary>
    private async Task<List<Candidate>> CandidatesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT proposal_id, targets, "values", calldatas, description FROM governance_proposals p
            WHERE chain_id = $1 AND executed_block IS NULL AND canceled_block IS NULL AND for_votes > against_votes
              AND coalesce(extended_deadline, vote_end) < (SELECT block_number FROM cursors c WHERE c.chain_id = p.chain_id)
            ORDER BY created_block, proposal_id
            """, connection);
        command.Parameters.AddWithValue(chain.ChainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var candidates = new List<Candidate>();
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new Candidate(reader.GetFieldValue<BigInteger>(0),
                [.. reader.GetFieldValue<byte[][]>(1).Select(t => t.ToHex(true))], [.. reader.GetFieldValue<BigInteger[]>(2)],
                [.. reader.GetFieldValue<byte[][]>(3)], reader.GetString(4)));
        }
        return candidates;
    }

    private sealed record Candidate(BigInteger Id, List<string> Targets, List<BigInteger> Values, List<byte[]> Calldatas, string Description);

    private sealed record Previous(string Status, string? Hash, byte[]? Raw);

    [LoggerMessage(1, LogLevel.Debug, "Another keeper is running for chain {ChainId}; skipping this pass")]
    private static partial void SkippedBusy(ILogger logger, long chainId);

    [LoggerMessage(2, LogLevel.Warning, "The governor refused to {Action} proposal {ProposalId}: {Reason}")]
    private static partial void Refused(ILogger logger, string action, BigInteger proposalId, string reason);

    [LoggerMessage(3, LogLevel.Information, "Keeper: {Action} proposal {ProposalId} in {TransactionHash} (succeeded: {Succeeded})")]
    private static partial void Done(ILogger logger, string action, BigInteger proposalId, string transactionHash, bool succeeded);

    [LoggerMessage(4, LogLevel.Warning, "Keeper: the {Action} transaction of proposal {ProposalId} ({TransactionHash}) was dropped; broadcasting it again")]
    private static partial void Rebroadcast(ILogger logger, string action, BigInteger proposalId, string transactionHash);
}
