namespace CrossBorderBot.Storage;

/// <summary>Settings of the <c>Storage</c> section: where the bot keeps conversation and user state.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>The provider names <see cref="Provider"/> accepts (compared without regard to case).</summary>
    public static IReadOnlyList<string> AllowedProviders { get; } = Enum.GetNames<StorageProvider>();

    /// <summary>Which store to use: <c>Sqlite</c> (default), <c>Memory</c>, <c>Postgres</c> or <c>AzureBlob</c>.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>The store <see cref="Provider"/> names (spelled as an allowed name, not a number), or null when it names none.</summary>
    public StorageProvider? ProviderKind =>
        Enum.GetValues<StorageProvider>().Cast<StorageProvider?>()
            .FirstOrDefault(kind => string.Equals(kind.ToString(), Provider?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The default of <see cref="MemoryMaxMegabytes"/>.</summary>
    public const int DefaultMemoryMaxMegabytes = 12;

    /// <summary>
    /// With the <c>Memory</c> provider: how many MiB of state JSON it keeps before dropping the conversations and users
    /// idle longest (they start afresh on their next message, as after a restart).
    /// </summary>
    public int MemoryMaxMegabytes { get; set; } = DefaultMemoryMaxMegabytes;

    /// <summary>The SQLite database file; a relative path resolves against the directory the bot starts in.</summary>
    public string SqlitePath { get; set; } = "./data/bot-state.db";

    /// <summary>The PostgreSQL store's settings (section <c>Storage:Postgres</c>), used when the provider is <c>Postgres</c>.</summary>
    public PostgresStorageOptions Postgres { get; set; } = new();

    /// <summary>The Azure Blob store's settings (section <c>Storage:AzureBlob</c>), used when the provider is <c>AzureBlob</c>.</summary>
    public AzureBlobStorageOptions AzureBlob { get; set; } = new();

    /// <summary>
    /// With a shared provider: how long a turn's hold on its conversation lasts without renewal. A bot instance that
    /// dies mid-turn blocks that conversation on the other instances for at most this long.
    /// </summary>
    public int TurnLeaseSeconds { get; set; } = 15;

    /// <summary>With a shared provider: how long a turn waits for its conversation's previous turn (on any instance).</summary>
    public int TurnWaitSeconds { get; set; } = 60;

    /// <summary>Whether the provider is one that several bot instances can share (and so needs cross-instance coordination).</summary>
    public bool IsShared => ProviderKind is StorageProvider.Postgres or StorageProvider.AzureBlob;
}
