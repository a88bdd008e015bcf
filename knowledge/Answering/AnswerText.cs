using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Text helpers for answers: whole sentences (never a cut word), money and dates, and the filter that keeps
/// notes written for the knowledge base's editors (remarks about "the reference paper", file paths) out of what
/// users read.
/// </summary>
internal static partial class AnswerText
{
    public static IReadOnlyList<string> Sentences(string text, bool citesPaper = false)
    {
        var parts = SentenceEnd().Split(text.Replace('\n', ' ').Trim());
        return [.. parts.Select(p => Clean(p.Trim(), citesPaper)).OfType<string>()];
    }

    /// <summary>
    /// A sentence or list item as users may read it: "the reference paper" becomes "the paper" where the entry
    /// cites the paper (it is then listed by its title), remarks about the paper are dropped where it does not, and
    /// editors' notes are dropped always. Null when nothing is left.
    /// </summary>
    public static string? Clean(string text, bool citesPaper)
    {
        var cleaned = citesPaper
            ? text.Replace("The reference paper", "The paper", StringComparison.Ordinal).Replace("the reference paper", "the paper", StringComparison.Ordinal)
                .Replace("参考论文", "论文", StringComparison.Ordinal)
            : PaperRemark().IsMatch(text) ? string.Empty : text;
        cleaned = CjkGap().Replace(cleaned, string.Empty).Trim();
        return cleaned.Length == 0 || IsInternal(cleaned) ? null : cleaned;
    }

    /// <summary>True for text meant for the knowledge base's editors, not for users.</summary>
    public static bool IsInternal(string text) => Internal().IsMatch(text);

    /// <summary>The first sentences of <paramref name="text"/>, up to about <paramref name="maxChars"/> (at least one).</summary>
    public static (string Lead, IReadOnlyList<string> Remaining) Lead(string text, int maxChars = 260, int maxSentences = 2, bool citesPaper = false)
    {
        var sentences = Sentences(text, citesPaper);
        var lead = new List<string>();
        foreach (var sentence in sentences)
        {
            if (lead.Count > 0 && (lead.Count >= maxSentences || lead.Sum(s => s.Length) + sentence.Length > maxChars))
            {
                break;
            }

            lead.Add(sentence);
        }

        return (Join(lead), sentences.Skip(lead.Count).ToArray());
    }

    public static string Join(IEnumerable<string> sentences)
    {
        var text = string.Empty;
        foreach (var s in sentences)
        {
            text = text.Length == 0 ? s : KnowledgeLanguage.ContainsCjk(text[^1].ToString()) || text.EndsWith('。') ? text + s : text + " " + s;
        }

        return text;
    }

    public static string Money(Money money) =>
        money.Currency + " " + money.Amount.ToString(money.Amount == Math.Floor(money.Amount) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text with each date written in English words ("15 March 2024", "March 15, 2024") written as the answers write
    /// dates (2024-03-15), so a "since when" reply states its date in one form.
    /// </summary>
    public static string IsoDates(string text) => WordDate().Replace(text, m =>
    {
        var day = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
        var month = m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Value;
        var year = m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["year2"].Value;
        return DateOnly.TryParseExact($"{day} {month} {year}", "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Date(date) : m.Value;
    });

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>A publisher line fit to show, or null when the data holds an editor's note instead of a name.</summary>
    public static string? Publisher(string? publisher) =>
        string.IsNullOrWhiteSpace(publisher) || IsInternal(publisher) || publisher.Contains("not stated", StringComparison.OrdinalIgnoreCase) || publisher.StartsWith("Not printed", StringComparison.OrdinalIgnoreCase) ? null : publisher;

    [GeneratedRegex(@"(?<=(?<!\b(?:e\.g|i\.e|No|approx|cf|vs|St|Inc|Ltd|Co))[.!?])\s+(?=[A-Z0-9""“(¥€£$])|(?<=[。！？])")]
    private static partial Regex SentenceEnd();

    // Folded YAML lines leave a space where a Chinese line broke.
    [GeneratedRegex(@"(?<=[\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF])\s+(?=[\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF])")]
    private static partial Regex CjkGap();

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>\d{4})|(?<month2>January|February|March|April|May|June|July|August|September|October|November|December) (?<day2>\d{1,2}), (?<year2>\d{4}))\b")]
    private static partial Regex WordDate();

    [GeneratedRegex(@"\bpaper\b|论文", RegexOptions.IgnoreCase)]
    private static partial Regex PaperRemark();

    [GeneratedRegex(@"reference paper|reference copy|project reference|shared/|\.txt\b|\(helper|helper kb-|参考论文|论文参考|本项目", RegexOptions.IgnoreCase)]
    private static partial Regex Internal();
}
