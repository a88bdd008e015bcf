using System.Diagnostics;
using System.Globalization;
using CrossBorderBot.Storage;
using CrossBorderBot.Telemetry;
using Microsoft.Bot.Builder;
using CrossBorderBot.StateBench;
using Microsoft.Extensions.Logging.Abstractions;

// State-store and telemetry benchmark: what one turn's state round trip costs on each provider (read conversation and
// user state, write conversation state back with its ETag), what a guide turn's real state costs through the bot's own
// state layer (CPU and allocations per turn, TrackedStateTurns), what the cross-instance turn lease adds, and what the
// telemetry hooks cost when telemetry is off (no listener) and on.
// Usage: dotnet run -c Release --project bench/CrossBorderBot.StateBench [-- --turns 300]
//   PostgreSQL and Azurite are measured when CROSSBORDER_TEST_POSTGRES / CROSSBORDER_TEST_AZURITE are set.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var turns = int.Parse(ArgValue("--turns") ?? "300", CultureInfo.InvariantCulture);
#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful figures.");
#endif

var sqliteDirectory = Path.Combine(Path.GetTempPath(), "crossborderbot-statebench-" + Guid.NewGuid().ToString("N"));
try
{
    using (var sqlite = new SqliteStorage(Path.Combine(sqliteDirectory, "state.db")))
    {
        await MeasureTurnsAsync("Sqlite", sqlite, turns);
        await TrackedStateTurns.MeasureAsync("Sqlite", sqlite, sqlite, turns * 3);
    }

    var bounded = new BoundedMemoryStorage();
    await TrackedStateTurns.MeasureAsync("Memory (bounded)", bounded, bounded, turns * 10);

    await MeasureTurnsAsync("Memory", new MemoryStorage(), turns);
    if (Environment.GetEnvironmentVariable("CROSSBORDER_TEST_POSTGRES") is { Length: > 0 } postgresConnection)
    {
        var postgres = new PostgresStorage(postgresConnection, "bench_" + Guid.NewGuid().ToString("N")[..12]);
        await using (postgres)
        {
            await MeasureTurnsAsync("Postgres", postgres, turns);
            await TrackedStateTurns.MeasureSdkAsync("Postgres", postgres, turns);
            await TrackedStateTurns.MeasureAsync("Postgres", postgres, postgres, turns);
            await MeasureLeaseAsync("Postgres", postgres, turns);
            await postgres.DropAsync(CancellationToken.None);
        }
    }

    if (Environment.GetEnvironmentVariable("CROSSBORDER_TEST_AZURITE") is { Length: > 0 } azuriteConnection)
    {
        var blob = new AzureBlobStorage(azuriteConnection, "bench-" + Guid.NewGuid().ToString("N")[..12]);
        await MeasureTurnsAsync("AzureBlob (Azurite)", blob, turns);
        await TrackedStateTurns.MeasureSdkAsync("AzureBlob (Azurite)", blob, turns);
        await TrackedStateTurns.MeasureAsync("AzureBlob (Azurite)", blob, blob, turns);
        await MeasureLeaseAsync("AzureBlob (Azurite)", blob, turns);
        await blob.DropAsync(CancellationToken.None);
    }
}
finally
{
    if (Directory.Exists(sqliteDirectory))
    {
        Directory.Delete(sqliteDirectory, recursive: true);
    }
}

MeasureTelemetryHooks("off (no listener)");
using (var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == BotTelemetry.Name,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
})
{
    ActivitySource.AddActivityListener(listener);
    MeasureTelemetryHooks("on (span recorded)");
}

static async Task MeasureTurnsAsync(string name, IStorage storage, int turns)
{
    var state = new Dictionary<string, object> { ["step"] = 0, ["answers"] = new List<string> { "2 kg", "Germany", "express" } };
    await storage.WriteAsync(new Dictionary<string, object> { ["bench/conversations/c1"] = state, ["bench/users/u1"] = new Dictionary<string, object> { ["plans"] = 1 } });
    var samples = new double[turns];
    for (var i = -20; i < turns; i++)
    {
        var watch = Stopwatch.StartNew();
        var read = await storage.ReadAsync(["bench/conversations/c1", "bench/users/u1"]);
        var conversation = (IDictionary<string, object>)read["bench/conversations/c1"];
        conversation["step"] = i;
        await storage.WriteAsync(new Dictionary<string, object> { ["bench/conversations/c1"] = conversation });
        if (i >= 0)
        {
            samples[i] = watch.Elapsed.TotalMilliseconds;
        }
    }

    Report($"{name}: state round trip per turn (read 2 keys, write 1 with ETag)", samples, "ms");
}

static async Task MeasureLeaseAsync(string name, IStorage storage, int turns)
{
    var samples = new double[turns];
    for (var i = -20; i < turns; i++)
    {
        var watch = Stopwatch.StartNew();
        var lease = await new StorageLeases(storage, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeProvider.System, NullLogger.Instance).AcquireAsync("bench/turn-lease/c1", CancellationToken.None);
        await lease.DisposeAsync();
        if (i >= 0)
        {
            samples[i] = watch.Elapsed.TotalMilliseconds;
        }
    }

    Report($"{name}: turn lease acquire + release (uncontended)", samples, "ms");
}

static void MeasureTelemetryHooks(string label)
{
    const int Iterations = 2_000_000;
    for (var pass = 0; pass < 2; pass++)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            using var span = BotTelemetry.Source.StartActivity("bot.turn", ActivityKind.Server);
            span?.SetTag("crossborderbot.channel", "bench");
            BotTelemetry.RecordRecognition("fix_issue", 0.91);
            BotTelemetry.Turns.Add(1, new KeyValuePair<string, object?>("channel", "bench"));
        }

        if (pass == 1)
        {
            Console.WriteLine($"Telemetry hooks {label}: {watch.Elapsed.TotalMilliseconds * 1_000_000 / Iterations:0.0} ns per turn (span start/stop, recognizer score, turn counter)");
        }
    }
}

static void Report(string what, double[] samples, string unit)
{
    Array.Sort(samples);
    double At(double q) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(q * samples.Length) - 1)];
    Console.WriteLine($"{what}: p50 {At(0.50):0.00} {unit}, p95 {At(0.95):0.00} {unit}, max {samples[^1]:0.00} {unit} (n={samples.Length})");
}

string? ArgValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
