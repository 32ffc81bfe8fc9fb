using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Templates;
using Nethereum.Contracts;

namespace GovernanceRewards.Governance.Voting;

/// <summary>What a proposal became on chain.</summary>
public sealed record ProposedOnChain(BigInteger ProposalId, string TransactionHash, ulong VoteStart, ulong VoteEnd);

/// <summary>The governance actions a token holder signs and pays for: delegate, propose, vote.</summary>
public sealed class TokenHolder(SuiteChain chain, ChainConnection holder)
{
    public string Address => holder.Address;

    public async Task<string> DelegateAsync(string to, CancellationToken cancellationToken) =>
        (await Transactions.SendAsync($"delegate to {to}", cts => chain.Token(holder.Web3).DelegateRequestAndWaitForReceiptAsync(to, cts), cancellationToken))
        .TransactionHash;

    public async Task<ProposedOnChain> ProposeAsync(ProposalDraft draft, CancellationToken cancellationToken)
    {
        var receipt = await Transactions.SendAsync("propose", cts => chain.Governor(holder.Web3).ProposeRequestAndWaitForReceiptAsync(
            [.. draft.Actions.Select(a => a.Target)], [.. draft.Actions.Select(a => a.Value)], [.. draft.Actions.Select(a => a.CallData)],
            draft.Description.ToDescription(), cts), cancellationToken);
        var created = receipt.DecodeAllEvents<ProposalCreatedEventDTO>().Single().Event;
        return new ProposedOnChain(created.ProposalId, receipt.TransactionHash, (ulong)created.VoteStart, (ulong)created.VoteEnd);
    }

    public async Task<string> VoteAsync(BigInteger proposalId, byte support, string reason, CancellationToken cancellationToken) =>
        (await Transactions.SendAsync($"vote on proposal {proposalId}", cts => chain.Governor(holder.Web3)
            .CastVoteWithReasonRequestAndWaitForReceiptAsync(proposalId, support, reason, cts), cancellationToken)).TransactionHash;

    /// <summary>Parses for/against/abstain (or 1/0/2) into the governor's support value.</summary>
    public static byte ParseSupport(string support) => support.ToLowerInvariant() switch
    {
        "against" or "0" => 0,
        "for" or "1" => 1,
        "abstain" or "2" => 2,
        _ => throw new ProposalValidationException($"'{support}' is not a vote: use for, against or abstain"),
    };
}
