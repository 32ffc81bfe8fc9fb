using System.Globalization;
using System.Numerics;
using GovernanceRewards.Rewards.Epochs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nethereum.Util;
using static GovernanceRewards.Rewards.Epochs.RewardEndpoints;

namespace GovernanceRewards.Rewards.Contributions;

/// <summary><c>GET /contributions?contributor=&amp;order=&amp;after=&amp;limit=</c>.</summary>
public static class ContributionEndpoints
{
    public static IEndpointRouteBuilder MapContributions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/contributions", ListAsync).WithTags("Rewards").WithName("ListContributions")
            .WithSummary("Contributions as recorded on chain (kind, units, evidence as ipfs:// CID, attester, time, epoch), oldest first "
                + "(or newest first with order=newest); pages follow `next`");
        return app;
    }

    private static async Task<Results<Ok<ContributionPage>, ValidationProblem>> ListAsync(
        ContributionQueries queries, string? contributor, string? order, string? after, string? limit, CancellationToken cancellationToken)
    {
        if (order is not (null or "oldest" or "newest")) return Invalid("order", $"'{order}' is not an order: use oldest or newest");
        if (contributor is not null && !AddressUtil.Current.IsValidEthereumAddressHexFormat(contributor))
        {
            return Invalid("contributor", $"'{contributor}' is not an address");
        }
        BigInteger? from = null;
        if (after is not null)
        {
            if (!BigInteger.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Invalid("after", $"'{after}' is not a contribution id");
            from = id;
        }
        if (ParseLimit(limit) is not { } size) return Invalid("limit", $"'{limit}' is not a page size from 1 to {RewardEndpoints.MaximumPageSize}");
        return TypedResults.Ok(await queries.ListAsync(contributor?.ToLowerInvariant(), from, size, order == "newest", cancellationToken));
    }
}
