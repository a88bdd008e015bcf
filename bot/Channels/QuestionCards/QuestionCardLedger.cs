namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// The last few question cards sent in a Teams conversation, newest last. Teams keeps old cards clickable forever;
/// this is how a click on an old one is told apart from an answer to the question that is waiting now.
/// </summary>
public sealed class TeamsCardLedger
{
    /// <summary>Older cards are forgotten: a click on one of them is treated as expired.</summary>
    public const int Capacity = 10;

    /// <summary>Counts stamps so each card of the conversation gets a new short one.</summary>
    public int Sequence { get; set; }

    public List<TeamsCardRecord> Cards { get; set; } = [];

    /// <summary>The card of the question that is waiting now.</summary>
    public TeamsCardRecord? Current => Cards.Count > 0 ? Cards[^1] : null;

    public TeamsCardRecord? FindByPromptId(string promptId) => Cards.FindLast(card => card.PromptId == promptId);

    public TeamsCardRecord? FindByActivityId(string activityId) =>
        activityId.Length == 0 ? null : Cards.FindLast(card => card.ActivityId == activityId);

    public void Add(TeamsCardRecord card)
    {
        Cards.Add(card);
        if (Cards.Count > Capacity)
        {
            Cards.RemoveRange(0, Cards.Count - Capacity);
        }
    }
}
