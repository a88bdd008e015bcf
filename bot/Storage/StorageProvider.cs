namespace CrossBorderBot.Storage;

/// <summary>The stores <see cref="StorageOptions.Provider"/> can name; the setting spells them as these names.</summary>
public enum StorageProvider
{
    /// <summary>The embedded SQLite store (the default): state survives restarts.</summary>
    Sqlite,

    /// <summary>The in-process store: state is lost when the process stops.</summary>
    Memory,

    /// <summary>The shared PostgreSQL store (<see cref="StorageOptions.Postgres"/>): several instances can share it.</summary>
    Postgres,

    /// <summary>The shared Azure Blob store (<see cref="StorageOptions.AzureBlob"/>): several instances can share it.</summary>
    AzureBlob,
}
