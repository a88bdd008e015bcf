using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Interactivity payloads: a click on a button (or a choice in a static select) the bot posted. The clicked value
/// becomes the activity's <c>value</c> (the reply model's <c>{ "verb", "value" }</c>), exactly like a card submit, so
/// the waiting prompt takes it as its answer; the message is then updated to show the choice without its buttons.
/// </summary>
public sealed partial class SlackInteractionHandler(SlackTurnQueue queue, SlackAdapter adapter, SlackApiClient api, SlackBotIdentity identity, ILogger<SlackInteractionHandler> logger)
{
    public SlackRequestOutcome Handle(JObject payload)
    {
        if (payload.Value<string>("type") != "block_actions")
        {
            return SlackRequestOutcome.Ignored;
        }

        if (payload["actions"] is not JArray { Count: > 0 } actions
            || payload.SelectToken("user.id")?.ToString() is not { Length: > 0 } userId
            || (payload.SelectToken("team.id") ?? payload.SelectToken("user.team_id"))?.ToString() is not { Length: > 0 } teamId
            || (payload.SelectToken("container.channel_id") ?? payload.SelectToken("channel.id"))?.ToString() is not { Length: > 0 } channel)
        {
            return SlackRequestOutcome.Malformed;
        }

        var action = actions[0];
        var (value, title) = action.Value<string>("type") switch
        {
            "static_select" => (action.SelectToken("selected_option.value")?.ToString(), action.SelectToken("selected_option.text.text")?.ToString()),
            _ => (action.Value<string>("value"), action.SelectToken("text.text")?.ToString()),
        };
        var message = payload["message"] as JObject;
        if (string.IsNullOrEmpty(value) || IsLinkButton(message, action.Value<string>("action_id")))
        {
            // A cleared select, or a link button: Slack opened the link itself, and the message stays as it is.
            return SlackRequestOutcome.Ignored;
        }

        var messageTs = payload.SelectToken("container.message_ts")?.ToString() ?? message?.Value<string>("ts");
        var threadTs = message?.Value<string>("thread_ts");
        // A channel thread is a conversation of its own; a direct message is one conversation, threads included.
        var inThread = threadTs is not null && threadTs != messageTs && SlackActivityFactory.ConversationTypeOf(channel) != "im";
        var conversation = new SlackConversationId(teamId, channel, inThread ? threadTs : null);
        var activity = SlackActivityFactory.Message(
            conversation,
            userId,
            identity.Known(teamId),
            text: null,
            ts: action.Value<string>("action_ts"),
            SlackActivityFactory.ConversationTypeOf(channel),
            (JObject)payload.DeepClone());
        SlackActivityFactory.ApplyChosenValue(activity, value);
        activity.ReplyToId = messageTs;

        // A form's submit button: the inputs' values join the submit data keyed by field id, as an Adaptive Card
        // submit merges its inputs, so the guide reads a form the same way on every channel.
        var formValues = SlackFormValue.Read(payload["state"]);
        if (activity.Value is JObject submitted)
        {
            foreach (var input in formValues)
            {
                submitted[input.ActionId] = input.Value;
            }
        }

        var canUpdate = messageTs is not null && message is not null && payload.SelectToken("container.is_ephemeral")?.Value<bool>() != true;
        var queued = queue.TryEnqueue(conversation.ToString(), async cancellationToken =>
        {
            if (canUpdate)
            {
                // Show the choice first, so the buttons are gone before the next question appears. A failure is
                // logged by the client and does not keep the user's answer from being handled.
                var blocks = SlackChoiceUpdate.Blocks(message!["blocks"] as JArray, action.Value<string>("block_id"), title ?? value, formValues);
                try
                {
                    await api.UpdateMessageAsync(channel, messageTs!, message.Value<string>("text") ?? title ?? value, blocks, cancellationToken);
                }
                catch (HttpRequestException exception)
                {
                    LogUpdateFailed(logger, exception, conversation.ToString());
                }
            }

            activity.Recipient.Id = await identity.GetAsync(teamId, cancellationToken) ?? activity.Recipient.Id;
            await adapter.ProcessActivityAsync(activity, cancellationToken);
        });

        return queued ? SlackRequestOutcome.Accepted : SlackRequestOutcome.Busy;
    }

    private static bool IsLinkButton(JObject? message, string? actionId) =>
        actionId is not null
        && (message?["blocks"] as JArray ?? [])
            .SelectMany(block => (block["elements"] as JArray ?? []).Append(block["accessory"] ?? new JObject()))
            .Any(element => element?.Value<string>("action_id") == actionId && element["url"] is not null);

    [LoggerMessage(EventId = LogEventIds.SlackInteractionUpdateFailed, Level = LogLevel.Warning, Message = "Could not update the clicked message in Slack conversation {ConversationId}; handling the click anyway")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string conversationId);
}
