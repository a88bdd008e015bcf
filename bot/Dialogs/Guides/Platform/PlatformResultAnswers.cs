using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers what a seller asks about a platform result beyond "why is X first?" — what the fit score is made of, what a
/// platform costs a month, its fees, the platform at a place, whether a platform (also one outside the list, or ruled
/// out) suits them — from the advisor's own advice for the same answers (every platform ranked, the excluded ones with
/// their reason) and the platform's fee entry in the knowledge base (marked approximate, with its review date). Every
/// answer that quotes fees names the sources the fee figures came from, or says that none is held.
/// </summary>
public sealed class PlatformResultAnswers(KnowledgeBase knowledgeBase, PlatformResultBuilder results)
{
    private static readonly PlatformScoringWeights Weights = PlatformScoringWeights.Default;

    /// <summary>The answer to <paramref name="kind"/> about <paramref name="target"/>; null for a kind not answered here.</summary>
    public string? Answer(ResultQuestion kind, PlatformAnswers answers, PlatformAdvice advice, PlatformRecommendation target, BotLanguage language) => kind switch
    {
        ResultQuestion.ScoreMeaning => ScoreMeaning(target, language),
        ResultQuestion.MonthlyCost => MonthlyCost(answers, target.Platform, language),
        ResultQuestion.Fees => Fees(answers, advice, target, language),
        ResultQuestion.AtPlace or ResultQuestion.Suits => WhereItRanks(answers, advice, target, language),
        ResultQuestion.EntryRequirements => EntryRequirements(advice, target, language),
        _ => null,
    };

    // What the platform asks of a seller to join, as the knowledge base holds it, with its sources and review date; said
    // plainly when none is held.
    private string EntryRequirements(PlatformAdvice advice, PlatformRecommendation target, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var platform = target.Platform;
        var reviewed = platform.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sources = knowledgeBase.ResolveSources(platform.Sources).Take(3).Select(source => $"{source.Title} ({source.Publisher})").ToList();
        var heading = Describe(advice, target, language);
        if (platform.EntryRequirements.Count == 0)
        {
            return chinese
                ? $"{heading}。知识库里没有它的入驻要求（条目复核于 {reviewed}），请以平台的卖家注册页面为准。"
                : $"{heading}. My knowledge base holds no entry requirements for it (entry reviewed {reviewed}); its seller sign-up pages are what counts.";
        }

        var list = string.Join("\n", platform.EntryRequirements.Select(requirement => "- " + requirement.Get(language)));
        var origin = sources.Count > 0
            ? (chinese ? $"来源：{string.Join("；", sources)}（复核于 {reviewed}）。" : $"Sources: {string.Join("; ", sources)} (reviewed {reviewed}).")
            : (chinese ? $"知识库里没有找到这些要求的来源（条目复核于 {reviewed}），请以平台的卖家注册页面为准。" : $"I could not find a source for these requirements in my knowledge base (entry reviewed {reviewed}); its seller sign-up pages are what counts.");
        return chinese
            ? $"{heading}。入驻要求：\n{list}\n\n{origin}"
            : $"{heading}. To join it you need:\n{list}\n\n{origin}";
    }

    /// <summary>Whether a platform the advisor ruled out suits the seller: no, and why (its own rule, the model or the markets).</summary>
    public static string RuledOut(ExcludedPlatform excluded, BotLanguage language) =>
        language.IsChinese
            ? $"{excluded.Platform.Name.Get(language)}不适合您：{excluded.Reason.Get(language)}"
            : $"{excluded.Platform.Name.Get(language)} is ruled out for you: {excluded.Reason.Get(language)}";

