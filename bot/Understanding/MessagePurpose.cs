namespace CrossBorderBot.Understanding;

/// <summary>What a message is for, given where the conversation stands (decided by <see cref="MessageArbiter"/>).</summary>
public enum MessagePurpose
{
    /// <summary>An answer for the guide that is waiting: its pending question, or any of its questions.</summary>
    Answer,

    /// <summary>A free question: answered, then whatever was waiting is asked again.</summary>
    Question,

    /// <summary>A question about the result just shown ("why is X first?", "what does my score mean?").</summary>
    AboutResult,

    /// <summary>A changed input after a result ("France instead", "3 kg"): the result again, with the difference.</summary>
    WhatIf,

    /// <summary>
    /// Before the result, a question about the running guide's own outcome under another option ("would two smaller
    /// boxes be cheaper?", "would Etsy suit us better than Amazon?"): the result answers it, so the bot says so and asks
    /// the waiting question again.
    /// </summary>
    QuestionForTheResult,

    /// <summary>A problem the user has (a customs hold, a lost parcel): the fix-an-issue guide with its type.</summary>
    ProblemReport,

    /// <summary>Another guide the user asks for by its goal ("help me choose a platform").</summary>
    NewTask,

    /// <summary>"Show me my plan" in the user's own words.</summary>
    PlanRecall,

    /// <summary>Hello again: the menu, not a wrong answer.</summary>
    Greeting,

    /// <summary>"ok", "好的👌" where no question waits (after a result): the conversation goes back to the menu, like thanks.</summary>
    Acknowledgement,

    /// <summary>Nothing above fits: the waiting question handles it (and says it did not understand if it cannot).</summary>
    Unclear,
}
