using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Tests.Storage;

/// <summary>The <c>Storage</c> settings pick the store the bot runs on, and a wrong setting stops start-up.</summary>
public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly StorageTempDatabase _contentRoot = new();
    private readonly List<ServiceProvider> _providers = [];

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        _contentRoot.Dispose();
    }

    [Fact]
    public void WithoutSettingsTheBotUsesSqliteUnderTheWorkingDirectory()
    {
        var services = BuildServices(new Dictionary<string, string?>());

        var storage = Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "bot-state.db"), storage.DatabasePath);
    }

    [Fact]
    public void RelativeSqlitePathResolvesAgainstTheWorkingDirectory()
    {
        var services = BuildServices(new() { ["Storage:SqlitePath"] = "state/custom.db" });

        var storage = Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "state", "custom.db"), storage.DatabasePath);
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("memory")]
    public void MemoryProviderGivesMemoryStorage(string provider)
    {
        var services = BuildServices(new() { ["Storage:Provider"] = provider });

        Assert.IsType<BoundedMemoryStorage>(services.GetRequiredService<IStorage>());
    }

    [Fact]
    public void MemoryProviderKeepsTheConfiguredBudgetOrTwelveMegabytes()
    {
        var configured = BuildServices(new() { ["Storage:Provider"] = "Memory", ["Storage:MemoryMaxMegabytes"] = "3" });
        var defaulted = BuildServices(new() { ["Storage:Provider"] = "Memory" });

        Assert.Equal(3L * 1024 * 1024, Assert.IsType<BoundedMemoryStorage>(configured.GetRequiredService<IStorage>()).MaxBytes);
        Assert.Equal(12L * 1024 * 1024, Assert.IsType<BoundedMemoryStorage>(defaulted.GetRequiredService<IStorage>()).MaxBytes);
    }

    [Fact]
    public void MemoryProviderWithoutABudgetFailsValidation()
    {
        var services = BuildServices(new() { ["Storage:Provider"] = "Memory", ["Storage:MemoryMaxMegabytes"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:MemoryMaxMegabytes is 0", failure.Message);
    }

    [Fact]
    public async Task ConversationAndUserStateShareTheConfiguredStore()
    {
        var services = BuildServices(new() { ["Storage:Provider"] = "Memory" });
        var storage = services.GetRequiredService<IStorage>();
        var conversationState = services.GetRequiredService<BotStates>().Conversation;
        var userState = services.GetRequiredService<BotStates>().User;
        var turn = StorageTestTurns.NewTurn("conversation-di", "user-di");

        await conversationState.CreateProperty<string>("prompt").SetAsync(turn, "ask-market", CancellationToken.None);
        await userState.CreateProperty<string>("language").SetAsync(turn, "zh-CN", CancellationToken.None);
        await conversationState.SaveChangesAsync(turn, force: false, CancellationToken.None);
        await userState.SaveChangesAsync(turn, force: false, CancellationToken.None);

        var stored = await storage.ReadAsync(["test/conversations/conversation-di", "test/users/user-di"], CancellationToken.None);
        Assert.Equal(2, stored.Count);
        Assert.Same(conversationState, services.GetRequiredService<BotStates>().Conversation);
    }

    [Fact]
    public void UnknownProviderFailsValidationNamingTheAllowedValues()
    {
        var services = BuildServices(new() { ["Storage:Provider"] = "Cassandra" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("'Cassandra'", failure.Message);
        Assert.Contains("Sqlite, Memory, Postgres, AzureBlob", failure.Message);
    }

    [Fact]
    public void PostgresProviderGivesPostgresStorage()
    {
        var services = BuildServices(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=bot",
        });

        Assert.IsType<PostgresStorage>(services.GetRequiredService<IStorage>());
    }

    [Fact]
    public void AzureBlobProviderGivesAzureBlobStorageOnTheConfiguredContainer()
    {
        var services = BuildServices(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:AzureBlob:Container"] = "crossborder-state",
        });

        var storage = Assert.IsType<AzureBlobStorage>(services.GetRequiredService<IStorage>());
        Assert.Equal("crossborder-state", storage.ContainerName);
    }

    [Theory]
    [InlineData("Postgres", "Storage:Postgres:ConnectionString", "", "Storage:Postgres:ConnectionString must be set")]
    [InlineData("Postgres", "Storage:Postgres:Table", "bot-state; DROP TABLE x", "Storage:Postgres:Table is")]
    [InlineData("AzureBlob", "Storage:AzureBlob:ConnectionString", "", "Storage:AzureBlob:ConnectionString must be set")]
    [InlineData("AzureBlob", "Storage:AzureBlob:Container", "Bot_State", "Storage:AzureBlob:Container is")]
    public void SharedProviderWithMissingOrBadSettingFailsValidation(string provider, string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1",
            ["Storage:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true",
        };
        settings[key] = value;
        var services = BuildServices(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public async Task UnknownProviderStopsTheHostFromStarting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.Directory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Redis" });
        builder.Services.AddBotStorage();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Allowed values: Sqlite, Memory", failure.Message);
    }

    [Fact]
    public async Task ValidSettingsLetTheHostStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.Directory });
        builder.Services.AddBotStorage();
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
    }

    private ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IHostEnvironment>(new StorageTestHostEnvironment(_contentRoot.Directory));
        services.AddBotStorage();
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    private sealed class StorageTestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "CrossBorderBot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
