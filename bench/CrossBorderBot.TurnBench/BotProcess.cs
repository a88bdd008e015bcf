using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CrossBorderBot.TurnBench;

/// <summary>
/// The bot under test as a child process (`dotnet CrossBorderBot.dll`) on a free 127.0.0.1 port with a throw-away
/// SQLite file, so its CPU time and peak memory are its own and not the driver's.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    /// <summary>Environment variables with this prefix are passed to the bot without it.</summary>
    public const string BotEnvironmentPrefix = "TURNBENCH_BOT_";

    private readonly Process _process;
    private readonly string _stateDirectory;

    private BotProcess(Process process, Uri messagesUrl, string stateDirectory)
    {
        _process = process;
        MessagesUrl = messagesUrl;
        _stateDirectory = stateDirectory;
    }

    public Uri MessagesUrl { get; }

    public int Id => _process.Id;

    private int _throttledTurns;

    /// <summary>
    /// How many times the bot logged that a user hit its per-user turn limit (Safety:MaxTurnsPerUserPerMinute): after
    /// that note the user's further messages that minute get no reply, which the benchmark counts as errors.
    /// </summary>
    public int ThrottleNotices => Volatile.Read(ref _throttledTurns);

    public static BotProcess Start(string botDll, string storage, int? turnLimitPerUserPerMinute = null, int? port = null)
    {
        if (!File.Exists(botDll))
        {
            throw new FileNotFoundException($"Bot not built: {botDll} (run `dotnet build -c Release bot` first, or pass --bot).");
        }

        port ??= FreePort();
        var stateDirectory = Path.Combine(Path.GetTempPath(), "crossborderbot-turnbench-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { botDll },
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__Provider"] = storage;
        start.Environment["Storage__SqlitePath"] = Path.Combine(stateDirectory, "state.db");
        if (turnLimitPerUserPerMinute is { } limit)
        {
            start.Environment["Safety__MaxTurnsPerUserPerMinute"] = limit.ToString(CultureInfo.InvariantCulture);
        }

        // TURNBENCH_BOT_<NAME>=<value> sets <NAME> for the bot alone (a JIT log, say, that the benchmark must not write too).
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && name.StartsWith(BotEnvironmentPrefix, StringComparison.Ordinal))
            {
                start.Environment[name[BotEnvironmentPrefix.Length..]] = variable.Value as string;
            }
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/api/messages"), stateDirectory);

        // Drain its console so a chatty log can never block the bot on a full pipe; count the turn-limit notes.
        process.OutputDataReceived += (_, line) => bot.Observe(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Observe(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>User + system CPU time of the bot so far (from /proc, so it is exact for a running child).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Peak and current resident set size in MiB (VmHWM / VmRSS), or null where /proc is missing.</summary>
    public (double PeakMiB, double NowMiB)? Memory()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        double Read(string[] lines, string name) => lines.Where(l => l.StartsWith(name, StringComparison.Ordinal))
            .Select(l => double.Parse(l[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();

        var text = File.ReadAllLines(status);
        return (Read(text, "VmHWM:"), Read(text, "VmRSS:"));
    }

    private void Observe(string? line)
    {
        if (line is not null && line.Contains("Turn limit reached", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _throttledTurns);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
