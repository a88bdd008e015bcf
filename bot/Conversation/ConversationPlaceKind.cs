namespace CrossBorderBot.Conversation;

public enum ConversationPlaceKind
{
    /// <summary>No guide runs: the menu's question waits.</summary>
    Menu,

    /// <summary>A guide waits for the answer to one of its questions.</summary>
    GuideQuestion,

    /// <summary>A guide showed its result and waits for what comes next (what-ifs, "why", the plan, another guide).</summary>
    Result,

    /// <summary>A question whose answer is any text (a problem described in one's own words, a free question).</summary>
    FreeText,
}
