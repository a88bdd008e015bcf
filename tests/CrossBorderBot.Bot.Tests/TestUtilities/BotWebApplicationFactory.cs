using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real web host in memory, and the one factory every in-memory host of the tests builds on
/// (<see cref="TeamsBotHost"/>, <see cref="DirectLineTestHost"/>, <see cref="SlackBotHost"/>). Authentication is off
/// (empty app id, as for local use) and state is in memory unless a test passes other settings, so every factory
/// starts from a clean slate. Settings are host settings, so a later <c>WithWebHostBuilder(… UseSetting …)</c> wins.
/// </summary>
public class BotWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly IDictionary<string, string?>? _settings;
    private readonly string? _environment;
    private readonly Action<IServiceCollection>? _configureTestServices;

    public BotWebApplicationFactory(IDictionary<string, string?>? settings = null)
        : this(settings, "Development", configureTestServices: null)
    {
    }

    /// <param name="settings">Settings over <see cref="DefaultSettings"/>.</param>
    /// <param name="environment">The host environment; null keeps the default (Production).</param>
    /// <param name="configureTestServices">Replaces services after the bot registered its own.</param>
    protected BotWebApplicationFactory(IDictionary<string, string?>? settings, string? environment, Action<IServiceCollection>? configureTestServices)
    {
        _settings = settings;
        _environment = environment;
        _configureTestServices = configureTestServices;
    }

    /// <summary>What every test host starts from: authentication off, state in memory.</summary>
    public static IReadOnlyDictionary<string, string?> DefaultSettings { get; } = new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = string.Empty,
        ["MicrosoftAppPassword"] = string.Empty,
        ["Storage:Provider"] = "Memory",
    };

    /// <summary>A host in the default environment with these settings and service replacements.</summary>
    public static BotWebApplicationFactory Create(IDictionary<string, string?>? settings, Action<IServiceCollection>? configureTestServices = null)
        => new(settings, environment: null, configureTestServices);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        foreach (var (key, value) in DefaultSettings.Concat(_settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureTestServices);
    }

    /// <summary>Replaces services after the bot registered its own; derived hosts add their fakes here.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) => _configureTestServices?.Invoke(services);
}
