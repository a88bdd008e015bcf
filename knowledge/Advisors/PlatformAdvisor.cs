using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// Ranks platforms for a company's model, markets, category, budget, experience and brand: eligibility first (the
/// business model, the markets served and the platform's own entry rules exclude with the reason), fit second (scored
/// with <see cref="PlatformScoringWeights"/>, including whether the platform is the reference marketplace buyers of
/// the market go to), ordered by the score shown, ties broken by the lower running cost, and one line on which fits
/// best and why. Numbers in the text use the invariant culture; the caller's culture is left alone.
/// </summary>
public sealed class PlatformAdvisor
{
    private readonly KnowledgeBase _kb;
    private readonly GeographyResolver _geography;
    private readonly PlatformScoringWeights _weights;

    public PlatformAdvisor(KnowledgeBase knowledgeBase)
        : this(knowledgeBase, PlatformScoringWeights.Default)
    {
    }

    public PlatformAdvisor(KnowledgeBase knowledgeBase, PlatformScoringWeights weights)
    {
        _kb = knowledgeBase;
        _weights = weights;
        _geography = new GeographyResolver(knowledgeBase);
    }

    /// <summary>The eligible platforms, best first (at most <see cref="PlatformAdvisorInput.MaxResults"/>).</summary>
    public IReadOnlyList<PlatformRecommendation> Recommend(PlatformAdvisorInput input) => Advise(input).Ranked;

