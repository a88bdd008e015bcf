using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// The few Slack Web API methods the bot uses, posted as JSON with the bot token. Slack answers HTTP 200 with
/// <c>ok: false</c> for most failures; those are logged here with the method and error code (never the message text)
/// and returned, so each caller decides whether the turn can go on. A singleton: it takes a fresh client from the
/// factory per call, so connections are pooled and recycled by the factory (DNS changes are honoured).
/// </summary>
public sealed partial class SlackApiClient(IHttpClientFactory httpClients, IOptionsMonitor<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    /// <summary>The named HttpClient (with the 429 retry handler) the calls go through.</summary>
    public const string HttpClientName = "Slack";

    public Task<SlackApiResult> PostMessageAsync(SlackOutgoingMessage message, CancellationToken cancellationToken)
        => CallAsync("chat.postMessage", message.ToJson(), cancellationToken);

    /// <summary>Replaces the text and blocks of a message the bot posted earlier.</summary>
    public Task<SlackApiResult> UpdateMessageAsync(string channel, string ts, string text, JArray? blocks, CancellationToken cancellationToken)
    {
        var body = new JObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text };
        if (blocks is not null)
        {
            body["blocks"] = blocks;
        }

        return CallAsync("chat.update", body, cancellationToken);
    }

    public Task<SlackApiResult> DeleteMessageAsync(string channel, string ts, CancellationToken cancellationToken)
        => CallAsync("chat.delete", new JObject { ["channel"] = channel, ["ts"] = ts }, cancellationToken);

    /// <summary>Who the bot is: <c>user_id</c> is the bot user's id.</summary>
    public Task<SlackApiResult> AuthTestAsync(CancellationToken cancellationToken)
        => CallAsync("auth.test", new JObject(), cancellationToken);

    public async Task<SlackApiResult> CallAsync(string method, JObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.CurrentValue.ApiBaseUri(), method))
        {
            Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.CurrentValue.BotToken);

        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JObject answer;
        try
        {
            answer = text.Length > 0 ? JObject.Parse(text) : new JObject();
        }
        catch (JsonReaderException)
        {
            answer = new JObject();
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = answer.Value<string>("error") ?? $"http_{(int)response.StatusCode}";
            LogApiError(logger, method, error);
            return new SlackApiResult(false, error, answer);
        }

        if (answer.Value<bool?>("ok") != true)
        {
            var error = answer.Value<string>("error") ?? "invalid_response";
            LogApiError(logger, method, error);
            return new SlackApiResult(false, error, answer);
        }

        return new SlackApiResult(true, null, answer);
    }

    [LoggerMessage(EventId = LogEventIds.SlackApiError, Level = LogLevel.Warning, Message = "Slack Web API {Method} answered ok=false: {Error}")]
    private static partial void LogApiError(ILogger logger, string method, string error);
}
