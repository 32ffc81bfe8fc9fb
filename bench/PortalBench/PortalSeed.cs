using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.PortalBench;

/// <summary>One seeding step: what it wrote, how many rows, how long it took.</summary>
internal sealed record SeedStep(string What, long Rows, TimeSpan Took);

/// <summary>What the pages ask for: proposals old and recent (with their votes) and accounts of the epoch.</summary>
internal sealed record SeededPortal(
    long ChainId, ulong Head, int Proposals, int OldProposal, long OldVotes, int RecentProposal, long RecentVotes,
    int Leaves, string Account, IReadOnlyList<string> Accounts, byte[] Root, IReadOnlyList<SeedStep> Steps);

/// <summary>
/// Writes what the indexer, the read models and the reward pipeline would have stored after a long life, straight into
/// the tables the pages read: <c>proposals</c> proposals (one every 100 blocks; the last 20 open for votes, the newest
/// still pending; of the closed ones 60% executed, 25% defeated, the rest canceled, succeeded or queued; a quarter
/// with up to 300 votes and the open ones with <c>openVotes</c> each; the keeper's transactions for the queued and
/// executed),
/// and epoch 1 posted with a real tree of <c>leaves</c> random accounts (leaves and nodes as the pipeline stores them),
/// under a registered policy, their allocations, one contribution each, their voting power and self-delegation, the
/// claims of a quarter of them and the staking events of a tenth, and the blocks those events are in. One account,
/// <see cref="SeededPortal.Account"/>, also has a longer history of each, 5,000 contributions and a vote on every open
/// proposal. The statements are in <c>seed.sql</c>.
/// </summary>
internal static class PortalSeed
{
    private const ulong BlocksPerProposal = 100;
    private const ulong VotingDelay = 100;
    private const ulong VotingPeriod = 2_000;
    private const int OpenProposals = 20;

    private static readonly Dictionary<string, object> NoParameters = [];

    /// <summary>The rules epoch 1 was funded under, registered so its page describes them.</summary>
    private static readonly RewardPolicy Policy = new()
    {
        Weights = new() { ["data"] = 3, ["storage"] = 1, ["compute"] = 2, ["modelTraining"] = 4, ["code"] = 5 },
        ParticipationBasisPoints = 1_000,
        MinimumBond = BigInteger.Parse("50000000000000000000", CultureInfo.InvariantCulture),
        CapBasisPoints = 2_500,
    };

    public static async Task<SeededPortal> WriteAsync(
        NpgsqlDataSource dataSource, Suite suite, int proposals, int openVotes, int leafCount)
    {
        var chainId = (long)suite.Manifest.ChainId;
        var head = (ulong)proposals * BlocksPerProposal + 50;
        var steps = new List<SeedStep>();
        await using var connection = await dataSource.OpenConnectionAsync();
        // Addresses, hashes and transaction ids of the seeded rows: distinct, deterministic, 32 bytes.
        await ExecuteAsync(connection, """
            CREATE FUNCTION pg_temp.h(n bigint, tag text) RETURNS bytea LANGUAGE sql IMMUTABLE
            AS $$ SELECT sha256(int8send(n) || convert_to(tag, 'UTF8')) $$
            """, NoParameters);
        var parameters = new Dictionary<string, object>
        {
            ["chain"] = chainId,
            ["head"] = (long)head,
            ["count"] = proposals,
            ["open"] = OpenProposals,
            ["openVotes"] = openVotes,
            ["delay"] = (long)VotingDelay,
            ["period"] = (long)VotingPeriod,
            ["every"] = (long)BlocksPerProposal,
        };
        foreach (var (name, value) in Actions(suite)) parameters[name] = value;

        var clock = Stopwatch.StartNew();
        parameters["policy"] = await PolicyRegistry.AddAsync(dataSource, Policy, CancellationToken.None);
        var (accounts, root) = await WriteEpochAsync(dataSource, chainId, leafCount);
        steps.Add(new SeedStep(
            $"epoch 1: a real tree of {leafCount:N0} random accounts (built here), leaves and nodes by COPY",
            leafCount, clock.Elapsed));
        var account = accounts[leafCount / 2];
        parameters["account"] = account.HexToByteArray();
        parameters["root"] = root;

        foreach (var (what, sql) in Steps())
        {
            clock.Restart();
            var rows = await ExecuteAsync(connection, sql, parameters);
            steps.Add(new SeedStep(what, rows, clock.Elapsed));
        }
        clock.Restart();
        await ExecuteAsync(connection, "VACUUM (ANALYZE)", NoParameters);
        steps.Add(new SeedStep(
            "VACUUM (ANALYZE): statistics and visibility, as autovacuum leaves a settled database", 0, clock.Elapsed));

        var oldProposal = 100;
        var recentProposal = proposals - 1;
        return new SeededPortal(
            chainId, head, proposals, oldProposal, await VotesAsync(connection, chainId, oldProposal), recentProposal,
            await VotesAsync(connection, chainId, recentProposal), leafCount, account, accounts, root, steps);
    }

