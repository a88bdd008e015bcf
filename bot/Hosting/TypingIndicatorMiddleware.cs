namespace CrossBorderBot.Hosting;

/// <summary>
/// Shows "typing…" while the bot builds its reply to a user's message, on the channels that show a bot's typing
/// (Teams, Web Chat through Azure Bot Service or our own Direct Line, the Emulator): one indicator at once, then one
/// every <see cref="RepeatEvery"/> until the turn ends, because the clients drop an indicator after a few seconds and a
/// long result (a logistics comparison, a platform ranking) takes longer. Sent through the adapter itself, not the turn
/// context, so it neither counts as the turn's reply (<c>Responded</c>) nor reaches the reply handlers. Slack has no
/// typing for Events API bots and the terminal nothing to show: their adapters ignore the activity. Turns whose replies
/// come back in the HTTP response (<c>expectReplies</c>) get none: nothing can show it before the response.
/// </summary>
public sealed partial class TypingIndicatorMiddleware(TimeProvider time, ILogger<TypingIndicatorMiddleware> logger) : IBotFrameworkChannelMiddleware
{
    /// <summary>Teams and Web Chat hide an indicator after about 3 to 5 seconds without a new one.</summary>
    public static readonly TimeSpan RepeatEvery = TimeSpan.FromSeconds(3);

    private static readonly HashSet<string> ChannelsShowingTyping = new(StringComparer.OrdinalIgnoreCase)
    {
        Microsoft.Bot.Connector.Channels.Msteams,
        Microsoft.Bot.Connector.Channels.Webchat,
        Microsoft.Bot.Connector.Channels.Directline,
        Microsoft.Bot.Connector.Channels.Emulator,
    };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message
            || activity.DeliveryMode == DeliveryModes.ExpectReplies
            || activity.ChannelId is null
            || !ChannelsShowingTyping.Contains(activity.ChannelId))
        {
            await next(cancellationToken);
            return;
        }

        await SendTypingAsync(turnContext, cancellationToken);
        using var turnEnded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var repeating = RepeatAsync(turnContext, turnEnded.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await turnEnded.CancelAsync();
            await repeating;
        }
    }

    private async Task RepeatAsync(ITurnContext turnContext, CancellationToken turnEnded)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RepeatEvery, time, turnEnded);
                await SendTypingAsync(turnContext, turnEnded);
            }
        }
        catch (OperationCanceledException) when (turnEnded.IsCancellationRequested)
        {
            // The turn ended: its reply replaces the indicator.
        }
    }

    private async Task SendTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var typing = turnContext.Activity.CreateReply();
        typing.Type = ActivityTypes.Typing;
        typing.Text = null;
        typing.Locale = null;
        try
        {
            await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An indicator is never worth the reply: the turn goes on without it.
            LogTypingFailed(logger, exception, turnContext.Activity.ChannelId);
        }
    }

    [LoggerMessage(EventId = LogEventIds.HostingTypingFailed, Level = LogLevel.Warning, Message = "Could not show typing on channel {ChannelId}")]
    private static partial void LogTypingFailed(ILogger logger, Exception exception, string? channelId);
}
