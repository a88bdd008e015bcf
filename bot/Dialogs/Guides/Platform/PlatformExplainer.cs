using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers "why is X first?" / "what does the fit score mean?" after a platform result, from the advisor's own ranking,
/// score breakdown and reasons for the same answers.
/// </summary>
public sealed class PlatformExplainer(KnowledgeBase knowledgeBase, PlatformAdvisor advisor, PlatformResultAnswers resultAnswers)
{
    public string? Explain(PlatformAnswers answers, string question, BotLanguage language)
    {
        var advice = Advise(answers);
        var ranked = advice.Ranked;
        if (ranked.Count == 0)
        {
            return null;
        }

        var chinese = language.IsChinese;
        var named = RankingExplanation.Named(ranked, question, Names);
        var kind = ResultQuestions.Read(DialogIds.GuidePlatform, question);
        if (kind != ResultQuestion.None)
        {
            // A platform named that the advisor rules out for this seller (a B2B site for a consumer seller): why.
            if (named.Count == 0 && advice.Excluded.FirstOrDefault(e => Names(e.Platform).Any(name => Mentions(question, name))) is { } excluded)
            {
                return PlatformResultAnswers.RuledOut(excluded, language);
            }

            var target = named.Count > 0 ? named[0] : ResultQuestions.Place(question) switch
            {
                -1 => ranked[^1],
                { } place when place >= 1 && place <= ranked.Count => ranked[place - 1],
                _ => ranked[0],
            };
            // "should we use FBA instead?" names no platform: not the ranking's question, the knowledge base's.
            if (kind == ResultQuestion.Suits && named.Count == 0)
            {
                return null;
            }

            if (resultAnswers.Answer(kind, answers, advice, target, language) is { } answer)
            {
                return answer;
            }
        }

        return RankingExplanation.Paragraphs(
            ranked,
            chinese
                ? $"匹配度（0–100）衡量平台与您的回答（模式、市场、类目、预算、经验、品牌）的契合程度。{Describe(ranked[0], language)}排在第一，原因：{GuideReasons.Sentence(ranked[0].Reasons, language)}"
                : $"The fit score (0–100) measures how well a platform suits your answers (model, markets, category, budget, experience, brand). {Describe(ranked[0], language)} is ranked first because: {GuideReasons.Sentence(ranked[0].Reasons, language)}",
            RankingExplanation.Others(ranked, RankingExplanation.NamedOrAtPlace(ranked, named, ResultQuestions.Place(question))),
            (other, position) => chinese
                ? $"{Describe(other, language)}排第 {position}：{GuideReasons.Sentence(other.Reasons, language)}"
                : string.Create(CultureInfo.InvariantCulture, $"{Describe(other, language)} is ranked number {position}: {GuideReasons.Sentence(other.Reasons, language)}"));
    }

    /// <summary>The platform the result for <paramref name="answers"/> ranks first; null when none is ranked.</summary>
    public Platform? TopPlatform(PlatformAnswers answers) => Advise(answers).Ranked is { Count: > 0 } ranked ? ranked[0].Platform : null;

    // The advice last worked out, with the input it was for. A question at the result that the ranking cannot answer
    // ("how much do they take per sale?") is explained first and then completed with the option in view, in the same
    // turn and from the same answers: the second reading reuses the advice instead of running the advisor again. One
    // entry, replaced whole, so conversations running at once can only miss it, never read another's advice.
    private sealed record WorkedAdvice(PlatformAdvisorInput Input, PlatformAdvice Advice);

    private WorkedAdvice? _lastAdvice;

    // Every platform ranked, not only the ones the result shows: a question may be about the last of them ("why is the
    // last one so low?"). One reading of the answers for the explanation and the option in view alike.
    private PlatformAdvice Advise(PlatformAnswers answers)
    {
        var input = PlatformAdvisorInputs.From(answers, knowledgeBase, knowledgeBase.Platforms.Count);
        if (Volatile.Read(ref _lastAdvice) is { } last && SameInput(last.Input, input))
        {
            return last.Advice;
        }

        var advice = advisor.Advise(input);
        Volatile.Write(ref _lastAdvice, new WorkedAdvice(input, advice));
        return advice;
    }

    // The input's record equality compares its market list by reference; answers read again from the dialog state hold a
    // new list with the same markets, so the markets are compared one by one and every other field by the record.
    private static bool SameInput(PlatformAdvisorInput worked, PlatformAdvisorInput asked) =>
        worked.TargetMarkets.SequenceEqual(asked.TargetMarkets, StringComparer.Ordinal) && worked with { TargetMarkets = asked.TargetMarkets } == asked;

    private static IEnumerable<string> Names(PlatformRecommendation r) => Names(r.Platform);

    private static IEnumerable<string> Names(Platform platform) => [platform.Id, platform.Name.En, platform.Name.ZhCn];

    private static bool Mentions(string question, string name) =>
        !string.IsNullOrWhiteSpace(name) && question.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static string Describe(PlatformRecommendation r, BotLanguage language) =>
        language.IsChinese
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Platform.Name.Get(language)}（匹配度 {r.Score:0}/100）")
            : string.Create(CultureInfo.InvariantCulture, $"{r.Platform.Name.Get(language)} (fit {r.Score:0}/100)");
}
