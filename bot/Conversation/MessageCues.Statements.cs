using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The shape of what a message states or asks beside a guide's question: a quantity given (an answer however the
/// classifier scores its words), a time limit asked (a rule, never a step's duration), a question asked in a clause
/// after a don't-know.
/// </summary>
public static partial class MessageCues
{
    /// <summary>
    /// Gives a quantity, in figures or in words: "usually ten days or so", "a couple of weeks", "两万左右", "半个月". A
    /// statement with one, at a guide's question, is an answer to it (however the classifier scores its words), not a
    /// question to look up.
    /// </summary>
    public static bool StatesAQuantity(string text) => CueBook.Get(Cue.MessageQuantity).IsMatch(text);

    /// <summary>
    /// Asks for a time limit or deadline ("what's the time limit for filing a claim?", "how many days before I can claim
    /// it as lost?", "申诉期限是多久", "几天内要回复"): a rule of the platform, carrier or authority, never how long a step
    /// of the user's own takes.
    /// </summary>
    public static bool AsksForADeadline(string text) => CueBook.Get(Cue.MessageDeadline).IsMatch(text);

    /// <summary>
    /// Asks the time or cost of a thing it names, not of the step shown ("how long does LUCID registration take? and does
    /// it cost anything?", "签收证明去哪里要？要多久？"): the knowledge base's question, never the step's duration.
    /// </summary>
    public static bool AsksAnotherThingsTime(string text) => CueBook.Get(Cue.MessageAnotherThingsTime).IsMatch(text);

    /// <summary>
    /// Asks how long something takes or what it costs ("大概需要多久能办下来", "how much does it cost"): at the problem
    /// prompt, with no trouble told, a question rather than the problem described.
    /// </summary>
    public static bool AsksDurationOrCost(string text) => CueBook.Get(Cue.MessageDurationOrCost).IsMatch(text);

    /// <summary>
    /// A clause after the first asks something ("这一步不太懂，能说详细点吗", "no idea, can you explain?"): a don't-know
    /// in front of it does not make the message an answer.
    /// </summary>
    public static bool AsksAfterTheFirstClause(string text) =>
        InterruptionDetector.Clauses(text.Trim()).Skip(1).Any(IsQuestion);
}
