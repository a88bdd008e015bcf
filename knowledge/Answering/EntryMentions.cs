using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>What an entry's own text says about a question's names and dates: the ranker's evidence that an entry is
/// about what was named, and that it can answer a "when".</summary>
internal static partial class EntryMentions
{
    /// <summary>Whether the entry holds a date or a year (what a "when" question needs).</summary>
    public static bool HasDate(AnswerEntry entry) =>
        YearPattern().IsMatch(entry.FullText(KnowledgeLanguage.English) + entry.FullText(KnowledgeLanguage.Chinese));

    /// <summary>
    /// Whether the entry can say how long something takes: a channel's transit days are typed, any other entry must write
    /// a number of days, weeks, months or years.
    /// </summary>
    public static bool HasDuration(AnswerEntry entry) =>
        entry.Type == Search.SearchEntryType.LogisticsChannel
        || DurationPattern().IsMatch(entry.FullText(KnowledgeLanguage.English) + "\n" + entry.FullText(KnowledgeLanguage.Chinese));

    /// <summary>Whether the entry's own text names any of the subjects (in the question's language or English).</summary>
    public static bool Mentions(AnswerEntry entry, IEnumerable<NamedEntity> subjects, string language)
    {
        // Any long word of the name will do ("UFLPA presumption" is mentioned where "UFLPA" is).
        var text = entry.FullText(language) + "\n" + entry.FullText(KnowledgeLanguage.English);
        return subjects.Any(s => text.Contains(s.Surface, StringComparison.OrdinalIgnoreCase)
            || s.Surface.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length >= 4 && text.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "the DSA trader traceability rule": a term whose rule is an entry of its own names that rule too, when the rule's
    /// title carries the term's words ("EU Digital Services Act Art. 30 — trader traceability … (KYBC)").
    /// </summary>
    public static bool TitleCarries(AnswerEntry entry, NamedEntity term) =>
        term.Surface.Length >= 3
        && (entry.Title.En.Contains(term.Surface, StringComparison.OrdinalIgnoreCase) || entry.Title.ZhCn.Contains(term.Surface, StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*(days?|weeks?|months?|years?|hours?|business days?|working days?)\b|\d\s*(天|周|个月|年内|小时|个工作日)|(one|two|three|four|six|twelve) (days?|weeks?|months?|years?)|[一二三四五六两]个?(天|周|月)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    internal static partial System.Text.RegularExpressions.Regex DurationPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:19|20)\d\d")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();
}
