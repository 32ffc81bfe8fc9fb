using System.CommandLine;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Host.Governance;

/// <summary><c>govrewards policy hash &lt;file&gt;</c>: validates a reward policy and prints the hash a proposal records.</summary>
internal static class PolicyCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Reward policy JSON" };
        var hash = new Command("hash", "Validate a reward policy and print its canonical keccak256") { file };
        hash.SetAction((result, _) => GovRewardsCli.RunAsync(_ =>
        {
            Console.WriteLine(RewardPolicy.Load(result.GetValue(file)!).Hash.ToHex(true));
            return Task.FromResult(0);
        }));
        return new Command("policy", "Reward policies") { hash, Rewards.RewardCommands.PolicyAdd() };
    }
}
