using System.Globalization;
using GovernanceRewards.Chain.Deployment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nethereum.Util;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>Epochs, allocations, proofs and tree dumps over HTTP.</summary>
public static class RewardEndpoints
{
    public static IEndpointRouteBuilder MapEpochs(this IEndpointRouteBuilder app)
    {
        var epochs = app.MapGroup("/epochs").WithTags("Rewards");
        epochs.MapGet("/", ListAsync).WithName("ListEpochs").WithSummary("Every funded epoch and where it is in the pipeline");
        epochs.MapGet("/{epoch}", FindAsync).WithName("GetEpoch").WithSummary("One epoch: budget, window, policy, root, totals, status and reason");
        epochs.MapGet("/{epoch}/policy", PolicyAsync).WithName("GetEpochPolicy")
            .WithSummary("The policy the epoch was funded under: its hash, and its rules in words and its document when this host holds it");
        epochs.MapGet("/{epoch}/root", RootAsync).WithName("GetEpochRoot")
            .WithSummary("Where the epoch's root stands on chain: posted in which transaction, pending until when, usable, vetoed or replaced");
        epochs.MapGet("/{epoch}/allocations", AllocationsAsync).WithName("ListAllocations")
            .WithSummary("What each account earned in the epoch (units by kind, votes, amount) and the transaction that paid it; pages follow `next`");
        epochs.MapGet("/{epoch}/proofs/{address}", ProofAsync).WithName("GetProof")
            .WithSummary("The cumulative leaf and Merkle proof of an address in an epoch's tree");
        epochs.MapGet("/{epoch}/tree", TreeAsync).WithName("GetTree")
            .WithSummary("The epoch's tree in @openzeppelin/merkle-tree's StandardMerkleTree dump format");
        app.MapGet("/rewards/{address}", AccountAsync).WithTags("Rewards").WithName("GetRewards")
            .WithSummary("Per epoch: units by kind, allocation, paid or not; and the proof to claim");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<EpochSummary>>> ListAsync(RewardQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.EpochsAsync(cancellationToken));

    private static async Task<Results<Ok<EpochSummary>, ValidationProblem, ProblemHttpResult>> FindAsync(
        RewardQueries queries, string epoch, CancellationToken cancellationToken)
    {
        if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
        return await queries.EpochAsync(number, cancellationToken) is { } found ? TypedResults.Ok(found) : NotFound($"epoch {number} is not funded (yet)");
    }

    private static async Task<Results<Ok<EpochPolicy>, ValidationProblem, ProblemHttpResult>> PolicyAsync(
        RewardQueries queries, string epoch, CancellationToken cancellationToken)
    {
        if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
        return await queries.PolicyAsync(number, cancellationToken) is { } found ? TypedResults.Ok(found) : NotFound($"epoch {number} is not funded (yet)");
    }

    private static async Task<Results<Ok<EpochRoot>, ValidationProblem, ProblemHttpResult>> RootAsync(
        RewardQueries queries, SuiteChain suite, string epoch, CancellationToken cancellationToken)
    {
        if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
        return await queries.RootAsync(number, DeployedDisputeWindow(suite.Manifest), cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : NotFound($"epoch {number} is not funded (yet)");
    }

    /// <summary>The dispute window the distributor was deployed with (a <c>DisputeWindowSet</c> event may have changed it since).</summary>
    public static ulong DeployedDisputeWindow(DeploymentManifest manifest) =>
        manifest.Parameters.ResolveFor(manifest.ChainId).DisputeWindowSeconds!.Value;

    private static async Task<Results<Ok<AllocationPage>, ValidationProblem, ProblemHttpResult>> AllocationsAsync(
        RewardQueries queries, string epoch, string? after, string? limit, CancellationToken cancellationToken)
    {
        if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
        if (after is not null && !AddressUtil.Current.IsValidEthereumAddressHexFormat(after)) return Invalid("after", $"'{after}' is not an address");
        if (ParseLimit(limit) is not { } size) return Invalid("limit", $"'{limit}' is not a page size from 1 to {MaximumPageSize}");
        return await queries.AllocationsAsync(number, after?.ToLowerInvariant(), size, cancellationToken) is { } page
            ? TypedResults.Ok(page)
            : NotFound($"epoch {number} is not funded (yet)");
    }

    private static async Task<Results<Ok<RewardProof>, ValidationProblem, ProblemHttpResult>> ProofAsync(
        RewardQueries queries, string epoch, string address, CancellationToken cancellationToken)
    {
        if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(address)) return Invalid("address", $"'{address}' is not an address");
        return await queries.ProofAsync(number, address.ToLowerInvariant(), cancellationToken) is { } proof
            ? TypedResults.Ok(proof)
            : NotFound($"{address} has no leaf in epoch {number}'s tree");
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> TreeAsync(
        RewardQueries queries, string epoch, HttpContext context, CancellationToken cancellationToken)
    {
        if (ParseEpoch(epoch) is not { } number) return Invalid("epoch", $"'{epoch}' is not an epoch number");
        context.Response.ContentType = "application/json";
        return await queries.WriteTreeAsync(number, context.Response.Body, cancellationToken) ? TypedResults.Empty : NotFound($"epoch {number} has no tree (yet)");
    }

    private static async Task<Results<Ok<AccountRewards>, ValidationProblem>> AccountAsync(
        RewardQueries queries, string address, CancellationToken cancellationToken)
    {
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(address)) return Invalid("address", $"'{address}' is not an address");
        return TypedResults.Ok(await queries.AccountAsync(address, cancellationToken));
    }

    internal const int MaximumPageSize = 1_000;

    /// <summary>A page size from <c>limit</c>: 100 when absent, null when not from 1 to <see cref="MaximumPageSize"/>.</summary>
    internal static int? ParseLimit(string? text) =>
        text is null ? 100
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaximumPageSize ? limit : null;

    /// <summary>An epoch number as the API and the portal read it: digits only, from 1.</summary>
    public static ulong? ParseEpoch(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch > 0 ? epoch : null;

    internal static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid request");

    internal static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail);
}
