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
    public static bool StatesAQuantity(string text) => Quantity().IsMatch(text);

    /// <summary>
    /// Asks for a time limit or deadline ("what's the time limit for filing a claim?", "how many days before I can claim
    /// it as lost?", "申诉期限是多久", "几天内要回复"): a rule of the platform, carrier or authority, never how long a step
    /// of the user's own takes.
    /// </summary>
    public static bool AsksForADeadline(string text) => Deadline().IsMatch(text);

    /// <summary>
    /// A clause after the first asks something ("这一步不太懂，能说详细点吗", "no idea, can you explain?"): a don't-know
    /// in front of it does not make the message an answer.
    /// </summary>
    public static bool AsksAfterTheFirstClause(string text) =>
        InterruptionDetector.Clauses(text.Trim()).Skip(1).Any(IsQuestion);

    // A figure, or a number said in words with what it counts: "ten days", "a couple of weeks", "两万", "半个月", "三四千".
    // A Chinese number is matched by its last character before what it counts ("三四千" by "四千"): the same messages as
    // the whole run would match, without retrying the run from each of its characters (a long run of numerals with no
    // unit after it took seconds).
    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|couple|dozen)\b|[一二两三四五六七八九十百千万半几](?:个|天|周|星期|礼拜|月|年|人|件|公斤|千克|克|斤|块|元|美元|美金|万|千|百|十)", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    // A time limit asked: "deadline", "time limit", "how many days before I can…", "within how many days", "期限", "几天内".
    [GeneratedRegex(@"\bdeadlines?\b|\btime\s*(?:limit|frame|window)s?\b|\b(?:how\s+(?:long|many\s+(?:days|weeks|hours))|when)\s+(?:do|does|have|must|before)\b[^?]{0,30}\b(?:have\s+to|must|can|before|until|within|by)\b[^?]{0,20}\b(?:claim|file|appeal|dispute|report|respond|reply|answer|submit|pay)\b|\bhow\s+(?:long|many\s+(?:days|weeks))\s+(?:before|until)\b|\bwithin\s+how\s+(?:long|many)\b|期限|截止|最晚|最迟|(?:几|多少)天(?:之|以)?内|多久(?:之|以)?内", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();
}
