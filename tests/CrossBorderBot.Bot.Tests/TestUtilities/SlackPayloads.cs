using System.Globalization;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Request bodies shaped as Slack sends them: Events API <c>event_callback</c> envelopes (with the
/// <c>authorizations</c> of the bot installation), <c>block_actions</c> interaction payloads and slash command forms.
/// </summary>
public static class SlackPayloads
{
    public const string TeamId = "T0TEAM0001";
    public const string TeamDomain = "acme-trading";
    public const string UserId = "U0USER0001";
    public const string UserName = "li.wei";
    public const string DirectChannel = "D0DIRECT01";
    public const string PublicChannel = "C0GENERAL1";

    private static long _eventCounter;

    public static string NewEventId() => "Ev0" + Interlocked.Increment(ref _eventCounter).ToString("D8", CultureInfo.InvariantCulture);

    public static JObject UrlVerification(string challenge) => new()
    {
        ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl",
        ["challenge"] = challenge,
        ["type"] = "url_verification",
    };

    public static JObject Envelope(JObject slackEvent, string? eventId = null) => new()
    {
        ["token"] = "XXYYZZ",
        ["team_id"] = TeamId,
        ["context_team_id"] = TeamId,
        ["context_enterprise_id"] = null,
        ["api_app_id"] = SlackFakeWebApi.AppId,
        ["event"] = slackEvent,
        ["type"] = "event_callback",
        ["event_id"] = eventId ?? NewEventId(),
        ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["authorizations"] = new JArray(new JObject
        {
            ["enterprise_id"] = null,
            ["team_id"] = TeamId,
            ["user_id"] = SlackFakeWebApi.BotUserId,
            ["is_bot"] = true,
            ["is_enterprise_install"] = false,
        }),
        ["is_ext_shared_channel"] = false,
        ["event_context"] = "4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMFRFQU0wMDAxIn0",
    };

    /// <summary>A <c>message.im</c> event: the user wrote to the bot in their direct message.</summary>
    public static JObject DirectMessage(string text, string ts, string? threadTs = null) => Message(text, DirectChannel, "im", ts, threadTs);

    /// <summary>A <c>message.channels</c> event.</summary>
    public static JObject ChannelMessage(string text, string ts, string? threadTs = null) => Message(text, PublicChannel, "channel", ts, threadTs);

    public static JObject AppMention(string text, string ts, string? threadTs = null)
    {
        var mention = new JObject
        {
            ["type"] = "app_mention",
            ["user"] = UserId,
            ["text"] = text,
            ["ts"] = ts,
            ["client_msg_id"] = Guid.NewGuid().ToString(),
            ["team"] = TeamId,
            ["channel"] = PublicChannel,
            ["event_ts"] = ts,
            ["blocks"] = RichText(text),
        };
        if (threadTs is not null)
        {
            mention["thread_ts"] = threadTs;
        }

        return mention;
    }

    /// <summary>What Slack sends for a message posted by a bot (another one, or our own echo).</summary>
    public static JObject BotMessage(string text, string ts) => new()
    {
        ["type"] = "message",
        ["subtype"] = "bot_message",
        ["text"] = text,
        ["ts"] = ts,
        ["bot_id"] = "B0OTHERBOT",
        ["channel"] = DirectChannel,
        ["event_ts"] = ts,
        ["channel_type"] = "im",
    };

    /// <summary>
    /// The user's earlier message changed: its text from <paramref name="previousText"/> to <paramref name="text"/>
    /// (the same text when Slack only added a link preview).
    /// </summary>
    public static JObject MessageChanged(string ts, string text = "hello again", string previousText = "hello again") => new()
    {
        ["type"] = "message",
        ["subtype"] = "message_changed",
        ["hidden"] = true,
        ["message"] = new JObject
        {
            ["type"] = "message",
            ["user"] = UserId,
            ["text"] = text,
            ["edited"] = new JObject { ["user"] = UserId, ["ts"] = ts },
            ["ts"] = "1700000000.000001",
        },
        ["previous_message"] = new JObject { ["type"] = "message", ["user"] = UserId, ["text"] = previousText, ["ts"] = "1700000000.000001" },
        ["channel"] = DirectChannel,
        ["ts"] = ts,
        ["event_ts"] = ts,
        ["channel_type"] = "im",
    };

    /// <summary>
    /// The <c>block_actions</c> payload of a click on <paramref name="button"/> in <paramref name="message"/> (the
    /// message as Slack stores it), form-encoded as Slack posts it.
    /// </summary>
    public static string ButtonClick(string channel, JObject message, JObject button, string blockId)
    {
        var action = new JObject
        {
            ["action_id"] = button["action_id"],
            ["block_id"] = blockId,
            ["text"] = button["text"],
            ["value"] = button["value"],
            ["type"] = "button",
            ["action_ts"] = NowTs(),
        };
        return Form(new Dictionary<string, string> { ["payload"] = BlockActions(channel, message, action).ToString() });
    }

    /// <summary>The <c>block_actions</c> payload of a choice in a static select.</summary>
    public static string SelectChoice(string channel, JObject message, string blockId, string actionId, string optionText, string optionValue)
    {
        var option = new JObject
        {
            ["text"] = new JObject { ["type"] = "plain_text", ["text"] = optionText, ["emoji"] = true },
            ["value"] = optionValue,
        };
        var action = new JObject
        {
            ["type"] = "static_select",
            ["action_id"] = actionId,
            ["block_id"] = blockId,
            ["selected_option"] = option,
            ["placeholder"] = new JObject { ["type"] = "plain_text", ["text"] = "Choose", ["emoji"] = true },
            ["action_ts"] = NowTs(),
        };
        return Form(new Dictionary<string, string> { ["payload"] = BlockActions(channel, message, action).ToString() });
    }

    /// <summary>The form Slack posts for <c>/crossborder {text}</c>.</summary>
    public static string SlashCommand(string text, string channel) => Form(new Dictionary<string, string>
    {
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
        ["team_id"] = TeamId,
        ["team_domain"] = TeamDomain,
        ["channel_id"] = channel,
        ["channel_name"] = channel.StartsWith('D') ? "directmessage" : "general",
        ["user_id"] = UserId,
        ["user_name"] = UserName,
        ["command"] = "/crossborder",
        ["text"] = text,
        ["api_app_id"] = SlackFakeWebApi.AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = "https://hooks.slack.com/commands/T0TEAM0001/1234567890/abcdefABCDEF",
        ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
    });

    public static string NowTs() =>
        (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", CultureInfo.InvariantCulture);

    private static JObject BlockActions(string channel, JObject message, JObject action) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JObject { ["id"] = UserId, ["username"] = UserName, ["name"] = UserName, ["team_id"] = TeamId },
        ["api_app_id"] = SlackFakeWebApi.AppId,
        ["token"] = "9s8d9as89d8as9d8as989",
        ["container"] = new JObject
        {
            ["type"] = "message",
            ["message_ts"] = message["ts"],
            ["channel_id"] = channel,
            ["is_ephemeral"] = false,
        },
        ["trigger_id"] = "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
        ["team"] = new JObject { ["id"] = TeamId, ["domain"] = TeamDomain },
        ["enterprise"] = null,
        ["is_enterprise_install"] = false,
        ["channel"] = new JObject { ["id"] = channel, ["name"] = channel.StartsWith('D') ? "directmessage" : "general" },
        ["message"] = message,
        ["state"] = new JObject { ["values"] = new JObject() },
        ["response_url"] = "https://hooks.slack.com/actions/T0TEAM0001/1234567890/abcdefABCDEF",
        ["actions"] = new JArray(action),
    };

    private static JObject Message(string text, string channel, string channelType, string ts, string? threadTs)
    {
        var message = new JObject
        {
            ["client_msg_id"] = Guid.NewGuid().ToString(),
            ["type"] = "message",
            ["text"] = text,
            ["user"] = UserId,
            ["ts"] = ts,
            ["blocks"] = RichText(text),
            ["team"] = TeamId,
            ["channel"] = channel,
            ["event_ts"] = ts,
            ["channel_type"] = channelType,
        };
        if (threadTs is not null)
        {
            message["thread_ts"] = threadTs;
            message["parent_user_id"] = SlackFakeWebApi.BotUserId;
        }

        return message;
    }

    private static JArray RichText(string text) => new(new JObject
    {
        ["type"] = "rich_text",
        ["block_id"] = "rt1",
        ["elements"] = new JArray(new JObject
        {
            ["type"] = "rich_text_section",
            ["elements"] = new JArray(new JObject { ["type"] = "text", ["text"] = text }),
        }),
    });

    private static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(field => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value)));
}
