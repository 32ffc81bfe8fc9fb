using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nethereum.Util;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>Epochs, allocations, proofs and tree dumps over HTTP.</summary>
public static class RewardEndpoints
{
    public static IEndpointRouteBuilder MapRewards(this IEndpointRouteBuilder app)
    {
        var epochs = app.MapGroup("/epochs").WithTags("Rewards");
        epochs.MapGet("/", async (RewardQueries queries, CancellationToken ct) => Results.Ok(await queries.EpochsAsync(ct)))
            .WithName("ListEpochs").WithSummary("Every funded epoch and where it is in the pipeline");
        epochs.MapGet("/{epoch}", async (RewardQueries queries, string epoch, CancellationToken ct) =>
            ParseEpoch(epoch) is not { } number ? Invalid("epoch", $"'{epoch}' is not an epoch number")
            : await queries.EpochAsync(number, ct) is { } found ? Results.Ok(found) : NotFound($"epoch {number} is not funded (yet)"))
            .WithName("GetEpoch").WithSummary("One epoch: budget, window, policy, root, totals, status and reason");
        epochs.MapGet("/{epoch}/allocations", async (RewardQueries queries, string epoch, string? after, string? limit, CancellationToken ct) =>
            ParseEpoch(epoch) is not { } number ? Invalid("epoch", $"'{epoch}' is not an epoch number")
            : after is not null && !AddressUtil.Current.IsValidEthereumAddressHexFormat(after) ? Invalid("after", $"'{after}' is not an address")
            : ParseLimit(limit) is not { } size ? Invalid("limit", $"'{limit}' is not a page size from 1 to {MaximumPageSize}")
            : await queries.AllocationsAsync(number, after?.ToLowerInvariant(), size, ct) is { } page ? Results.Ok(page)
            : NotFound($"epoch {number} is not funded (yet)"))
            .WithName("ListAllocations")
            .WithSummary("What each account earned in the epoch (units by kind, votes, amount) and the transaction that paid it; pages follow `next`");
        epochs.MapGet("/{epoch}/proofs/{address}", async (RewardQueries queries, string epoch, string address, CancellationToken ct) =>
            ParseEpoch(epoch) is not { } number ? Invalid("epoch", $"'{epoch}' is not an epoch number")
            : !AddressUtil.Current.IsValidEthereumAddressHexFormat(address) ? Invalid("address", $"'{address}' is not an address")
            : await queries.ProofAsync(number, address.ToLowerInvariant(), ct) is { } proof ? Results.Ok(proof)
            : NotFound($"{address} has no leaf in epoch {number}'s tree"))
            .WithName("GetProof").WithSummary("The cumulative leaf and Merkle proof of an address in an epoch's tree");
        epochs.MapGet("/{epoch}/tree", async (RewardQueries queries, string epoch, HttpContext context, CancellationToken ct) =>
        {
            if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
            context.Response.ContentType = "application/json";
            return await queries.WriteTreeAsync(number, context.Response.Body, ct) ? Results.Empty : NotFound($"epoch {number} has no tree (yet)");
        }).WithName("GetTree").WithSummary("The epoch's tree in @openzeppelin/merkle-tree's StandardMerkleTree dump format");
        app.MapGet("/rewards/{address}", async (RewardQueries queries, string address, CancellationToken ct) =>
            !AddressUtil.Current.IsValidEthereumAddressHexFormat(address) ? Invalid("address", $"'{address}' is not an address")
            : Results.Ok(await queries.AccountAsync(address, ct)))
            .WithTags("Rewards").WithName("GetRewards").WithSummary("Per epoch: units by kind, allocation, paid or not; and the proof to claim");
        return app;
    }

    internal const int MaximumPageSize = 1_000;

    /// <summary>A page size from <c>limit</c>: 100 when absent, null when not from 1 to <see cref="MaximumPageSize"/>.</summary>
    internal static int? ParseLimit(string? text) =>
        text is null ? 100
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaximumPageSize ? limit : null;

    private static ulong? ParseEpoch(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch > 0 ? epoch : null;

    internal static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid request");

    internal static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found", detail: detail);
}
