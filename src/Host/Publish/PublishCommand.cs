using System.CommandLine;
using GovernanceRewards.Content;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Rewards.Publication;
using Npgsql;

namespace GovernanceRewards.Host.Publish;

/// <summary>
/// <c>govrewards publish</c>: writes the tree an epoch's root names on chain (or any content the host holds) as a CAR
/// file, the form every pinning service and <c>ipfs dag import</c> take, so the CID stays fetchable beyond this host.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var manifest = new Option<string>("--manifest") { Description = "Deployment manifest (deployments/<chainId>.json): which chain's epochs", Required = true };
        var database = CommonInputs.DatabaseOption();
        var epoch = new Option<ulong?>("--epoch") { Description = "The epoch whose tree to publish: the one its root names on chain (as indexed)" };
        var cid = new Option<string?>("--cid") { Description = "Any CID the host holds (an uploaded evidence file)" };
        var output = new Option<string>("--out") { Description = "The CAR file to write", Required = true };
        var command = new Command("publish", "Write an epoch's tree, or other content the host holds, as a CAR file to pin anywhere")
        {
            manifest, database, epoch, cid, output,
        };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            if (result.GetValue(epoch).HasValue == (result.GetValue(cid) is not null))
            {
                throw new CliException("give either --epoch N or --cid CID");
            }
            Cid? named = null;
            if (result.GetValue(cid) is { } text && !Cid.TryParse(text, out named))
            {
                throw new CliException($"'{text}' is not a CIDv1 in base32 with a sha2-256 multihash");
            }
            var deployment = DeploymentManifest.TryLoad(result.GetValue(manifest)!)
                ?? throw new CliException($"no deployment manifest at {result.GetValue(manifest)}");
            // Only reads: an export never migrates or writes the host's database.
            NpgsqlDataSource opened;
            try
            {
                opened = NpgsqlDataSource.Create(CommonInputs.RequireDatabase(result, database));
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--db is not a PostgreSQL connection string ({e.Message})");
            }
            await using var dataSource = opened;
            var store = new ContentStore(dataSource);
            var path = result.GetValue(output)!;
            var temporary = path + ".tmp";
            try
            {
                var root = named ?? await PostedTreeAsync(dataSource, (long)deployment.ChainId, result.GetValue(epoch)!.Value, cancellationToken);
                if (await store.GetAsync(root, cancellationToken) is null) throw new CliException($"this host's database does not hold {root}");
                await using (var file = File.Create(temporary))
                {
                    await Car.WriteAsync(file, root, store.GetAsync, cancellationToken);
                }
                File.Move(temporary, path, overwrite: true);
                Console.WriteLine($"{root.ToUri()} -> {path} ({new FileInfo(path).Length} bytes)");
                return 0;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                throw new CliException("this database holds no GovernanceRewards read model: give the one `serve` or `index` writes to");
            }
            catch (NpgsqlException e)
            {
                throw new CliException($"cannot read the database: {e.Message}");
            }
            finally
            {
                File.Delete(temporary);
            }
        }));
        return command;
    }

    /// <summary>The tree the epoch's latest posted root names on chain (as indexed), whatever the host computed since.</summary>
    private static async Task<Cid> PostedTreeAsync(NpgsqlDataSource dataSource, long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT tree_uri FROM reward_roots_posted WHERE chain_id = $1 AND epoch = $2 ORDER BY block_number DESC, log_index DESC LIMIT 1");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            string uri when Cid.TryParse(uri, out var cid) => cid,
            string uri => throw new CliException($"epoch {epoch}'s root names its tree '{uri}', not an ipfs:// CID"),
            _ => throw new CliException($"no root of epoch {epoch} is indexed on this database (has the indexer followed the chain?)"),
        };
    }
}
