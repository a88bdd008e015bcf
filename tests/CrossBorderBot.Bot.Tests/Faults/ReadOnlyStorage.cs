using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Tests.Faults;

/// <summary>
/// The real SQLite store, with a switch that makes writes fail exactly as SQLite fails on a read-only database file
/// (SQLITE_READONLY). File permissions cannot do this when the tests run as root, which ignores them.
/// </summary>
public sealed class ReadOnlyStorage(SqliteStorage inner) : IStorage
{
    private const int SqliteReadOnly = 8;

    public bool ReadOnly { get; set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        => ReadOnly ? throw new SqliteException("attempt to write a readonly database", SqliteReadOnly) : inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        => ReadOnly ? throw new SqliteException("attempt to write a readonly database", SqliteReadOnly) : inner.DeleteAsync(keys, cancellationToken);
}
