using Npgsql;

namespace GovernanceRewards.Host.Tests;

/// <summary>What a test reads straight from the database the processes under test write to.</summary>
internal static class TestDatabase
{
    /// <summary>The single value <paramref name="sql"/> returns; 0 while the tables do not exist yet.</summary>
    public static async Task<long> ScalarAsync(string db, string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(db);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    /// <summary>The text <paramref name="sql"/> returns, for what a failed assertion should show.</summary>
    public static async Task<string> TextAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }
}
