using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Indexer.Storage;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Governance;

/// <summary>Brings the governance read model's tables (Migrations/*.sql) and the transaction ledger up to date.</summary>
public static class GovernanceDatabase
{
    public static void Migrate(string connectionString, ILogger logger)
    {
        ChainDatabase.Migrate(connectionString, logger);
        // Its handlers read the indexer's notifications, and its migrations may move what earlier versions kept there.
        IndexerDatabase.Migrate(connectionString, logger);
        SchemaMigrations.Run(connectionString, typeof(GovernanceDatabase).Assembly, logger);
    }
}
