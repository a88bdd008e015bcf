using System.Text.RegularExpressions;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A question right after a side question, about that question's topic: it points back ("how much does that cost?",
/// "and how long does it take to get one?", "办这个要多久") or names no topic of its own ("要多久能做好", "how much
/// roughly?"), so it is asked about the topic the last answer was about ("how much does it cost (CE marking)?"), and the
/// bot says which topic it took. A question with a subject of its own ("how long do customs take to release it?") is
/// asked as it is.
/// </summary>
public static partial class SideQuestionFollowUp
{
    /// <summary>True when <paramref name="question"/> can only be about what was asked just before.</summary>
    public static bool IsFollowUp(string question) => PointsBack().IsMatch(question) || NamesNoTopic(question);

    /// <summary>
    /// The question with the topic put where it points back, or beside it when nothing points back. The topic is an
    /// entry's title; what it says in brackets ("KC certification (Korea)") is left out.
    /// </summary>
    public static string Complete(string question, string topic)
    {
        topic = TopicName(topic);
        var replaced = GuideQuestionContext.AboutTheProblem(question, topic);
        if (replaced != question)
        {
            return replaced;
        }

        var trimmed = question.TrimEnd();
        var body = trimmed.TrimEnd('?', '？', '.', '!', '。', '！');
        return LanguageDetector.ContainsCjk(question) ? topic + trimmed : $"{body} ({topic}){trimmed[body.Length..]}";
    }

    /// <summary>The line that says which topic the follow-up was taken to be about.</summary>
    public static string TopicLine(string topic, BotLanguage language) => language.IsChinese ? $"关于“{TopicName(topic)}”：" : $"About {TopicName(topic)}:";

    private static string TopicName(string title)
    {
        var cut = title.IndexOfAny(['(', '（']);
        return (cut > 0 ? title[..cut] : title).Trim();
    }

    // Nothing is left once the words any question has are taken out: question words, verbs of doing and getting,
    // measures of time and money, pointing words ("how long does it usually take?", "要多久能做好", "大概多少钱").
    private static bool NamesNoTopic(string question) =>
        LanguageDetector.ContainsCjk(question)
            ? ChineseFunctionWords().Replace(question, string.Empty).Trim().Length == 0
            : EnglishFunctionWords().Replace(question, " ").Trim().Length == 0;

    // "that", "it", "this", "one" (a thing named before), "those", "them"; "这个", "那个", "它", "办这个", a clause opening with "那".
    [GeneratedRegex(@"\b(?:that|it|this|those|them|one)\b|这个|那个|这些|那些|它|^(?:那|那么)(?=[^\p{IsCJKUnifiedIdeographs}]|要|得|需要|一般|大概|多|几)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:and|so|ok|okay|also|then|well|how|what|when|much|many|long|does|do|did|is|are|was|will|would|could|can|should|it|that|this|usually|normally|typically|roughly|approximately|about|around|take|takes|cost|costs|get|to|be|the|a|an|days?|weeks?|months?|time|price|money|fee|fees|there|in|on|for|of|me|us|we|i)\b|[?？!.,]", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFunctionWords();

    [GeneratedRegex(@"要|需要|得|大概|大约|一般|通常|多久|多长时间|多少|钱|费用|几天|几周|几个月|天|能|可以|才|做好|办好|弄好|办下来|下来|拿到|搞定|完成|花|呢|吗|啊|呀|了|的|那|么|办|做|[？?！!。，,\s]")]
    private static partial Regex ChineseFunctionWords();
}
