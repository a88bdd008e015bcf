using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Replies;

/// <summary>
/// What may follow a guide's result or an answer about a market's rules (charts of the result, an offer of rule-change
/// alerts). An area beside the turn provides it for each turn; guides and the answerer reach it through
/// <see cref="ResultFollowUps"/> and never name that area.
/// </summary>
public interface IResultFollowUps
{
    /// <summary>After a guide's result (<paramref name="replies"/>); <paramref name="location"/> is the market it concerns, if one.</summary>
    Task AfterResultAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, string? location, CancellationToken cancellationToken);

    /// <summary>What goes with an answer from the knowledge base (shown in the answer's own message where the channel shows cards).</summary>
    IReadOnlyList<ReplyBlock> ForAnswer(ITurnContext turnContext, KnowledgeAnswer answer);
}
