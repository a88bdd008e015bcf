using CrossBorderBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real bot, wired exactly as the web host and the terminal wire it (<c>AddCrossBorderBot</c>), with in-memory
/// state unless a test passes other settings. Drive it with the official <see cref="TestAdapter"/>/<see cref="TestFlow"/>.
/// </summary>
public sealed class BotTestHost : IDisposable
{
    private readonly IHost _host;

    /// <param name="settings">Configuration on top of in-memory storage.</param>
    /// <param name="configureServices">Replacements registered after the bot's own services (a fixed TimeProvider, say).</param>
    public BotTestHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddCrossBorderBot();
        configureServices?.Invoke(builder.Services);
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public IBot Bot => _host.Services.GetRequiredService<IBot>();

    public IStorage Storage => _host.Services.GetRequiredService<IStorage>();

    /// <summary>A conversation on <paramref name="channelId"/>; traces are delivered only where the bot sends them.</summary>
    public TestAdapter Adapter(string channelId = "test", string locale = "en-US")
    {
        var adapter = new TestAdapter(channelId, sendTraceActivity: true) { Locale = locale };
        adapter.OnTurnError = TurnErrorReply.Handler(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return adapter;
    }

    public TestFlow Flow(string channelId = "test", string locale = "en-US") => new(Adapter(channelId, locale), Bot);

    public TestFlow Flow(TestAdapter adapter) => new(adapter, Bot);

    public void Dispose() => _host.Dispose();
}
