using System.CommandLine;
using GovernanceRewards.Host.Cli;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GovernanceRewards.Host.Access;

/// <summary><c>govrewards api-key create|list|revoke</c>: the operator's hand on who may write to the API.</summary>
internal static class ApiKeyCommand
{
    public static Command Create()
    {
        var database = CommonInputs.DatabaseOption();

        var name = new Option<string>("--name") { Required = true, Description = "Who holds the key (shown in logs and lists)" };
        var roles = new Option<string[]>("--role")
        {
            Required = true, AllowMultipleArgumentsPerToken = false,
            Description = $"Role to grant (repeat): {AccessRoles.Relay} (vote relay), {AccessRoles.Viewer} (dashboard, read-only), {AccessRoles.Operator} (everything)",
        };
        roles.AcceptOnlyFromAmong([.. AccessRoles.All]);
        var create = new Command("create", "Create a key; its secret is printed once and stored only as a hash") { name, roles, database };
        create.SetAction((result, cancellationToken) => WithStoreAsync(result, database, async store =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(name))) throw new CliException("--name must say who holds the key");
            var (key, secret) = await store.CreateAsync(result.GetValue(name)!, result.GetValue(roles)!, cancellationToken);
            await Console.Error.WriteLineAsync($"created key {key.Id} \"{key.Name}\" ({string.Join(", ", key.Roles)}); store it now, it cannot be shown again:");
            Console.WriteLine(secret);
            return 0;
        }));

        var list = new Command("list", "List keys (ids, names, roles, revocation), never their secrets") { database };
        list.SetAction((result, cancellationToken) => WithStoreAsync(result, database, async store =>
        {
            foreach (var key in await store.ListAsync(cancellationToken))
            {
                Console.WriteLine($"{key.Id}  {key.Name,-24} {string.Join(",", key.Roles),-20} created {key.CreatedAt:u}"
                    + (key.RevokedAt is { } revoked ? $", revoked {revoked:u}" : ""));
            }
            return 0;
        }));

        var id = new Argument<string>("id") { Description = "The key's id (the part after grw_)" };
        var revoke = new Command("revoke", "Revoke a key at once") { id, database };
        revoke.SetAction((result, cancellationToken) => WithStoreAsync(result, database, async store =>
        {
            if (!await store.RevokeAsync(result.GetValue(id)!, cancellationToken)) throw new CliException($"no live key with id '{result.GetValue(id)}'");
            Console.WriteLine($"revoked {result.GetValue(id)}");
            return 0;
        }));

        return new Command("api-key", "API keys for the vote relay and the jobs dashboard") { create, list, revoke };
    }

    private static Task<int> WithStoreAsync(ParseResult result, Option<string?> database, Func<ApiKeyStore, Task<int>> body) =>
        GovRewardsCli.RunAsync(async _ =>
        {
            var connectionString = CommonInputs.RequireDatabase(result, database);
            ApiKeyStore.Migrate(connectionString, NullLogger.Instance);
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            return await body(new ApiKeyStore(dataSource));
        });
}
