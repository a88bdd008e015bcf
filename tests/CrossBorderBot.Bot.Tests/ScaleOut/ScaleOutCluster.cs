using CrossBorderBot.Storage;
using CrossBorderBot.Tests.Storage;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.ScaleOut;

/// <summary>
/// Two bot processes (the built bot, each on its own free port) sharing one PostgreSQL table, as two instances
/// behind a load balancer would. Instances can be killed with SIGKILL and started again on the same store.
/// </summary>
public sealed class ScaleOutCluster : IAsyncDisposable
{
    public const string DirectLineSecret = "scale-out-direct-line-secret-0123456789abcdef";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Dictionary<string, string> _settings;
    private readonly string _table;
    private readonly BotProcess?[] _instances = new BotProcess?[2];

    private ScaleOutCluster(Dictionary<string, string> settings, string table)
    {
        _settings = settings;
        _table = table;
    }

    public static async Task<ScaleOutCluster> StartAsync(IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var table = StorageTestServices.UniqueName("scale_out_");
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = StorageTestServices.PostgresConnectionString(),
            ["Storage:Postgres:Table"] = table,

            // Short, so that a killed instance's hold on a conversation lapses quickly in the test.
            ["Storage:TurnLeaseSeconds"] = "3",
            ["DirectLine:Secret"] = DirectLineSecret,
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        // One after the other: start-up trains the recognizer and indexes the knowledge base, which on a busy
        // machine takes long enough that two at once would only slow each other down.
        var cluster = new ScaleOutCluster(settings, table);
        cluster._instances[0] = await BotProcess.StartAsync(settings, startTimeout: StartTimeout);
        cluster._instances[1] = await BotProcess.StartAsync(settings, startTimeout: StartTimeout);
        return cluster;
    }

    public BotProcess this[int index] => _instances[index] ?? throw new InvalidOperationException($"Instance {index} is not running.");

    public HttpClient Client(int index) => new() { BaseAddress = this[index].BaseAddress, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>SIGKILL for one instance, as a crash or an out-of-memory kill would do.</summary>
    public async Task KillAsync(int index)
    {
        await this[index].KillHardAsync();
        await this[index].DisposeAsync();
        _instances[index] = null;
    }

    /// <summary>Starts a fresh process in a killed instance's place (new port, same store).</summary>
    public async Task RestartAsync(int index)
    {
        if (_instances[index] is not null)
        {
            throw new InvalidOperationException($"Instance {index} is still running.");
        }

        _instances[index] = await BotProcess.StartAsync(_settings, startTimeout: StartTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        await using var store = new PostgresStorage(_settings["Storage:Postgres:ConnectionString"], _table);
        await store.DropAsync(CancellationToken.None);
    }
}
