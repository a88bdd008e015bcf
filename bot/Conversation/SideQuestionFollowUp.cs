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
    public static bool IsFollowUp(string question) => CueBook.Get(Cue.SideQuestionPointsBack).IsMatch(question) || NamesNoTopic(question);

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
            ? CueBook.Get(Cue.SideQuestionChineseFunctionWords).Replace(question, string.Empty).Trim().Length == 0
            : CueBook.Get(Cue.SideQuestionEnglishFunctionWords).Replace(question, " ").Trim().Length == 0;
}
