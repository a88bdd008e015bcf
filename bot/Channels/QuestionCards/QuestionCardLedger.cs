namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>
/// The last few question cards sent in a conversation, newest last. Teams, Web Chat, the Emulator and Slack keep old
/// cards clickable; this is how a click on an old one is told apart from an answer to the question that is waiting now.
/// </summary>
public sealed class QuestionCardLedger
{
    /// <summary>
    /// The conversation-state property it is kept under: the name it was first stored with, when only Teams kept one,
    /// so conversations saved before keep their cards.
    /// </summary>
    public const string StateProperty = "TeamsCardLedger";

    /// <summary>Older cards are forgotten: a click on one of them is treated as expired.</summary>
    public const int Capacity = 10;

    /// <summary>Counts stamps so each card of the conversation gets a new short one.</summary>
    public int Sequence { get; set; }

    public List<QuestionCardRecord> Cards { get; set; } = [];

    /// <summary>The card of the question that is waiting now (not stored: it is the last of <see cref="Cards"/>).</summary>
    [Newtonsoft.Json.JsonIgnore]
    public QuestionCardRecord? Current => Cards.Count > 0 ? Cards[^1] : null;

    public QuestionCardRecord? FindByPromptId(string promptId) => Cards.FindLast(card => card.PromptId == promptId);

    public QuestionCardRecord? FindByActivityId(string activityId) =>
        activityId.Length == 0 ? null : Cards.FindLast(card => card.ActivityId == activityId);

    public void Add(QuestionCardRecord card)
    {
        Cards.Add(card);
        if (Cards.Count > Capacity)
        {
            Cards.RemoveRange(0, Cards.Count - Capacity);
        }
    }
}
