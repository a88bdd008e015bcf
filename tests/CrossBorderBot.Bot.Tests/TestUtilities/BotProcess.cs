using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The bot as a real operating-system process (the built CrossBorderBot.dll next to the tests), listening on
/// 127.0.0.1 with a free port — for what only a real process shows, such as surviving <c>kill -9</c>.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _recentOutput = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote to stdout and stderr, line by line (its log; the first 20,000 lines).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; } = new();

    /// <param name="settings">Passed as <c>--key=value</c> arguments.</param>
    /// <param name="environment">Extra environment variables for the process (e.g. <c>SSL_CERT_FILE</c>).</param>
    /// <param name="startTimeout">How long to wait for <c>/healthz</c> to answer (default 60 s).</param>
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string> settings,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? startTimeout = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrossBorderBot.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => bot.Remember(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await bot.WaitUntilListeningAsync(startTimeout ?? TimeSpan.FromSeconds(60));
        }
        catch
        {
            // A process that never came up must not outlive the test.
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>The process's last lines of console output, for a failing test's message.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recentOutput)
            {
                return string.Join("\n", _recentOutput);
            }
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a crash or an OOM kill does.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillHardAsync();
        }

        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (Output.Count < 20_000)
        {
            Output.Enqueue(line);
        }

        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            if (_recentOutput.Count > 200)
            {
                _recentOutput.Dequeue();
            }
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot process exited with code {_process.ExitCode} before listening:\n{RecentOutput}");
            }

            try
            {
                using var response = await client.GetAsync("/healthz");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"The bot process did not start listening within {timeout.TotalSeconds:0} s:\n{RecentOutput}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
