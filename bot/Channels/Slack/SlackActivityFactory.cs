using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Builds the Bot Framework activities the bot sees for Slack input: channel <c>slack</c>, the conversation id from
/// <see cref="SlackConversationId"/>, the Slack user as <c>from</c>, the bot user as <c>recipient</c>, and the raw
/// Slack payload (minus its verification token) in <c>channelData</c>.
/// </summary>
public static class SlackActivityFactory
{
    public const string ChannelId = "slack";

    /// <summary>Who the bot is when Slack did not say (slash commands and clicks carry no bot user id).</summary>
    public const string UnknownBotId = "slack-bot";

    public static Activity Message(
        SlackConversationId conversation,
        string userId,
        string? botUserId,
        string? text,
        string? ts,
        string? conversationType,
        JObject channelData)
    {
        channelData.Remove("token");
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = ts ?? Guid.NewGuid().ToString("N"),
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(isGroup: conversationType is not "im", conversationType: conversationType, id: conversation.ToString())
            {
                TenantId = conversation.TeamId,
            },
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount(botUserId ?? UnknownBotId),
            Text = text,
            Timestamp = TimestampOf(ts),
            LocalTimestamp = TimestampOf(ts),
            ChannelData = channelData,
        };
    }

    /// <summary>
    /// A button's or select option's value as the bot reads it: a JSON object (the reply model's
    /// <c>{ "verb", "value" }</c>) becomes the activity's <c>value</c>; anything else is taken as typed text.
    /// </summary>
    public static void ApplyChosenValue(Activity activity, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (value.TrimStart().StartsWith('{'))
        {
            try
            {
                activity.Value = JObject.Parse(value);
                activity.Text = null;
                return;
            }
            catch (JsonReaderException)
            {
                // Not JSON after all: the value is the answer text.
            }
        }

        activity.Text = value;
    }

    /// <summary>
    /// The thread the user wrote in, read from the Slack payload the turn came with: an event's <c>thread_ts</c>, or
    /// for a click the <c>thread_ts</c> of the clicked message. Replies of a direct message go there, so an answer
    /// typed (or clicked) in a thread is answered in it; null for a message outside any thread and for turns with no
    /// Slack payload (proactive messages).
    /// </summary>
    public static string? ReplyThreadOf(IActivity? incoming) =>
        incoming?.ChannelData is JObject payload
            ? payload.Value<string>("thread_ts") ?? payload.SelectToken("message.thread_ts")?.ToString()
            : null;

    /// <summary>The conversation type from a channel id's first letter: D = direct message, G = private, C = public.</summary>
    public static string ConversationTypeOf(string channelId) => channelId.FirstOrDefault() switch
    {
        'D' => "im",
        'G' => "group",
        _ => "channel",
    };

    /// <summary>Slack's <c>ts</c> ("1700000000.000200") as a time.</summary>
    public static DateTimeOffset? TimestampOf(string? ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}
