using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers what a seller asks about a readiness result beyond "what does my score mean?" — what to fix first, what a
/// level means, how to reach the next level, why one area scores low — from the assessor's own result for the same
/// answers: the roadmap, the levels and their thresholds from the knowledge base, and each answer's own score.
/// </summary>
public sealed class ReadinessResultAnswers(ReadinessQuestionnaire questionnaire)
{
    /// <summary>The answer to <paramref name="kind"/>; null for a kind not answered here (the general explanation then).</summary>
    public string? Answer(ResultQuestion kind, ReadinessAnswers answers, ReadinessResult result, string question, BotLanguage language) => kind switch
    {
        ResultQuestion.FixFirst => FixFirst(result, language),
        ResultQuestion.LevelMeaning => LevelMeaning(result, question, language),
        ResultQuestion.NextLevel => NextLevel(result, language),
        ResultQuestion.AreaScore => NamedArea(result, question, language) is { } area ? AreaScore(answers, result, area, language)
            : CueBook.Get(Cue.ResultWeakestAsked).IsMatch(question) ? WeakestArea(answers, result, language)
            : null,
        _ => null,
    };

    /// <summary>The area a question names ("brand", "合规", "Team and language"), by its name or its name's first word.</summary>
    public static DimensionScore? NamedArea(ReadinessResult result, string question, BotLanguage language) =>
        result.Dimensions.FirstOrDefault(d => AreaNames(d.Dimension).Any(name => question.Contains(name, StringComparison.OrdinalIgnoreCase)));

    private string FixFirst(ReadinessResult result, BotLanguage language)
    {
        var chinese = language.IsChinese;
        if (result.Roadmap.Count == 0)
        {
            return chinese
                ? $"您的回答没有明显的短板（每项都在 {ReadinessAssessor.WeakAnswerThreshold:0} 分以上），路线图是空的。可以从得分最低的方面继续提升：{Weakest(result, language)}。"
                : $"Your answers show no clear gap (every answer scores {ReadinessAssessor.WeakAnswerThreshold:0} or more), so the roadmap is empty. The lowest areas are the ones to keep improving: {Weakest(result, language)}.";
        }

        var first = result.Roadmap[0];
        var lines = new List<string>
        {
            chinese
                ? $"先做路线图的第一步：“{first.Step.Title.Get(language)}”。{first.Step.Detail?.Get(language) ?? first.Reason.Get(language)}"
                : $"Start with the roadmap's first step: \"{first.Step.Title.Get(language)}\". {first.Step.Detail?.Get(language) ?? first.Reason.Get(language)}",
            chinese
                ? $"原因：{first.Reason.Get(language).TrimEnd('。')}。最弱的方面：{Weakest(result, language)}。"
                : $"Why first: {first.Reason.Get(language).TrimEnd('.')}. The weakest areas: {Weakest(result, language)}.",
        };
        var next = result.Roadmap.Skip(1).Take(2).Select(item => item.Step.Title.Get(language)).ToList();
        if (next.Count > 0)
        {
            lines.Add(chinese ? $"然后：{string.Join("；", next)}。" : $"Then: {string.Join("; ", next)}.");
        }

        return string.Join("\n\n", lines);
    }

    private string LevelMeaning(ReadinessResult result, string question, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var levels = Levels();
        var number = ResultQuestions.LevelNumber(question);
        var asked = number is { } n && n >= 1 && n <= levels.Count
            ? levels[n - 1]
            : levels.FirstOrDefault(level => question.Contains(level.Name.En, StringComparison.OrdinalIgnoreCase) || question.Contains(level.Name.ZhCn, StringComparison.Ordinal));
        var yours = Position(levels, result.Level);
        var own = chinese
            ? $"您的总分 {Score(result.OverallScore)}/100，在第 {yours} 级“{result.Level.Name.Get(language)}”。"
            : $"Your overall score of {Score(result.OverallScore)} puts you at level {yours}, \"{result.Level.Name.Get(language)}\".";
        if (asked is null)
        {
            return string.Join("\n", levels.Select((level, index) => Line(level, index + 1, language))) + "\n\n" + own;
        }

        return Line(asked, Position(levels, asked), language) + "\n\n" + own;
    }

