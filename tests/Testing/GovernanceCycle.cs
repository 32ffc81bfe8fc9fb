using System.Numerics;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace GovernanceRewards.Testing;

/// <summary>One action of a proposal: a call the treasury will make.</summary>
public sealed record ProposalAction(string Target, byte[] CallData)
{
    public static ProposalAction Of<TMessage>(string target, TMessage call)
        where TMessage : FunctionMessage, new() => new(target, call.GetCallData());
}

/// <summary>The proposal a cycle went through and the receipt of its execution.</summary>
public sealed record PassedProposal(BigInteger ProposalId, TransactionReceipt Executed);

/// <summary>Drives a proposal through the real governor on anvil: propose, vote, queue, wait the timelock, execute.</summary>
public static class GovernanceCycle
{
    public const byte Against = 0;
    public const byte For = 1;
    public const byte Abstain = 2;

    public enum State : byte
    {
        Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed,
    }

    /// <summary>Proposes <paramref name="actions"/> as <paramref name="proposer"/>, votes For with every voter (who
    /// must have voting power at the snapshot), and runs the proposal to execution.</summary>
    public static async Task<PassedProposal> PassAsync(
        ChainFixture chain, Suite suite, int proposer, IReadOnlyList<int> voters, IReadOnlyList<ProposalAction> actions, string description)
    {
        var proposalId = await ProposeAsync(chain, suite, proposer, actions, description);
        foreach (var voter in voters) await suite.Governor(voter).CastVoteRequestAndWaitForReceiptAsync(proposalId, For);
        await MineUntilVotingEndsAsync(chain, suite, proposalId);
        var executed = await QueueAndExecuteAsync(chain, suite, proposalId, actions, description);
        return new PassedProposal(proposalId, executed);
    }

    /// <summary>Creates the proposal and mines until voting opens; returns its id.</summary>
    public static async Task<BigInteger> ProposeAsync(
        ChainFixture chain, Suite suite, int proposer, IReadOnlyList<ProposalAction> actions, string description)
    {
        var (targets, values, calldatas) = Encode(actions);
        var receipt = await suite.Governor(proposer).ProposeRequestAndWaitForReceiptAsync(targets, values, calldatas, description);
        var proposalId = receipt.DecodeAllEvents<ProposalCreatedEventDTO>().Single().Event.ProposalId;
        var delay = await suite.Governor().VotingDelayQueryAsync();
        await chain.Node.MineAsync((int)delay + 1);
        return proposalId;
    }

    public static async Task MineUntilVotingEndsAsync(ChainFixture chain, Suite suite, BigInteger proposalId)
    {
        var deadline = await suite.Governor().ProposalDeadlineQueryAsync(proposalId);
        var current = (await chain.Web3For(0).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        if (deadline >= current) await chain.Node.MineAsync((int)(deadline - current) + 1);
    }

    public static async Task<TransactionReceipt> QueueAndExecuteAsync(
        ChainFixture chain, Suite suite, BigInteger proposalId, IReadOnlyList<ProposalAction> actions, string description)
    {
        var (targets, values, calldatas) = Encode(actions);
        var descriptionHash = DescriptionHash(description);
        var state = (State)await suite.Governor().StateQueryAsync(proposalId);
        if (state != State.Succeeded) throw new InvalidOperationException($"proposal {proposalId} is {state}, not Succeeded");
        await suite.Governor().QueueRequestAndWaitForReceiptAsync(targets, values, calldatas, descriptionHash);
        var delay = await suite.Treasury().GetMinDelayQueryAsync();
        await chain.Node.IncreaseTimeAsync((ulong)delay + 1);
        return await suite.Governor().ExecuteRequestAndWaitForReceiptAsync(targets, values, calldatas, descriptionHash);
    }

    public static byte[] DescriptionHash(string description) => Sha3Keccack.Current.CalculateHash(description).HexToByteArray();

    private static (List<string> Targets, List<BigInteger> Values, List<byte[]> Calldatas) Encode(IReadOnlyList<ProposalAction> actions) =>
        ([.. actions.Select(a => a.Target)], [.. actions.Select(_ => BigInteger.Zero)], [.. actions.Select(a => a.CallData)]);
}
