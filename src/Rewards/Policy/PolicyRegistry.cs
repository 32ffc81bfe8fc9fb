using Nethereum.Hex.HexConvertors.Extensions;
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

    /// <summary>The policy stored for <paramref name="hash"/>, or null; refuses a stored document that does not hash to it.</summary>
    public static async Task<RewardPolicy?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, byte[] hash, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT document FROM reward_policies WHERE policy_hash = $1", connection, transaction);
        command.Parameters.AddWithValue(hash);
        if (await command.ExecuteScalarAsync(cancellationToken) is not string document) return null;
        var policy = RewardPolicy.Parse(document);
        var actual = RewardPolicy.Hash(policy);
        if (!actual.SequenceEqual(hash))
        {
            throw new RewardPolicyException(
                $"the policy stored for {hash.ToHex(true)} hashes to {actual.ToHex(true)}; refusing to compute with it");
        }
        return policy;
    }
}
