using CrossBorderBot.Tests.Storage;
using Npgsql;

namespace CrossBorderBot.Tests.Faults;

/// <summary>
/// The real PostgreSQL of the test services behind a <see cref="FaultProxy"/>, with a table of its own, and short
/// client timeouts so a blocked network fails a turn in seconds. Rows are read past the proxy, straight from the server.
/// </summary>
public sealed class PostgresFaultBench : IAsyncDisposable
{
    private readonly string _direct;

    private PostgresFaultBench(string direct, FaultProxy proxy, string table)
    {
        _direct = direct;
        Proxy = proxy;
        Table = table;
        ConnectionString = new NpgsqlConnectionStringBuilder(direct) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3, CommandTimeout = 5 }.ConnectionString;
    }

    public FaultProxy Proxy { get; }

    public string Table { get; }

    /// <summary>Through the proxy: what the bot uses.</summary>
    public string ConnectionString { get; }

    public static Task<PostgresFaultBench> StartAsync()
    {
        var direct = StorageTestServices.PostgresConnectionString();
        var target = new NpgsqlConnectionStringBuilder(direct);
        return Task.FromResult(new PostgresFaultBench(direct, new FaultProxy(target.Host!, target.Port), StorageTestServices.UniqueName("faults_")));
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:Postgres:ConnectionString"] = ConnectionString,
        ["Storage:Postgres:Table"] = Table,
        ["Storage:TurnWaitSeconds"] = "5",
    };

    /// <summary>Every stored key with its version, read past the proxy.</summary>
    public async Task<string> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(_direct);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT string_agg(key || '=' || version, ',' ORDER BY key) FROM {Table}", connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_direct);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP TABLE IF EXISTS {Table}; DROP SEQUENCE IF EXISTS {Table}_version;", connection);
        await command.ExecuteNonQueryAsync();
    }
}
