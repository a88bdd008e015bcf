using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A database path in a fresh temporary directory, removed with everything in it on dispose, after the stores opened
/// on it by <see cref="OpenStore"/> are closed.
/// </summary>
public sealed class StorageTempDatabase : IDisposable
{
    private readonly List<SqliteStorage> _stores = [];

    public StorageTempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crossborderbot-storage-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "state", "bot-state.db");
    }

    public string Directory { get; }

    /// <summary>The database file; its own directory does not exist yet, so stores must create it.</summary>
    public string Path { get; }

    /// <summary>A SQLite store on this file (another process, or the same one after a restart, when opened again).</summary>
    public SqliteStorage OpenStore()
    {
        var store = new SqliteStorage(Path);
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
