using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real bot host in memory for Direct Line tests: Memory storage (or a given SQLite file), a known secret, and a
/// fake clock shared with the test so token expiry can be reached without waiting.
/// </summary>
public sealed class DirectLineTestHost : BotWebApplicationFactory
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="sqlitePath">A SQLite file to keep state in; null keeps it in memory.</param>
    /// <param name="settings">More settings (e.g. <c>DirectLine:MaxNewConversationsPerMinute</c>).</param>
    /// <param name="clock">A clock to share with another host (a restart); by default a new one.</param>
    public DirectLineTestHost(string? sqlitePath = null, IDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, string secret = Secret, Action<IServiceCollection>? configureServices = null)
        : base(Settings(sqlitePath, settings, secret), environment: null, configureTestServices: null)
    {
        _configureServices = configureServices;
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>A client for the Direct Line calls, authenticated with nothing until told.</summary>
    public DirectLineTestClient CreateDirectLineClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        _configureServices?.Invoke(services);
    }

    private static Dictionary<string, string?> Settings(string? sqlitePath, IDictionary<string, string?>? settings, string secret)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = sqlitePath is null ? "Memory" : "Sqlite",
            ["Storage:SqlitePath"] = sqlitePath ?? "unused.db",
            ["DirectLine:Secret"] = secret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }
}
