using System.Globalization;

namespace CrossBorderBot.TurnBench;

/// <summary>Command-line settings of the turn benchmark.</summary>
internal sealed record TurnBenchOptions(
    string BotDll,
    string ScriptPath,
    string Storage,
    string Channel,
    int Conversations,
    int DurationSeconds,
    int WarmupSeconds,
    int TotalConversations,
    int ColdStarts,
    int TimeLimitSeconds,
    int? TurnLimit,
    string? Question,
    int? Port)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/CrossBorderBot.TurnBench -- [options]
          --bot <path>            the bot's CrossBorderBot.dll (default: bot/bin/Release/net10.0 in this repository)
          --script <file>         one user message per line (default: logistics-turns.txt beside the benchmark)
          --storage Sqlite|Memory state store of the bot under test (SQLite in a fresh temporary file); default Sqlite
          --channel <id>          channelId of every activity (default webchat)
          --conversations <n>     concurrent conversations (default 64)
          --duration <s>          measured seconds (default 20)
          --warmup <s>            seconds of load before measuring (default 5)
          --total <n>             instead of a duration: run until n conversations have completed (memory soak)
          --time-limit <s>        with --total: stop after this many measured seconds even if n is not reached
          --cold-starts <n>       instead of load: launch the bot n times and time launch → first reply
          --turn-limit <n>        the bot's Safety:MaxTurnsPerUserPerMinute (default: the bot's own, 60); each
                                  virtual user keeps one user id and can send more than 60 messages a minute
          --question <text>       ask this free question once after the first reply, before the load (a
                                  question builds the search index, as in a bot that has answered one)
          --port <n>              the bot's 127.0.0.1 port (default: a free one; on a shared machine, your own range)
        Environment: TURNBENCH_BOT_<NAME>=<value> sets <NAME> for the bot's process only (e.g.
          TURNBENCH_BOT_DOTNET_JitStdOutFile=/tmp/jit.txt with TURNBENCH_BOT_DOTNET_JitDisasmSummary=1).
        """;

    public static TurnBenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new TurnBenchOptions(
            BotDll: Path.GetFullPath(Value("--bot") ?? Path.Combine(RepositoryRoot(), "bot", "bin", "Release", "net10.0", "CrossBorderBot.dll")),
            ScriptPath: Value("--script") ?? Path.Combine(AppContext.BaseDirectory, "logistics-turns.txt"),
            Storage: Value("--storage") ?? "Sqlite",
            Channel: Value("--channel") ?? "webchat",
            Conversations: Number("--conversations", 64),
            DurationSeconds: Number("--duration", 20),
            WarmupSeconds: Number("--warmup", 5),
            TotalConversations: Number("--total", 0),
            ColdStarts: Number("--cold-starts", 0),
            TimeLimitSeconds: Number("--time-limit", 0),
            TurnLimit: Value("--turn-limit") is { } limit ? int.Parse(limit, CultureInfo.InvariantCulture) : null,
            Question: Value("--question"),
            Port: Value("--port") is { } port ? int.Parse(port, CultureInfo.InvariantCulture) : null);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrossBorderBot.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
