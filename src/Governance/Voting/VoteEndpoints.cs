using System.Globalization;
using GovernanceRewards.Governance.Proposals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Text.Json;
using System.Threading.RateLimiting;

namespace GovernanceRewards.Governance.Voting;

/// <summary>Answer to a relayed ballot: the <c>castVoteBySig</c> transaction that carries it.</summary>
public sealed record RelayedVote(string TransactionHash);

/// <summary>The gasless vote relay endpoint.</summary>
public static class VoteEndpoints
{
    /// <summary>Maps the relay; the host decides who may call it (it spends the operator's gas).</summary>
    public static RouteHandlerBuilder MapVoteRelay(this RouteGroupBuilder governance) =>
        governance.MapPost("/proposals/{id}/votes/signed",
            (VoteRelay relay, string id, HttpRequest request, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
                RelayAsync(relay, allowance: null, id, request, json, cancellationToken)).WithName("RelaySignedVote")
            .WithSummary("Relays an EIP-712 Ballot signed by the voter; the relay pays the gas")
            .Accepts<SignedVote>("application/json")
            .Produces<RelayedVote>(StatusCodes.Status202Accepted)
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);

    /// <summary>
    /// Maps the open relay the portal's pages post signed ballots to: anyone may call it, so it pays only within the
    /// operator's <see cref="OpenRelayLimits"/> (and nothing is mapped when the host does not sign).
    /// </summary>
    public static IEndpointRouteBuilder MapOpenVoteRelay(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<OpenRelay>() is null) return app;
        // Each ballot costs a few chain reads before any limit of the voter's applies (a throwaway key's ballot is refused
        // only once its voting power was read): each client address gets a few a minute, so nobody spends the RPC quota.
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = OpenRelayLimits.BallotsPerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            }));
        app.MapPost("/proposals/{id}/ballot", async (VoteRelay relay, OpenRelay allowance, string id, HttpRequest request, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        {
            using var lease = perClient.AttemptAcquire(request.HttpContext);
            if (!lease.IsAcquired)
            {
                request.HttpContext.Response.Headers.RetryAfter = "60";
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many ballots",
                    detail: $"this address sent more than {OpenRelayLimits.BallotsPerClientPerMinute} ballots in a minute; retry in a minute");
            }
            return (await RelayAsync(relay, allowance, id, request, json, cancellationToken)).Result;
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Accepted<RelayedVote>, ValidationProblem, ProblemHttpResult>> RelayAsync(
        VoteRelay relay, IRelayAllowance? allowance, string id, HttpRequest request, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (ProposalEndpoints.ParseProposalId(id) is not { } proposalId)
        {
            return ProposalEndpoints.Invalid("id", $"'{id}' is not a proposal id (a positive integer)");
        }
        // Only JSON: a cross-site form (text/plain, urlencoded) cannot send it without the browser asking first, so a browser
        // holding an operator's Basic login cannot be made to relay by another site.
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "the ballot must be sent as application/json");
        }
        SignedVote? ballot;
        try
        {
            ballot = await JsonSerializer.DeserializeAsync<SignedVote>(request.Body, json.Value.SerializerOptions, cancellationToken);
        }
        catch (JsonException e)
        {
            // The serializer names where it stopped ("$.nonce"); a top-level fault is the body's.
            var field = e.Path is ['$', '.', .. var name] && name.Length > 0 ? name : "body";
            return ProposalEndpoints.Invalid(field, $"the body is not a ballot: {e.Message}");
        }
        if (ballot is null || string.IsNullOrEmpty(ballot.Voter) || string.IsNullOrEmpty(ballot.Signature))
        {
            return ProposalEndpoints.Invalid("body", "expected {voter, support, nonce, signature, chainId}");
        }
        try
        {
            var hash = await relay.RelayAsync(proposalId, ballot, allowance, cancellationToken);
            return TypedResults.Accepted($"/governance/proposals/{proposalId}", new RelayedVote(hash));
        }
        catch (VoteRejectedException e)
        {
            if (e.RetryAfter is { } wait)
            {
                request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            return TypedResults.Problem(statusCode: e.Status, title: e.Title, detail: e.Message);
        }
    }
}
