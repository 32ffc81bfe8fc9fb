using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Templates;
using Nethereum.Contracts;

namespace GovernanceRewards.Governance.Voting;

/// <summary>What a proposal became on chain.</summary>
public sealed record ProposedOnChain(BigInteger ProposalId, string TransactionHash, ulong VoteStart, ulong VoteEnd);

/// <summary>The governance actions a token holder signs and pays for: delegate, propose, vote, sent through the holder's ledger.</summary>
public sealed class TokenHolder(SuiteChain chain, TransactionLedger ledger)
{
    public string Address => ledger.SignerAddress;

    public async Task<string> DelegateAsync(string to, CancellationToken cancellationToken) =>
        (await ledger.SendAsync($"delegate to {to}", $"holder/delegate/{to}", chain.TokenAddress, new DelegateFunction { Delegatee = to }, cancellationToken))
        .TransactionHash;

    public async Task<ProposedOnChain> ProposeAsync(ProposalDraft draft, CancellationToken cancellationToken)
    {
        var receipt = await ledger.SendAsync("propose", "holder/propose", chain.GovernorAddress, new ProposeFunction
        {
            Targets = [.. draft.Actions.Select(a => a.Target)],
            Values = [.. draft.Actions.Select(a => a.Value)],
            Calldatas = [.. draft.Actions.Select(a => a.CallData)],
            Description = draft.Description.ToDescription(),
        }, cancellationToken);
        var created = receipt.DecodeAllEvents<ProposalCreatedEventDTO>().Single().Event;
        return new ProposedOnChain(created.ProposalId, receipt.TransactionHash, (ulong)created.VoteStart, (ulong)created.VoteEnd);
    }

    public async Task<string> VoteAsync(BigInteger proposalId, byte support, string reason, CancellationToken cancellationToken) =>
        (await ledger.SendAsync($"vote on proposal {proposalId}", $"holder/vote/{proposalId}", chain.GovernorAddress,
            new CastVoteWithReasonFunction { ProposalId = proposalId, Support = support, Reason = reason }, cancellationToken)).TransactionHash;

    /// <summary>Parses for/against/abstain (or 1/0/2) into the governor's support value.</summary>
    public static byte ParseSupport(string support) => support.ToLowerInvariant() switch
    {
        "against" or "0" => 0,
        "for" or "1" => 1,
        "abstain" or "2" => 2,
        _ => throw new ProposalValidationException($"'{support}' is not a vote: use for, against or abstain"),
    };
}
