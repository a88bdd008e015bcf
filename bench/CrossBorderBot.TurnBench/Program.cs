using System.Diagnostics;
using System.Globalization;
using CrossBorderBot.TurnBench;

// Turn benchmark: the real bot (Release build, child process, real HTTP adapter and state store) under concurrent
// conversations, or its cold start. Prints turns/s, latency percentiles, the bot's CPU ms per turn and peak RSS.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(TurnBenchOptions.Usage);
    return 0;
}

var options = TurnBenchOptions.Parse(args);
var script = File.ReadAllLines(options.ScriptPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
var activities = new ActivityFactory(options.Channel);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
Console.WriteLine($"bot          {options.BotDll}");
Console.WriteLine($"storage      {options.Storage}, channel {options.Channel}, {script.Count} message turns + 1 conversationUpdate per conversation");
return options.ColdStarts > 0 ? await ColdStartsAsync() : await LoadAsync();

async Task<int> ColdStartsAsync()
{
    var times = new List<double>();
    var cpuTimes = new List<double>();
    for (var i = 1; i <= options.ColdStarts; i++)
    {
        var watch = Stopwatch.StartNew();
        using var bot = BotProcess.Start(options.BotDll, options.Storage, options.TurnLimit, options.Port);
        if (!await WaitForFirstReplyAsync(bot, TimeSpan.FromSeconds(120)))
        {
            Console.Error.WriteLine("the bot did not answer within 120 s");
            return 1;
        }

        times.Add(watch.Elapsed.TotalMilliseconds);

        // On a shared machine the wall time mostly says how busy the machine was; the bot's CPU time until its first
        // reply is the part it controls.
        cpuTimes.Add(bot.CpuTime.TotalMilliseconds);
        Console.WriteLine($"cold start   try {i}: {times[^1]:0} ms (launch → first message reply), bot CPU {cpuTimes[^1]:0} ms");
    }

    times.Sort();
    cpuTimes.Sort();
    Console.WriteLine($"cold start   median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}, {times.Count} tries); bot CPU until the reply median {cpuTimes[cpuTimes.Count / 2]:0} ms");
    return 0;
}

async Task<int> LoadAsync()
{
    using var bot = BotProcess.Start(options.BotDll, options.Storage, options.TurnLimit, options.Port);
    if (!await WaitForFirstReplyAsync(bot, TimeSpan.FromSeconds(180)))
    {
        Console.Error.WriteLine("the bot did not answer within 180 s");
        return 1;
    }

    if (options.Question is { } question && !await AskAsync(bot, question, TimeSpan.FromSeconds(180)))
    {
        Console.Error.WriteLine("the bot did not answer the --question");
        return 1;
    }

    Console.WriteLine($"bot pid      {bot.Id}");
    Console.WriteLine($"health       {await http.GetStringAsync(new Uri(bot.MessagesUrl, "/healthz"))}");

    var latencies = new LatencyRecorder();
    using var stop = new CancellationTokenSource();
    var runId = Guid.NewGuid().ToString("N")[..8];
    var users = Enumerable.Range(0, options.Conversations)
        .Select(i => new VirtualUser(i, http, bot.MessagesUrl, activities, script, latencies).RunAsync(runId, stop.Token))
        .ToList();

    await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));
    var cpuBefore = bot.CpuTime;
    var threadsBefore = ThreadCpu.Snapshot(bot.Id);
    var conversationsBefore = VirtualUser.CompletedConversations;
    var window = Stopwatch.StartNew();
    latencies.Recording = true;
    if (options.TotalConversations > 0)
    {
        while (VirtualUser.CompletedConversations < options.TotalConversations && !bot.HasExited
               && (options.TimeLimitSeconds <= 0 || window.Elapsed.TotalSeconds < options.TimeLimitSeconds))
        {
            await Task.Delay(1000);
            Console.WriteLine($"progress     {VirtualUser.CompletedConversations} conversations, RSS {bot.Memory()?.NowMiB:0} MiB");
        }
    }
    else
    {
        await Task.Delay(TimeSpan.FromSeconds(options.DurationSeconds));
    }

    latencies.Recording = false;
    var seconds = window.Elapsed.TotalSeconds;
    var cpu = bot.CpuTime - cpuBefore;
    var threadCpu = ThreadCpu.Between(threadsBefore, ThreadCpu.Snapshot(bot.Id));
    var conversations = VirtualUser.CompletedConversations - conversationsBefore;
    var memory = bot.Memory();
    await stop.CancelAsync();
    await Task.WhenAll(users);

    var turns = latencies.Count;
    Console.WriteLine($"load         {options.Conversations} concurrent conversations, warmup {options.WarmupSeconds} s, measured {seconds:0.0} s");
    Console.WriteLine($"throughput   {turns / seconds:0.0} turns/s ({turns} turns, {conversations} conversations completed in the window)");
    Console.WriteLine($"latency ms   p50 {latencies.Percentile(50):0.00}  p90 {latencies.Percentile(90):0.00}  p99 {latencies.Percentile(99):0.00}  max {latencies.Percentile(100):0.00}");
    Console.WriteLine($"errors       {latencies.Errors} (non-200, transport, or no message in the reply); the bot noted a user over its turn limit {bot.ThrottleNotices} times");
    Console.WriteLine($"server CPU   {cpu.TotalMilliseconds / Math.Max(1, turns):0.000} ms/turn ({cpu.TotalMilliseconds / 10 / seconds:0}% of one core)");
    Console.WriteLine($"CPU by thread {string.Join(", ", threadCpu.Where(t => t.Milliseconds > 0).Take(6).Select(t => $"{t.Name} {t.Milliseconds / Math.Max(1, turns):0.000}"))} ms/turn");
    if (options.TotalConversations > 0 && VirtualUser.CompletedConversations < options.TotalConversations)
    {
        Console.WriteLine($"soak         stopped by --time-limit at {VirtualUser.CompletedConversations} of {options.TotalConversations} conversations");
    }

    Console.WriteLine($"server RSS   peak {memory?.PeakMiB:0.0} MiB, at end {memory?.NowMiB:0.0} MiB (total conversations so far {VirtualUser.CompletedConversations})");
    return latencies.Errors == 0 ? 0 : 2;
}

