namespace CrossBorderBot.Channels.Terminal;

/// <summary>
/// An in-process Bot Framework adapter for the terminal chat: turns run in this process and the bot's replies are
/// rendered as text on the given writer (replies from the reply model, their buttons numbered).
/// </summary>
public sealed class TerminalAdapter : InProcessBotAdapter
{
    private readonly TerminalTranscriptWriter _writer;

    public TerminalAdapter(TerminalTranscriptWriter writer, Func<ITurnContext, Exception, Task> onTurnError)
        : base(onTurnError)
    {
        _writer = writer;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id ??= Guid.NewGuid().ToString("N");
            responses[i] = new ResourceResponse(activity.Id);

            if (activity.Type == ActivityTypes.Delay && activity.Value is int milliseconds)
            {
                await Task.Delay(milliseconds, cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                await _writer.WriteAsync(activity, cancellationToken);
            }

            // Traces, typing indicators and the like have nothing to show in a terminal.
        }

        return responses;
    }

    /// <remarks>A terminal cannot edit what it already printed; printing the new version is the honest equivalent.</remarks>
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => (await SendActivitiesAsync(turnContext, [activity], cancellationToken))[0];

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Task.CompletedTask;
}
