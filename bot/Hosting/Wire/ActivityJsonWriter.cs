using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// Writes an expectReplies body (<see cref="ExpectedReplies"/> and its activities) with System.Text.Json, property by
/// property in the order and form of the SDK's message serializer (Json.NET, null values left out, extension data
/// last), so a client reads the same bytes. Only the schema's own classes are written here: a subclass (a Teams
/// account, a typed entity) or a value that is neither a JSON tree nor a primitive throws
/// <see cref="WireFallbackException"/>, and the caller writes the body with the SDK's serializer. The property lists
/// are checked against Json.NET's contracts for these types by the tests, so an SDK upgrade that adds one fails them.
/// </summary>
internal static class ActivityJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ExpectedReplies replies)
    {
        writer.WriteStartObject();
        if (replies.Activities is { } activities)
        {
            writer.WritePropertyName("activities");
            WriteList(writer, activities, WriteActivity);
        }

        writer.WriteEndObject();
    }

    public static void WriteActivity(Utf8JsonWriter writer, Activity activity)
    {
        Exact(activity, typeof(Activity));
        writer.WriteStartObject();
        String(writer, "type", activity.Type);
        String(writer, "id", activity.Id);
        Date(writer, "timestamp", activity.Timestamp);
        Date(writer, "localTimestamp", activity.LocalTimestamp);
        String(writer, "localTimezone", activity.LocalTimezone);
        String(writer, "serviceUrl", activity.ServiceUrl);
        String(writer, "channelId", activity.ChannelId);
        Member(writer, "from", activity.From, WriteAccount);
        Member(writer, "conversation", activity.Conversation, WriteConversation);
        Member(writer, "recipient", activity.Recipient, WriteAccount);
        String(writer, "textFormat", activity.TextFormat);
        String(writer, "attachmentLayout", activity.AttachmentLayout);
        List(writer, "membersAdded", activity.MembersAdded, WriteAccount);
        List(writer, "membersRemoved", activity.MembersRemoved, WriteAccount);
        List(writer, "reactionsAdded", activity.ReactionsAdded, WriteReaction);
        List(writer, "reactionsRemoved", activity.ReactionsRemoved, WriteReaction);
        String(writer, "topicName", activity.TopicName);
        Bool(writer, "historyDisclosed", activity.HistoryDisclosed);
        String(writer, "locale", activity.Locale);
        String(writer, "text", activity.Text);
        String(writer, "speak", activity.Speak);
        String(writer, "inputHint", activity.InputHint);
        String(writer, "summary", activity.Summary);
        Member(writer, "suggestedActions", activity.SuggestedActions, WriteSuggestedActions);
        List(writer, "attachments", activity.Attachments, WriteAttachment);
        List(writer, "entities", activity.Entities, WriteEntity);
        Value(writer, "channelData", activity.ChannelData);
        String(writer, "action", activity.Action);
        String(writer, "replyToId", activity.ReplyToId);
        String(writer, "label", activity.Label);
        String(writer, "valueType", activity.ValueType);
        Value(writer, "value", activity.Value);
        String(writer, "name", activity.Name);
        Member(writer, "relatesTo", activity.RelatesTo, WriteReference);
        String(writer, "code", activity.Code);
        Date(writer, "expiration", activity.Expiration);
        String(writer, "importance", activity.Importance);
        String(writer, "deliveryMode", activity.DeliveryMode);
        List(writer, "listenFor", activity.ListenFor, (w, text) => w.WriteStringValue(text));
        List(writer, "textHighlights", activity.TextHighlights, WriteHighlight);
        Member(writer, "semanticAction", activity.SemanticAction, WriteSemanticAction);
        String(writer, "callerId", activity.CallerId);
        Extension(writer, activity.Properties);
        writer.WriteEndObject();
    }

    private static void WriteAccount(Utf8JsonWriter writer, ChannelAccount account)
    {
        Exact(account, typeof(ChannelAccount));
        writer.WriteStartObject();
        String(writer, "id", account.Id);
        String(writer, "name", account.Name);
        String(writer, "aadObjectId", account.AadObjectId);
        String(writer, "role", account.Role);
        Extension(writer, account.Properties);
        writer.WriteEndObject();
    }

    private static void WriteConversation(Utf8JsonWriter writer, ConversationAccount conversation)
    {
        Exact(conversation, typeof(ConversationAccount));
        writer.WriteStartObject();
        Bool(writer, "isGroup", conversation.IsGroup);
        String(writer, "conversationType", conversation.ConversationType);
        String(writer, "id", conversation.Id);
        String(writer, "name", conversation.Name);
        String(writer, "aadObjectId", conversation.AadObjectId);
        String(writer, "role", conversation.Role);
        String(writer, "tenantId", conversation.TenantId);
        Extension(writer, conversation.Properties);
        writer.WriteEndObject();
    }

    private static void WriteAttachment(Utf8JsonWriter writer, Attachment attachment)
    {
        Exact(attachment, typeof(Attachment));
        writer.WriteStartObject();
        String(writer, "contentType", attachment.ContentType);
        String(writer, "contentUrl", attachment.ContentUrl);
        if (attachment.Content is not null)
        {
            // The SDK's converter for content copies a JSON tree before writing it (looking for streams) and writes
            // strings as they are; typed content (a hero card object, a stream) is left to it.
            if (attachment.Content is not (JToken or string))
            {
                throw new WireFallbackException(attachment.Content.GetType());
            }

            writer.WritePropertyName("content");
            WireValueWriter.WriteValue(writer, attachment.Content);
        }

        String(writer, "name", attachment.Name);
        String(writer, "thumbnailUrl", attachment.ThumbnailUrl);
        Extension(writer, attachment.Properties);
        writer.WriteEndObject();
    }

    private static void WriteSuggestedActions(Utf8JsonWriter writer, SuggestedActions actions)
    {
        Exact(actions, typeof(SuggestedActions));
        writer.WriteStartObject();
        List(writer, "to", actions.To, (w, id) => w.WriteStringValue(id));
        List(writer, "actions", actions.Actions, WriteCardAction);
        writer.WriteEndObject();
    }

    private static void WriteCardAction(Utf8JsonWriter writer, CardAction action)
    {
        Exact(action, typeof(CardAction));
        writer.WriteStartObject();
        String(writer, "type", action.Type);
        String(writer, "title", action.Title);
        String(writer, "image", action.Image);
        String(writer, "text", action.Text);
        String(writer, "displayText", action.DisplayText);
        Value(writer, "value", action.Value);
        Value(writer, "channelData", action.ChannelData);
        String(writer, "imageAltText", action.ImageAltText);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        Exact(entity, typeof(Entity));
        writer.WriteStartObject();
        String(writer, "type", entity.Type);
        Extension(writer, entity.Properties);
        writer.WriteEndObject();
    }

    private static void WriteReaction(Utf8JsonWriter writer, MessageReaction reaction)
    {
        Exact(reaction, typeof(MessageReaction));
        writer.WriteStartObject();
        String(writer, "type", reaction.Type);
        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, ConversationReference reference)
    {
        Exact(reference, typeof(ConversationReference));
        writer.WriteStartObject();
        String(writer, "activityId", reference.ActivityId);
        Member(writer, "user", reference.User, WriteAccount);
        Member(writer, "bot", reference.Bot, WriteAccount);
        Member(writer, "conversation", reference.Conversation, WriteConversation);
        String(writer, "channelId", reference.ChannelId);
        String(writer, "locale", reference.Locale);
        String(writer, "serviceUrl", reference.ServiceUrl);
        writer.WriteEndObject();
    }

    private static void WriteHighlight(Utf8JsonWriter writer, TextHighlight highlight)
    {
        Exact(highlight, typeof(TextHighlight));
        writer.WriteStartObject();
        String(writer, "text", highlight.Text);
        if (highlight.Occurrence is { } occurrence)
        {
            writer.WriteNumber("occurrence", occurrence);
        }

        writer.WriteEndObject();
    }

    private static void WriteSemanticAction(Utf8JsonWriter writer, SemanticAction action)
    {
        Exact(action, typeof(SemanticAction));
        writer.WriteStartObject();
        String(writer, "id", action.Id);
        if (action.Entities is { } entities)
        {
            if (entities.GetType() != typeof(Dictionary<string, Entity>))
            {
                throw new WireFallbackException(entities.GetType());
            }

            writer.WritePropertyName("entities");
            writer.WriteStartObject();
            foreach (var (key, entity) in entities)
            {
                writer.WritePropertyName(key);
                ItemOrNull(writer, entity, WriteEntity);
            }

            writer.WriteEndObject();
        }

        String(writer, "state", action.State);
        writer.WriteEndObject();
    }

    // Json.NET writes extension data after the declared properties, each entry as it stands (null included).
    private static void Extension(Utf8JsonWriter writer, JObject? properties)
    {
        if (properties is null)
        {
            return;
        }

        for (var child = properties.First; child is not null; child = child.Next)
        {
            var property = (JProperty)child;
            writer.WritePropertyName(property.Name);
            WireValueWriter.WriteToken(writer, property.Value);
        }
    }

    private static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void Date(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WritePropertyName(name);
            WireValueWriter.WriteValue(writer, date);
        }
    }

    private static void Value(Utf8JsonWriter writer, string name, object? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            WireValueWriter.WriteValue(writer, value);
        }
    }

    private static void Member<T>(Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
    }

    private static void List<T>(Utf8JsonWriter writer, string name, IList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is not null)
        {
            writer.WritePropertyName(name);
            WriteList(writer, items, write);
        }
    }

    private static void WriteList<T>(Utf8JsonWriter writer, IList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            ItemOrNull(writer, items[i], write);
        }

        writer.WriteEndArray();
    }

    private static void ItemOrNull<T>(Utf8JsonWriter writer, T? item, Action<Utf8JsonWriter, T> write)
    {
        if (item is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, item);
        }
    }

    private static void Exact(object value, Type type)
    {
        if (value.GetType() != type)
        {
            throw new WireFallbackException(value.GetType());
        }
    }
}
