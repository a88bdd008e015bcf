using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering.Evaluation;

/// <summary>
/// How free questions were answered before the answerer: the three best search hits with a snippet each, and an
/// answer whenever anything matched. Kept to measure the "before" figures on the same sets.
/// </summary>
public static class SnippetSearchBaseline
{
    public static KnowledgeAnswer Answer(KnowledgeSearch search, QuestionAnalyzer analyzer, string question)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(analyzer);
        var analysis = analyzer.Analyze(question);
        var hits = search.Search(question, new SearchOptions { MaxHits = 12, Language = analysis.Language })
            .DistinctBy(h => h.Title.Get(analysis.Language))
            .Take(3)
            .ToList();
        if (hits.Count == 0)
        {
            return KnowledgeAnswer.NotAnswered(analysis, 0);
        }

        return new KnowledgeAnswer
        {
            Answered = true,
            Language = analysis.Language,
            Analysis = analysis,
            Lead = hits[0].Title.Get(analysis.Language) + ": " + hits[0].Snippet,
            Details = [.. hits.Skip(1).Select(h => h.Title.Get(analysis.Language) + ": " + h.Snippet)],
            Entries = [.. hits.Select(h => new AnswerEntryRef(h.EntryType, h.Id))],
            TopScore = hits[0].Score,
        };
    }
}
