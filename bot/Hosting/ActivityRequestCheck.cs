using System.Text.Json;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Checks that a request body to <c>/api/messages</c> is an activity the bot can answer before the adapter sees it:
/// a JSON object with a <c>type</c>, a <c>channelId</c>, an absolute http(s) <c>serviceUrl</c> (where replies go), a
/// <c>conversation.id</c> and a <c>from.id</c>. Anything else is the sender's mistake (400), not the bot's (500), nor a
/// turn that fails with the apology: conversation and user state are keyed by channel, conversation and user.
/// </summary>
/// <remarks>
/// One forward-only pass over the UTF-8 bytes that builds nothing: the adapter then reads the activity once. (It was
/// parsed twice per turn, into a JSON tree here and into the activity again.) A property given twice counts as its
/// last value, as a JSON object reader keeps it.
/// </remarks>
public static class ActivityRequestCheck
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64, AllowMultipleValues = true };

    /// <summary>Null when the body is an answerable activity; otherwise what is wrong with it, for the 400 answer.</summary>
    public static string? Problem(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var found = new Members();
        bool isObject;
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read())
            {
                return "The body is not valid JSON (or is nested too deeply).";
            }

            isObject = reader.TokenType == JsonTokenType.StartObject;
            if (isObject)
            {
                ReadMembers(ref reader, ref found);
            }
            else
            {
                reader.Skip();
            }

            if (reader.Read())
            {
                return "The body holds more than one JSON value.";
            }
        }
        catch (JsonException)
        {
            return "The body is not valid JSON (or is nested too deeply).";
        }

        if (!isObject)
        {
            return "The body must be a JSON object (an activity).";
        }

        return found switch
        {
            { Type: false } => "The activity needs a 'type'.",
            { ChannelId: false } => "The activity needs a 'channelId'.",
            { ServiceUrl: false } => "The activity needs an absolute http(s) 'serviceUrl' to reply to.",
            { ConversationId: false } => "The activity needs a 'conversation' with an 'id'.",
            { FromId: false } => "The activity needs a 'from' with an 'id'.",
            { RecipientNotObject: true } => "'recipient' must be an object.",
            _ => null,
        };
    }

    private static void ReadMembers(ref Utf8JsonReader reader, ref Members found)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                found.Type = IsNonEmptyString(ref reader);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("channelId"u8))
            {
                reader.Read();
                found.ChannelId = IsNonEmptyString(ref reader);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("serviceUrl"u8))
            {
                reader.Read();
                found.ServiceUrl = reader.TokenType == JsonTokenType.String
                    && Uri.TryCreate(StringValue(ref reader), UriKind.Absolute, out var uri)
                    && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("conversation"u8))
            {
                reader.Read();
                found.ConversationId = HasNonEmptyId(ref reader);
            }
            else if (reader.ValueTextEquals("from"u8))
            {
                reader.Read();
                found.FromId = HasNonEmptyId(ref reader);
            }
            else if (reader.ValueTextEquals("recipient"u8))
            {
                reader.Read();
                found.RecipientNotObject = reader.TokenType is not JsonTokenType.Null and not JsonTokenType.StartObject;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>Whether the value at the reader is an object whose (last) <c>id</c> is a non-empty string; skips it.</summary>
    private static bool HasNonEmptyId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }

        var hasId = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId)
            {
                hasId = IsNonEmptyString(ref reader);
            }

            reader.Skip();
        }

        return hasId;
    }

    private static bool IsNonEmptyString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !string.IsNullOrWhiteSpace(StringValue(ref reader));

    /// <summary>
    /// The string at the reader. Text that is not valid UTF-8 is read with replacement characters, as the adapter's
    /// reader takes it, so such an activity is answered as before rather than refused or failing here.
    /// </summary>
    private static string StringValue(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private struct Members
    {
        public bool Type;
        public bool ChannelId;
        public bool ServiceUrl;
        public bool ConversationId;
        public bool FromId;
        public bool RecipientNotObject;
    }
}
