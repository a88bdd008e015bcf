using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Events API callbacks: which messages the bot answers, in which conversation, and queuing the turn. Answered are
/// direct messages, mentions of the bot (the mention removed from the text; the conversation continues in the
/// mention's thread), and replies in a channel thread the bot already has a conversation in. Never answered: any
/// bot's message (the bot's own would loop), deletions and other message subtypes except file shares and edits (an
/// edit that changes the text is answered as the user's next message).
/// </summary>
public sealed partial class SlackEventHandler(
    SlackEventDeduplicator deduplicator,
    SlackEventClaims claims,
    SlackAnsweredEvents answered,
    SlackTurnQueue queue,
    SlackAdapter adapter,
    SlackBotIdentity identity,
    IStorage storage,
    ILogger<SlackEventHandler> logger)
{
    /// <param name="retryNumber">Slack's <c>X-Slack-Retry-Num</c> header (empty on a first delivery), for the log.</param>
    public SlackRequestOutcome Handle(JObject envelope, string? retryNumber = null)
    {
        if (envelope.Value<string>("type") != "event_callback"
            || envelope["event"] is not JObject slackEvent
            || envelope.Value<string>("event_id") is not { Length: > 0 } eventId)
        {
            return SlackRequestOutcome.Malformed;
        }

        var teamId = envelope.Value<string>("team_id") ?? slackEvent.Value<string>("team");
        if (string.IsNullOrEmpty(teamId))
        {
            return SlackRequestOutcome.Malformed;
        }

        var botUserId = BotUserIdOf(envelope);
        if (botUserId is not null)
        {
            identity.Remember(teamId, botUserId);
        }
        else
        {
            botUserId = identity.Known(teamId);
        }

        if (EditedMessage(slackEvent) is { } edited)
        {
            slackEvent = edited;
        }

        var userId = slackEvent.Value<string>("user");
        var subtype = slackEvent.Value<string>("subtype");
        if (slackEvent["bot_id"] is { Type: not JTokenType.Null }
            || string.IsNullOrEmpty(userId)
            || userId == botUserId
            || (subtype is not null && subtype != "file_share")
            || slackEvent.Value<string>("channel") is not { Length: > 0 } channel)
        {
            return SlackRequestOutcome.Ignored;
        }

        var ts = slackEvent.Value<string>("ts");
        var threadTs = slackEvent.Value<string>("thread_ts");
        var isThreadReply = threadTs is not null && threadTs != ts;
        var channelType = slackEvent.Value<string>("channel_type") ?? SlackActivityFactory.ConversationTypeOf(channel);
        var text = slackEvent.Value<string>("text") ?? string.Empty;
        SlackConversationId conversation;
        var onlyIfKnown = false;

        switch (slackEvent.Value<string>("type"))
        {
            case "app_mention":
                text = StripMention(text, botUserId);

                // A mention in a channel opens (or continues) a conversation in its thread, to keep the channel tidy.
                conversation = new SlackConversationId(teamId, channel, threadTs ?? ts);
                break;

            case "message" when channelType == "im":
                // A direct message is one conversation, threads included: a reply in the thread of the bot's question
                // answers that question (the adapter posts the replies in that thread, SlackActivityFactory.ReplyThreadOf).
                conversation = new SlackConversationId(teamId, channel, null);
                break;

            case "message" when isThreadReply && !MentionsBot(text, botUserId):
                // A reply without a mention in a channel thread: the bot's only if it is already talking there.
                // (With a mention, the app_mention event for the same message is the one to answer.)
                conversation = new SlackConversationId(teamId, channel, threadTs);
                onlyIfKnown = true;
                break;

            default:
                return SlackRequestOutcome.Ignored;
        }

        if (!deduplicator.TryRegister(eventId))
        {
            LogDuplicate(logger, eventId, string.IsNullOrEmpty(retryNumber) ? "0" : retryNumber);
            return SlackRequestOutcome.Duplicate;
        }

        var activity = SlackActivityFactory.Message(conversation, userId, botUserId, text.Trim(), ts, channelType, (JObject)slackEvent.DeepClone());
        var queued = queue.TryEnqueue(conversation.ToString(), async cancellationToken =>
        {
            if (!await claims.TryClaimAsync(eventId, cancellationToken))
            {
                return;
            }

            if (await answered.WasAnsweredAsync(conversation, eventId, cancellationToken))
            {
                LogDuplicate(logger, eventId, string.IsNullOrEmpty(retryNumber) ? "0" : retryNumber);
                return;
            }

            if (onlyIfKnown && !await HasConversationAsync(conversation, cancellationToken))
            {
                return;
            }

            await adapter.ProcessActivityAsync(activity, cancellationToken);
            await answered.RememberAsync(conversation, eventId, cancellationToken);
        });

        if (!queued)
        {
            deduplicator.Forget(eventId);
            return SlackRequestOutcome.Busy;
        }

        return SlackRequestOutcome.Accepted;
    }

    /// <summary>
    /// A user's edit of their message (<c>message_changed</c>) read as that message with its new text: a corrected
    /// typo or number is taken as the user's next message rather than ignored. Edits that leave the text as it was
    /// (Slack sends one when it adds a link preview) and edits of anyone else's message are not.
    /// </summary>
    private static JObject? EditedMessage(JObject slackEvent)
    {
        if (slackEvent.Value<string>("subtype") != "message_changed"
            || slackEvent["message"] is not JObject message
            || message["bot_id"] is { Type: not JTokenType.Null }
            || message.Value<string>("subtype") is not null
            || message.Value<string>("text") is not { Length: > 0 } text
            || (slackEvent["previous_message"] as JObject)?.Value<string>("text") == text)
        {
            return null;
        }

        var edited = (JObject)message.DeepClone();
        edited["type"] = "message";
        edited["channel"] = slackEvent["channel"];
        edited["channel_type"] = slackEvent["channel_type"];
        edited.Remove("edited");
        return edited;
    }

    /// <summary>The bot user of the installation the event was delivered for.</summary>
    private static string? BotUserIdOf(JObject envelope) =>
        (envelope["authorizations"] as JArray ?? [])
            .FirstOrDefault(authorization => authorization.Value<bool?>("is_bot") == true)
            ?.Value<string>("user_id");

    private static bool MentionsBot(string text, string? botUserId) =>
        botUserId is not null && text.Contains("<@" + botUserId, StringComparison.Ordinal);

    private static string StripMention(string text, string? botUserId)
    {
        var pattern = botUserId is null ? LeadingMention() : new Regex("<@" + Regex.Escape(botUserId) + @"(\|[^>]*)?>", RegexOptions.None, TimeSpan.FromSeconds(1));
        return pattern.Replace(text, string.Empty).Trim();
    }

    private async Task<bool> HasConversationAsync(SlackConversationId conversation, CancellationToken cancellationToken)
    {
        // The key ConversationState stores a conversation under.
        var key = $"{SlackActivityFactory.ChannelId}/conversations/{conversation}";
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.ContainsKey(key);
    }

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex LeadingMention();

    [LoggerMessage(EventId = LogEventIds.SlackEventDuplicate, Level = LogLevel.Information, Message = "Ignored a repeated Slack event {EventId} (retry {RetryNumber})")]
    private static partial void LogDuplicate(ILogger logger, string eventId, string retryNumber);
}
