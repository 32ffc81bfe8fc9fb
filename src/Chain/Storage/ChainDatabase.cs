using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Chain.Storage;

/// <summary>The tables shared by everything that sends transactions (Storage/Migrations).</summary>
public static class ChainDatabase
{
    public static void Migrate(string connectionString, ILogger logger) =>
        SchemaMigrations.Run(connectionString, typeof(ChainDatabase).Assembly, logger);
}
