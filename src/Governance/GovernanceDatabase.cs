using GovernanceRewards.Indexer.Storage;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Governance;

/// <summary>Brings the governance read model's tables up to date (Migrations/*.sql).</summary>
public static class GovernanceDatabase
{
    public static void Migrate(string connectionString, ILogger logger) =>
        SchemaMigrations.Run(connectionString, typeof(GovernanceDatabase).Assembly, logger);
}
