using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real bot host in memory for Direct Line tests: Memory storage (or a given SQLite file), a known secret, and a
/// fake clock shared with the test so token expiry can be reached without waiting.
/// </summary>
public sealed class DirectLineTestHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="sqlitePath">A SQLite file to keep state in; null keeps it in memory.</param>
    /// <param name="settings">More settings (e.g. <c>DirectLine:MaxNewConversationsPerMinute</c>).</param>
    /// <param name="clock">A clock to share with another host (a restart); by default a new one.</param>
    public DirectLineTestHost(string? sqlitePath = null, IDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, string secret = Secret, Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = sqlitePath is null ? "Memory" : "Sqlite",
            ["Storage:SqlitePath"] = sqlitePath ?? "unused.db",
            ["DirectLine:Secret"] = secret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>A client for the Direct Line calls, authenticated with nothing until told.</summary>
    public DirectLineTestClient CreateDirectLineClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _configureServices?.Invoke(services);
        });
    }
}
