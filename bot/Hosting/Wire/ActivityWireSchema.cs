using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// The schema classes of an activity as the SDK's message serializer writes and reads them: one table per class, its
/// members in Json.NET's order, used by both <see cref="ActivityJsonWriter"/> and <see cref="ActivityJsonReader"/>.
/// The tables are checked against Json.NET's contracts for these types by the tests, so an SDK upgrade that adds a
/// property fails them. Classes are declared before the tables that use them.
/// </summary>
internal static class ActivityWireSchema
{
    public static readonly WireObject<ChannelAccount> Account = new WireObject<ChannelAccount>(a => a.Properties, (a, p) => a.Properties = p)
        .Text("id", a => a.Id, (a, v) => a.Id = v)
        .Text("name", a => a.Name, (a, v) => a.Name = v)
        .Text("aadObjectId", a => a.AadObjectId, (a, v) => a.AadObjectId = v)
        .Text("role", a => a.Role, (a, v) => a.Role = v)
        .Done();

    public static readonly WireObject<ConversationAccount> Conversation = new WireObject<ConversationAccount>(c => c.Properties, (c, p) => c.Properties = p)
        .Flag("isGroup", c => c.IsGroup, (c, v) => c.IsGroup = v)
        .Text("conversationType", c => c.ConversationType, (c, v) => c.ConversationType = v)
        .Text("id", c => c.Id, (c, v) => c.Id = v)
        .Text("name", c => c.Name, (c, v) => c.Name = v)
        .Text("aadObjectId", c => c.AadObjectId, (c, v) => c.AadObjectId = v)
        .Text("role", c => c.Role, (c, v) => c.Role = v)
        .Text("tenantId", c => c.TenantId, (c, v) => c.TenantId = v)
        .Done();

    public static readonly WireObject<Attachment> Attachment = new WireObject<Attachment>(a => a.Properties, (a, p) => a.Properties = p)
        .Text("contentType", a => a.ContentType, (a, v) => a.ContentType = v)
        .Text("contentUrl", a => a.ContentUrl, (a, v) => a.ContentUrl = v)

        // Content is read by the SDK's stream converter: left to the SDK's serializer on the way in.
        .WrittenOnly("content", a => a.Content, WriteContent)
        .Text("name", a => a.Name, (a, v) => a.Name = v)
        .Text("thumbnailUrl", a => a.ThumbnailUrl, (a, v) => a.ThumbnailUrl = v)
        .Done();

    public static readonly WireObject<Entity> Entity = new WireObject<Entity>(e => e.Properties, (e, p) => e.Properties = p)
        .Text("type", e => e.Type, (e, v) => e.Type = v)
        .Done();

    public static readonly WireObject<MessageReaction> Reaction = new WireObject<MessageReaction>()
        .Text("type", r => r.Type, (r, v) => r.Type = v)
        .Done();

    public static readonly WireObject<CardAction> CardAction = new WireObject<CardAction>()
        .Text("type", c => c.Type, (c, v) => c.Type = v)
        .Text("title", c => c.Title, (c, v) => c.Title = v)
        .Text("image", c => c.Image, (c, v) => c.Image = v)
        .Text("text", c => c.Text, (c, v) => c.Text = v)
        .Text("displayText", c => c.DisplayText, (c, v) => c.DisplayText = v)
        .Plain("value", c => c.Value, (c, v) => c.Value = v)
        .Plain("channelData", c => c.ChannelData, (c, v) => c.ChannelData = v)
        .Text("imageAltText", c => c.ImageAltText, (c, v) => c.ImageAltText = v)
        .Done();

    public static readonly WireObject<SuggestedActions> SuggestedActions = new WireObject<SuggestedActions>()
        .TextList("to", s => s.To, (s, v) => s.To = v)
        .List("actions", s => s.Actions, (s, v) => s.Actions = v, CardAction)
        .Done();

    // Written only: an incoming activity that has one is read by the SDK's serializer (relatesTo).
    public static readonly WireObject<ConversationReference> Reference = new WireObject<ConversationReference>()
        .Text("activityId", r => r.ActivityId, (r, v) => r.ActivityId = v)
        .Nested("user", r => r.User, (r, v) => r.User = v, Account)
        .Nested("bot", r => r.Bot, (r, v) => r.Bot = v, Account)
        .Nested("conversation", r => r.Conversation, (r, v) => r.Conversation = v, Conversation)
        .Text("channelId", r => r.ChannelId, (r, v) => r.ChannelId = v)
        .Text("locale", r => r.Locale, (r, v) => r.Locale = v)
        .Text("serviceUrl", r => r.ServiceUrl, (r, v) => r.ServiceUrl = v)
        .Done();

