using GovernanceRewards.Chain.Storage;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Indexer.Storage;

/// <summary>Brings the database schema up to date with the versioned scripts in Storage/Migrations (DbUp).</summary>
public static class IndexerDatabase
{
    public static void Migrate(string connectionString, ILogger logger) =>
        SchemaMigrations.Run(connectionString, typeof(IndexerDatabase).Assembly, logger);
}
