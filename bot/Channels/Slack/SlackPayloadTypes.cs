using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Checks the JSON types of every field the Slack handlers read, before they read them: a signed payload with, say,
/// <c>"text": {"a":1}</c> is Slack's (or a forger's) mistake and gets 400, which Slack does not retry, instead of
/// an exception and a 500, which it would retry. Absent and null fields are fine; the handlers treat them as missing.
/// </summary>
public static class SlackPayloadTypes
{
    private static readonly (string Path, JTokenType Type)[] EventFields =
    [
        ("type", JTokenType.String), ("event_id", JTokenType.String), ("team_id", JTokenType.String), ("challenge", JTokenType.String),
        ("event", JTokenType.Object), ("authorizations", JTokenType.Array), ("authorizations[*]", JTokenType.Object),
        ("authorizations[*].user_id", JTokenType.String), ("authorizations[*].is_bot", JTokenType.Boolean),
        ("event.type", JTokenType.String), ("event.user", JTokenType.String), ("event.subtype", JTokenType.String),
        ("event.channel", JTokenType.String), ("event.channel_type", JTokenType.String), ("event.ts", JTokenType.String),
        ("event.thread_ts", JTokenType.String), ("event.text", JTokenType.String), ("event.team", JTokenType.String),
        ("event.files", JTokenType.Array), ("event.files[*]", JTokenType.Object),
    ];

    private static readonly (string Path, JTokenType Type)[] InteractionFields =
    [
        ("type", JTokenType.String), ("user", JTokenType.Object), ("user.id", JTokenType.String), ("user.team_id", JTokenType.String),
        ("team", JTokenType.Object), ("team.id", JTokenType.String), ("channel", JTokenType.Object), ("channel.id", JTokenType.String),
        ("container", JTokenType.Object), ("container.channel_id", JTokenType.String), ("container.message_ts", JTokenType.String),
        ("container.is_ephemeral", JTokenType.Boolean),
        ("actions", JTokenType.Array), ("actions[*]", JTokenType.Object), ("actions[*].type", JTokenType.String),
        ("actions[*].value", JTokenType.String), ("actions[*].action_id", JTokenType.String), ("actions[*].block_id", JTokenType.String),
        ("actions[*].action_ts", JTokenType.String), ("actions[*].text", JTokenType.Object), ("actions[*].text.text", JTokenType.String),
        ("actions[*].selected_option", JTokenType.Object), ("actions[*].selected_option.value", JTokenType.String),
        ("actions[*].selected_option.text", JTokenType.Object), ("actions[*].selected_option.text.text", JTokenType.String),
        ("message", JTokenType.Object), ("message.ts", JTokenType.String), ("message.thread_ts", JTokenType.String),
        ("message.text", JTokenType.String), ("message.blocks", JTokenType.Array), ("message.blocks[*]", JTokenType.Object),
        ("message.blocks[*].type", JTokenType.String), ("message.blocks[*].block_id", JTokenType.String),
        ("message.blocks[*].elements", JTokenType.Array), ("message.blocks[*].elements[*]", JTokenType.Object),
        ("message.blocks[*].elements[*].action_id", JTokenType.String), ("message.blocks[*].accessory", JTokenType.Object),
        ("message.blocks[*].accessory.action_id", JTokenType.String),
        ("state", JTokenType.Object), ("state.values", JTokenType.Object), ("state.values.*", JTokenType.Object),
        ("state.values.*.*", JTokenType.Object), ("state.values.*.*.type", JTokenType.String), ("state.values.*.*.value", JTokenType.String),
        ("state.values.*.*.selected_date", JTokenType.String), ("state.values.*.*.selected_time", JTokenType.String),
        ("state.values.*.*.selected_option", JTokenType.Object), ("state.values.*.*.selected_option.value", JTokenType.String),
        ("state.values.*.*.selected_option.text", JTokenType.Object), ("state.values.*.*.selected_option.text.text", JTokenType.String),
        ("state.values.*.*.selected_options", JTokenType.Array), ("state.values.*.*.selected_options[*]", JTokenType.Object),
        ("state.values.*.*.selected_options[*].value", JTokenType.String), ("state.values.*.*.selected_options[*].text", JTokenType.Object),
        ("state.values.*.*.selected_options[*].text.text", JTokenType.String),
    ];

    /// <summary>Ids become part of the conversation id (<c>team:channel:thread</c>), so they must look like Slack's ids.</summary>
    private static readonly string[] EventIds = ["team_id", "event.user", "event.channel", "event.team"];

    private static readonly string[] EventTimestamps = ["event.ts", "event.thread_ts"];

    private static readonly string[] InteractionIds = ["user.id", "user.team_id", "team.id", "channel.id", "container.channel_id"];

    private static readonly string[] InteractionTimestamps = ["container.message_ts", "message.ts", "message.thread_ts", "actions[*].action_ts"];

    /// <summary>The first field of an Events API envelope with a wrong type or shape, or null when all are as Slack documents them.</summary>
    public static string? MistypedEventField(JObject envelope)
        => FirstMistyped(envelope, EventFields) ?? FirstMisshaped(envelope, EventIds, EventTimestamps);

    /// <summary>The first field of an interaction payload with a wrong type or shape, or null.</summary>
    public static string? MistypedInteractionField(JObject payload)
        => FirstMistyped(payload, InteractionFields) ?? FirstMisshaped(payload, InteractionIds, InteractionTimestamps);

    private static string? FirstMisshaped(JObject root, string[] ids, string[] timestamps)
    {
        foreach (var path in ids)
        {
            if (root.SelectToken(path) is JValue { Type: JTokenType.String } value && !IsSlackId((string)value!))
            {
                return path;
            }
        }

        foreach (var path in timestamps)
        {
            foreach (var token in root.SelectTokens(path))
            {
                if (token is JValue { Type: JTokenType.String } value && !IsSlackTimestamp((string)value!))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>Slack ids are short runs of capital letters and digits (U…, C…, D…, G…, T…, E…).</summary>
    private static bool IsSlackId(string value)
        => value.Length is > 0 and <= 64 && value.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-');

    /// <summary>A message timestamp: seconds, a dot, microseconds (<c>1700000000.000100</c>).</summary>
    private static bool IsSlackTimestamp(string value)
    {
        var dot = value.IndexOf('.');
        return value.Length <= 32 && dot > 0 && dot < value.Length - 1
            && value.AsSpan(0, dot).IndexOfAnyExceptInRange('0', '9') < 0
            && value.AsSpan(dot + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static string? FirstMistyped(JObject root, (string Path, JTokenType Type)[] fields)
    {
        foreach (var (path, type) in fields)
        {
            foreach (var token in root.SelectTokens(path))
            {
                if (token.Type != JTokenType.Null && token.Type != type)
                {
                    return path;
                }
            }
        }

        return null;
    }
}
