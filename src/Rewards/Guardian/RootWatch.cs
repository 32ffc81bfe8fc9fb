using System.Numerics;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using Microsoft.Extensions.Logging;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace GovernanceRewards.Rewards.Guardian;

/// <summary>What the watch found: no pending root, a root that agrees with the recomputation, or one that differs.</summary>
public enum RootVerdict
{
    NothingPending,
    Agrees,
    Differs,
    Vetoed,
}

/// <summary>The verdict on the pending root of <paramref name="Epoch"/>, and why it differs when it does.</summary>
public sealed record RootCheck(RootVerdict Verdict, ulong Epoch, string? Reason);

/// <summary>Sends the guardian's veto of <paramref name="epoch"/>'s pending <paramref name="root"/> with its reason.</summary>
public delegate Task VetoRoot(ulong epoch, byte[] root, string reason, CancellationToken cancellationToken);

/// <summary>The policy whose canonical hash is <paramref name="hash"/>, or null when it is not known.</summary>
public delegate Task<RewardPolicy?> PolicyOf(byte[] hash, CancellationToken cancellationToken);

/// <summary>
/// The guardian's watch. It trusts neither the settler nor its database: it reads the chain's own events (funded
/// epochs, contributions, votes, proposals, stake changes), applies the policy whose hash each epoch was funded under,
/// rebuilds every epoch's allocation and the cumulative tree up to the pending root's epoch with the same rules the
/// settler must use, and compares root and declared total. A root that differs is vetoed, with the reason on chain,
/// while its dispute window is still open; so is one that could not be checked by half its window (it fails closed).
/// </summary>
public sealed partial class RootWatch(SuiteChain chain, IWeb3 reader, PolicyOf policyOf, ILogger<RootWatch> logger)
{
    private const ulong LogRange = 5_000;
    private readonly Dictionary<BigInteger, ulong> _timestamps = [];

