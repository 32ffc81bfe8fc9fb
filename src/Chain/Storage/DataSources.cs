namespace GovernanceRewards.Chain.Storage;

/// <summary>Keys of the host's PostgreSQL data sources, for the slices that register their services on them.</summary>
public static class DataSources
{
    /// <summary>
    /// The data source the HTTP API reads through: its commands and connections give up within a request's deadline (the
    /// unkeyed one, for jobs and the indexer, keeps room for longer writes).
    /// </summary>
    public const string ApiReads = "api-reads";
}
