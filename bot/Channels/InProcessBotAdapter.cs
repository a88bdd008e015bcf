namespace CrossBorderBot.Channels;

/// <summary>
/// A Bot Framework adapter whose turns run in this process (the Direct Line host, the terminal): it starts a turn from
/// an activity and runs the middleware pipeline; subclasses decide where the bot's replies go.
/// </summary>
public abstract class InProcessBotAdapter : BotAdapter
{
    protected InProcessBotAdapter(Func<ITurnContext, Exception, Task> onTurnError)
    {
        OnTurnError = onTurnError;
    }

    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        // Awaited inside the using: the context must outlive the turn, whose storage I/O may complete asynchronously.
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }
}
