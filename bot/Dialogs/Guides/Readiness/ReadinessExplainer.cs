using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers questions about the readiness result just shown ("what does my score of 42 mean?", "what are the
/// levels?", "为什么分数这么低") from the assessor's own result for the same answers: the level and what it means, all
/// levels with their thresholds, the weakest areas, and the first roadmap step. What <see cref="ResultQuestions"/> reads
/// more precisely (what to fix first, a level, the next level, one area's score) <see cref="ReadinessResultAnswers"/> answers.
/// </summary>
public sealed class ReadinessExplainer(ReadinessQuestionnaire questionnaire, ReadinessAssessor assessor)
{
    private readonly ReadinessResultAnswers _resultAnswers = new(questionnaire);

    public string Explain(ReadinessAnswers answers, string question, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var result = assessor.Assess(new ReadinessInput(answers.ByQuestion));
        var kind = ResultQuestions.Read(DialogIds.GuideReadiness, question);
        if (kind != ResultQuestion.None && _resultAnswers.Answer(kind, answers, result, question, language) is { } answer)
        {
            return answer;
        }

        var levels = questionnaire.KnowledgeBase.Readiness.Levels.OrderBy(level => level.MinScore)
            .Select(level => chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{level.Name.Get(language)}（{level.MinScore:0} 分起）")
                : string.Create(CultureInfo.InvariantCulture, $"{level.Name.Get(language)} (from {level.MinScore:0})"));
        var weakest = result.Dimensions.Where(d => d.Answered).OrderBy(d => d.Score).Take(2)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Dimension.Name.Get(language)} {d.Score:0}/100")).ToList();
        var first = result.Roadmap.FirstOrDefault()?.Step.Title.Get(language);
        var score = result.OverallScore.ToString("0", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            chinese
                ? $"您的总分是 {score}/100，即“{result.Level.Name.Get(language)}”：{result.Level.Summary?.Get(language) ?? string.Empty}"
                : $"Your overall score is {score} out of 100, which is the level \"{result.Level.Name.Get(language)}\": {result.Level.Summary?.Get(language) ?? string.Empty}",
            chinese
                ? $"总分是各方面得分（0–100，按您的回答计算）的加权平均。等级：{string.Join("、", levels)}。"
                : $"The overall score is a weighted average of the area scores (0–100 each, from your answers). The levels: {string.Join(", ", levels)}.",
        };
        if (weakest.Count > 0)
        {
            lines.Add(chinese
                ? $"拉低分数最多的方面：{string.Join("、", weakest)}。" + (first is null ? string.Empty : $"路线图的第一步“{first}”就是针对它们的。")
                : $"The areas pulling the score down most: {string.Join(", ", weakest)}." + (first is null ? string.Empty : $" The roadmap's first step, \"{first}\", addresses them."));
        }

        return string.Join("\n\n", lines);
    }
}
