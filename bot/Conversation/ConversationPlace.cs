namespace CrossBorderBot.Conversation;

/// <summary>Where the conversation stands when a message arrives, as the arbiter needs to know it.</summary>
/// <param name="Kind">The menu, a guide's question, a guide's result, or a question that takes any text.</param>
/// <param name="GuideId">The running guide's dialog id; null at the menu.</param>
/// <param name="GuideReadsMessage">True when the running guide finds answers to its questions in the message.</param>
public sealed record ConversationPlace(ConversationPlaceKind Kind, string? GuideId = null, bool GuideReadsMessage = false)
{
    // Finding the facts guide runs every guide's slot readers over the message, and only some decisions at the menu
    // ask for it (none inside a guide), so it is found when first asked for, at most once.
    private Func<string?>? _findFactsGuide;
    private string? _factsGuide;

    /// <summary>A place whose <see cref="FactsGuide"/> is found by <paramref name="findFactsGuide"/> when first asked for.</summary>
    public ConversationPlace(ConversationPlaceKind kind, string? guideId, bool guideReadsMessage, Func<string?> findFactsGuide)
        : this(kind, guideId, guideReadsMessage)
    {
        _findFactsGuide = findFactsGuide;
    }

    /// <summary>
    /// The intent of the guide that finds answers to two or more of its questions in the message ("b2c, kitchen tools,
    /// 600 usd a month"); null when none does.
    /// </summary>
    public string? FactsGuide
    {
        get
        {
            if (_findFactsGuide is { } find)
            {
                _factsGuide = find();
                _findFactsGuide = null;
            }

            return _factsGuide;
        }

        init
        {
            _factsGuide = value;
            _findFactsGuide = null;
        }
    }

    /// <summary>True when a fix-issue playbook step waits ("Step 2 of 6: …"): "why this step?" is about that step.</summary>
    public bool AtPlaybookStep { get; init; }

    /// <summary>
    /// True when the question waiting is answered by going on (a playbook's "Is this your problem?" or one of its steps):
    /// there "what's next?" or "did that" answers it, whatever its form.
    /// </summary>
    public bool TakesGoingOn { get; init; }

    /// <summary>True when the message before this one was a side question that was answered: a question pointing back now
    /// ("how much does that cost?") is about that question's topic, not about the step or the result waiting.</summary>
    public bool FollowsAQuestion { get; init; }

    public bool Equals(ConversationPlace? other) =>
        other is not null && Kind == other.Kind && GuideId == other.GuideId && GuideReadsMessage == other.GuideReadsMessage && FactsGuide == other.FactsGuide
        && AtPlaybookStep == other.AtPlaybookStep && TakesGoingOn == other.TakesGoingOn && FollowsAQuestion == other.FollowsAQuestion;

    public override int GetHashCode() => HashCode.Combine(Kind, GuideId, GuideReadsMessage, FactsGuide, AtPlaybookStep, TakesGoingOn, FollowsAQuestion);
}
