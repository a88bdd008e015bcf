namespace CrossBorderBot.Storage;

/// <summary>Settings of <c>Storage:Postgres</c>: the shared PostgreSQL store that several bot instances can use at once.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=…;Database=…;Username=…;Password=…;SSL Mode=Require</c>.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The table that holds the state (created on start, with its version sequence); lower-case letters, digits and '_'.</summary>
    public string Table { get; set; } = PostgresStorage.DefaultTable;
}
