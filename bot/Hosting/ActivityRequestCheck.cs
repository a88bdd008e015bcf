using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Checks that a request body to <c>/api/messages</c> is an activity the bot can answer before the adapter sees it:
/// a JSON object with a <c>type</c>, a <c>channelId</c>, an absolute http(s) <c>serviceUrl</c> (where replies go), a
/// <c>conversation.id</c> and a <c>from.id</c>. Anything else is the sender's mistake (400), not the bot's (500), nor a
/// turn that fails with the apology: conversation and user state are keyed by channel, conversation and user.
/// </summary>
public static class ActivityRequestCheck
{
    private static readonly JsonLoadSettings LoadSettings = new() { CommentHandling = CommentHandling.Ignore, LineInfoHandling = LineInfoHandling.Ignore };

    /// <summary>Null when the body is an answerable activity; otherwise what is wrong with it, for the 400 answer.</summary>
    public static string? Problem(ReadOnlySpan<byte> body)
    {
        JToken parsed;
        try
        {
            using var reader = new JsonTextReader(new StringReader(System.Text.Encoding.UTF8.GetString(body))) { MaxDepth = 64, DateParseHandling = DateParseHandling.None };
            parsed = JToken.ReadFrom(reader, LoadSettings);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                return "The body holds more than one JSON value.";
            }
        }
        catch (JsonException)
        {
            return "The body is not valid JSON (or is nested too deeply).";
        }

        if (parsed is not JObject activity)
        {
            return "The body must be a JSON object (an activity).";
        }

        if (!IsNonEmptyString(activity["type"]))
        {
            return "The activity needs a 'type'.";
        }

        if (!IsNonEmptyString(activity["channelId"]))
        {
            return "The activity needs a 'channelId'.";
        }

        if (activity["serviceUrl"] is not JValue { Type: JTokenType.String } serviceUrl
            || !Uri.TryCreate((string?)serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity needs an absolute http(s) 'serviceUrl' to reply to.";
        }

        if (activity["conversation"] is not JObject conversation || !IsNonEmptyString(conversation["id"]))
        {
            return "The activity needs a 'conversation' with an 'id'.";
        }

        if (activity["from"] is not JObject from || !IsNonEmptyString(from["id"]))
        {
            return "The activity needs a 'from' with an 'id'.";
        }

        if (activity["recipient"] is { Type: not JTokenType.Null and not JTokenType.Object })
        {
            return "'recipient' must be an object.";
        }

        return null;
    }

    private static bool IsNonEmptyString(JToken? token) => token is JValue { Type: JTokenType.String } value && !string.IsNullOrWhiteSpace((string?)value);
}
