using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// A stand-in for Slack's Web API on a real local port: answers <c>POST /api/{method}</c> like Slack does
/// (<c>chat.postMessage</c> returns a new <c>ts</c> and the stored message, with <c>block_id</c>s filled in as Slack
/// does) and records every call. Tests can queue a different answer for a method (an error, a 429).
/// </summary>
public sealed class SlackFakeWebApi : IAsyncDisposable
{
    public const string BotUserId = "U0BOTUSER1";
    public const string BotId = "B0BOTID001";
    public const string AppId = "A0CROSSBRD";

    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, JObject Body, string? RetryAfter)>> _scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JObject> _messages = new(StringComparer.Ordinal);
    private long _nextTs = 1_700_000_100_000_100;

    private LoopbackServer? _server;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every call so far, in order.</summary>
    public IReadOnlyList<SlackApiCall> Calls => [.. _calls];

    public static async Task<SlackFakeWebApi> StartAsync()
    {
        var fake = new SlackFakeWebApi();
        fake._server = await LoopbackServer.StartAsync(app =>
            app.MapPost("/api/{method}", (string method, HttpRequest request) => fake.AnswerAsync(method, request)));
        fake.BaseUrl = fake._server.BaseUrl + "/api/";
        return fake;
    }

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the usual one.</summary>
    public void Enqueue(string method, int status, JObject body, string? retryAfter = null) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((status, body, retryAfter));

    /// <summary>The message as Slack stores it (with block ids), by channel and ts.</summary>
    public JObject Message(string channel, string ts) => (JObject)_messages[channel + "/" + ts].DeepClone();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length == 0 ? new JObject() : JObject.Parse(text);
        var authorization = request.Headers.Authorization.ToString();

        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            _calls.Enqueue(new SlackApiCall(method, body, authorization) { Status = scripted.Status });
            if (scripted.RetryAfter is not null)
            {
                request.HttpContext.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            return Results.Content(scripted.Body.ToString(), "application/json", statusCode: scripted.Status);
        }

        var answer = method switch
        {
            "chat.postMessage" => Post(body),
            "chat.update" => Update(body),
            "chat.delete" => new JObject { ["ok"] = true, ["channel"] = body["channel"], ["ts"] = body["ts"] },
            "auth.test" => new JObject { ["ok"] = true, ["user_id"] = BotUserId, ["team_id"] = SlackPayloads.TeamId, ["bot_id"] = BotId },
            _ => new JObject { ["ok"] = false, ["error"] = "unknown_method" },
        };
        _calls.Enqueue(new SlackApiCall(method, body, authorization) { Ts = answer.Value<string>("ts"), Status = 200 });
        return Results.Content(answer.ToString(), "application/json");
    }

    private JObject Post(JObject body)
    {
        var channel = body.Value<string>("channel")!;
        var ts = NextTs();
        var message = new JObject
        {
            ["type"] = "message",
            ["user"] = BotUserId,
            ["bot_id"] = BotId,
            ["app_id"] = AppId,
            ["text"] = body["text"],
            ["ts"] = ts,
            ["team"] = SlackPayloads.TeamId,
        };
        if (body["blocks"] is JArray blocks)
        {
            message["blocks"] = WithBlockIds(blocks);
        }

        if (body["thread_ts"] is { } thread)
        {
            message["thread_ts"] = thread;
        }

        _messages[channel + "/" + ts] = message;
        return new JObject { ["ok"] = true, ["channel"] = channel, ["ts"] = ts, ["message"] = message.DeepClone() };
    }

    private JObject Update(JObject body)
    {
        var key = body.Value<string>("channel") + "/" + body.Value<string>("ts");
        if (!_messages.TryGetValue(key, out var message))
        {
            return new JObject { ["ok"] = false, ["error"] = "message_not_found" };
        }

        message["text"] = body["text"];
        message["blocks"] = body["blocks"] is JArray blocks ? WithBlockIds(blocks) : new JArray();
        return new JObject { ["ok"] = true, ["channel"] = body["channel"], ["ts"] = body["ts"], ["text"] = body["text"] };
    }

    private static JArray WithBlockIds(JArray blocks)
    {
        var copy = (JArray)blocks.DeepClone();
        for (var i = 0; i < copy.Count; i++)
        {
            if (copy[i]["block_id"] is null)
            {
                copy[i]["block_id"] = "blk" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        return copy;
    }

    private string NextTs()
    {
        var value = Interlocked.Increment(ref _nextTs);
        return (value / 1_000_000).ToString(CultureInfo.InvariantCulture) + "." + (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
