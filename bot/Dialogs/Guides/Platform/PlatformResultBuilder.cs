using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Turns the platform answers into the ranked platforms — a one-line verdict, then fit (ordered by the score shown),
/// fees, fulfilment, the entry requirements that apply to the seller's category, reasons, the platforms its own rules
/// or model rule out and why, sources with review dates — and the plan; and any two or three platforms into a
/// side-by-side table.
/// </summary>
public sealed class PlatformResultBuilder(KnowledgeBase knowledgeBase, PlatformAdvisor advisor, GuideLocationResolver locations, TimeProvider time)
{
    /// <summary>Always show this many; up to <see cref="MaxShown"/> when the further ones still fit well.</summary>
    private const int MinShown = 3;
    private const int MaxShown = 5;
    private const decimal GoodFit = 60m;

    public GuideOutcome Build(PlatformAnswers answers, BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        var advice = advisor.Advise(PlatformAdvisorInputs.From(answers, knowledgeBase, MaxShown));
        var ranked = advice.Ranked;
        var shown = ranked.Take(MinShown).Concat(ranked.Skip(MinShown).Where(r => r.Score >= GoodFit)).ToList();
        var rows = shown.Select(r => (IReadOnlyList<string>)[r.Platform.Name.Get(language), Score(r.Score), FeeSummary(r.Platform, answers.Markets ?? [], language), FulfilmentSummary(r.Platform, language)]).ToList();
        var details = shown.Select((r, index) =>
            $"**{index + 1}. {r.Platform.Name.Get(language)} — {Score(r.Score)}/100**\n"
            + $"- {text.Fees}: {FeeSummary(r.Platform, answers.Markets ?? [], language)}\n"
            + $"- {text.Fulfilment}: {FulfilmentSummary(r.Platform, language)}\n"
            + $"- {text.Entry}: {string.Join(text.SentenceSeparator, r.Requirements.Select(e => e.Get(language)))}\n"
            + $"- {text.Why}: {string.Join(text.SentenceSeparator, r.Reasons.Select(reason => reason.Get(language)))}");

        var sources = new GuideSources(knowledgeBase);
        foreach (var recommendation in shown)
        {
            sources.Add(recommendation.SourceIds, recommendation.Platform.Reviewed);
        }

        var facts = Facts(answers, language);
        var blocks = new List<ReplyBlock> { new HeadingBlock(text.ResultHeading), new FactListBlock(facts, text.AnswersTitle) };
        if (advice.Verdict is { } verdict)
        {
            blocks.Add(new ParagraphBlock("**" + verdict.Get(language) + "**"));
        }

        blocks.Add(new ResultTableBlock([text.PlatformColumn, text.FitColumn, text.FeesColumn, text.FulfilmentColumn], rows, HighlightFirstRow: true, Title: text.TableTitle));
        blocks.AddRange(details.Select(detail => (ReplyBlock)new ParagraphBlock(detail)));
        if (advice.Notes.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join("\n", advice.Notes.Select(note => "- " + note.Get(language)))));
        }

        if (RuledOut(advice, language) is { } ruledOut)
        {
            blocks.Add(new ParagraphBlock(ruledOut));
        }

        var caveats = new GuideCaveats();
        foreach (var market in answers.Markets ?? [])
        {
            caveats.Add(knowledgeBase.FindMarket(market)?.Caveat);
        }

        if (caveats.Block(language) is { } caveatBlock)
        {
            blocks.Add(caveatBlock);
        }

        blocks.Add(new SourceListBlock(sources.ToReplySources()));
        var reply = Reply.Of([.. blocks]);

        var markets = MarketNames(answers, language);
        var plan = new GuidePlan(
            DialogIds.GuidePlatform,
            string.Format(CultureInfo.InvariantCulture, text.PlanTitle, string.Join(text.ListSeparator, shown.Select(r => r.Platform.Name.Get(language)))),
            time.GetUtcNow(),
            language.Tag,
            new List<PlanSection>
            {
                new(text.AnswersTitle, facts.Select(fact => $"{fact.Title}: {fact.Value}").ToList()),
                new(text.RecommendationsHeading, shown.Select(r =>
                    $"{r.Platform.Name.Get(language)} ({Score(r.Score)}/100) — {FeeSummary(r.Platform, answers.Markets ?? [], language)}").ToList()),
                new(text.NextStepsHeading, new List<string>
                {
                    string.Format(CultureInfo.InvariantCulture, text.NextStepLogistics, markets),
                    text.NextStepReadiness,
                }),
            },
            sources.ToPlanSources(),
            caveats.In(language));
        return new GuideOutcome([reply], plan);
    }

    /// <summary>Two or three platforms side by side; with answers, the fit of each for this user too.</summary>
    public Reply Compare(IReadOnlyList<Platform> platforms, PlatformAnswers? answers, BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        var fit = answers is { Model: not null, Markets.Count: > 0 }
            ? advisor.Recommend(PlatformAdvisorInputs.From(answers, knowledgeBase, knowledgeBase.Platforms.Count)).ToDictionary(r => r.Platform.Id, r => r.Score)
            : null;
        var rows = new List<IReadOnlyList<string>>();
        void Row(string title, Func<Platform, string> cell) => rows.Add([title, .. platforms.Select(cell)]);
        if (fit is not null)
        {
            Row(text.FitForYou, p => fit.TryGetValue(p.Id, out var score) ? Score(score) + "/100" : "–");
        }

        Row(text.Models, p => string.Join("/", p.Classification.Models));
        Row(text.Regions, p => Markets(p, language));
        Row(text.FeesColumn, p => FeeSummary(p, answers?.Markets ?? [], language));
        Row(text.Fulfilment, p => FulfilmentSummary(p, language));
        Row(text.BeginnerFriendly, p => p.Fit.BeginnerFriendly ? text.True : text.False);
        Row(text.MinBudget, p => string.Format(CultureInfo.InvariantCulture, "~{0:#,##0} USD/{1}", p.Fit.MinMonthlyBudgetUsd, text.PerMonth));
        Row(text.BrandValue, p => p.Fit.OwnBrandValue switch { BrandValue.High => text.High, BrandValue.Medium => text.Medium, _ => text.Low });
        Row(text.Reviewed, p => p.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var sources = new GuideSources(knowledgeBase);
        foreach (var platform in platforms)
        {
            sources.Add(platform.Sources, platform.Reviewed);
        }

        return Reply.Of(
            new ResultTableBlock(["", .. platforms.Select(p => p.Name.Get(language))], rows, Title: text.CompareTitle),
            new SourceListBlock(sources.ToReplySources()));
    }

    /// <summary>Platforms that sell to the user's markets but that their own rules or business model rule out, with
    /// the reason (handmade only, brands only, B2B or B2C only); platforms that do not serve the markets are left out.</summary>
    private static string? RuledOut(PlatformAdvice advice, BotLanguage language)
    {
        const int MaxRuledOut = 5;
        var relevant = advice.Excluded
            .Where(e => !e.Reason.En.StartsWith("Does not sell to", StringComparison.Ordinal))
            .Take(MaxRuledOut)
            .Select(e => $"- {e.Platform.Name.Get(language)}: {e.Reason.Get(language)}")
            .ToList();
        if (relevant.Count == 0)
        {
            return null;
        }

        var heading = language.IsChinese ? "不适合您的平台" : "Ruled out for you";
        return $"**{heading}**\n" + string.Join("\n", relevant);
    }

    /// <summary>The budget in US dollars (the advisor's unit); null when the currency is unknown.</summary>
    public decimal? BudgetUsd(decimal amount, string currency) =>
        knowledgeBase.ExchangeRates.Convert(amount, currency, "USD") is { } usd ? Math.Round(usd, 2) : null;

    public string MarketNames(PlatformAnswers answers, BotLanguage language) =>
        string.Join(PlatformGuideText.For(language).ListSeparator, (answers.Markets ?? []).Select(m => locations.Name(m, language)));

    /// <summary>Commission and the fixed fees of the sites the seller sells on (<see cref="PlatformSiteFees"/>).</summary>
    public string FeeSummary(Platform platform, IReadOnlyCollection<string> markets, BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        var parts = new List<string>();
        if (platform.Fees.CommissionPercent is { } commission)
        {
            var range = commission.Min == commission.Max ? $"{commission.Min:0.#}%" : $"{commission.Min:0.#}–{commission.Max:0.#}%";
            parts.Add(string.Format(CultureInfo.InvariantCulture, text.Commission, range));
        }

        parts.AddRange(PlatformSiteFees.For(platform.Fees, markets).Select(fee => string.Format(CultureInfo.InvariantCulture, "{0} {1:#,##0.##} {2}/{3}",
            fee.Name.Get(language), fee.Amount.Amount, fee.Amount.Currency, Period(fee.Per, text))));
        if (parts.Count == 0)
        {
            // No commission or fixed fee on record (fully managed models set the price instead): the notes say how it works.
            parts.Add(platform.Fees.Notes is { } notes ? FirstSentence(notes.Get(language)) : text.NoFixedFees);
        }

        var summary = string.Join(text.ItemSeparator, parts);
        return platform.Fees.Approximate ? string.Format(CultureInfo.InvariantCulture, text.Approximate, summary) : summary;
    }

    /// <summary>The regions a platform serves (its countries only when it names no region), so a table cell stays short.</summary>
    private string Markets(Platform platform, BotLanguage language)
    {
        var regions = platform.Regions.Where(id => knowledgeBase.FindRegion(id) is not null).ToList();
        return string.Join(PlatformGuideText.For(language).ListSeparator, (regions.Count > 0 ? regions : platform.Regions).Select(id => locations.Name(id, language)));
    }

    /// <summary>The advisor's reasons name markets by id ("Sells to jp."); the user reads their names.</summary>
    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '。', ';', '；']);
        return end > 0 ? text[..(end + 1)] : text;
    }

    public static string FulfilmentSummary(Platform platform, BotLanguage language) =>
        platform.Fulfilment.Count == 0 ? "–" : string.Join(PlatformGuideText.For(language).ItemSeparator, platform.Fulfilment.Select(f => f.Name.Get(language)));

    private List<ReplyFact> Facts(PlatformAnswers answers, BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        var category = answers.Category is { } id && knowledgeBase.FindCategory(id) is { } found ? found.Name.Get(language) : text.AnyCategory;
        var budget = answers.BudgetAmount is { } amount
            ? string.Format(CultureInfo.InvariantCulture, "{0:#,##0.##} {1}", amount, answers.BudgetCurrency)
              + (answers.BudgetCurrency != "USD" && BudgetUsd(amount, answers.BudgetCurrency ?? "USD") is { } usd ? string.Format(CultureInfo.InvariantCulture, " (≈ {0:#,##0} USD)", usd) : string.Empty)
            : "–";
        return
        [
            new(text.Model, answers.Model is { } model ? PlatformAnswerWords.Word(model) : "–"),
            new(text.Markets, MarketNames(answers, language)),
            new(text.Category, category),
            new(text.Budget, budget),
            new(text.Experience, text.Label(answers.Experience ?? SellerExperience.None)),
            new(text.OwnBrand, answers.OwnBrand == true ? text.Yes : text.No),
        ];
    }

    private static string Period(FeePeriod period, PlatformGuideText text) => period switch
    {
        FeePeriod.Month => text.PerMonth,
        FeePeriod.Year => text.PerYear,
        FeePeriod.Listing => text.PerListing,
        FeePeriod.Item => text.PerItem,
        _ => text.PerOrder,
    };

    private static string Score(decimal score) => Math.Round(score, 0).ToString("0", CultureInfo.InvariantCulture);
}
