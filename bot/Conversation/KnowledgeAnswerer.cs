using System.Globalization;
using System.Text;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Conversation;

/// <summary>
/// Answers a free question from the knowledge base: the best few entries, each with its source and review date,
/// so the user can judge how current the answer is.
/// </summary>
public sealed class KnowledgeAnswerer(KnowledgeSearch search)
{
    private const int MaxAnswers = 3;

    public async Task AnswerAsync(ITurnContext turnContext, string question, string language, CancellationToken cancellationToken)
    {
        var texts = BotText.For(language);
        // The same rule appears under several markets (the EU and each member state): show each answer once.
        var hits = search.Search(question, new SearchOptions { MaxHits = MaxAnswers * 4, Language = language })
            .DistinctBy(hit => hit.Title.Get(language))
            .Take(MaxAnswers)
            .ToList();
        if (hits.Count == 0)
        {
            await turnContext.SendActivityAsync(texts.NoAnswer, cancellationToken: cancellationToken);
            return;
        }

        var answer = new StringBuilder();
        foreach (var hit in hits)
        {
            answer.Append("**").Append(hit.Title.Get(language)).Append("**: ").AppendLine(hit.Snippet);
            var source = hit.Sources.FirstOrDefault();
            if (source is not null)
            {
                answer.Append("_").Append(texts.SourcesHeading).Append(": ").Append(source.Title).Append(" (").Append(source.Publisher).Append(") ").Append(source.Url);
                if (hit.Reviewed is { } reviewed)
                {
                    answer.Append(", ").Append(string.Format(CultureInfo.InvariantCulture, texts.ReviewedOn, reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }

                answer.AppendLine("_");
            }

            answer.AppendLine();
        }

        await turnContext.SendActivityAsync(answer.ToString().TrimEnd(), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Whether text that brought the user to "ask a question" is itself the question (and not just "I have a
    /// question"): long enough, or phrased as one.
    /// </summary>
    public static bool LooksLikeAQuestion(string text)
    {
        var trimmed = text.Trim();
        var isChinese = LanguageDetector.ContainsCjk(trimmed);
        var words = isChinese ? trimmed.Length / 2 : trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return trimmed.EndsWith('?') || trimmed.EndsWith('？') || words >= 5;
    }
}
