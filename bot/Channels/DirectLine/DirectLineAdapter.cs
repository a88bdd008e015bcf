namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Runs the bot's turns in process for the self-hosted Direct Line endpoint: whatever the bot sends is appended to the
/// conversation's log, where the web chat's next poll picks it up. Traces (Emulator only) are not kept; typing
/// indicators are, so Web Chat shows "typing…" while a long reply is built (its next message from the bot ends it).
/// </summary>
public sealed class DirectLineAdapter : InProcessBotAdapter
{
    /// <summary>A bot's "delay" activity pauses the turn; the web chat is waiting for the reply, so keep it short.</summary>
    private const int MaxDelayMilliseconds = 3000;

    private readonly DirectLineConversationStore _store;
    private readonly TimeProvider _time;

    public DirectLineAdapter(DirectLineConversationStore store, TimeProvider time, Func<ITurnContext, Exception, Task> onTurnError)
        : base(onTurnError)
    {
        _store = store;
        _time = time;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        var kept = new List<(int Index, Activity Activity)>();
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.Delay)
            {
                // Anything queued before the pause must be visible during it.
                await FlushAsync(turnContext, kept, responses, cancellationToken);
                var milliseconds = activity.Value is int value ? value : 0;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, MaxDelayMilliseconds)), _time, cancellationToken);
                responses[i] = new ResourceResponse(Guid.NewGuid().ToString("N"));
            }
            else if (activity.Type == ActivityTypes.Trace)
            {
                responses[i] = new ResourceResponse(Guid.NewGuid().ToString("N"));
            }
            else
            {
                kept.Add((i, activity));
            }
        }

        await FlushAsync(turnContext, kept, responses, cancellationToken);
        return responses;
    }

    /// <summary>Direct Line delivers an update as the activity again with the same id; Web Chat replaces it in place.</summary>
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var requestedId = activity.Id;
        var responses = await SendActivitiesAsync(turnContext, [activity], cancellationToken);
        return requestedId is null ? responses[0] : new ResourceResponse(requestedId);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => reference.ActivityId is null || reference.Conversation?.Id is null
            ? Task.CompletedTask
            : _store.RemoveAsync(reference.Conversation.Id, reference.ActivityId, cancellationToken);

    private async Task FlushAsync(ITurnContext turnContext, List<(int Index, Activity Activity)> kept, ResourceResponse[] responses, CancellationToken cancellationToken)
    {
        if (kept.Count == 0)
        {
            return;
        }

        var incoming = turnContext.Activity;
        foreach (var (_, activity) in kept)
        {
            activity.ChannelId = DirectLineEndpoints.ChannelId;
            activity.ServiceUrl ??= incoming.ServiceUrl;
            activity.Conversation ??= incoming.Conversation;
            activity.From ??= incoming.Recipient;
            activity.Recipient ??= incoming.From;
            activity.From.Role ??= RoleTypes.Bot;
            activity.Timestamp = _time.GetUtcNow();
        }

        var ids = await _store.AppendAsync(incoming.Conversation.Id, [.. kept.Select(k => k.Activity)], cancellationToken);
        for (var i = 0; i < kept.Count; i++)
        {
            responses[kept[i].Index] = new ResourceResponse(ids[i]);
        }

        kept.Clear();
    }
}
