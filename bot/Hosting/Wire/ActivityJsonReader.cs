using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// Reads an incoming activity with System.Text.Json into the objects the SDK's message serializer (Json.NET) builds
/// from the same JSON: the schema's classes, unknown members in their extension data, free-form values as JSON trees
/// (<see cref="WireValueReader"/>). What Json.NET reads more leniently than this reader (comments, single quotes, a
/// number where a string belongs, a member name in another case, attachment content with the SDK's stream converter)
/// makes <see cref="TryRead"/> return null, and the caller reads the body with the SDK's serializer.
/// </summary>
internal static class ActivityJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>The activity, or null when the body is left to the SDK's serializer.</summary>
    public static Activity? TryRead(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(body, Options);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadActivity(ref reader) : null;
        }
        catch (Exception exception) when (exception is JsonException or Newtonsoft.Json.JsonException or WireFallbackException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static Activity ReadActivity(ref Utf8JsonReader reader)
    {
        var activity = new Activity();
        while (NextMember(ref reader, out var name, ActivityMembers))
        {
            switch (name)
            {
                case "type": activity.Type = Text(ref reader); break;
                case "id": activity.Id = Text(ref reader); break;
                case "timestamp": activity.Timestamp = WireValueReader.ReadDateTimeOffset(ref reader); break;
                case "localTimestamp": activity.LocalTimestamp = WireValueReader.ReadDateTimeOffset(ref reader); break;
                case "localTimezone": activity.LocalTimezone = Text(ref reader); break;
                case "serviceUrl": activity.ServiceUrl = Text(ref reader); break;
                case "channelId": activity.ChannelId = Text(ref reader); break;
                case "from": activity.From = Nested(ref reader, ReadAccount, activity.From); break;
                case "conversation": activity.Conversation = Nested(ref reader, ReadConversation, activity.Conversation); break;
                case "recipient": activity.Recipient = Nested(ref reader, ReadAccount, activity.Recipient); break;
                case "textFormat": activity.TextFormat = Text(ref reader); break;
                case "attachmentLayout": activity.AttachmentLayout = Text(ref reader); break;
                case "membersAdded": activity.MembersAdded = List(ref reader, ReadAccount, activity.MembersAdded); break;
                case "membersRemoved": activity.MembersRemoved = List(ref reader, ReadAccount, activity.MembersRemoved); break;
                case "reactionsAdded": activity.ReactionsAdded = List(ref reader, ReadReaction, activity.ReactionsAdded); break;
                case "reactionsRemoved": activity.ReactionsRemoved = List(ref reader, ReadReaction, activity.ReactionsRemoved); break;
                case "topicName": activity.TopicName = Text(ref reader); break;
                case "historyDisclosed": activity.HistoryDisclosed = Flag(ref reader); break;
                case "locale": activity.Locale = Text(ref reader); break;
                case "text": activity.Text = Text(ref reader); break;
                case "speak": activity.Speak = Text(ref reader); break;
                case "inputHint": activity.InputHint = Text(ref reader); break;
                case "summary": activity.Summary = Text(ref reader); break;
                case "suggestedActions": activity.SuggestedActions = Nested(ref reader, ReadSuggestedActions, activity.SuggestedActions); break;
                case "attachments": activity.Attachments = List(ref reader, ReadAttachment, activity.Attachments); break;
                case "entities": activity.Entities = List(ref reader, ReadEntity, activity.Entities); break;
                case "channelData": activity.ChannelData = Plain(ref reader, activity.ChannelData); break;
                case "action": activity.Action = Text(ref reader); break;
                case "replyToId": activity.ReplyToId = Text(ref reader); break;
                case "label": activity.Label = Text(ref reader); break;
                case "valueType": activity.ValueType = Text(ref reader); break;
                case "value": activity.Value = Plain(ref reader, activity.Value); break;
                case "name": activity.Name = Text(ref reader); break;
                case "code": activity.Code = Text(ref reader); break;
                case "expiration": activity.Expiration = WireValueReader.ReadDateTimeOffset(ref reader); break;
                case "importance": activity.Importance = Text(ref reader); break;
                case "deliveryMode": activity.DeliveryMode = Text(ref reader); break;
                case "listenFor": activity.ListenFor = List(ref reader, Text, activity.ListenFor); break;
                case "callerId": activity.CallerId = Text(ref reader); break;

                // Rare on the way in, and each a small schema of its own: left to the SDK's serializer.
                case "relatesTo" or "textHighlights" or "semanticAction": throw new WireFallbackException(typeof(Activity));
                default: activity.Properties = Extension(ref reader, name, activity.Properties, ActivityMembers); break;
            }
        }

        return activity;
    }

    private static ChannelAccount ReadAccount(ref Utf8JsonReader reader)
    {
        var account = new ChannelAccount();
        while (NextMember(ref reader, out var name, AccountMembers))
        {
            switch (name)
            {
                case "id": account.Id = Text(ref reader); break;
                case "name": account.Name = Text(ref reader); break;
                case "aadObjectId": account.AadObjectId = Text(ref reader); break;
                case "role": account.Role = Text(ref reader); break;
                default: account.Properties = Extension(ref reader, name, account.Properties, AccountMembers); break;
            }
        }

        return account;
    }

    private static ConversationAccount ReadConversation(ref Utf8JsonReader reader)
    {
        var conversation = new ConversationAccount();
        while (NextMember(ref reader, out var name, ConversationMembers))
        {
            switch (name)
            {
                case "isGroup": conversation.IsGroup = Flag(ref reader); break;
                case "conversationType": conversation.ConversationType = Text(ref reader); break;
                case "id": conversation.Id = Text(ref reader); break;
                case "name": conversation.Name = Text(ref reader); break;
                case "aadObjectId": conversation.AadObjectId = Text(ref reader); break;
                case "role": conversation.Role = Text(ref reader); break;
                case "tenantId": conversation.TenantId = Text(ref reader); break;
                default: conversation.Properties = Extension(ref reader, name, conversation.Properties, ConversationMembers); break;
            }
        }

        return conversation;
    }

    private static Attachment ReadAttachment(ref Utf8JsonReader reader)
    {
        var attachment = new Attachment();
        while (NextMember(ref reader, out var name, AttachmentMembers))
        {
            switch (name)
            {
                case "contentType": attachment.ContentType = Text(ref reader); break;
                case "contentUrl": attachment.ContentUrl = Text(ref reader); break;
                case "name": attachment.Name = Text(ref reader); break;
                case "thumbnailUrl": attachment.ThumbnailUrl = Text(ref reader); break;

                // Content is read by the SDK's stream converter: left to the SDK's serializer.
                case "content": throw new WireFallbackException(typeof(Attachment));
                default: attachment.Properties = Extension(ref reader, name, attachment.Properties, AttachmentMembers); break;
            }
        }

        return attachment;
    }

    private static Entity ReadEntity(ref Utf8JsonReader reader)
    {
        var entity = new Entity();
        while (NextMember(ref reader, out var name, EntityMembers))
        {
            if (name == "type")
            {
                entity.Type = Text(ref reader);
            }
            else
            {
                entity.Properties = Extension(ref reader, name, entity.Properties, EntityMembers);
            }
        }

        return entity;
    }

    private static SuggestedActions ReadSuggestedActions(ref Utf8JsonReader reader)
    {
        var actions = new SuggestedActions();
        while (NextMember(ref reader, out var name, SuggestedActionsMembers))
        {
            switch (name)
            {
                case "to": actions.To = List(ref reader, Text, actions.To); break;
                case "actions": actions.Actions = List(ref reader, ReadCardAction, actions.Actions); break;
                default: Skip(ref reader, name, SuggestedActionsMembers); break;
            }
        }

        return actions;
    }

    private static CardAction ReadCardAction(ref Utf8JsonReader reader)
    {
        var action = new CardAction();
        while (NextMember(ref reader, out var name, CardActionMembers))
        {
            switch (name)
            {
                case "type": action.Type = Text(ref reader); break;
                case "title": action.Title = Text(ref reader); break;
                case "image": action.Image = Text(ref reader); break;
                case "text": action.Text = Text(ref reader); break;
                case "displayText": action.DisplayText = Text(ref reader); break;
                case "value": action.Value = Plain(ref reader, action.Value); break;
                case "channelData": action.ChannelData = Plain(ref reader, action.ChannelData); break;
                case "imageAltText": action.ImageAltText = Text(ref reader); break;
                default: Skip(ref reader, name, CardActionMembers); break;
            }
        }

        return action;
    }

    private static MessageReaction ReadReaction(ref Utf8JsonReader reader)
    {
        var reaction = new MessageReaction();
        while (NextMember(ref reader, out var name, ReactionMembers))
        {
            if (name == "type")
            {
                reaction.Type = Text(ref reader);
            }
            else
            {
                Skip(ref reader, name, ReactionMembers);
            }
        }

        return reaction;
    }

    private delegate T ReadItem<T>(ref Utf8JsonReader reader);

    // On the next member's value, after its name; false at the end of the object. A declared member given as null is
    // passed over: the SDK's settings ignore null values when reading too, so it keeps the value it had.
    private static bool NextMember(ref Utf8JsonReader reader, out string name, string[] declared)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.Null || Array.IndexOf(declared, name) < 0)
            {
                return true;
            }
        }

        name = string.Empty;
        return false;
    }

    private static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new WireFallbackException(typeof(string));

    private static bool Flag(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new WireFallbackException(typeof(bool)),
    };

    // A member given twice would be merged into the first by Json.NET (it populates an existing object or list): left to it.
    private static T Nested<T>(ref Utf8JsonReader reader, ReadItem<T> read, T? existing)
        where T : class => reader.TokenType == JsonTokenType.StartObject && existing is null ? read(ref reader) : throw new WireFallbackException(typeof(T));

    private static object? Plain(ref Utf8JsonReader reader, object? existing) =>
        existing is null ? WireValueReader.ReadPlain(ref reader) : throw new WireFallbackException(existing.GetType());

    private static List<T> List<T>(ref Utf8JsonReader reader, ReadItem<T> read, IList<T>? existing)
        where T : class?
    {
        if (reader.TokenType != JsonTokenType.StartArray || existing is not null)
        {
            throw new WireFallbackException(typeof(List<T>));
        }

        // Strings for a list of strings, objects for a list of the schema's classes, nulls in either.
        var itemToken = typeof(T) == typeof(string) ? JsonTokenType.String : JsonTokenType.StartObject;
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.Null ? null! : reader.TokenType == itemToken ? read(ref reader) : throw new WireFallbackException(typeof(T)));
        }

        return items;
    }

    // An undeclared member goes to the extension data, as a tree (a repeated name replaces the earlier value in place).
    // A declared member written in another case is one Json.NET would still match: left to it.
    private static JObject Extension(ref Utf8JsonReader reader, string name, JObject? properties, string[] declared)
    {
        Undeclared(name, declared);
        properties ??= new JObject();
        properties[name] = WireValueReader.ReadToken(ref reader);
        return properties;
    }

    private static void Skip(ref Utf8JsonReader reader, string name, string[] declared)
    {
        Undeclared(name, declared);
        reader.Skip();
    }

    private static void Undeclared(string name, string[] declared)
    {
        foreach (var member in declared)
        {
            if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase))
            {
                throw new WireFallbackException(typeof(Activity));
            }
        }
    }

    private static readonly string[] ActivityMembers =
    [
        "type", "id", "timestamp", "localTimestamp", "localTimezone", "serviceUrl", "channelId", "from", "conversation", "recipient",
        "textFormat", "attachmentLayout", "membersAdded", "membersRemoved", "reactionsAdded", "reactionsRemoved", "topicName",
        "historyDisclosed", "locale", "text", "speak", "inputHint", "summary", "suggestedActions", "attachments", "entities",
        "channelData", "action", "replyToId", "label", "valueType", "value", "name", "relatesTo", "code", "expiration", "importance",
        "deliveryMode", "listenFor", "textHighlights", "semanticAction", "callerId", "properties",
    ];

    private static readonly string[] AccountMembers = ["id", "name", "aadObjectId", "role", "properties"];
    private static readonly string[] ConversationMembers = ["isGroup", "conversationType", "id", "name", "aadObjectId", "role", "tenantId", "properties"];
    private static readonly string[] AttachmentMembers = ["contentType", "contentUrl", "content", "name", "thumbnailUrl", "properties"];
    private static readonly string[] EntityMembers = ["type", "properties"];
    private static readonly string[] SuggestedActionsMembers = ["to", "actions"];
    private static readonly string[] ReactionMembers = ["type"];
    private static readonly string[] CardActionMembers = ["type", "title", "image", "text", "displayText", "value", "channelData", "imageAltText"];
}
