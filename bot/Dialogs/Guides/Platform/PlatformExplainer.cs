using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers "why is X first?" / "what does the fit score mean?" after a platform result, from the advisor's own ranking,
/// score breakdown and reasons for the same answers.
/// </summary>
public sealed class PlatformExplainer(KnowledgeBase knowledgeBase, PlatformAdvisor advisor)
{
    public string? Explain(PlatformAnswers answers, string question, BotLanguage language)
    {
        var ranked = advisor.Recommend(PlatformAdvisorInputs.From(answers, knowledgeBase, knowledgeBase.Platforms.Count));
        if (ranked.Count == 0)
        {
            return null;
        }

        var chinese = language.IsChinese;
        var named = RankingExplanation.Named(ranked, question, r => [r.Platform.Id, r.Platform.Name.En, r.Platform.Name.ZhCn]);
        return RankingExplanation.Paragraphs(
            ranked,
            chinese
                ? $"匹配度（0–100）衡量平台与您的回答（模式、市场、类目、预算、经验、品牌）的契合程度。{Describe(ranked[0], language)}排在第一，原因：{GuideReasons.Sentence(ranked[0].Reasons, language)}"
                : $"The fit score (0–100) measures how well a platform suits your answers (model, markets, category, budget, experience, brand). {Describe(ranked[0], language)} is ranked first because: {GuideReasons.Sentence(ranked[0].Reasons, language)}",
            RankingExplanation.Others(ranked, named),
            (other, position) => chinese
                ? $"{Describe(other, language)}排第 {position}：{GuideReasons.Sentence(other.Reasons, language)}"
                : string.Create(CultureInfo.InvariantCulture, $"{Describe(other, language)} is ranked number {position}: {GuideReasons.Sentence(other.Reasons, language)}"));
    }

    private static string Describe(PlatformRecommendation r, BotLanguage language) =>
        language.IsChinese
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Platform.Name.Get(language)}（匹配度 {r.Score:0}/100）")
            : string.Create(CultureInfo.InvariantCulture, $"{r.Platform.Name.Get(language)} (fit {r.Score:0}/100)");
}
