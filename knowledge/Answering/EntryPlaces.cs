using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Where a named platform is, as its entry writes it: the countries it runs in and the city it comes from. "lazada runs in
/// how many countries", "米兰网是哪个城市起家的" ask where; the words around that ("runs", "起家") are not the entry's, yet its
/// entry answers when it names the places (Lazada's six countries, "Chengdu-founded"). An entry that names none ("temu was
/// set up in which city") does not answer, however many of the question's other words it shares.
/// </summary>
internal sealed partial class EntryPlaces(KnowledgeBase kb)
{
    // Two places at least: one country in a platform's text is often only where its sellers come from.
    private const int CountriesThatAnswer = 2;

    private readonly string[] _placeNames = [.. kb.Countries.SelectMany(c => Names(c.Name, c.Aliases))
        .Concat(kb.Regions.Where(r => r.Id != "global").SelectMany(r => Names(r.Name, r.Aliases)))
        .Where(n => n.Length >= 2 && !n.All(char.IsAsciiLetterUpper))
        .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// Whether the named platform's entry says where the question asks (true), does not (false), or the question does not
    /// ask where a platform is (null).
    /// </summary>
    public bool? Answers(QuestionAnalysis q, AnswerEntry entry)
    {
        if (entry.Type != SearchEntryType.Platform || PlaceAsked().Match(q.Text) is not { Success: true } asked)
        {
            return null;
        }

        var text = entry.FullText(KnowledgeLanguage.English) + "\n" + entry.FullText(KnowledgeLanguage.Chinese);
        // Which one country (its home) needs one place named; which countries, two.
        return asked.Groups["city"].Success
            ? HomeCity().IsMatch(text)
            : _placeNames.Count(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)) >= (asked.Groups["country"].Success ? 1 : CountriesThatAnswer);
    }

    private static IEnumerable<string> Names(LocalizedText name, LocalizedTerms? aliases) =>
        new[] { name.En, name.ZhCn }.Concat(aliases?.En ?? []).Concat(aliases?.ZhCn ?? []);

    // Which city a platform comes from or is based in, or which countries (markets) it runs in.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<city>\b(?:which|what) (?:\w+ )?(?:city|town)\b|\b(?:based|headquartered|founded|started|set up|launched) in (?:which|what)\b|\bwhere (?:is|was|are) [\w .-]+ (?:based|headquartered|founded|from)\b|哪个城市|哪座城市|什么城市|起家|总部(?!.{0,3}(?:哪个国家|哪国)))|(?<country>\b(?:which|what) country\b|哪个国家|哪国)|\b(?:which|what|how many) (?:\w+ )?(?:countries|markets)\b|哪些国家|哪几个国家|几个国家|哪些市场|哪几个市场|覆盖哪", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PlaceAsked();

    // "Chengdu-founded", "Hong Kong-based", "北京创立": the entry says where the company comes from.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?-(?:founded|based|headquartered)\b|\b(?:founded|based|headquartered) in [A-Z]|创立|起家|总部(?:位于|设在|在)")]
    private static partial System.Text.RegularExpressions.Regex HomeCity();
}