    public static readonly WireObject<Activity> Activity = new WireObject<Activity>(a => a.Properties, (a, p) => a.Properties = p)
        .Text("type", a => a.Type, (a, v) => a.Type = v)
        .Text("id", a => a.Id, (a, v) => a.Id = v)
        .Date("timestamp", a => a.Timestamp, (a, v) => a.Timestamp = v)
        .Date("localTimestamp", a => a.LocalTimestamp, (a, v) => a.LocalTimestamp = v)
        .Text("localTimezone", a => a.LocalTimezone, (a, v) => a.LocalTimezone = v)
        .Text("serviceUrl", a => a.ServiceUrl, (a, v) => a.ServiceUrl = v)
        .Text("channelId", a => a.ChannelId, (a, v) => a.ChannelId = v)
        .Nested("from", a => a.From, (a, v) => a.From = v, Account)
        .Nested("conversation", a => a.Conversation, (a, v) => a.Conversation = v, Conversation)
        .Nested("recipient", a => a.Recipient, (a, v) => a.Recipient = v, Account)
        .Text("textFormat", a => a.TextFormat, (a, v) => a.TextFormat = v)
        .Text("attachmentLayout", a => a.AttachmentLayout, (a, v) => a.AttachmentLayout = v)
        .List("membersAdded", a => a.MembersAdded, (a, v) => a.MembersAdded = v, Account)
        .List("membersRemoved", a => a.MembersRemoved, (a, v) => a.MembersRemoved = v, Account)
        .List("reactionsAdded", a => a.ReactionsAdded, (a, v) => a.ReactionsAdded = v, Reaction)
        .List("reactionsRemoved", a => a.ReactionsRemoved, (a, v) => a.ReactionsRemoved = v, Reaction)
        .Text("topicName", a => a.TopicName, (a, v) => a.TopicName = v)
        .Flag("historyDisclosed", a => a.HistoryDisclosed, (a, v) => a.HistoryDisclosed = v)
        .Text("locale", a => a.Locale, (a, v) => a.Locale = v)
        .Text("text", a => a.Text, (a, v) => a.Text = v)
        .Text("speak", a => a.Speak, (a, v) => a.Speak = v)
        .Text("inputHint", a => a.InputHint, (a, v) => a.InputHint = v)
        .Text("summary", a => a.Summary, (a, v) => a.Summary = v)
        .Nested("suggestedActions", a => a.SuggestedActions, (a, v) => a.SuggestedActions = v, SuggestedActions)
        .List("attachments", a => a.Attachments, (a, v) => a.Attachments = v, Attachment)
        .List("entities", a => a.Entities, (a, v) => a.Entities = v, Entity)
        .Plain("channelData", a => a.ChannelData, (a, v) => a.ChannelData = v)
        .Text("action", a => a.Action, (a, v) => a.Action = v)
        .Text("replyToId", a => a.ReplyToId, (a, v) => a.ReplyToId = v)
        .Text("label", a => a.Label, (a, v) => a.Label = v)
        .Text("valueType", a => a.ValueType, (a, v) => a.ValueType = v)
        .Plain("value", a => a.Value, (a, v) => a.Value = v)
        .Text("name", a => a.Name, (a, v) => a.Name = v)
        .WrittenOnly("relatesTo", a => a.RelatesTo, Reference.Write)
        .Text("code", a => a.Code, (a, v) => a.Code = v)
        .Date("expiration", a => a.Expiration, (a, v) => a.Expiration = v)
        .Text("importance", a => a.Importance, (a, v) => a.Importance = v)
        .Text("deliveryMode", a => a.DeliveryMode, (a, v) => a.DeliveryMode = v)
        .TextList("listenFor", a => a.ListenFor, (a, v) => a.ListenFor = v)
        .WrittenOnly("textHighlights", a => a.TextHighlights, (writer, highlights) => WireValueWriter.WriteList(writer, highlights, WriteHighlight))
        .WrittenOnly("semanticAction", a => a.SemanticAction, WriteSemanticAction)
        .Text("callerId", a => a.CallerId, (a, v) => a.CallerId = v)
        .Done();

    private static void WriteContent(Utf8JsonWriter writer, object content)
    {
        // A rendered card is already the bytes the SDK would write for its tree (same escaping, compact).
        if (content is Replies.AdaptiveCardJson card)
        {
            writer.WriteRawValue(card.Utf8.Span, skipInputValidation: true);
            return;
        }

        // The SDK's converter for content copies a JSON tree before writing it (looking for streams) and writes
        // strings as they are; typed content (a hero card object, a stream) is left to it.
        if (content is not (JToken or string))
        {
            throw new WireFallbackException(content.GetType());
        }

        WireValueWriter.WriteValue(writer, content);
    }

    private static void WriteHighlight(Utf8JsonWriter writer, TextHighlight highlight)
    {
        WireValueWriter.Exact(highlight, typeof(TextHighlight));
        writer.WriteStartObject();
        if (highlight.Text is { } text)
        {
            writer.WriteString("text", text);
        }

        if (highlight.Occurrence is { } occurrence)
        {
            writer.WriteNumber("occurrence", occurrence);
        }

        writer.WriteEndObject();
    }

    private static void WriteSemanticAction(Utf8JsonWriter writer, SemanticAction action)
    {
        WireValueWriter.Exact(action, typeof(SemanticAction));
        writer.WriteStartObject();
        if (action.Id is { } id)
        {
            writer.WriteString("id", id);
        }

        if (action.Entities is { } entities)
        {
            WireValueWriter.Exact(entities, typeof(Dictionary<string, Entity>));
            writer.WritePropertyName("entities");
            writer.WriteStartObject();
            foreach (var (key, entity) in entities)
            {
                writer.WritePropertyName(key);
                if (entity is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    Entity.Write(writer, entity);
                }
            }

            writer.WriteEndObject();
        }

        if (action.State is { } state)
        {
            writer.WriteString("state", state);
        }

        writer.WriteEndObject();
    }
}
