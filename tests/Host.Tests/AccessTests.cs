using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using GovernanceRewards.Governance.Keeper;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Testing;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

public sealed class AccessTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const string Relay = "governance/proposals/1/votes/signed";

    [Fact]
    public async Task The_relay_and_the_dashboard_refuse_anonymous_unknown_revoked_and_wrong_role_keys_while_reads_stay_open()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        var ballot = new { voter = chain.Address(2), support = 1, nonce = "0", signature = "0x" + new string('1', 130), chainId = 31337 };

        using (var anonymous = server.Client())
        {
            var refused = await anonymous.PostAsJsonAsync(Relay, ballot);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("this needs an API key", await refused.Content.ReadAsStringAsync());
            var dashboard = await anonymous.GetAsync("hangfire");
            Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
            Assert.Contains(dashboard.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("epochs")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("governance/proposals")).StatusCode);
        }
        using (var unknown = server.Client("grw_0123456789ab_" + new string('A', 43)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.PostAsJsonAsync(Relay, ballot)).StatusCode);
        }
        var tampered = server.RelayKey[..^1] + (server.RelayKey[^1] == 'A' ? 'B' : 'A');
        using (var wrongSecret = server.Client(tampered))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrongSecret.PostAsJsonAsync(Relay, ballot)).StatusCode);
        }

        using (var viewer = server.Client(server.ViewerKey))
        {
            var forbidden = await viewer.PostAsJsonAsync(Relay, ballot);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Contains("the API key 'test viewer' lacks the role for this", await forbidden.Content.ReadAsStringAsync());
            var dashboard = await viewer.GetAsync("hangfire/recurring");
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains("GovernanceRewards jobs", await dashboard.Content.ReadAsStringAsync());
            Assert.False((await TriggerKeeperAsync(viewer)).IsSuccessStatusCode, "a viewer triggered a job");
        }
        using (var browser = server.Client())
        {
            // What a browser sends after its login prompt: any user name, the key as password.
            browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("me:" + server.ViewerKey)));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("hangfire")).StatusCode);
        }
        using (var relay = server.Client(server.RelayKey))
        {
            // Past authentication, the relay itself judges the ballot (this one is not signed by the voter).
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await relay.PostAsJsonAsync(Relay, ballot)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await relay.GetAsync("hangfire")).StatusCode);
        }
        using (var operatorClient = server.Client(server.OperatorKey))
        {
            Assert.True((await TriggerKeeperAsync(operatorClient)).IsSuccessStatusCode, "the operator could not trigger a job");
        }

        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var operatorId = server.OperatorKey.Split('_')[1];
        Assert.True(await new ApiKeyStore(dataSource).RevokeAsync(operatorId, CancellationToken.None));
        using (var revoked = server.Client(server.OperatorKey))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("hangfire")).StatusCode);
        }
    }

    [Fact]
    public async Task The_cli_creates_a_key_shown_once_and_stored_only_as_a_hash_lists_without_secrets_and_revokes()
    {
        var environment = new Dictionary<string, string?> { ["GOVREWARDS_DB"] = await database.CreateDatabaseAsync() };

        var created = await GovRewardsProcess.RunAsync(environment, "api-key", "create", "--name", "wallet front end", "--role", "relay");
        Assert.True(created.ExitCode == 0, created.Error);
        var key = created.Output.Trim();
        Assert.Matches("^grw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", key);
        Assert.Contains("cannot be shown again", created.Error);
        var id = key.Split('_')[1];
        var secret = key[(key.IndexOf('_', 4) + 1)..];

        await using (var dataSource = NpgsqlDataSource.Create(environment["GOVREWARDS_DB"]!))
        {
            await using var command = dataSource.CreateCommand("SELECT secret_sha256, row_to_json(api_keys)::text FROM api_keys WHERE id = $1");
            command.Parameters.AddWithValue(id);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), (byte[])reader[0]);
            Assert.DoesNotContain(secret, reader.GetString(1), StringComparison.Ordinal);
        }

        var listed = await GovRewardsProcess.RunAsync(environment, "api-key", "list");
        Assert.Contains(id, listed.Output);
        Assert.Contains("wallet front end", listed.Output);
        Assert.DoesNotContain(secret, listed.Output + listed.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await GovRewardsProcess.RunAsync(environment, "api-key", "revoke", id)).ExitCode);
        Assert.Contains("revoked", (await GovRewardsProcess.RunAsync(environment, "api-key", "list")).Output);
        var again = await GovRewardsProcess.RunAsync(environment, "api-key", "revoke", id);
        Assert.Equal((1, $"error: no live key with id '{id}'"), (again.ExitCode, again.Error.Trim()));
        var wrongRole = await GovRewardsProcess.RunAsync(environment, "api-key", "create", "--name", "x", "--role", "admin");
        Assert.NotEqual(0, wrongRole.ExitCode);
        Assert.Contains("admin", wrongRole.Error);
    }

    private async Task<HttpResponseMessage> TriggerKeeperAsync(HttpClient client) =>
        await client.PostAsync("hangfire/recurring/trigger", new FormUrlEncodedContent(
            [new KeyValuePair<string, string>("jobs[]", $"{GovernanceKeeper.RecurringJobId}-{chain.Node.ChainId}")]));
}
