using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// "never mind that, we need to get 20 kg of tiles to Poland", "算了这个先放一边，帮我看看…": inside a guide or at its
/// result, the request that follows words dropping the current one is read on its own, as at the menu. It counts when it
/// asks for another guide or tells a problem; anything else (an answer, a question, a correction after "never mind") is
/// left to the arbiter's reading of the whole message, so the running guide still gets what is its own.
/// </summary>
public static class DroppedRequest
{
    /// <summary>The request after the dropping words, when the message opens with them at a guide's question or result.</summary>
    public static string? Of(ConversationPlace place, string text) =>
        place.Kind is ConversationPlaceKind.GuideQuestion or ConversationPlaceKind.Result && MessageCues.AfterDroppingTheCurrent(text) is { } rest
        && MessageCues.IsSentence(rest)
            ? rest
            : null;

    /// <summary>
    /// What the request is for: <see cref="MessagePurpose.NewTask"/> (another guide) or
    /// <see cref="MessagePurpose.ProblemReport"/>; null when it is neither, or asks for the guide already running.
    /// </summary>
    /// <param name="place">Where the conversation stands.</param>
    /// <param name="restPlace">The menu, with the guide whose questions the request answers.</param>
    /// <param name="rest">The request after the dropping words, recognised alone.</param>
    public static MessagePurpose? Decide(ConversationPlace place, ConversationPlace restPlace, RecognizedMessage rest)
    {
        var running = MessageArbiter.GuideIntent(place.GuideId);
        var purpose = MessageArbiter.Decide(restPlace, rest);

        // Dropping a guide to ask about another guide's facts ("what would 20 kg to Poland cost?") asks for that guide.
        if (purpose == MessagePurpose.Question && restPlace.FactsGuide is { } facts && facts != running)
        {
            purpose = MessagePurpose.NewTask;
        }

        return purpose switch
        {
            MessagePurpose.ProblemReport when running != IntentNames.FixIssue => purpose,
            MessagePurpose.NewTask when MessageArbiter.TaskIntent(restPlace, rest) != running => purpose,
            _ => null,
        };
    }
}
