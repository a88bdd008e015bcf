using Microsoft.Bot.Builder;

namespace CrossBorderBot.Charts;

/// <summary>Puts the <see cref="ResultAddOnService"/> on every turn, for <see cref="ResultAddOns"/>, then runs the bot.</summary>
public sealed class ResultAddOnsBot(IBot inner, ResultAddOnService service) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(service);
        return inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