    /// <summary>Checks the pending root; vetoes it through <paramref name="veto"/> when it differs and a veto is given.</summary>
    public async Task<RootCheck> CheckAsync(VetoRoot? veto, CancellationToken cancellationToken)
    {
        var pending = await chain.Distributor(reader).PendingRootQueryAsync();
        if (pending.AcceptAt == 0) return new RootCheck(RootVerdict.NothingPending, 0, null);
        byte[] root;
        BigInteger total;
        int leaves;
        try
        {
            (root, total, leaves) = await RecomputeAsync(pending.Epoch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && veto is not null)
        {
            if (!await LateInWindowAsync(pending.AcceptAt)) throw;
            // Failing closed: a root nobody could check must not mature. A veto only delays; the next root covers this epoch.
            var unverifiable = $"could not be verified from chain events before half its dispute window passed: {e.Message}";
            Disagreed(logger, pending.Epoch, unverifiable);
            await veto(pending.Epoch, pending.Root, unverifiable, cancellationToken);
            return new RootCheck(RootVerdict.Vetoed, pending.Epoch, unverifiable);
        }
        string? reason = null;
        if (!pending.Root.SequenceEqual(root))
        {
            reason = $"root {pending.Root.ToHex(true)} is not the recomputed {root.ToHex(true)} ({leaves} leaves, total {total})";
        }
        else if (pending.CumulativeTotal != total)
        {
            reason = $"declared total {pending.CumulativeTotal} is not the leaves' total {total}";
        }
        if (reason is null)
        {
            Agreed(logger, pending.Epoch, root.ToHex(true));
            return new RootCheck(RootVerdict.Agrees, pending.Epoch, null);
        }
        Disagreed(logger, pending.Epoch, reason);
        if (veto is null) return new RootCheck(RootVerdict.Differs, pending.Epoch, reason);
        await veto(pending.Epoch, pending.Root, reason, cancellationToken);
        return new RootCheck(RootVerdict.Vetoed, pending.Epoch, reason);
    }

    /// <summary>The root, total and leaf count of the cumulative tree through <paramref name="throughEpoch"/>, from chain events alone.</summary>
    public async Task<(byte[] Root, BigInteger Total, int Leaves)> RecomputeAsync(ulong throughEpoch, CancellationToken cancellationToken)
    {
        var head = (await reader.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var from = chain.Manifest.Contracts.Values.Min(c => c.BlockNumber);
        var funded = (await LogsAsync<EpochFundedEventDTO>(chain.DistributorAddress, from, head, cancellationToken)).ToDictionary(e => e.Event.Epoch);
        var contributions = await LogsAsync<ContributionRecordedEventDTO>(chain.RegistryAddress, from, head, cancellationToken);
        var votes = (await LogsAsync<VoteCastEventDTO>(chain.GovernorAddress, from, head, cancellationToken))
            .Select(e => (e.Log, e.Event.Voter, e.Event.ProposalId, e.Event.Support, e.Event.Weight))
            .Concat((await LogsAsync<VoteCastWithParamsEventDTO>(chain.GovernorAddress, from, head, cancellationToken))
                .Select(e => (e.Log, e.Event.Voter, e.Event.ProposalId, e.Event.Support, e.Event.Weight)))
            .ToList();
        var created = await LogsAsync<ProposalCreatedEventDTO>(chain.GovernorAddress, from, head, cancellationToken);
        var canceled = await LogsAsync<ProposalCanceledEventDTO>(chain.GovernorAddress, from, head, cancellationToken);
        var stakeChanges = (await LogsAsync<StakedEventDTO>(chain.PoolAddress, from, head, cancellationToken)).Select(e => (e.Log, e.Event.Account, Delta: e.Event.Amount))
            .Concat((await LogsAsync<WithdrawalRequestedEventDTO>(chain.PoolAddress, from, head, cancellationToken)).Select(e => (e.Log, e.Event.Account, Delta: -e.Event.Amount)))
            .Concat((await LogsAsync<SlashedEventDTO>(chain.PoolAddress, from, head, cancellationToken)).Select(e => (e.Log, e.Event.Account, Delta: -e.Event.FromStake)))
            .OrderBy(c => c.Log.BlockNumber.Value).ThenBy(c => c.Log.LogIndex.Value).ToList();
        var quorums = new Dictionary<BigInteger, BigInteger>();

        var cumulative = new Dictionary<string, BigInteger>();
        var leaves = new List<RewardLeaf>();
        for (var epoch = 1UL; epoch <= throughEpoch; epoch++)
        {
            if (!funded.TryGetValue(epoch, out var funding)) throw new InvalidOperationException($"epoch {epoch} was never funded on chain");
            var (start, end) = (funding.Event.WindowStart, funding.Event.WindowEnd);
            var policy = await policyOf(funding.Event.PolicyHash, cancellationToken)
                ?? throw new RewardPolicyException($"epoch {epoch} was funded under policy {funding.Event.PolicyHash.ToHex(true)}, which the guardian was not given");

            var units = new Dictionary<string, Dictionary<string, BigInteger>>();
            foreach (var c in contributions)
            {
                var time = await TimestampAsync(c.Log, cancellationToken);
                if (time < start || time >= end) continue;
                var account = c.Event.Contributor.ToLowerInvariant();
                if (!units.TryGetValue(account, out var byKind)) units[account] = byKind = [];
                var kind = RewardPolicy.Kinds[c.Event.Kind];
                byKind[kind] = byKind.GetValueOrDefault(kind) + c.Event.Units;
            }
            var cast = new List<CastVote>();
            foreach (var v in votes)
            {
                var time = await TimestampAsync(v.Log, cancellationToken);
                if (time < end) cast.Add(new CastVote(v.Voter.ToLowerInvariant(), v.ProposalId, v.Support, v.Weight, time >= start));
            }
            var votedInWindow = cast.Where(v => v.InWindow).Select(v => v.ProposalId).ToHashSet();
            cast.RemoveAll(v => !votedInWindow.Contains(v.ProposalId));
            var standings = new Dictionary<BigInteger, ProposalStanding>();
            foreach (var p in created.Where(p => votedInWindow.Contains(p.Event.ProposalId)))
            {
                var id = p.Event.ProposalId;
                if (!quorums.TryGetValue(id, out var quorum)) quorums[id] = quorum = await chain.Governor(reader).QuorumQueryAsync(p.Event.VoteStart);
                var wasCanceled = false;
                foreach (var c in canceled.Where(c => c.Event.ProposalId == id)) wasCanceled |= await TimestampAsync(c.Log, cancellationToken) < end;
                standings[id] = new ProposalStanding(quorum, wasCanceled);
            }
            var changes = new List<StakeChange>();
            foreach (var s in stakeChanges)
            {
                var time = await TimestampAsync(s.Log, cancellationToken);
                if (time < end) changes.Add(new StakeChange(s.Account, time, s.Delta));
            }
            var activity = WindowActivity.Of(units, cast, standings, changes, start);
            leaves = RewardLeaf.Accumulate(cumulative, EpochAllocation.Allocate(policy, funding.Event.Budget, activity).Shares);
        }
        if (leaves.Count == 0) return (new byte[32], 0, 0);
        return (StandardMerkleTree.Of(leaves).Root, leaves.Aggregate(BigInteger.Zero, (s, l) => s + l.CumulativeTotal), leaves.Count);
    }

    private async Task<bool> LateInWindowAsync(ulong acceptAt)
    {
        var now = (ulong)(await reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;
        var window = await chain.Distributor(reader).DisputeWindowQueryAsync();
        return acceptAt <= now + window / 2;
    }

    private async Task<List<EventLog<T>>> LogsAsync<T>(string address, ulong from, BigInteger head, CancellationToken cancellationToken)
        where T : IEventDTO, new()
    {
        var handler = reader.Eth.GetEvent<T>(address);
        var logs = new List<EventLog<T>>();
        for (var start = (BigInteger)from; start <= head; start += LogRange)
        {
            await RangeAsync(handler, start, BigInteger.Min(head, start + LogRange - 1), logs, cancellationToken);
        }
        return logs;
    }

    /// <summary>Reads [start, end], halving the range when the node refuses it (too many results), down to one block.</summary>
    private static async Task RangeAsync<T>(Event<T> handler, BigInteger start, BigInteger end, List<EventLog<T>> logs, CancellationToken cancellationToken)
        where T : IEventDTO, new()
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            logs.AddRange(await handler.GetAllChangesAsync(
                handler.CreateFilterInput(new BlockParameter(new HexBigInteger(start)), new BlockParameter(new HexBigInteger(end)))));
        }
        catch (Nethereum.JsonRpc.Client.RpcResponseException) when (end > start)
        {
            var middle = start + (end - start) / 2;
            await RangeAsync(handler, start, middle, logs, cancellationToken);
            await RangeAsync(handler, middle + 1, end, logs, cancellationToken);
        }
    }

    private async Task<ulong> TimestampAsync(FilterLog log, CancellationToken cancellationToken)
    {
        var number = log.BlockNumber.Value;
        if (_timestamps.TryGetValue(number, out var known)) return known;
        cancellationToken.ThrowIfCancellationRequested();
        var block = await reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number));
        return _timestamps[number] = (ulong)block.Timestamp.Value;
    }

    [LoggerMessage(1, LogLevel.Information, "Pending root of epoch {Epoch} agrees with the recomputation from chain events: {Root}")]
    private static partial void Agreed(ILogger logger, ulong epoch, string root);

    [LoggerMessage(2, LogLevel.Warning, "Pending root of epoch {Epoch} differs from the recomputation from chain events: {Reason}")]
    private static partial void Disagreed(ILogger logger, ulong epoch, string reason);
}
