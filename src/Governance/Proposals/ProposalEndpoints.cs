using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
            .WithSummary("Delegated and staked voting power of an address at a block (default: the last indexed block)");
        return governance;
    }

    private static async Task<IResult> ListAsync(
        ProposalQueries queries, string? state, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        ProposalState? filter = null;
        if (state is not null)
        {
            if (!Enum.TryParse<ProposalState>(state, ignoreCase: true, out var parsed) || int.TryParse(state, out _))
            {
                return Invalid("state", $"'{state}' is not a proposal state; use one of {string.Join(", ", Enum.GetNames<ProposalState>())}");
            }
            filter = parsed;
        }
        if (page is < 1) return Invalid("page", "page starts at 1");
        if (pageSize is < 1 or > MaximumPageSize) return Invalid("pageSize", $"pageSize must be between 1 and {MaximumPageSize}");
        return Results.Ok(await queries.ListAsync(filter, page ?? 1, pageSize ?? 20, cancellationToken));
    }

    private static async Task<IResult> FindAsync(ProposalQueries queries, string id, CancellationToken cancellationToken)
    {
        if (ParseProposalId(id) is not { } proposalId) return Invalid("id", $"'{id}' is not a proposal id (a positive integer)");
        return await queries.FindAsync(proposalId, cancellationToken) is { } proposal
            ? Results.Ok(proposal)
            : Results.Problem(statusCode: 404, title: "Unknown proposal", detail: $"there is no proposal {proposalId} (yet) in the read model");
    }

    private static async Task<IResult> VotingPowerAsync(ProposalQueries queries, string address, long? block, CancellationToken cancellationToken)
    {
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(address)) return Invalid("address", $"'{address}' is not an address");
        var head = await queries.HeadAsync(cancellationToken);
        if (block is < 0 || (ulong?)block > head) return Invalid("block", $"block must be between 0 and {head}, the last indexed block");
        return Results.Ok(await queries.VotingPowerAsync(address, (ulong?)block ?? head, cancellationToken));
    }

    public static BigInteger? ParseProposalId(string id) =>
        BigInteger.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && id.Length <= 78 ? value : null;

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid request");
}
