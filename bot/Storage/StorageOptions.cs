namespace CrossBorderBot.Storage;

/// <summary>Settings of the <c>Storage</c> section: where the bot keeps conversation and user state.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>Provider name of the embedded SQLite store (the default): state survives restarts.</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>Provider name of the in-process store: state is lost when the process stops.</summary>
    public const string MemoryProvider = "Memory";

    /// <summary>The provider names <see cref="Provider"/> accepts (compared without regard to case).</summary>
    public static IReadOnlyList<string> AllowedProviders { get; } = [SqliteProvider, MemoryProvider];

    /// <summary>Which store to use: <c>Sqlite</c> (default) or <c>Memory</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite database file; a relative path resolves against the directory the bot starts in.</summary>
    public string SqlitePath { get; set; } = "./data/bot-state.db";
}
