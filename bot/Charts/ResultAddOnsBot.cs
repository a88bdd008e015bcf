namespace CrossBorderBot.Charts;

/// <summary>Puts the <see cref="ResultAddOnService"/> on every turn as its <see cref="IResultFollowUps"/>, then runs the bot.</summary>
public sealed class ResultAddOnsBot(IBot inner, ResultAddOnService service) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ResultFollowUps.Provide(turnContext, service);
        return inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
