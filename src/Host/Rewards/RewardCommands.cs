using System.CommandLine;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Host.Governance;
using GovernanceRewards.Rewards;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Rewards.Policy;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;
using ClaimFunction = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition.ClaimFunction;
using StakingPoolClaim = GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition.ClaimFunction;

namespace GovernanceRewards.Host.Rewards;

/// <summary>
/// Contributors' and stakers' commands: <c>rewards</c> and <c>epochs</c> (through the API), <c>claim</c> (with the
/// proof the API serves), <c>stake</c>, <c>unstake</c>, <c>claim-staking</c>, and the operator's <c>policy add</c>.
/// </summary>
internal static class RewardCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Rewards();
        yield return Epochs();
        yield return Claim();
        foreach (var command in Staking()) yield return command;
    }

    public static Command PolicyAdd()
    {
        var file = new Argument<string>("file") { Description = "Reward policy JSON" };
        var database = CommonInputs.DatabaseOption();
        var add = new Command("add", "Register a policy so epochs funded under its hash can be computed") { file, database };
        add.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var connectionString = CommonInputs.RequireDatabase(result, database);
            var (policy, _) = RewardPolicy.Load(result.GetValue(file)!);
            RewardsDatabase.Migrate(connectionString, NullLogger.Instance);
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            Console.WriteLine($"registered {(await PolicyRegistry.AddAsync(dataSource, policy, cancellationToken)).ToHex(true)}");
            return 0;
        }));
        return add;
    }

    private static Command Rewards()
    {
        var address = new Argument<string>("address");
        var api = ProposalsCommand.ApiOption();
        var command = new Command("rewards", "What an address earned per epoch, whether it was paid, and its proof") { address, api };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var rewards = await ApiClient.GetAsync<AccountRewards>(result.GetValue(api)!, $"rewards/{result.GetValue(address)}", cancellationToken);
            Console.WriteLine($"{rewards.Account}: claimed {Tokens(rewards.Claimed)} in total");
            Console.WriteLine($"{"epoch",5}  {"status",-8}  {"units by kind",-40}  {"voting weight",18}  {"allocation",18}  {"cumulative",18}  paid");
            foreach (var e in rewards.Epochs)
            {
                var units = string.Join(", ", e.Units.Select(u => $"{u.Key} {u.Value}"));
                Console.WriteLine($"{e.Epoch,5}  {e.Status,-8}  {units,-40}  {Tokens(e.VotingWeight),18}  {Tokens(e.Amount),18}  {(e.CumulativeTotal is { } c ? Tokens(c) : "-"),18}  " +
                    (e.Paid ? $"yes {e.PaidIn}" : "no"));
            }
            if (rewards.Claimable is { } proof)
            {
                Console.WriteLine($"claimable through epoch {proof.Epoch}: total {Tokens(proof.CumulativeTotal)}, proof [{string.Join(", ", proof.Proof)}]");
            }
            return 0;
        }));
        return command;
    }

    private static Command Epochs()
    {
        var api = ProposalsCommand.ApiOption();
        var command = new Command("epochs", "Every funded epoch and where its pipeline is") { api };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var epochs = await ApiClient.GetAsync<List<EpochSummary>>(result.GetValue(api)!, "epochs", cancellationToken);
            Console.WriteLine($"{"epoch",5}  {"status",-8}  {"budget",18}  {"allocated",18}  {"leaves",7}  reason");
            foreach (var e in epochs)
            {
                Console.WriteLine($"{e.Epoch,5}  {e.Status,-8}  {Tokens(e.Budget),18}  {(e.Allocated is { } a ? Tokens(a) : "-"),18}  {e.Leaves,7}  {e.Reason}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Claim()
    {
        var chainOptions = new ChainOptions();
        var epoch = new Option<ulong>("--epoch") { Required = true, Description = "Claim the cumulative total of this epoch's tree" };
        var api = ProposalsCommand.ApiOption();
        var keystore = new Option<string?>("--keystore") { Description = "Your keystore (else GOVREWARDS_KEY)" };
        var command = new Command("claim", "Claim your rewards yourself with the proof the API serves") { epoch, api, keystore };
        chainOptions.AddTo(command, withDatabase: false);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var (settings, connection) = await ConnectAsync(chainOptions.Read(result), result.GetValue(keystore), cancellationToken);
            var proof = await ApiClient.GetAsync<RewardProof>(result.GetValue(api)!, $"epochs/{result.GetValue(epoch)}/proofs/{connection.Address}", cancellationToken);
            var suite = new SuiteChain(connection.Web3, settings.Manifest);
            var claimed = await suite.Distributor().ClaimedQueryAsync(connection.Address);
            if (claimed >= proof.CumulativeTotal) throw new CliException($"nothing to claim: {Tokens(claimed)} already paid of {Tokens(proof.CumulativeTotal)}");
            var receipt = await Ledger(connection).SendAsync("claim", "claim", suite.DistributorAddress, new ClaimFunction
            {
                Account = connection.Address, Total = proof.CumulativeTotal, Proof = [.. proof.Proof.Select(p => p.HexToByteArray())],
            }, cancellationToken);
            Console.WriteLine($"claimed {Tokens(proof.CumulativeTotal - claimed)} in {receipt.TransactionHash}");
            return 0;
        }));
        return command;
    }

    private static IEnumerable<Command> Staking()
    {
        var chainOptions = new ChainOptions();
        var keystore = new Option<string?>("--keystore") { Description = "Your keystore (else GOVREWARDS_KEY)" };
        var amount = new Option<string>("--amount") { Required = true, Description = "Whole tokens (decimals allowed)" };
        var stake = new Command("stake", "Stake tokens: they earn the staking stream, bond your contributions and keep their votes") { amount, keystore };
        stake.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var (settings, connection) = await ConnectAsync(chainOptions.Read(result), result.GetValue(keystore), cancellationToken);
            var suite = new SuiteChain(connection.Web3, settings.Manifest);
            var units = HolderCommands.ParseTokens(result.GetValue(amount)!);
            var ledger = Ledger(connection);
            await ledger.SendAsync("approve", "approve", suite.TokenAddress, new ApproveFunction { Spender = suite.PoolAddress, Value = units }, cancellationToken);
            var receipt = await ledger.SendAsync("stake", "stake", suite.PoolAddress, new StakeFunction { Amount = units }, cancellationToken);
            Console.WriteLine($"staked {Tokens(units)} in {receipt.TransactionHash}");
            return 0;
        }));
        var unstakeAmount = new Option<string>("--amount") { Required = true, Description = "Whole tokens (decimals allowed)" };
        var unstake = new Command("unstake",
            "Ask to withdraw staked tokens: they stop voting and earning now, stay slashable through the cooldown, then `withdraw` pays them")
            { unstakeAmount, keystore };
        unstake.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var (settings, connection) = await ConnectAsync(chainOptions.Read(result), result.GetValue(keystore), cancellationToken);
            var units = HolderCommands.ParseTokens(result.GetValue(unstakeAmount)!);
            var suite = new SuiteChain(connection.Web3, settings.Manifest);
            var receipt = await Ledger(connection).SendAsync("request withdrawal", "request-withdrawal", suite.PoolAddress,
                new RequestWithdrawalFunction { Amount = units }, cancellationToken);
            var pending = await suite.Pool().PendingWithdrawalQueryAsync(connection.Address);
            Console.WriteLine($"{Tokens(pending.Amount)} in cooldown until {DateTimeOffset.FromUnixTimeSeconds((long)pending.ReadyAt):u} " +
                $"(chain time), then run `withdraw`; requested in {receipt.TransactionHash}");
            return 0;
        }));
        var withdraw = new Command("withdraw", "Withdraw the tokens whose cooldown is over") { keystore };
        withdraw.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var (settings, connection) = await ConnectAsync(chainOptions.Read(result), result.GetValue(keystore), cancellationToken);
            var suite = new SuiteChain(connection.Web3, settings.Manifest);
            var pending = await suite.Pool().PendingWithdrawalQueryAsync(connection.Address);
            if (pending.Amount.IsZero) throw new CliException("nothing in cooldown: run `unstake` first");
            var receipt = await Ledger(connection).SendAsync("withdraw", "withdraw", suite.PoolAddress, new WithdrawFunction(), cancellationToken);
            Console.WriteLine($"withdrew {Tokens(pending.Amount)} in {receipt.TransactionHash}");
            return 0;
        }));
        var claimStaking = new Command("claim-staking", "Claim the staking rewards streamed to you so far") { keystore };
        claimStaking.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var (settings, connection) = await ConnectAsync(chainOptions.Read(result), result.GetValue(keystore), cancellationToken);
            var suite = new SuiteChain(connection.Web3, settings.Manifest);
            var earned = await suite.Pool().EarnedQueryAsync(connection.Address);
            if (earned.IsZero) throw new CliException("nothing earned yet");
            var receipt = await Ledger(connection).SendAsync("claim staking rewards", "claim-staking", suite.PoolAddress, new StakingPoolClaim(), cancellationToken);
            Console.WriteLine($"claimed {Tokens(earned)} or more in {receipt.TransactionHash}");
            return 0;
        }));
        foreach (var command in new[] { stake, unstake, withdraw, claimStaking })
        {
            chainOptions.AddTo(command, withDatabase: false);
            yield return command;
        }
    }

    /// <summary>The command's ledger: one process, one signer, nothing kept after it (see <see cref="TransactionLedger.InProcess"/>).</summary>
    private static TransactionLedger Ledger(ChainConnection connection) => TransactionLedger.InProcess(connection, NullLogger<TransactionLedger>.Instance);

    private static async Task<(ChainSettings Settings, ChainConnection Connection)> ConnectAsync(
        ChainSettings settings, string? keystore, CancellationToken cancellationToken)
    {
        var key = await SignerResolver.ResolveAsync(keystore, settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
        return (settings, await ChainConnection.ConnectAsync(settings.RpcUrl, key, settings.Manifest.ChainId, cancellationToken));
    }

    private static string Tokens(BigInteger units) => TokenAmount.Format(units);
}
