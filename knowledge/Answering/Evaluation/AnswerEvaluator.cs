using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering.Evaluation;

/// <summary>Runs an answerer over an evaluation set and counts what it got right.</summary>
public static class AnswerEvaluator
{
    public static AnswerEvaluationReport Evaluate(Func<string, KnowledgeAnswer> answer, IReadOnlyList<AnswerEvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(cases);
        int top1 = 0, contains = 0, falseAnswers = 0;
        var misses = new List<AnswerEvaluationMiss>();
        foreach (var c in cases)
        {
            var result = answer(c.Question);
            var chosen = result.Answered ? result.Entries.FirstOrDefault()?.Id : null;
            if (!c.Answerable)
            {
                if (result.Answered)
                {
                    falseAnswers++;
                    misses.Add(new AnswerEvaluationMiss(c, chosen, false, false, true, result.Lead));
                }

                continue;
            }

            var rightEntry = chosen is not null && c.ExpectedIds.Contains(chosen, StringComparer.OrdinalIgnoreCase);
            var hasText = result.Answered && c.MustContain is { } pattern && pattern.IsMatch(result.Text);
            top1 += rightEntry ? 1 : 0;
            contains += hasText ? 1 : 0;
            if (!rightEntry || !hasText)
            {
                misses.Add(new AnswerEvaluationMiss(c, chosen, !rightEntry, !hasText, false, result.Lead));
            }
        }

        return new AnswerEvaluationReport
        {
            Total = cases.Count,
            Answerable = cases.Count(c => c.Answerable),
            Unanswerable = cases.Count(c => !c.Answerable),
            Chinese = cases.Count(c => KnowledgeLanguage.ContainsCjk(c.Question)),
            Top1Correct = top1,
            ContainsCorrect = contains,
            FalseAnswers = falseAnswers,
            Misses = misses,
        };
    }
}
