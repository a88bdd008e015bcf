using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Ranks platforms for a company's model, markets, category, budget, experience and brand.</summary>
public sealed class PlatformAdvisor
{
    private readonly KnowledgeBase _kb;
    private readonly GeographyResolver _geography;

    public PlatformAdvisor(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase;
        _geography = new GeographyResolver(knowledgeBase);
    }

    public IReadOnlyList<PlatformRecommendation> Recommend(PlatformAdvisorInput input)
    {
        using var culture = InvariantCultureScope.Enter();
        ArgumentNullException.ThrowIfNull(input);
        if (input.MonthlyBudgetUsd < 0)
        {
            throw new AdvisorInputException("monthlyBudgetUsd", "The monthly budget cannot be negative.");
        }

        if (input.TargetMarkets.Count == 0)
        {
            throw new AdvisorInputException("targetMarkets", "At least one target market is required.");
        }

        var targets = input.TargetMarkets.Select(m => _geography.Resolve(m, "targetMarkets")).DistinctBy(t => t.Id).ToList();
        var category = input.Category is null ? null : ResolveCategory(input.Category);

        return _kb.Platforms
            .Select(p => Score(p, input, targets, category))
            .OrderByDescending(r => r.Score)
            // Between equally good fits, the cheaper platform to run comes first.
            .ThenBy(r => r.Platform.Fit.MinMonthlyBudgetUsd)
            .ThenBy(r => r.Platform.Fees.CommissionPercent?.Max ?? 0m)
            .ThenBy(r => r.Platform.Id, StringComparer.Ordinal)
            .Take(Math.Max(1, input.MaxResults))
            .ToList();
    }

    private Category ResolveCategory(string text)
    {
        var trimmed = text.Trim();
        return _kb.FindCategory(trimmed)
            ?? _kb.Categories.FirstOrDefault(c =>
                string.Equals(c.Name.En, trimmed, StringComparison.OrdinalIgnoreCase) || c.Name.ZhCn == trimmed ||
                (c.Keywords?.En ?? []).Concat(c.Keywords?.ZhCn ?? []).Any(k => string.Equals(k, trimmed, StringComparison.OrdinalIgnoreCase)))
            ?? throw new AdvisorInputException("category", $"Unknown product category '{text}'.");
    }

    private PlatformRecommendation Score(Platform p, PlatformAdvisorInput input, List<ResolvedLocation> targets, Category? category)
    {
        var reasons = new List<LocalizedText>();

        var modelFits = p.Classification.Models.Contains(input.Model);
        var model = modelFits ? 25m : 0m;
        reasons.Add(modelFits
            ? T($"Supports {input.Model}.", $"支持 {input.Model} 模式。")
            : T($"Built for {string.Join("/", p.Classification.Models)}, not {input.Model}.", $"主要面向 {string.Join("/", p.Classification.Models)}，而非 {input.Model}。"));

        var coverages = targets.Select(t => (Target: t, Coverage: _geography.Coverage(p.Regions, t))).ToList();
        var market = Math.Round(25m * coverages.Average(c => c.Coverage), 1);
        var covered = coverages.Where(c => c.Coverage >= 1m).Select(c => c.Target.Id).ToList();
        var missing = coverages.Where(c => c.Coverage == 0m).Select(c => c.Target.Id).ToList();
        if (covered.Count > 0)
        {
            reasons.Add(T($"Sells to {string.Join(", ", covered)}.", $"覆盖目标市场：{string.Join("、", covered)}。"));
        }

        if (missing.Count > 0)
        {
            reasons.Add(T($"Does not serve {string.Join(", ", missing)}.", $"不覆盖：{string.Join("、", missing)}。"));
        }

        decimal categoryPoints;
        if (category is null)
        {
            categoryPoints = 10m;
        }
        else if (p.Categories.Contains(category.Id))
        {
            categoryPoints = 20m;
            reasons.Add(T($"Suits {category.Name.En}.", $"适合{category.Name.ZhCn}类目。"));
        }
        else if (p.Categories.Count == 0)
        {
            categoryPoints = 10m;
            reasons.Add(T("A general store with no category focus.", "综合类平台，无特定类目侧重。"));
        }
        else
        {
            categoryPoints = 0m;
            reasons.Add(T($"{category.Name.En} is not among its strong categories.", $"{category.Name.ZhCn}不是其优势类目。"));
        }

        var minBudget = p.Fit.MinMonthlyBudgetUsd;
        var budget = minBudget <= 0 || input.MonthlyBudgetUsd >= minBudget ? 15m : Math.Round(15m * input.MonthlyBudgetUsd / minBudget, 1);
        reasons.Add(budget >= 15m
            ? T($"Your budget covers the ~${minBudget:0}/month it needs.", $"预算足以覆盖约每月 {minBudget:0} 美元的运营支出。")
            : T($"Needs about ${minBudget:0}/month; your budget is ${input.MonthlyBudgetUsd:0}.", $"约需每月 {minBudget:0} 美元，您的预算为 {input.MonthlyBudgetUsd:0} 美元。"));

        var experience = input.Experience switch
        {
            SellerExperience.Experienced => 10m,
            SellerExperience.Some => p.Fit.BeginnerFriendly ? 10m : 7m,
            _ => p.Fit.BeginnerFriendly ? 10m : 3m,
        };
        if (input.Experience == SellerExperience.None)
        {
            reasons.Add(p.Fit.BeginnerFriendly
                ? T("Friendly to first-time sellers.", "对新手卖家友好。")
                : T("Demanding for first-time sellers.", "对新手卖家门槛较高。"));
        }

        var brand = (input.OwnBrand, p.Fit.OwnBrandValue) switch
        {
            (true, BrandValue.High) => 5m,
            (true, BrandValue.Medium) => 3.5m,
            (true, _) => 2m,
            (false, BrandValue.High) => 1m,
            (false, BrandValue.Medium) => 3m,
            _ => 5m,
        };
        if (p.Fit.OwnBrandValue == BrandValue.High)
        {
            reasons.Add(input.OwnBrand
                ? T("Your own brand is a real advantage here (brand registry, store pages).", "自有品牌在此平台优势明显（品牌备案、品牌店铺）。")
                : T("Without an own brand you compete on price here.", "没有自有品牌，在此平台只能拼价格。"));
        }

        var breakdown = new PlatformScoreBreakdown(model, market, categoryPoints, budget, experience, brand);
        return new PlatformRecommendation(p, breakdown.Total, breakdown, reasons, p.Sources);

        static LocalizedText T(string en, string zh) => LocalizedText.Of(en, zh);
    }
}
