using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nethereum.Util;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>Read endpoints of the governance read model: proposals (filtered, paged), one proposal, voting power.</summary>
public static class ProposalEndpoints
{
    public const int MaximumPageSize = 100;

    public static RouteGroupBuilder MapProposals(this RouteGroupBuilder governance)
    {
        governance.MapGet("/proposals", ListAsync).WithName("ListProposals").WithSummary("Proposals, newest first, optionally in one state");
        governance.MapGet("/proposals/{id}", FindAsync).WithName("GetProposal").WithSummary("One proposal with its actions in words, votes and timeline");
        governance.MapGet("/voting-power/{address}", VotingPowerAsync).WithName("GetVotingPower")
            .WithSummary("Delegated and staked voting power of an address at a block (default: the last indexed block), and whom it delegated to then");
        return governance;
    }

    private static async Task<Results<Ok<Page<ProposalSummary>>, ValidationProblem>> ListAsync(
        ProposalQueries queries, string? state, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        ProposalState? filter = null;
        if (state is not null)
        {
            // By name only: Enum.TryParse would also read "3" as a number and "Defeated,Succeeded" as flags.
            if (Enum.GetNames<ProposalState>().FirstOrDefault(name => name.Equals(state, StringComparison.OrdinalIgnoreCase)) is not { } name)
            {
                return Invalid("state", $"'{state}' is not a proposal state; use one of {string.Join(", ", Enum.GetNames<ProposalState>())}");
            }
            filter = Enum.Parse<ProposalState>(name);
        }
        if (Whole(page, absent: 1, int.MaxValue) is not { } number) return Invalid("page", $"'{page}' is not a page number: page starts at 1");
        if (Whole(pageSize, absent: 20, MaximumPageSize) is not { } size)
        {
            return Invalid("pageSize", $"'{pageSize}' is not a page size: pageSize must be between 1 and {MaximumPageSize}");
        }
        return TypedResults.Ok(await queries.ListAsync(filter, number, size, cancellationToken));
    }

    private static async Task<Results<Ok<ProposalDetail>, ValidationProblem, ProblemHttpResult>> FindAsync(
        ProposalQueries queries, string id, CancellationToken cancellationToken)
    {
        if (ParseProposalId(id) is not { } proposalId) return Invalid("id", $"'{id}' is not a proposal id (a positive integer)");
        return await queries.FindAsync(proposalId, cancellationToken) is { } proposal
            ? TypedResults.Ok(proposal)
            : TypedResults.Problem(statusCode: 404, title: "Unknown proposal", detail: $"there is no proposal {proposalId} (yet) in the read model");
    }

    private static async Task<Results<Ok<VotingPower>, ValidationProblem>> VotingPowerAsync(ProposalQueries queries, string address, string? block, CancellationToken cancellationToken)
    {
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(address)) return Invalid("address", $"'{address}' is not an address");
        ulong? at = null;
        if (block is not null)
        {
            if (!ulong.TryParse(block, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return Invalid("block", $"'{block}' is not a block number");
            at = number;
        }
        var head = await queries.HeadAsync(cancellationToken);
        if (at > head) return Invalid("block", $"block must be between 0 and {head}, the last indexed block");
        return TypedResults.Ok(await queries.VotingPowerAsync(address, at ?? head, cancellationToken));
    }

    /// <summary>A whole number from 1 to <paramref name="maximum"/> given in digits; <paramref name="absent"/> when not given.</summary>
    private static int? Whole(string? text, int absent, int maximum) =>
        text is null ? absent
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum ? value : null;

    public static BigInteger? ParseProposalId(string id) =>
        id.Length <= 78 && BigInteger.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid request");
}
