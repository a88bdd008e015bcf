using System.Runtime.CompilerServices;
using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Storage;

/// <summary>Registers the bot's state store as chosen by the <c>Storage</c> settings section.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StorageOptions"/> (bound to <c>Storage</c>, validated at start-up), the <see cref="IStorage"/>
    /// singleton chosen by <c>Storage:Provider</c>, and the <see cref="BotStates"/> on top of it (tracked where the store
    /// supports it: every provider of this project). Needs <c>IConfiguration</c> in the container (every host provides it).
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(StorageOptions.SectionName);

        services.AddSingleton<IStorage>(CreateStorage);

        // Stores that hand out state text get the state layer that parses once and serializes at most once a turn.
        services.AddSingleton(sp => BotStates.Over(sp.GetRequiredService<IStorage>()));
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        switch (options.ProviderKind)
        {
            case StorageProvider.Memory:
                // Same serializer as the SQLite store, so switching provider changes durability, not what state reads back.
                return new BoundedMemoryStorage(services.GetService<ILogger<BoundedMemoryStorage>>(), options.MemoryMaxMegabytes * 1024L * 1024);
            case StorageProvider.Postgres:
                return new PostgresStorage(options.Postgres.ConnectionString, options.Postgres.Table, services.GetService<ILogger<PostgresStorage>>());
            case StorageProvider.AzureBlob:
                return AzureBlob(options, services);
        }

        // The validator admits only the four providers, so anything else here is SQLite.
        // Relative to where the bot was started (the repository root for `dotnet run --project bot`), not the content
        // root: the host's content root is the build output, which a clean build may wipe.
        var path = Path.GetFullPath(options.SqlitePath, Directory.GetCurrentDirectory());
        return new SqliteStorage(path, services.GetService<ILogger<SqliteStorage>>());
    }

    // Its own method, so the other providers' starts do not load the Azure Storage assemblies (the runtime loads what a
    // method refers to when it binds the method, whether or not the branch runs).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AzureBlobStorage AzureBlob(StorageOptions options, IServiceProvider services) =>
        new(options.AzureBlob.ConnectionString, options.AzureBlob.Container, services.GetService<ILogger<AzureBlobStorage>>());
}
