using System.Numerics;
using System.Threading.RateLimiting;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.DaoGovernor;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Proposals;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace GovernanceRewards.Governance.Voting;

/// <summary>An EIP-712 ballot as a wallet signed it, posted for relaying. <see cref="ChainId"/> is the domain's chain id.</summary>
public sealed record SignedVote(string Voter, byte Support, BigInteger Nonce, string Signature, ulong? ChainId);

/// <summary>Why a ballot was refused before any gas was spent: <see cref="Status"/> is the HTTP status to answer with.</summary>
public sealed class VoteRejectedException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>When the voter may send again (a refusal for too many ballots); null when waiting would not help.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>
/// Relays signed ballots with <c>castVoteBySig</c>, paying the gas for holders who have none. Every check the
/// governor would make (signature, nonce, proposal active, voting power) is made first against the chain, so a
/// ballot that would revert never costs gas; each voter is held to a few ballots a minute. Only a ballot that passed
/// every check counts against its voter: anyone can name a holder in a junk ballot, and were junk counted, five of
/// them would lock the holder's own ballot out. Ballots go out through the operator's <see cref="TransactionLedger"/>,
/// one operation per voter and proposal, answered once the node accepted them.
/// </summary>
public sealed partial class VoteRelay(
    SuiteChain chain, TransactionLedger ledger, PartitionedRateLimiter<string> limiter, ILogger<VoteRelay> logger)
{
    /// <summary>The ledger operation of a relayed ballot.</summary>
    public static string Operation(BigInteger proposalId, string voter) => $"governance/ballot/{proposalId}/{voter.ToLowerInvariant()}";

    /// <summary>Checks the ballot and submits it; returns the transaction hash once the node accepted it.</summary>
    public Task<string> RelayAsync(BigInteger proposalId, SignedVote vote, CancellationToken cancellationToken) =>
        RelayAsync(proposalId, vote, allowance: null, cancellationToken);

    /// <summary>
    /// Checks the ballot and submits it; returns the transaction hash once the node accepted it. An
    /// <paramref name="allowance"/> (the open relay's) may still refuse a valid ballot, or charge its gas, before it is sent.
    /// </summary>
    public async Task<string> RelayAsync(BigInteger proposalId, SignedVote vote, IRelayAllowance? allowance, CancellationToken cancellationToken)
    {
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(vote.Voter))
        {
            throw new VoteRejectedException(400, "Malformed ballot", $"voter '{vote.Voter}' is not an address");
        }
        if (vote.Support > 2) throw new VoteRejectedException(400, "Malformed ballot", "support must be 0 (against), 1 (for) or 2 (abstain)");
        byte[] signature;
        try
        {
            signature = vote.Signature.HexToByteArray();
        }
        catch (FormatException)
        {
            throw new VoteRejectedException(400, "Malformed ballot", "the signature must be hex");
        }
        if (signature.Length != 65) throw new VoteRejectedException(400, "Malformed ballot", $"the signature must be 65 bytes, not {signature.Length}");
        if (vote.ChainId is { } claimed && claimed != (ulong)chain.ChainId)
        {
            throw new VoteRejectedException(422, "Wrong chain", $"the ballot was signed for chain {claimed}; this relay serves chain {chain.ChainId}");
        }

        var ballot = new Ballot { ProposalId = proposalId, Support = vote.Support, Voter = vote.Voter, Nonce = vote.Nonce };
        var signer = SignedBallot.Recover(ballot, signature, (ulong)chain.ChainId, chain.GovernorAddress);
        if (!string.Equals(signer, vote.Voter, StringComparison.OrdinalIgnoreCase))
        {
            throw new VoteRejectedException(422, "Bad signature",
                $"the signature was not made by {vote.Voter} for this ballot on chain {chain.ChainId} and governor {chain.GovernorAddress}");
        }

        var governor = chain.Governor();
        var snapshot = await governor.ProposalSnapshotQueryAsync(proposalId);
        if (snapshot.IsZero) throw new VoteRejectedException(404, "Unknown proposal", $"there is no proposal {proposalId}");
        var state = (ProposalState)await governor.StateQueryAsync(proposalId);
        if (state != ProposalState.Active)
        {
            throw new VoteRejectedException(409, "Proposal not active", $"proposal {proposalId} is {state}; votes count only while it is Active");
        }
        var nonce = await governor.NoncesQueryAsync(vote.Voter, proposalId);
        if (nonce != vote.Nonce) throw NonceRefused(proposalId, vote, nonce);
        if (await governor.HasVotedQueryAsync(proposalId, vote.Voter))
        {
            throw new VoteRejectedException(409, "Already voted", $"{vote.Voter} has already voted on proposal {proposalId}");
        }
        var power = await governor.GetVotesQueryAsync(vote.Voter, snapshot);
        if (power.IsZero)
        {
            throw new VoteRejectedException(422, "No voting power", $"{vote.Voter} had no voting power at block {snapshot}, the proposal's snapshot");
        }

        // Charged only now: what counts is ballots the relay would pay for (a replay racing its own transaction, say).
        using var lease = limiter.AttemptAcquire(vote.Voter.ToLowerInvariant());
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            throw new VoteRejectedException(429, "Too many ballots",
                $"{vote.Voter} sent too many ballots; retry in {(int)Math.Ceiling(retryAfter.TotalSeconds)} s") { RetryAfter = retryAfter };
        }

        var cast = new CastVoteBySigFunction { ProposalId = proposalId, Support = vote.Support, Voter = vote.Voter, Signature = signature };
        var charge = allowance is null ? null
            : await allowance.ChargeAsync(proposalId, vote.Voter, power, await EstimateAsync(governor, cast), cancellationToken);
        try
        {
            return await SendAsync(proposalId, vote, cast, cancellationToken);
        }
        catch when (charge is not null)
        {
            // Nothing was sent: the gas charged for this ballot goes back to the day's budget.
            await charge.RefundAsync(CancellationToken.None);
            throw;
        }
    }

    private static async Task<BigInteger> EstimateAsync(DaoGovernorService governor, CastVoteBySigFunction cast)
    {
        try
        {
            return (await governor.ContractHandler.EstimateGasAsync(cast)).Value;
        }
        catch (Exception e) when (RevertReason.Describe(e) is { } reason)
        {
            throw new VoteRejectedException(422, "The governor refused the ballot", reason);
        }
    }

    private async Task<string> SendAsync(BigInteger proposalId, SignedVote vote, CastVoteBySigFunction cast, CancellationToken cancellationToken)
    {
        var governor = chain.Governor();
        var alreadyVoted = new VoteRejectedException(409, "Already voted", $"{vote.Voter}'s vote on proposal {proposalId} is already on its way to the chain");
        var sent = await ledger.BroadcastOnceAsync(Operation(proposalId, vote.Voter), chain.GovernorAddress, async token =>
        {
            // Under the signer's gate, every ballot relayed before has reached the node: the same ballot replayed while its
            // first cast is still pending would only revert on chain, at the operator's cost.
            if (await governor.HasVotedQueryAsync(proposalId, vote.Voter, BlockParameter.CreatePending())) throw alreadyVoted;
            return cast;
        }, cancellationToken);
        if (sent.Refusal is { } reason) throw new VoteRejectedException(422, "The governor refused the ballot", reason);
        if (sent is not { UnderWay: false, Hash: { } hash }) throw alreadyVoted;
        Relayed(logger, proposalId, vote.Voter, vote.Support, hash);
        return hash;
    }

    /// <summary>
    /// Keyed nonces carry the proposal id above the low 64 bits and the voter's count for it below; a ballot's nonce
    /// is behind (its ballot was cast already), ahead (signed for a ballot not yet cast), or keyed for another proposal.
    /// </summary>
    private static VoteRejectedException NonceRefused(BigInteger proposalId, SignedVote vote, BigInteger next)
    {
        var (carried, expected) = (vote.Nonce & ulong.MaxValue, next & ulong.MaxValue);
        var (title, why) = (vote.Nonce >> 64) != (next >> 64) ? ("Wrong nonce", "it is keyed for another proposal")
            : vote.Nonce < next ? ("Stale or replayed ballot", "it was used already")
            : ("Nonce not reached yet", "it is ahead of it; sign the ballot with the next nonce");
        return new VoteRejectedException(409, title,
            $"the ballot carries nonce {carried} but {vote.Voter}'s next nonce for proposal {proposalId} is {expected}: {why}");
    }

    /// <summary>Allows each voter <paramref name="perMinute"/> ballots a minute.</summary>
    public static PartitionedRateLimiter<string> PerVoterLimiter(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(voter => RateLimitPartition.GetFixedWindowLimiter(voter, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    [LoggerMessage(1, LogLevel.Information, "Relayed the ballot of {Voter} on proposal {ProposalId} (support {Support}) in {TransactionHash}")]
    private static partial void Relayed(ILogger logger, BigInteger proposalId, string voter, byte support, string transactionHash);
}