    public PlatformAdvice Advise(PlatformAdvisorInput input)
    {
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
        var ranked = new List<PlatformRecommendation>();
        var excluded = new List<ExcludedPlatform>();
        foreach (var platform in _kb.Platforms)
        {
            if (Ineligible(platform, input, targets) is { } reason)
            {
                // A name the paper lists whose business could not be identified is no platform to rule out by name.
                if (platform.PaperTable1?.Identified != false)
                {
                    excluded.Add(new ExcludedPlatform(platform, reason));
                }
            }
            else
            {
                ranked.Add(Score(platform, input, targets, category));
            }
        }

        var ordered = ranked
            .OrderByDescending(r => r.Score)
            // Between equal scores the cheaper platform to run comes first; the verdict says so.
            .ThenBy(r => r.Platform.Fit.MinMonthlyBudgetUsd)
            .ThenBy(r => r.Platform.Fees.CommissionPercent?.Max ?? 0m)
            .ThenBy(r => r.Platform.Id, StringComparer.Ordinal)
            .ToList();
        return new PlatformAdvice(ordered.Take(Math.Max(1, input.MaxResults)).ToList(), excluded, Verdict(ordered, targets, category))
        {
            Notes = Conditional(ordered, input),
        };
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

    private LocalizedText? Ineligible(Platform p, PlatformAdvisorInput input, List<ResolvedLocation> targets)
    {
        var models = p.Classification.Models;
        if (!models.Contains(input.Model))
        {
            return (input.Model, models.Contains(BusinessModel.B2C)) switch
            {
                (BusinessModel.B2B, true) => T($"A consumer (B2C) platform: it does not serve wholesale or business buyers.", $"面向消费者（B2C）的平台，不服务批发或企业买家。"),
                (BusinessModel.B2C, _) when models.Contains(BusinessModel.B2B) => T($"A business (B2B) platform: it sells to trade buyers, not consumers.", $"面向企业（B2B）的平台，买家是贸易商而非消费者。"),
                _ => T($"Built for {string.Join("/", models)}, not {input.Model}.", $"面向 {string.Join("/", models)}，而非 {input.Model}。"),
            };
        }

        if (targets.All(t => CoverageShare(p.Regions, t) == 0m))
        {
            var names = _geography.SentenceNames(targets);
            return T($"Does not sell to {names.En}.", $"不覆盖{names.ZhCn}。");
        }

        var rules = p.Eligibility;
        if (rules is { HandmadeOnly: true } && input.Handmade == false)
        {
            return rules.Note ?? T($"Handmade, designed or vintage goods only.", $"仅限手工、原创设计或古董商品。");
        }

        if (rules is { BrandsOnly: true } && !input.OwnBrand)
        {
            return T($"Accepts brands only: {rules.Note?.En ?? "sellers need their own brand"}.", $"只接受品牌：{rules.Note?.ZhCn ?? "卖家须有自有品牌"}。");
        }

        return null;
    }

    private PlatformRecommendation Score(Platform p, PlatformAdvisorInput input, List<ResolvedLocation> targets, Category? category)
    {
        var w = _weights;
        var reasons = new List<LocalizedText>();

        var coverages = targets.Select(t => (Target: t, Coverage: CoverageShare(p.Regions, t))).ToList();
        var market = Math.Round(w.Market * coverages.Average(c => c.Coverage), 1);
        var covered = coverages.Where(c => c.Coverage >= 1m).Select(c => c.Target).ToList();
        var partly = coverages.Where(c => c.Coverage is > 0m and < 1m).Select(c => c.Target).ToList();
        var missing = coverages.Where(c => c.Coverage == 0m).Select(c => c.Target).ToList();
        if (covered.Count > 0)
        {
            var names = _geography.SentenceNames(covered);
            reasons.Add(T($"Sells to {names.En}.", $"覆盖目标市场：{names.ZhCn}。"));
        }

        if (partly.Count > 0)
        {
            var names = _geography.SentenceNames(partly);
            reasons.Add(T($"Sells to part of {names.En}.", $"覆盖部分市场：{names.ZhCn}。"));
        }

        if (missing.Count > 0)
        {
            var names = _geography.SentenceNames(missing);
            reasons.Add(T($"Does not serve {names.En}.", $"不覆盖：{names.ZhCn}。"));
        }

        decimal categoryPoints;
        if (category is null)
        {
            categoryPoints = w.CategoryGeneral;
        }
        else if (p.Categories.Contains(category.Id))
        {
            categoryPoints = w.Category;
            reasons.Add(T($"Suits {category.Name.En}.", $"适合{category.Name.ZhCn}类目。"));
        }
        else if (p.Categories.Count == 0)
        {
            categoryPoints = w.CategoryGeneral;
            reasons.Add(T($"A general store with no category focus.", $"综合类平台，无特定类目侧重。"));
        }
        else
        {
            categoryPoints = 0m;
            reasons.Add(T($"{category.Name.En} is not among its strong categories.", $"{category.Name.ZhCn}不是其优势类目。"));
        }

        var reference = ReferenceFor(p, targets, category);
        decimal traffic;
        if (!p.Fit.BringsBuyers)
        {
            traffic = 0m;
            reasons.Add(T($"Your own store brings no buyers by itself: budget for advertising and search to get traffic.", $"独立站本身不带来买家：需要投入广告和搜索推广获取流量。"));
        }
        else if (reference.Count > 0)
        {
            traffic = w.ReferenceMarketplace;
            var where = _geography.SentenceNames(reference);
            reasons.Add(category is not null && p.ReferenceMarkets.Any(r => r.Categories.Contains(category.Id))
                ? T($"The reference marketplace for {category.Name.En} in {where.En}: buyers look here first.", $"{where.ZhCn}{category.Name.ZhCn}类目的首选平台：买家首先在这里找。")
                : T($"The reference marketplace in {where.En}: buyers look here first.", $"{where.ZhCn}的首选平台：买家首先在这里找。"));
        }
        else
        {
            traffic = w.OtherMarketplace;
        }

        var minBudget = p.Fit.MinMonthlyBudgetUsd;
        var shortfall = Math.Max(0m, minBudget - input.MonthlyBudgetUsd);
        var budget = shortfall == 0 ? w.Budget : Math.Round(w.Budget * Math.Max(0m, 1m - shortfall / Math.Max(minBudget, w.BudgetShortfallScaleUsd)), 1);
        reasons.Add(budget >= w.Budget
            ? T($"Your budget covers the ~${minBudget:0}/month it needs.", $"预算足以覆盖约每月 {minBudget:0} 美元的运营支出。")
            : T($"Needs about ${minBudget:0}/month; your budget is ${input.MonthlyBudgetUsd:0}.", $"约需每月 {minBudget:0} 美元，您的预算为 {input.MonthlyBudgetUsd:0} 美元。"));

        var experience = input.Experience switch
        {
            SellerExperience.Experienced => w.Experience,
            SellerExperience.Some => p.Fit.BeginnerFriendly ? w.Experience : w.ExperienceSomeDemanding,
            _ => p.Fit.BeginnerFriendly ? w.Experience : w.ExperienceNoneDemanding,
        };
        if (input.Experience == SellerExperience.None)
        {
            reasons.Add(p.Fit.BeginnerFriendly
                ? T($"Friendly to first-time sellers.", $"对新手卖家友好。")
                : T($"Demanding for first-time sellers.", $"对新手卖家门槛较高。"));
        }

        var (brand, brandReason) = Brand(p, input);
        if (brandReason is not null)
        {
            reasons.Add(brandReason);
        }

        var penalty = 0m;
        var rules = p.Eligibility;
        if (rules is { HandmadeOnly: true } && input.Handmade != true)
        {
            penalty += w.HandmadeUnconfirmedPenalty;
            reasons.Add(T($"Only if you make or design the goods yourself: {rules.Note?.En ?? "handmade, designed or vintage goods only"}.", $"仅当商品由您自制或自行设计时适用：{rules.Note?.ZhCn ?? "仅限手工、原创设计或古董商品"}。"));
        }

        if (rules is { InvitationOnly: true })
        {
            penalty += w.InvitationOnlyPenalty;
            reasons.Add(T($"Entry by application or invitation: {rules.Note?.En ?? "not open to every seller"}.", $"需申请或受邀入驻：{rules.Note?.ZhCn ?? "并非对所有卖家开放"}。"));
        }

        if (rules is { LocalEntityUsual: true })
        {
            penalty += input.Experience == SellerExperience.Experienced ? w.LocalEntityPenaltyExperienced : w.LocalEntityPenalty;
            reasons.Add(T(
                $"Sellers from China usually need a company in the market or a local partner to open a shop here (see the entry requirements).",
                $"中国卖家通常需要在当地注册公司或通过当地合作伙伴才能在此开店（见入驻要求）。"));
        }

        if (category is not null && rules is not null && rules.CategoryApproval.Contains(category.Id))
        {
            penalty += w.CategoryApprovalPenalty;
            reasons.Add(T($"{category.Name.En} needs the platform's category approval before you can list.", $"{category.Name.ZhCn}类目需平台审核后才能上架。"));
        }

        var breakdown = new PlatformScoreBreakdown(market, categoryPoints, traffic, budget, experience, brand, penalty);
        var requirements = p.EntryRequirements
            .Concat(p.CategoryRequirements.Where(r => category is not null && r.Categories.Contains(category.Id)).Select(r => r.Text))
            .ToList();
        // Only the destinations' own official pages, as a logistics result cites (another market's tax authority backs nothing shown).
        var sources = DestinationSources.ForAny(_kb, PlatformShownSources.For(p, requirements, input.TargetMarkets), targets);
        return new PlatformRecommendation(p, Math.Round(breakdown.Total, 1), breakdown, reasons, sources) { Requirements = requirements };
    }

    private (decimal Points, LocalizedText? Reason) Brand(Platform p, PlatformAdvisorInput input)
    {
        var w = _weights;
        var programme = p.Eligibility?.BrandProgramme;
        if (!input.OwnBrand)
        {
            return p.Fit.OwnBrandValue switch
            {
                BrandValue.High => (w.NoBrandOnHighValue, T($"Without an own brand you compete on price here.", $"没有自有品牌，在此平台只能拼价格。")),
                BrandValue.Medium => (w.NoBrandOnMediumValue, null),
                _ => (w.NoBrandOnLowValue, null),
            };
        }

        return p.Fit.OwnBrandValue switch
        {
            BrandValue.High when p.Eligibility?.BrandProgrammeNeedsTrademark == true && input.HasTrademark != true =>
                (w.BrandWithoutTrademarkOnHighValue, T(
                    $"Your brand helps here, but {programme?.En ?? "the brand programme"} needs a registered or pending trademark: {(input.HasTrademark == false ? "file one first" : "check you have one")}.",
                    $"自有品牌在此有帮助，但{programme?.ZhCn ?? "品牌计划"}需要已注册或申请中的商标：{(input.HasTrademark == false ? "请先申请商标" : "请确认已有商标")}。")),
            BrandValue.High => (w.BrandOnHighValue, programme is not null
                ? T($"Your own brand is a real advantage here: {programme.En}.", $"自有品牌在此优势明显：{programme.ZhCn}。")
                : T($"Your own brand is a real advantage here.", $"自有品牌在此平台优势明显。")),
            BrandValue.Medium => (w.BrandOnMediumValue, null),
            _ => (w.BrandOnLowValue, T($"Sells mostly on price and the platform's own label: your brand counts for little here.", $"主要靠价格和平台自有标签销售：您的品牌在此作用有限。")),
        };
    }

    /// <summary>Up to this many markets are named in the verdict; more are "all your markets".</summary>
    private const int MarketsNamedInTheVerdict = 4;

    private LocalizedText? Verdict(List<PlatformRecommendation> ordered, List<ResolvedLocation> targets, Category? category)
    {
        if (ordered.Count == 0)
        {
            return null;
        }

        var best = ordered[0];
        var b = best.Breakdown;
        var why = new List<(string En, string Zh)>();
        var reference = ReferenceFor(best.Platform, targets, category);
        if (b.Traffic >= _weights.ReferenceMarketplace && reference.Count > 0)
        {
            var where = _geography.SentenceNames(reference);
            why.Add((Say($"it is where buyers in {where.En} shop first"), Say($"它是{where.ZhCn}买家的首选平台")));
        }

        // The markets named, not "all your markets": the user sees which markets the ranking was computed for (a market
        // misread or changed on the way shows at once); a long list is summed up.
        if (b.Market >= _weights.Market)
        {
            var markets = targets.Count is > 0 and <= MarketsNamedInTheVerdict ? _geography.SentenceNames(targets) : null;
            why.Add(markets is null
                ? ("it sells to all your markets", "覆盖您的全部目标市场")
                : (Say($"it sells to {markets.En}"), Say($"覆盖{markets.ZhCn}")));
        }

        if (category is not null && b.Category >= _weights.Category)
        {
            why.Add((Say($"{category.Name.En.ToLowerInvariant()} is one of its strong categories"), Say($"{category.Name.ZhCn}是其优势类目")));
        }

        if (b.Budget >= _weights.Budget)
        {
            why.Add(("your budget covers it", "预算足够"));
        }

        if (b.Experience >= _weights.Experience)
        {
            why.Add(("it suits your experience", "与您的经验相匹配"));
        }

        if (why.Count == 0)
        {
            why.Add(("it scores highest on market, category, buyers, budget, experience and brand together", "综合市场、类目、买家、预算、经验和品牌得分最高"));
        }

        var en = Say($"{best.Platform.Name.En} fits you best (fit {best.Score:0}): {string.Join(", ", why.Select(w => w.En))}.");
        var zh = Say($"{best.Platform.Name.ZhCn}最适合您（匹配度 {best.Score:0}）：{string.Join("，", why.Select(w => w.Zh))}。");
        if (ordered.Count > 1 && ordered[1].Score == best.Score)
        {
            var (tieEn, tieZh) = PlatformTieBreak.Reason(best.Platform, ordered[1].Platform);
            en += " " + tieEn;
            zh += tieZh;
        }

        return LocalizedText.Of(en, zh);
    }

    /// <summary>Handmade-only platforms held back only because the seller has not said the goods are its own make or
    /// design, that would otherwise rank among the first five: worth a line, with the condition.</summary>
    private List<LocalizedText> Conditional(List<PlatformRecommendation> ordered, PlatformAdvisorInput input)
    {
        const int Shown = 5;
        if (input.Handmade is not null || ordered.Count <= Shown)
        {
            return [];
        }

        var bar = ordered[Shown - 1].Score;
        return ordered.Skip(Shown)
            .Where(r => r.Platform.Eligibility is { HandmadeOnly: true } && r.Score + _weights.HandmadeUnconfirmedPenalty >= bar)
            .Select(r => T(
                $"If you make or design these goods yourself, {r.Platform.Name.En} would rank among the best for you (fit {r.Score + _weights.HandmadeUnconfirmedPenalty:0} without that condition); it does not accept factory-made goods resold.",
                $"如果商品由您自制或自行设计，{r.Platform.Name.ZhCn}也会是很合适的选择（不计此条件时匹配度 {r.Score + _weights.HandmadeUnconfirmedPenalty:0}）；该平台不接受转卖的工厂商品。"))
            .ToList();
    }

    /// <summary>The target markets where the platform is the reference marketplace (for the category, when it names some).</summary>
    private List<ResolvedLocation> ReferenceFor(Platform p, List<ResolvedLocation> targets, Category? category) =>
        targets.Where(t => p.ReferenceMarkets.Any(r =>
                (r.Categories.Count == 0 || (category is not null && r.Categories.Contains(category.Id))) &&
                r.Markets.Any(m => _geography.Covers(m, t))))
            .ToList();

    /// <summary>How much of a target the platform serves: 1 when it covers it, the share of the region's countries it
    /// covers when the target is a region it lists country by country, 0 when none.</summary>
    private decimal CoverageShare(IReadOnlyList<string> regions, ResolvedLocation target)
    {
        if (regions.Any(r => _geography.Covers(r, target)))
        {
            return 1m;
        }

        if (target.CountryCode is not null)
        {
            return 0m;
        }

        var members = _kb.Countries.Where(c => target.Id == "eu" ? c.Eu : c.Region == target.Id || (target.Id == "europe" && c.Eu)).ToList();
        if (members.Count == 0)
        {
            return 0m;
        }

        var served = members.Count(c => regions.Any(r => _geography.Covers(r, new ResolvedLocation(c.Code, c.Code, c.Region, c.Eu))));
        return Math.Round((decimal)served / members.Count, 2);
    }

    internal static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static LocalizedText T(FormattableString en, FormattableString zh) => LocalizedText.Of(Say(en), Say(zh));
}
