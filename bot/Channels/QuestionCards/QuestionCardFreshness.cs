namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>How a card click relates to the question that is waiting.</summary>
public enum QuestionCardFreshness
{
    /// <summary>From the card of the waiting question, or nothing is known to compare with: handle it normally.</summary>
    Current,

    /// <summary>From an older card that asked the same question (a repeated menu, say): it answers the waiting one.</summary>
    SameQuestion,

    /// <summary>From an older card that asked something else: it must not be taken as an answer.</summary>
    Expired,
}
