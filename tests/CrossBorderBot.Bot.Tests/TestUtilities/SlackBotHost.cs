using System.Net.Http.Headers;
using System.Text;
using CrossBorderBot.Channels.Slack;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The whole bot (the real <c>Program</c>) in memory, with its Slack settings pointing at a
/// <see cref="SlackFakeWebApi"/> on a local port and state in memory. Sends signed requests as Slack would and waits
/// for the background turns they start.
/// </summary>
public sealed class SlackBotHost : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-token-0001";

    private readonly WebApplicationFactory<Program> _factory;

    private SlackBotHost(WebApplicationFactory<Program> factory, SlackFakeWebApi api)
    {
        _factory = factory;
        Api = api;
        Client = factory.CreateClient();
    }

    public SlackFakeWebApi Api { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="signingSecret">Null: Slack is not configured at all.</param>
    /// <param name="configureServices">Replaces services of the bot, e.g. the <c>IBot</c> with a recording one.</param>
    /// <param name="settings">More settings of the bot, e.g. a SQLite store that a second host (a restart) reads.</param>
    public static async Task<SlackBotHost> StartAsync(
        string? signingSecret = SlackRequestSigner.SigningSecret,
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var api = await SlackFakeWebApi.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = api.BaseUrl,
            ["Slack:SigningSecret"] = signingSecret ?? string.Empty,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = BotWebApplicationFactory.Create(all, configureServices);
        return new SlackBotHost(factory, api);
    }

    /// <summary>Posts <paramref name="body"/> signed at <paramref name="at"/> (default now) with <paramref name="secret"/>.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(
        string path,
        string body,
        string contentType,
        DateTimeOffset? at = null,
        string secret = SlackRequestSigner.SigningSecret,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var (timestamp, signature) = SlackRequestSigner.Sign(body, at ?? DateTimeOffset.UtcNow, secret);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType).MediaType!),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendEventAsync(JObject envelope, string? retryNum = null) =>
        PostSignedAsync(
            "/api/slack/events",
            envelope.ToString(Newtonsoft.Json.Formatting.None),
            "application/json",
            headers: retryNum is null ? null : new Dictionary<string, string> { ["X-Slack-Retry-Num"] = retryNum, ["X-Slack-Retry-Reason"] = "http_timeout" });

    public Task<HttpResponseMessage> SendInteractionAsync(string form) =>
        PostSignedAsync("/api/slack/interactions", form, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> SendCommandAsync(string form) =>
        PostSignedAsync("/api/slack/commands", form, "application/x-www-form-urlencoded");

    /// <summary>Waits until every turn the requests started has finished (bounded, so a hang fails the test).</summary>
    public async Task WhenIdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Services.GetRequiredService<SlackTurnQueue>().WhenIdleAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}
