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

    /// <summary>The first field of an Events API envelope with a wrong type, or null when all are as Slack documents them.</summary>
    public static string? MistypedEventField(JObject envelope) => FirstMistyped(envelope, EventFields);

    /// <summary>The first field of an interaction payload with a wrong type, or null.</summary>
    public static string? MistypedInteractionField(JObject payload) => FirstMistyped(payload, InteractionFields);

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
