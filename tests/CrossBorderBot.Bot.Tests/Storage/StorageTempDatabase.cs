namespace CrossBorderBot.Tests.Storage;

/// <summary>A database path in a fresh temporary directory, removed with everything in it on dispose.</summary>
public sealed class StorageTempDatabase : IDisposable
{
    public StorageTempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crossborderbot-storage-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "state", "bot-state.db");
    }

    public string Directory { get; }

    /// <summary>The database file; its own directory does not exist yet, so stores must create it.</summary>
    public string Path { get; }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
