using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Replies;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Charts;

/// <summary>
/// The one call a guide makes after showing its result (and the answerer after an answer about rules). It finds the
/// <see cref="ResultAddOnService"/> the host put on the turn; where there is none (the terminal chat, dialog tests),
/// it does nothing, so guides need no new constructor parameters.
/// </summary>
public static class ResultAddOns
{
    /// <summary>Charts of the result's tables and, with <paramref name="location"/>, the rule-change alert button.</summary>
    public static Task SendAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, string? location, CancellationToken cancellationToken) =>
        ServiceOf(turnContext) is { } service ? service.SendAsync(turnContext, replies, location, cancellationToken) : Task.CompletedTask;

    /// <summary>The rule-change alert button after an answer about a market's rules.</summary>
    public static Task OfferAlertsAsync(ITurnContext turnContext, KnowledgeAnswer answer, CancellationToken cancellationToken) =>
        ServiceOf(turnContext) is { } service ? service.OfferAlertsAsync(turnContext, answer, cancellationToken) : Task.CompletedTask;

    private static ResultAddOnService? ServiceOf(ITurnContext? turnContext) =>
        turnContext?.TurnState.Get<ResultAddOnService>();
}
