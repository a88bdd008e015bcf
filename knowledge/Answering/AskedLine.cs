using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The line of an entry that answers what the question asks of it, where the entry's opening (a definition, an overview)
/// does not: "do I need an EORI number …" is answered by the sentence that says when one is needed, "how many days do I have
/// to answer a CF-28?" by the one that gives the days, "can I sell e-cigarettes on Amazon?" by the line about e-cigarettes.
/// A line qualifies by the question's own words it holds and by giving the kind of fact asked (a length of time, a date, a
/// condition, an amount), and must do better than the opening.
/// </summary>
internal sealed partial class AskedLine(KnowledgeSearch search)
{
    /// <summary>A line to lead with, the text it came from (for its sources), the detail it was taken from as the answer
    /// lists it, and what is left of that detail (empty when the whole detail leads).</summary>
    public sealed record Found(string Text, LocalizedText From, string Detail, string DetailRest);

    // A detail of up to this many sentences leads whole; from a longer one only the sentence asked about leads.
    private const int WholeDetailSentences = 2;

    public Found? Find(QuestionAnalysis q, AnswerEntry entry, string opening, IReadOnlyList<string> asked, bool citesPaper)
    {
        // "What is X" is answered by the definition that opens the entry; a comparison has its own reply.
        if (q.Kind is QuestionKind.Definition or QuestionKind.Expansion or QuestionKind.Comparison || q.AsksComparison)
        {
            return null;
        }

        var lang = q.Language;
        var fit = KindFit(q.Kind);
        var openingHits = Hits(opening, asked, lang);
        var openingFits = fit?.IsMatch(opening) == true;
        var ranked = Lines(entry, lang, citesPaper)
            .Where(l => !opening.Contains(l.Text, StringComparison.Ordinal))
            .Select(l => (Line: l, Hits: Hits(l.Text, asked, lang), Fits: fit?.IsMatch(l.Text) == true))
            .OrderByDescending(l => l.Hits).ThenByDescending(l => l.Fits)
            .FirstOrDefault();
        if (ranked.Line is null)
        {
            return null;
        }

        // More of the asked words than the opening, at least half of them, without losing the kind of fact the opening gives.
        var moreWords = ranked.Hits > openingHits && ranked.Hits * 2 >= asked.Count && (ranked.Fits || !openingFits);
        // The kind of fact asked (a length of time, a date, a condition, an amount) that the opening does not give.
        var theKindAsked = ranked.Fits && !openingFits && ranked.Hits >= openingHits && (asked.Count == 0 || ranked.Hits > 0);
        return moreWords || theKindAsked ? ranked.Line : null;
    }

    /// <summary>How many of the question's own words (stemmed) a text holds.</summary>
    public int Hits(string text, IReadOnlyList<string> asked, string lang)
    {
        var terms = search.Terms(text, lang).ToHashSet(StringComparer.Ordinal);
        return asked.Count(word => ChineseWords.Holds(terms, text, word));
    }

    // The summary's later sentences, then each detail: whole when short, sentence by sentence when long.
    private static IEnumerable<Found> Lines(AnswerEntry entry, string lang, bool citesPaper)
    {
        foreach (var sentence in AnswerText.Sentences(entry.Summary.Get(lang), citesPaper))
        {
            yield return new Found(sentence, entry.Summary, sentence, string.Empty);
        }

        foreach (var detail in entry.Details)
        {
            if (AnswerText.Clean(detail.Get(lang), citesPaper) is not { } text)
            {
                continue;
            }

            var sentences = AnswerText.Sentences(text, citesPaper);
            if (sentences.Count <= WholeDetailSentences)
            {
                yield return new Found(text, detail, text, string.Empty);
                continue;
            }

            foreach (var sentence in sentences)
            {
                yield return new Found(sentence, detail, text, AnswerText.Join(sentences.Where(s => !ReferenceEquals(s, sentence))));
            }
        }
    }

    private static Regex? KindFit(QuestionKind kind) => kind switch
    {
        QuestionKind.Duration => EntryMentions.DurationPattern(),
        QuestionKind.Date => DateWritten(),
        QuestionKind.Requirement => Condition(),
        QuestionKind.Fees or QuestionKind.Threshold or QuestionKind.Rate => AskedFigure.MoneyOrPercent(),
        _ => null,
    };

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|(?:19|20)\d\d\s*年|\b(?:19|20)\d\d\b")]
    private static partial Regex DateWritten();

    // What says whether something is needed: an obligation, a condition or an exemption.
    [GeneratedRegex(@"\b(?:needs?|needed|must|required|requires?|mandatory|compulsory|obligat\w*|only (?:if|when|for)|unless|exempt\w*|not needed|prohibit\w*|allow\w*|permitted|banned)\b|必须|须|需要|需|应当|强制|无需|不需要|免|禁止|允许|仅限", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();
}
