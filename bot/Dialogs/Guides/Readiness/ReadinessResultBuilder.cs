using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Turns readiness answers into what the user sees — overall level, a score per area, the first roadmap steps with
/// their playbooks, and sources with review dates — and into the plan kept in user state.
/// </summary>
public sealed class ReadinessResultBuilder(ReadinessQuestionnaire questionnaire, ReadinessAssessor assessor, TimeProvider time)
{
    public const int RoadmapSteps = 5;

    public GuideOutcome Build(ReadinessAnswers answers, BotLanguage language)
    {
        var text = ReadinessGuideText.For(language);
        var kb = questionnaire.KnowledgeBase;
        var result = assessor.Assess(new ReadinessInput(answers.ByQuestion));
        var level = result.Level.Name.Get(language);
        var overall = Score(result.OverallScore);

        var rows = result.Dimensions
            .Select(d => (IReadOnlyList<string>)[d.Dimension.Name.Get(language), d.Answered ? Score(d.Score) : "–", $"{d.AnsweredQuestions}/{d.TotalQuestions}"])
            .ToList();
        var roadmap = result.Roadmap.Take(RoadmapSteps).ToList();
        var roadmapLines = roadmap.Select((item, index) =>
        {
            var playbooks = item.Step.Playbooks.Select(id => kb.FindPlaybook(id)?.Name.Get(language)).OfType<string>().ToList();
            var line = $"{index + 1}. **{item.Step.Title.Get(language)}** — {item.Step.Detail?.Get(language) ?? item.Reason.Get(language)}";
            return playbooks.Count == 0 ? line : line + string.Format(CultureInfo.InvariantCulture, text.Playbooks, string.Join(text.ListSeparator, playbooks));
        }).ToList();

        var sources = new GuideSources(kb).Add(result.SourceIds, kb.Readiness.Reviewed);
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(string.Format(CultureInfo.InvariantCulture, text.ResultHeading, level, overall)),
            new ParagraphBlock(result.Level.Summary?.Get(language) ?? level),
            new ResultTableBlock([text.AreaColumn, text.ScoreColumn, text.AnsweredColumn], rows, Title: text.ScoresTitle),
            new ParagraphBlock($"**{text.RoadmapHeading}**\n" + (roadmapLines.Count == 0 ? text.NoRoadmap : string.Join("\n", roadmapLines))),
            new SourceListBlock(sources.ToReplySources()),
        };

        var answerLines = questionnaire.Questions
            .Where(q => answers.Has(q.Id))
            .Select(q => $"{q.Text.Get(language)} — {questionnaire.AnswerLabel(q, answers.Of(q.Id)!, language)}")
            .ToList();
        var plan = new GuidePlan(
            DialogIds.GuideReadiness,
            string.Format(CultureInfo.InvariantCulture, text.PlanTitle, level, overall),
            time.GetUtcNow(),
            language.Tag,
            new List<PlanSection>
            {
                new(text.AnswersHeading, answerLines),
                new(text.ScoresHeading, result.Dimensions.Select(d => $"{d.Dimension.Name.Get(language)}: {(d.Answered ? Score(d.Score) : "–")}").ToList()),
                new(text.NextSteps, roadmap.Count == 0
                    ? new List<string> { text.NoRoadmap }
                    : roadmap.Select(item => $"{item.Step.Title.Get(language)} — {item.Reason.Get(language)}").ToList()),
            },
            sources.ToPlanSources());
        return new GuideOutcome([Reply.Of([.. blocks])], plan);
    }

    private static string Score(decimal score) => Math.Round(score, 0).ToString("0", CultureInfo.InvariantCulture);
}