    /// <summary>Epoch 1, posted: random accounts and totals, the tree built and stored as the pipeline does.</summary>
    private static async Task<(List<string> Accounts, byte[] Root)> WriteEpochAsync(
        NpgsqlDataSource dataSource, long chainId, int count)
    {
        var random = new Random(7);
        var address = new byte[20];
        var leaves = new List<RewardLeaf>(count);
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(address);
            var total = new BigInteger(random.NextInt64(1, 10_000_000)) * 1_000_000_000_000;
            leaves.Add(new RewardLeaf(address.ToHex(true), total));
        }
        var tree = StandardMerkleTree.Of(leaves);
        await StoredEpoch.WriteAsync(dataSource, chainId, 1, tree);
        return ([.. tree.Values.Select(l => l.Account)], tree.Root);
    }

    /// <summary>The calls of the two kinds of proposal seeded: funding an epoch, and streaming to stakers.</summary>
    private static IEnumerable<(string Name, object Value)> Actions(Suite suite)
    {
        var budget = BigInteger.Parse("50000000000000000000000", CultureInfo.InvariantCulture);
        ProposalAction[] fund =
        [
            ProposalAction.Of(suite.TokenAddress,
                new ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
            ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction
            {
                Epoch = 7, Budget = budget, WindowStart = 1_700_000_000, WindowEnd = 1_700_604_800,
                PolicyHash = new byte[32],
            }),
        ];
        ProposalAction[] stream =
        [
            ProposalAction.Of(suite.TokenAddress, new ApproveFunction { Spender = suite.PoolAddress, Value = budget }),
            ProposalAction.Of(suite.PoolAddress,
                new NotifyRewardAmountFunction { Amount = budget, Duration = 30 * 86_400 }),
        ];
        yield return ("fundTargets", fund.Select(a => a.Target.HexToByteArray()).ToArray());
        yield return ("fundCalls", fund.Select(a => a.CallData).ToArray());
        yield return ("streamTargets", stream.Select(a => a.Target.HexToByteArray()).ToArray());
        yield return ("streamCalls", stream.Select(a => a.CallData).ToArray());
    }

    /// <summary>The steps of <c>seed.sql</c>: each <c>-- step:</c> line names the statements that follow it.</summary>
    private static List<(string What, string Sql)> Steps()
    {
        const string Marker = "-- step: ";
        using var stream = typeof(PortalSeed).Assembly.GetManifestResourceStream("seed.sql")!;
        using var reader = new StreamReader(stream);
        var steps = new List<(string What, StringBuilder Sql)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal)) steps.Add((line[Marker.Length..], new()));
            else if (steps.Count > 0) steps[^1].Sql.AppendLine(line);
        }
        return [.. steps.Select(s => (s.What, s.Sql.ToString()))];
    }

    private static async Task<long> VotesAsync(NpgsqlConnection connection, long chainId, int proposal)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM governance_votes WHERE chain_id = $1 AND proposal_id = $2", connection);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(new BigInteger(proposal));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="sql"/> with the parameters it names; returns the rows it wrote.</summary>
    private static async Task<long> ExecuteAsync(
        NpgsqlConnection connection, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains('@' + name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value);
        }
        return Math.Max(0, await command.ExecuteNonQueryAsync());
    }
}
