using Npgsql;

namespace GovernanceRewards.Rewards.Policy;

/// <summary>Keeps policy documents by hash so a funded epoch finds the rules its <c>policyHash</c> names.</summary>
public static class PolicyRegistry
{
    /// <summary>Stores the canonical form of <paramref name="policy"/>; returns its hash. Adding it again changes nothing.</summary>
    public static async Task<byte[]> AddAsync(NpgsqlDataSource dataSource, RewardPolicy policy, CancellationToken cancellationToken)
    {
        policy.Validate();
        var hash = RewardPolicy.Hash(policy);
        await using var command = dataSource.CreateCommand("INSERT INTO reward_policies (policy_hash, document) VALUES ($1, $2::jsonb) ON CONFLICT DO NOTHING");
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(policy.ToCanonicalJson());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return hash;
    }
}
