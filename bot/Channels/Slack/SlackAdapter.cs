using CrossBorderBot.Hosting;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// The Bot Framework adapter for native Slack: runs the one <see cref="IBot"/> on activities built from Slack
/// events, and sends the bot's replies with the Web API (<c>chat.postMessage</c> into the conversation's channel and
/// thread, <c>chat.update</c>, <c>chat.delete</c>). A reply's id is the Slack <c>ts</c> of its (first) message.
/// </summary>
public sealed class SlackAdapter : BotAdapter
{
    private readonly IBot _bot;
    private readonly SlackApiClient _api;

    public SlackAdapter(IBot bot, SlackApiClient api, ILogger<SlackAdapter> logger)
    {
        _bot = bot;
        _api = api;
        OnTurnError = TurnErrorReply.Handler(logger);
    }

    public async Task ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse(string.Empty);
            if (activity.Type == ActivityTypes.Delay)
            {
                var delay = activity.Value is int milliseconds ? milliseconds : 1000;
                await Task.Delay(delay, cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                var conversation = ConversationOf(activity);
                var thread = conversation.ThreadTs ?? SlackActivityFactory.ReplyThreadOf(turnContext.Activity);
                foreach (var message in SlackMessageRenderer.Render(activity, conversation.ChannelId, thread))
                {
                    var result = await _api.PostMessageAsync(message, cancellationToken);
                    if (!result.Ok)
                    {
                        throw new SlackApiException("chat.postMessage", result.Error);
                    }

                    if (string.IsNullOrEmpty(responses[i].Id))
                    {
                        responses[i] = new ResourceResponse(result.Ts ?? string.Empty);
                    }
                }
            }

            // Typing indicators and traces have no Slack counterpart for bots using the Events API.
        }

        return responses;
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(activity);
        var message = SlackMessageRenderer.Render(activity, conversation.ChannelId, conversation.ThreadTs).FirstOrDefault()
            ?? new SlackOutgoingMessage(conversation.ChannelId, " ", null, conversation.ThreadTs);
        var result = await _api.UpdateMessageAsync(conversation.ChannelId, activity.Id, message.Text, message.Blocks ?? [], cancellationToken);
        if (!result.Ok)
        {
            throw new SlackApiException("chat.update", result.Error);
        }

        return new ResourceResponse(activity.Id);
    }

    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (!SlackConversationId.TryParse(reference.Conversation?.Id, out var conversation))
        {
            throw new InvalidOperationException("Not a Slack conversation.");
        }

        var result = await _api.DeleteMessageAsync(conversation.ChannelId, reference.ActivityId, cancellationToken);
        if (!result.Ok)
        {
            throw new SlackApiException("chat.delete", result.Error);
        }
    }

    private static SlackConversationId ConversationOf(IActivity activity) =>
        SlackConversationId.TryParse(activity.Conversation?.Id, out var conversation)
            ? conversation
            : throw new InvalidOperationException("The activity's conversation is not a Slack conversation.");
}
