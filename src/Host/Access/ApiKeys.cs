using System.Security.Cryptography;
using System.Text;
using GovernanceRewards.Chain.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.Host.Access;

/// <summary>What a key may do. Reads need no key; these guard the writes and the dashboard.</summary>
internal static class AccessRoles
{
    /// <summary>May submit signed ballots to the vote relay (a wallet front end's server, say).</summary>
    public const string Relay = "relay";

    /// <summary>May upload contribution evidence for the host's gateway to serve (an attester's tooling).</summary>
    public const string Attester = "attester";

    /// <summary>May look at the jobs dashboard without changing anything.</summary>
    public const string Viewer = "viewer";

    /// <summary>Everything: the relay, evidence uploads, and the dashboard with its actions (retry, delete, trigger).</summary>
    public const string Operator = "operator";

    public static readonly IReadOnlyList<string> All = [Relay, Attester, Viewer, Operator];
}

/// <summary>A key as listed: never its secret, which exists only in the hands of whoever created it.</summary>
internal sealed record ApiKey(string Id, string Name, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>
/// API keys of the form <c>grw_&lt;id&gt;_&lt;secret&gt;</c>: the id finds the row, the secret (256 random bits) is
/// checked against its SHA-256 in constant time. Only the hash is stored, so the table leaks nothing usable.
/// </summary>
internal sealed class ApiKeyStore(NpgsqlDataSource dataSource)
{
    private const string Prefix = "grw_";

    public static void Migrate(string connectionString, ILogger logger) =>
        SchemaMigrations.Run(connectionString, typeof(ApiKeyStore).Assembly, logger);

    /// <summary>Creates a key and returns it whole; this is the only time its secret is seen.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a key needs a name that says who holds it", nameof(name));
        if (roles.Count == 0 || roles.Any(r => !AccessRoles.All.Contains(r)))
        {
            throw new ArgumentException($"roles must be among {string.Join(", ", AccessRoles.All)}", nameof(roles));
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await using var command = dataSource.CreateCommand(
            "INSERT INTO api_keys (id, name, secret_sha256, roles) VALUES ($1, $2, $3, $4) RETURNING created_at");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        command.Parameters.AddWithValue(roles.Distinct().ToArray());
        var createdAt = (DateTime)(await command.ExecuteScalarAsync(cancellationToken))!;
        return (new ApiKey(id, name, [.. roles.Distinct()], new DateTimeOffset(createdAt, TimeSpan.Zero), null), $"{Prefix}{id}_{secret}");
    }

    /// <summary>The live key <paramref name="presented"/> stands for, or null (malformed, unknown, revoked or wrong secret).</summary>
    public async Task<ApiKey?> FindAsync(string presented, CancellationToken cancellationToken)
    {
        var parts = presented.Split('_', 3);
        if (parts.Length != 3 || parts[0] + "_" != Prefix) return null;
        await using var command = dataSource.CreateCommand(
            "SELECT name, secret_sha256, roles, created_at FROM api_keys WHERE id = $1 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(parts[1]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var expected = (byte[])reader[1];
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(parts[2]));
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? new ApiKey(parts[1], reader.GetString(0), (string[])reader[2], new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero), null)
            : null;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, name, roles, created_at, revoked_at FROM api_keys ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKey(reader.GetString(0), reader.GetString(1), (string[])reader[2], new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero),
                reader.IsDBNull(4) ? null : new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
        }
        return keys;
    }

    /// <summary>Revokes the key; false when there is no live key with that id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
