using System.Text;
using CrossBorderBot.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// The real bot in this process, wired as the web host wires it (the Bot Framework adapter, the state store chosen
/// by <c>Storage:Provider</c>, the knowledge base and recognizer), driven one activity at a time with expectReplies.
/// </summary>
public sealed class InProcessBot : IDisposable
{
    private readonly IHost _host;
    private readonly BotAdapterWithErrorHandler _adapter;
    private readonly IBot _bot;
    private readonly int? _users;
    private long _sequence;

    /// <param name="users">
    /// How many users share the conversations (conversation <c>n</c> is user <c>n mod users</c>); null gives every
    /// conversation its own user. Shared users keep their saved plans (up to ten each) in user state, as returning users
    /// do, and the per-user turn limit is then lifted, as the HTTP benchmark lifts it.
    /// </param>
    public InProcessBot(string storageProvider, string? sqlitePath = null, int? users = null)
    {
        _users = users;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storageProvider,
            ["Storage:SqlitePath"] = sqlitePath ?? Path.Combine(Path.GetTempPath(), "crossborderbot-bdn-" + Guid.NewGuid().ToString("N"), "state.db"),
        });
        if (users is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Safety:MaxTurnsPerUserPerMinute"] = "1000000" });
        }

        builder.Logging.ClearProviders();
        builder.Services.AddCrossBorderBot();
        builder.Services.AddBotFrameworkChannel();
        _host = builder.Build();
        Services = _host.Services;
        _adapter = Services.GetRequiredService<BotAdapterWithErrorHandler>();
        _bot = Services.GetRequiredService<IBot>();
    }

    public IServiceProvider Services { get; }

    /// <summary>The welcome turn of a new conversation (conversationUpdate adding the user).</summary>
    public Task<int> WelcomeAsync(string conversationId) => SendAsync(NewActivity(ActivityTypes.ConversationUpdate, conversationId, activity =>
        activity.MembersAdded = [new ChannelAccount("bot"), new ChannelAccount(UserOf(conversationId))]));

    /// <summary>One message turn; returns the size of the reply body in bytes.</summary>
    public Task<int> MessageAsync(string conversationId, string text) => SendAsync(NewActivity(ActivityTypes.Message, conversationId, activity => activity.Text = text));

    public void Dispose() => _host.Dispose();

    private async Task<int> SendAsync(Activity activity)
    {
        // Through the same turn pipeline as POST /api/messages (after its size and shape checks): the body is read,
        // authenticated by the adapter (no app id: open), the turn runs and the expectReplies body is written.
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity));
        var response = new MemoryStream();
        http.Response.Body = response;
        await BotFrameworkTurn.ProcessAsync(http, body, _adapter, _bot, CancellationToken.None);
        return http.Response.StatusCode == StatusCodes.Status200OK ? (int)response.Length : throw new InvalidOperationException($"The turn answered HTTP {http.Response.StatusCode}.");
    }

    // By default one user per conversation: a single user sending every benchmark turn would pass the bot's per-user
    // turn limit (Safety:MaxTurnsPerUserPerMinute) within a second, and its later turns would get no reply.
    private string UserOf(string conversationId)
    {
        if (_users is not { } users)
        {
            return "user-" + conversationId;
        }

        var number = conversationId[(conversationId.LastIndexOf('-') + 1)..];
        return "user-" + (int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) % users).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private Activity NewActivity(string type, string conversationId, Action<Activity> fill)
    {
        var activity = new Activity
        {
            Type = type,
            Id = "bdn-" + Interlocked.Increment(ref _sequence),
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = "webchat",
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount(UserOf(conversationId)),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: conversationId),
            Locale = "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        fill(activity);
        return activity;
    }
}