    private static string ScoreMeaning(PlatformRecommendation target, BotLanguage language)
    {
        var b = target.Breakdown;
        var chinese = language.IsChinese;
        var parts = chinese
            ? $"市场 {P(b.Market)}/{P(Weights.Market)}、类目 {P(b.Category)}/{P(Weights.Category)}、买家流量 {P(b.Traffic)}/{P(Weights.ReferenceMarketplace)}、预算 {P(b.Budget)}/{P(Weights.Budget)}、经验 {P(b.Experience)}/{P(Weights.Experience)}、品牌 {P(b.Brand)}/{P(Weights.BrandOnHighValue)}" + (b.Penalty > 0 ? $"，扣分 {P(b.Penalty)}" : string.Empty)
            : $"markets {P(b.Market)}/{P(Weights.Market)}, category {P(b.Category)}/{P(Weights.Category)}, buyer traffic {P(b.Traffic)}/{P(Weights.ReferenceMarketplace)}, budget {P(b.Budget)}/{P(Weights.Budget)}, experience {P(b.Experience)}/{P(Weights.Experience)}, brand {P(b.Brand)}/{P(Weights.BrandOnHighValue)}" + (b.Penalty > 0 ? $", minus {P(b.Penalty)} for conditions" : string.Empty);
        return chinese
            ? $"匹配度（0–100）是按您的回答给平台打的分：覆盖您的市场、类目是否是其强项、在这些市场是否是买家首选（流量）、预算够不够、对您的经验是否友好、品牌是否有价值，再减去入驻条件的扣分。\n\n{target.Platform.Name.Get(language)} {P(target.Score)}：{parts}。理由：{GuideReasons.Sentence(target.Reasons, language)}"
            : $"The fit (0–100) adds points for how a platform suits your answers: your markets, your category among its strong ones, buyer traffic (the marketplace buyers in your markets look at first), your budget against what it needs, your experience, and your brand; entry conditions take points off.\n\n{target.Platform.Name.Get(language)} {P(target.Score)}: {parts}. Reasons: {GuideReasons.Sentence(target.Reasons, language)}";
    }

    // The fixed fees a month, what comes on top per sale, and the budget the advisor counts for it — never a total it
    // cannot know (sales and advertising are the seller's).
    private string MonthlyCost(PlatformAnswers answers, Platform platform, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var monthly = PlatformSiteFees.For(platform.Fees, answers.Markets ?? []).Where(fee => fee.Per == FeePeriod.Month)
            .Select(fee => string.Create(CultureInfo.InvariantCulture, $"{fee.Name.Get(language)} {fee.Amount.Amount:#,##0.##} {fee.Amount.Currency}")).ToList();
        var name = platform.Name.Get(language);
        var budget = answers.BudgetAmount is { } amount && results.BudgetUsd(amount, answers.BudgetCurrency ?? "USD") is { } usd
            ? string.Create(CultureInfo.InvariantCulture, $"{usd:#,##0}")
            : null;
        var need = string.Create(CultureInfo.InvariantCulture, $"{platform.Fit.MinMonthlyBudgetUsd:#,##0}");
        var reviewed = platform.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            chinese
                ? (monthly.Count > 0 ? $"{name}每月的固定费用：{string.Join("；", monthly)}。" : $"{name}没有按月收取的固定费用。")
                : (monthly.Count > 0 ? $"{name}'s fixed fees a month: {string.Join("; ", monthly)}." : $"{name} charges no fixed monthly fee."),
            chinese
                ? $"每笔销售另收：{PerSale(platform, answers.Markets ?? [], language)}。总额取决于您的销量和广告投入；我们估计在{name}起步约需每月 {need} 美元（费用加推广）" + (budget is null ? "。" : $"，您的预算约 {budget} 美元。")
                : $"On top, per sale: {PerSale(platform, answers.Markets ?? [], language)}. The total depends on your sales and advertising; we count about {need} USD a month (fees and promotion) to get going on {name}" + (budget is null ? "." : $" — your budget is about {budget} USD."),
        };
        if (platform.Fees.Notes?.Get(language) is { Length: > 0 } notes)
        {
            lines.Add(chinese ? $"费用说明：{notes}" : $"About its fees: {notes}");
        }

