using System.Diagnostics;
using System.Globalization;
using CrossBorderBot.Storage;

namespace CrossBorderBot.StateBench;

/// <summary>
/// What a state read costs just after a commit (every turn's situation under load: WAL makes the read connections drop
/// their page cache at each commit) when served from the store's read cache and when read from the database. Two stores
/// on one file: the one that commits has the key cached; the other never commits, so its reads always go to the file.
/// </summary>
internal static class SqliteReadAfterCommit
{
    public static async Task MeasureAsync(string directory, int reads)
    {
        var path = Path.Combine(directory, "read-after-commit.db");
        using var writer = new SqliteStorage(path);
        using var other = new SqliteStorage(path);
        foreach (var (label, bytes) in new[] { ("a conversation (4 KB)", 4_000), ("a user with ten saved plans (55 KB)", 55_000) })
        {
            var key = $"bench/users/{bytes}";
            var body = $$"""{"text":"{{new string('x', bytes)}}"}""";
            await writer.WriteStateAsync([new BotStateWrite(key, body, null)], CancellationToken.None);
            var cached = new double[reads];
            var database = new double[reads];
            for (var i = -50; i < reads; i++)
            {
                // A commit of another key, as another turn's save would make.
                await writer.WriteStateAsync([new BotStateWrite("bench/conversations/other", """{"turn":1}""", null)], CancellationToken.None);
                var watch = Stopwatch.StartNew();
                _ = await writer.ReadStateAsync(key, CancellationToken.None);
                var cachedTime = watch.Elapsed.TotalMicroseconds;
                watch.Restart();
                _ = await other.ReadStateAsync(key, CancellationToken.None);
                var databaseTime = watch.Elapsed.TotalMicroseconds;
                if (i >= 0)
                {
                    cached[i] = cachedTime;
                    database[i] = databaseTime;
                }
            }

            Report($"Sqlite: read of {label} after a commit, from the read cache", cached);
            Report($"Sqlite: read of {label} after a commit, from the database", database);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sqlite: read cache of the committing store: {writer.ReadCacheCounts.Hits} hits, {writer.ReadCacheCounts.Misses} misses; of the other: {other.ReadCacheCounts.Hits} hits"));
    }

    private static void Report(string what, double[] samples)
    {
        Array.Sort(samples);
        double At(double q) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(q * samples.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {At(0.50):0.0} µs, p95 {At(0.95):0.0} µs (n={samples.Length})"));
    }
}
