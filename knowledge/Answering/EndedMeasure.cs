using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// "Section 122 surcharge in September 2026", "2026年10月122附加税还收吗": a measure whose name records when it stopped
/// ("(10% from 2026-02-24 to 2026-07-24)", "collected until 2026-02-23"), asked about a date after that. The measure's
/// rate is no answer then, nor is a later rule that mentions it (a de minimis period note); the honest reply says when
/// it ended.
/// </summary>
internal sealed partial class EndedMeasure(KnowledgeBase kb)
{
    /// <summary>The reply when the question asks about a named measure after its recorded end; null otherwise.</summary>
    public string? Guidance(QuestionAnalysis q)
    {
        if (q.AsOf is not { } asOf)
        {
            return null;
        }

        foreach (var named in q.Entities.Where(e => e.Kind == EntityKind.Compliance))
        {
            if (kb.FindCompliance(named.Id) is { } measure && End(measure) is { } end && asOf > end)
            {
                var until = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var asked = asOf.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                return KnowledgeLanguage.IsChinese(q.Language)
                    ? $"{measure.Name.ZhCn}只适用到 {until}，{asked} 时已不再适用。当时适用什么，请以官方最新指引为准。"
                    : $"{measure.Name.En} applied until {until}; in {asked} it no longer applied. Check the official guidance for what applied then.";
            }
        }

        return null;
    }

    // The last date in the name's brackets after "to" or "until". The bracket's text excludes "(" as well as ")" so a
    // search from one "(" stops at the next: a name with no closing bracket costs linear time, not quadratic.
    private static DateOnly? End(ComplianceItem measure) =>
        RecordedEnd().Matches(measure.Name.En).Select(m => DateOnly.ParseExact(m.Groups["d"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Cast<DateOnly?>().LastOrDefault();

    [GeneratedRegex(@"\((?:[^()]*?\b(?:to|until)\s+)(?<d>\d{4}-\d{2}-\d{2})\)")]
    private static partial Regex RecordedEnd();
}
