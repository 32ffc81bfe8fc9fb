using GovernanceRewards.Governance.Proposals;

namespace GovernanceRewards.Portal;

/// <summary>Votes and voting power in words, for the account they belong to ("you").</summary>
public static class VotingWords
{
    /// <summary>The governor's support value as the ballot names it.</summary>
    public static string Support(byte support) => support switch { 0 => "Against", 1 => "For", _ => "Abstain" };

    /// <summary>Whom the account's own tokens voted with at the power's block.</summary>
    public static string Delegate(VotingPower power) =>
        power.Delegate is not { } to ? "nobody: your tokens do not vote until you delegate them, to yourself or to another"
        : to == power.Account ? "yourself"
        : to;

    /// <summary>
    /// Why the power is zero, or null when it is not. The governor counts the token votes delegated to an account plus
    /// its stake, so zero means: its own tokens were not delegated to it (nobody, or another) or it held none, nobody
    /// delegated to it, and it had nothing staked.
    /// </summary>
    public static string? WhyZero(VotingPower power)
    {
        if (!power.Total.IsZero) return null;
        var tokens = power.Delegate switch
        {
            null => "you had not delegated your tokens (tokens count as votes only once delegated, to yourself or to another)",
            var to when to == power.Account => "you had delegated to yourself but held no tokens",
            var to => $"you had delegated your tokens to {to}, who votes with them",
        };
        return $"It is zero because at block {power.BlockNumber} {tokens}, nobody had delegated theirs to you, "
            + "and you had nothing staked (a stake counts as votes without delegating).";
    }
}
