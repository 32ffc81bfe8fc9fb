using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nethereum.Util;
using static GovernanceRewards.Rewards.Epochs.RewardEndpoints;

namespace GovernanceRewards.Rewards.Staking;

/// <summary><c>GET /stakes/{address}</c>.</summary>
public static class StakeEndpoints
{
    public static IEndpointRouteBuilder MapStakes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stakes/{address}", AccountAsync).WithTags("Rewards").WithName("GetStake")
            .WithSummary("An account's stake, the streaming rewards paid to it and claimable now, and its staking events");
        return app;
    }

    private static async Task<Results<Ok<AccountStake>, ValidationProblem>> AccountAsync(StakeQueries queries, string address, CancellationToken cancellationToken)
    {
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(address)) return Invalid("address", $"'{address}' is not an address");
        return TypedResults.Ok(await queries.AccountAsync(address.ToLowerInvariant(), cancellationToken));
    }
}
