using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Scores readiness answers against the readiness model (readiness.yaml).</summary>
public sealed class ReadinessAssessor(KnowledgeBase knowledgeBase)
{
    /// <summary>Answers scoring below this suggest their roadmap step.</summary>
    public const decimal WeakAnswerThreshold = 60m;

    public ReadinessResult Assess(ReadinessInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = knowledgeBase.Readiness;
        if (model.Levels.Count == 0 || model.Dimensions.Count == 0)
        {
            throw new InvalidOperationException("The knowledge base has no readiness model.");
        }

        var questions = model.Questions.ToDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);
        var scores = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (questionId, answer) in input.Answers)
        {
            if (!questions.TryGetValue(questionId, out var question))
            {
                throw new AdvisorInputException("answers", $"Unknown readiness question '{questionId}'.");
            }

            scores[question.Id] = Score(question, answer);
        }

        var dimensions = model.Dimensions.Select(d =>
        {
            var own = model.Questions.Where(q => q.Dimension == d.Id).ToList();
            var answered = own.Where(q => scores.ContainsKey(q.Id)).Select(q => scores[q.Id]).ToList();
            return new DimensionScore(d, answered.Count == 0 ? 0m : Math.Round(answered.Average(), 1), answered.Count, own.Count);
        }).ToList();

        var weighted = dimensions.Where(d => d.Answered && d.Dimension.Weight > 0).ToList();
        var totalWeight = weighted.Sum(d => d.Dimension.Weight);
        var overall = totalWeight == 0 ? 0m : Math.Round(weighted.Sum(d => d.Score * d.Dimension.Weight) / totalWeight, 1);
        var level = model.Levels.Where(l => l.MinScore <= overall).MaxBy(l => l.MinScore) ?? model.Levels.MinBy(l => l.MinScore)!;

        var steps = model.RoadmapSteps.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var roadmap = model.Questions
            .Where(q => q.RoadmapStep is not null && scores.TryGetValue(q.Id, out var s) && s < WeakAnswerThreshold && steps.ContainsKey(q.RoadmapStep))
            .GroupBy(q => q.RoadmapStep!, StringComparer.Ordinal)
            .Select(g =>
            {
                var weakest = g.Min(q => scores[q.Id]);
                var dimensionNames = g.Select(q => model.Dimensions.First(d => d.Id == q.Dimension).Name).Distinct().ToList();
                var reason = LocalizedText.Of(
                    string.Create(CultureInfo.InvariantCulture, $"Suggested because of weak answers in {string.Join(", ", dimensionNames.Select(n => n.En))} (lowest score {weakest:0})."),
                    string.Create(CultureInfo.InvariantCulture, $"因 {string.Join("、", dimensionNames.Select(n => n.ZhCn))} 方面得分偏低（最低 {weakest:0} 分）而建议。"));
                return new RoadmapItem(steps[g.Key], g.Select(q => q.Id).ToList(), weakest, reason);
            })
            .OrderBy(i => i.Step.Priority)
            .ThenBy(i => i.WeakestScore)
            .ThenBy(i => i.Step.Id, StringComparer.Ordinal)
            .ToList();

        return new ReadinessResult
        {
            Dimensions = dimensions,
            OverallScore = overall,
            Level = level,
            Roadmap = roadmap,
            UnansweredQuestions = model.Questions.Where(q => !scores.ContainsKey(q.Id)).Select(q => q.Id).ToList(),
            SourceIds = roadmap.SelectMany(i => i.Step.Sources).Concat(model.Sources).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The score (0–100) one answer earns: its option's score, or the band a number falls in.</summary>
    public static decimal Score(ReadinessQuestion question, string answer)
    {
        if (question.Type == QuestionType.Number)
        {
            if (!decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw new AdvisorInputException("answers", $"Question '{question.Id}' expects a number, got '{answer}'.");
            }

            var band = question.Bands.FirstOrDefault(b => b.Max is null || value <= b.Max) ?? question.Bands.LastOrDefault();
            return band?.Score ?? 0m;
        }

        var option = question.Answers.FirstOrDefault(a => string.Equals(a.Id, answer, StringComparison.OrdinalIgnoreCase));
        return option?.Score ?? throw new AdvisorInputException(
            "answers", $"'{answer}' is not an answer of question '{question.Id}' (expected one of: {string.Join(", ", question.Answers.Select(a => a.Id))}).");
    }
}
