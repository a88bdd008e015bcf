using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Replies;

/// <summary>
/// The one call a guide makes after showing its result (and the answerer after an answer). It finds the
/// <see cref="IResultFollowUps"/> the host put on the turn; where there is none (the terminal chat, dialog tests) it
/// does nothing, so guides need no constructor parameter for it.
/// </summary>
public static class ResultFollowUps
{
    public static Task SendAfterResultAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, string? location, CancellationToken cancellationToken) =>
        Of(turnContext)?.AfterResultAsync(turnContext, replies, location, cancellationToken) ?? Task.CompletedTask;

    /// <summary>The blocks that go with an answer (none where the host provides nothing).</summary>
    public static IReadOnlyList<ReplyBlock> ForAnswer(ITurnContext turnContext, KnowledgeAnswer answer) =>
        Of(turnContext)?.ForAnswer(turnContext, answer) ?? [];

    /// <summary>Puts <paramref name="followUps"/> on the turn, for the calls above.</summary>
    public static void Provide(ITurnContext turnContext, IResultFollowUps followUps)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(followUps);
    }

    private static IResultFollowUps? Of(ITurnContext? turnContext) => turnContext?.TurnState.Get<IResultFollowUps>();
}