        lines.Add(FeeSources(platform, answers.Markets ?? [], language));
        lines.Add(chinese
            ? $"这些是估算（{(platform.Fees.Approximate ? "约数，" : string.Empty)}复核于 {reviewed}），以平台后台的费用页为准。"
            : $"These are estimates ({(platform.Fees.Approximate ? "approximate, " : string.Empty)}reviewed {reviewed}); the platform's own fee pages are what counts.");
        return string.Join("\n\n", lines);
    }

    // What comes with each sale: the commission and the fees per item or order (the monthly ones are said apart).
    private static string PerSale(Platform platform, IReadOnlyCollection<string> markets, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var parts = new List<string>();
        if (platform.Fees.CommissionPercent is { } c)
        {
            var range = c.Min == c.Max ? P(c.Min) + "%" : $"{P(c.Min)}–{P(c.Max)}%";
            parts.Add(chinese ? $"佣金 {range}" : $"{range} commission");
        }

        parts.AddRange(PlatformSiteFees.For(platform.Fees, markets).Where(fee => fee.Per is FeePeriod.Item or FeePeriod.Order)
            .Select(fee => string.Create(CultureInfo.InvariantCulture, $"{fee.Name.Get(language)} {fee.Amount.Amount:#,##0.##} {fee.Amount.Currency}")));
        return parts.Count > 0 ? string.Join(chinese ? "；" : "; ", parts) : (chinese ? "没有记录按笔收取的费用" : "no per-sale fee on record");
    }

    private string Fees(PlatformAnswers answers, PlatformAdvice advice, PlatformRecommendation target, BotLanguage language)
    {
        var place = RankingExplanation.Place(advice.Ranked, target);
        return (language.IsChinese
            ? $"{target.Platform.Name.Get(language)}（排第 {place}，匹配度 {P(target.Score)}/100）的费用：{results.FeeSummary(target.Platform, answers.Markets ?? [], language)}。"
            : $"{target.Platform.Name.Get(language)} (number {place} for you, fit {P(target.Score)}/100) — fees: {results.FeeSummary(target.Platform, answers.Markets ?? [], language)}.")
            + "\n\n" + FeeSources(target.Platform, answers.Markets ?? [], language);
    }

    private string WhereItRanks(PlatformAnswers answers, PlatformAdvice advice, PlatformRecommendation target, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var place = RankingExplanation.Place(advice.Ranked, target);
        var top = advice.Ranked[0];
        var first = chinese
            ? $"{Describe(advice, target, language)}：{GuideReasons.Sentence(target.Reasons, language)} 费用：{results.FeeSummary(target.Platform, answers.Markets ?? [], language)}。"
            : $"{Describe(advice, target, language)}: {GuideReasons.Sentence(target.Reasons, language)} Fees: {results.FeeSummary(target.Platform, answers.Markets ?? [], language)}.";
        first += "\n\n" + FeeSources(target.Platform, answers.Markets ?? [], language);
        return place == 1
            ? first
            : first + "\n\n" + (chinese
                ? $"排第一的是{top.Platform.Name.Get(language)}（匹配度 {P(top.Score)}）：{GuideReasons.Sentence(top.Reasons, language)}"
                : $"First is {top.Platform.Name.Get(language)} (fit {P(top.Score)}): {GuideReasons.Sentence(top.Reasons, language)}");
    }

    // Where the fee figures come from: the pages of the site fees shown (else the fee entry's sources, else the platform's),
    // with the entry's review date. When none of them is held, that is said: fee figures are never shown without their origin.
    private string FeeSources(Platform platform, IReadOnlyCollection<string> markets, BotLanguage language)
    {
        var shownPages = PlatformSiteFees.For(platform.Fees, markets).SelectMany(fee => fee.Name.Sources ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ids = shownPages.Count > 0 ? shownPages : platform.Fees.Sources.Count > 0 ? platform.Fees.Sources : platform.Sources;
        var sources = knowledgeBase.ResolveSources(ids).Take(3).Select(source => $"{source.Title} ({source.Publisher})").ToList();
        var reviewed = platform.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var chinese = language.IsChinese;
        return sources.Count > 0
            ? (chinese ? $"费用来源：{string.Join("；", sources)}（复核于 {reviewed}）。" : $"Sources of these fees: {string.Join("; ", sources)} (reviewed {reviewed}).")
            : (chinese ? $"知识库里没有找到这些费用的来源（条目复核于 {reviewed}），请以平台的费用页为准。" : $"I could not find a source for these fees in my knowledge base (entry reviewed {reviewed}); the platform's own fee pages are what counts.");
    }

    // "eBay ranks number 2 of 24 for you (fit 81/100)", "eBay（易贝）在 24 个平台中排第 2（匹配度 81/100）".
    private static string Describe(PlatformAdvice advice, PlatformRecommendation r, BotLanguage language)
    {
        var place = RankingExplanation.Place(advice.Ranked, r);
        return language.IsChinese
            ? $"{r.Platform.Name.Get(language)}在 {advice.Ranked.Count} 个可选平台中排第 {place}（匹配度 {P(r.Score)}/100）"
            : $"{r.Platform.Name.Get(language)} ranks number {place} of {advice.Ranked.Count} for you (fit {P(r.Score)}/100)";
    }

    private static string P(decimal points) => Math.Round(points, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