    private string NextLevel(ReadinessResult result, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var levels = Levels();
        var next = levels.FirstOrDefault(level => level.MinScore > result.OverallScore);
        if (next is null)
        {
            return chinese
                ? $"您已经在最高一级“{result.Level.Name.Get(language)}”（总分 {Score(result.OverallScore)}/100）。{result.Level.Summary?.Get(language)}"
                : $"You are already at the top level, \"{result.Level.Name.Get(language)}\" ({Score(result.OverallScore)} out of 100). {result.Level.Summary?.Get(language)}";
        }

        var gap = Score(next.MinScore - result.OverallScore);
        var first = result.Roadmap.FirstOrDefault()?.Step.Title.Get(language);
        return chinese
            ? $"下一级是第 {Position(levels, next)} 级“{next.Name.Get(language)}”，总分 {next.MinScore:0} 分起；您现在 {Score(result.OverallScore)} 分，还差约 {gap} 分。{next.Summary?.Get(language)}\n\n总分是各方面得分的加权平均，提升最弱的方面最有效：{Weakest(result, language)}。" + (first is null ? string.Empty : $"路线图的第一步“{first}”就是从这里入手。")
            : $"The next level is level {Position(levels, next)}, \"{next.Name.Get(language)}\", from {next.MinScore:0}; you are at {Score(result.OverallScore)}, about {gap} points short. {next.Summary?.Get(language)}\n\nThe overall score is a weighted average of the areas, so raising the weakest ones counts most: {Weakest(result, language)}." + (first is null ? string.Empty : $" The roadmap's first step, \"{first}\", starts there.");
    }

    // "which bit is holding us back?", "我们差在哪儿": no area named, the weakest is the one asked about (a score asked in
    // general, "what does my score mean?", is the general explanation's) — the lowest areas
    // by score, then the weakest one's answers with their scores and its roadmap step; null with no area answered.
    private string? WeakestArea(ReadinessAnswers answers, ReadinessResult result, BotLanguage language)
    {
        var weakest = result.Dimensions.Where(d => d.Answered).OrderBy(d => d.Score).FirstOrDefault();
        if (weakest is null)
        {
            return null;
        }

        var head = language.IsChinese ? $"得分最低的方面：{Weakest(result, language)}。" : $"The lowest-scoring areas: {Weakest(result, language)}.";
        return head + "\n\n" + AreaScore(answers, result, weakest, language);
    }

    // One area's score: the mean of its answers, each with the score it earned, and the roadmap step that addresses it.
    private string AreaScore(ReadinessAnswers answers, ReadinessResult result, DimensionScore area, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var name = area.Dimension.Name.Get(language);
        var questions = questionnaire.Questions.Where(q => q.Dimension == area.Dimension.Id).ToList();
        var lines = new List<string>
        {
            chinese
                ? $"{name} {Score(area.Score)}/100：是这方面 {area.AnsweredQuestions} 个回答得分的平均值。"
                : $"{name} {Score(area.Score)}/100: the mean of your {area.AnsweredQuestions} answers in this area.",
        };
        foreach (var question in questions)
        {
            var answer = answers.Of(question.Id);
            lines.Add(answer is null
                ? $"- {question.Text.Get(language)} — {(chinese ? "未回答" : "not answered")}"
                : $"- {question.Text.Get(language)} — {questionnaire.AnswerLabel(question, answer, language)}: {Score(ReadinessAssessor.Score(question, answer))}/100");
        }

        var step = result.Roadmap.FirstOrDefault(item => item.QuestionIds.Any(id => questions.Any(q => q.Id == id)));
        if (step is not null)
        {
            lines.Add(chinese
                ? $"\n路线图里针对它的一步：“{step.Step.Title.Get(language)}”——{step.Step.Detail?.Get(language) ?? step.Reason.Get(language)}"
                : $"\nThe roadmap step for it: \"{step.Step.Title.Get(language)}\" — {step.Step.Detail?.Get(language) ?? step.Reason.Get(language)}");
        }

        return string.Join("\n", lines);
    }

    private string Line(ReadinessLevel level, int position, BotLanguage language) =>
        language.IsChinese
            ? $"第 {position} 级“{level.Name.Get(language)}”（{level.MinScore:0} 分起）：{level.Summary?.Get(language)}"
            : $"Level {position}, \"{level.Name.Get(language)}\" (from {level.MinScore:0}): {level.Summary?.Get(language)}";

    private List<ReadinessLevel> Levels() => [.. questionnaire.KnowledgeBase.Readiness.Levels.OrderBy(level => level.MinScore)];

    private static int Position(List<ReadinessLevel> levels, ReadinessLevel level) => levels.FindIndex(l => l.Id == level.Id) + 1;

    private static string Weakest(ReadinessResult result, BotLanguage language) =>
        string.Join(language.IsChinese ? "、" : ", ", result.Dimensions.Where(d => d.Answered).OrderBy(d => d.Score).Take(2)
            .Select(d => $"{d.Dimension.Name.Get(language)} {Score(d.Score)}/100"));

    // "Brand and IP", "Brand", "品牌与知识产权", "品牌": an area by its whole name or the first word of it.
    private static IEnumerable<string> AreaNames(ReadinessDimension dimension) =>
        new[] { dimension.Name.En, dimension.Name.ZhCn, dimension.Id.Replace('-', ' '), dimension.Name.En.Split(' ')[0], dimension.Name.ZhCn.Split('与')[0] }
            .Where(name => name.Length >= 2);

    private static string Score(decimal score) => Math.Round(score, 0).ToString("0", CultureInfo.InvariantCulture);
}