async Task<bool> AskAsync(BotProcess bot, string question, TimeSpan limit)
{
    using var content = new ByteArrayContent(activities.Message($"question-{Guid.NewGuid():N}", "question-user", question));
    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    using var timeout = new CancellationTokenSource(limit);
    var watch = Stopwatch.StartNew();
    using var response = await http.PostAsync(bot.MessagesUrl, content, timeout.Token);
    var answered = response.IsSuccessStatusCode && ActivityFactory.HasMessageReply(await response.Content.ReadAsByteArrayAsync(timeout.Token));
    Console.WriteLine($"question     answered in {watch.Elapsed.TotalMilliseconds:0} ms, server RSS {bot.Memory()?.NowMiB:0.0} MiB");
    return answered;
}

async Task<bool> WaitForFirstReplyAsync(BotProcess bot, TimeSpan limit)
{
    var deadline = Stopwatch.StartNew();
    var probe = 0;
    while (deadline.Elapsed < limit && !bot.HasExited)
    {
        try
        {
            using var content = new ByteArrayContent(activities.Message($"probe-{Guid.NewGuid():N}", "probe-user", script[0]));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(bot.MessagesUrl, content);
            if (response.IsSuccessStatusCode && ActivityFactory.HasMessageReply(await response.Content.ReadAsByteArrayAsync()))
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet, or still starting on a very busy machine (one probe timed out): ask again.
        }

        probe++;
        await Task.Delay(10);
    }

    return false;
}
