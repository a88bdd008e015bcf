using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// What happens behind the Direct Line endpoints: opening a conversation (the bot welcomes the user once), and a user's
/// activity (echoed into the log with a server id, then the bot's turn, whose replies land in the log after it).
/// The turn runs before the HTTP answer, so the replies are there for the client's next poll.
/// </summary>
public sealed partial class DirectLineConversationService(
    DirectLineConversationStore store,
    DirectLineAdapter adapter,
    IBot bot,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineConversationService> logger)
{
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public ChannelAccount BotAccount => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    /// <summary>Opens the conversation if it is new and runs the bot's welcome turn; true when it was created now.</summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!await store.CreateAsync(conversationId, userId, cancellationToken))
        {
            return false;
        }

        LogConversationStarted(logger, conversationId);
        var user = new ChannelAccount(userId, role: RoleTypes.User);
        var update = NewIncoming(ActivityTypes.ConversationUpdate, conversationId, user, locale, serviceUrl);
        update.MembersAdded = [user, BotAccount];
        await RunTurnAsync(update);
        return true;
    }

    /// <summary>
    /// Echoes the user's activity into the log (so Web Chat sees it delivered), runs the bot's turn, and returns the
    /// id the activity got. The caller has already checked the conversation, the sender and the size.
    /// </summary>
    public async Task<string> PostAsync(string conversationId, Activity activity, string serviceUrl, DirectLineUpload[]? uploads, CancellationToken cancellationToken)
    {
        activity.ChannelId = DirectLineEndpoints.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = BotAccount;
        activity.From.Role = RoleTypes.User;
        activity.Timestamp = time.GetUtcNow();
        activity.Type ??= ActivityTypes.Message;

        var ids = await store.AppendAsync(conversationId, [activity], cancellationToken, uploads);
        await RunTurnAsync(activity);
        return ids[0];
    }

    private Activity NewIncoming(string type, string conversationId, ChannelAccount user, string? locale, string serviceUrl) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = DirectLineEndpoints.ChannelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        From = user,
        Recipient = BotAccount,
        Locale = locale,
        Timestamp = time.GetUtcNow(),
    };

    /// <summary>
    /// The turn is not tied to the HTTP request: a browser that gives up waiting must not cut a turn in half (its
    /// state would be lost while the user's message is already in the log). Only shutting down stops it.
    /// </summary>
    private Task RunTurnAsync(Activity activity)
        => adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, lifetime.ApplicationStopping);

    [LoggerMessage(EventId = LogEventIds.DirectLineConversationStarted, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    private static partial void LogConversationStarted(ILogger logger, string conversationId);
}
