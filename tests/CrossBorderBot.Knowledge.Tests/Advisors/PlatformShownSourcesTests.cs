using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>
/// A platform recommendation cites the pages behind what it shows (the US fees a US seller sees, the requirements of
/// their category), not every page of the platform's entry: another country site's fee page or a restricted-goods rule
/// is not the source of a kitchen seller's US result.
/// </summary>
public class PlatformShownSourcesTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void A_us_kitchen_sellers_amazon_result_cites_the_us_fee_pages_and_no_other_sites_or_restricted_goods_rules()
    {
        var amazon = new PlatformAdvisor(Kb.Value).Recommend(new PlatformAdvisorInput
        {
            Model = BusinessModel.B2C, TargetMarkets = ["us"], Category = "kitchen", MonthlyBudgetUsd = 2000m,
        }).Single(r => r.Platform.Id == "amazon");

        Assert.Contains("plat-amazon-pricing", amazon.SourceIds);
        Assert.Contains("plat-amazon-per-item-fee", amazon.SourceIds);
        Assert.Contains("plat-amazon-global-selling-cn", amazon.SourceIds);
        Assert.DoesNotContain(amazon.SourceIds, id => id is "plat-amazon-uk-pricing" or "plat-amazon-de-pricing"
            or "plat-amazon-jp-selling-plans" or "plat-amazon-au-pricing" or "plat-amazon-in-fee-schedule"
            or "plat-amazon-us-tobacco-policy" or "plat-amazon-uk-e-cigarette-guidelines");
        Assert.DoesNotContain(amazon.Requirements, r => r.En.Contains("e-cigarettes", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_pages_named_per_fee_every_fee_page_is_cited_but_not_a_dated_change_the_result_does_not_show()
    {
        var platform = Platform(fixedFeeSources: null, restricted: []);

        Assert.Equal(["general", "fee-us", "fee-uk"], PlatformShownSources.For(platform, platform.EntryRequirements, ["us"]));
    }

    [Fact]
    public void A_fee_naming_its_page_and_a_restricted_goods_rule_leave_out_the_pages_of_what_is_not_shown()
    {
        var platform = Platform(fixedFeeSources: ["fee-us"], restricted: [Text("No vapes.", ["vape-rule"])]);

        Assert.Equal(["general", "fee-us"], PlatformShownSources.For(platform, platform.EntryRequirements, ["us"]));
    }

    [Fact]
    public void A_requirement_shown_keeps_its_page_even_when_a_hidden_part_names_it_too()
    {
        var platform = Platform(fixedFeeSources: ["fee-us"], restricted: [Text("No vapes.", ["vape-rule"])]) with
        {
            EntryRequirements = [Text("Age checks.", ["vape-rule"])],
        };

        Assert.Contains("vape-rule", PlatformShownSources.For(platform, platform.EntryRequirements, ["us"]));
        Assert.DoesNotContain("vape-rule", PlatformShownSources.For(platform, [], ["us"]));
    }

    [Fact]
    public void A_uk_result_for_temu_does_not_cite_the_us_de_minimis_order_behind_a_risk_it_does_not_show()
    {
        var temu = new PlatformAdvisor(Kb.Value).Recommend(new PlatformAdvisorInput
        {
            Model = BusinessModel.B2C, TargetMarkets = ["gb"], Category = "kitchen", MonthlyBudgetUsd = 2000m,
        }).Single(r => r.Platform.Id == "temu");

        Assert.DoesNotContain("gloss-us-de-minimis-suspension-2025", temu.SourceIds);
        Assert.Contains("plat-temu-seller", temu.SourceIds);
    }

    [Fact]
    public void A_strength_or_risk_naming_its_own_pages_leaves_them_out_of_a_result_that_never_shows_it()
    {
        var platform = Platform(fixedFeeSources: null, restricted: []) with
        {
            Strengths = [Text("Cheap in the US.", ["us-study"])],
            Risks = [Text("US duty changes.", ["us-order"])],
        };
        platform = platform with { Sources = [.. platform.Sources, "us-study", "us-order"] };

        Assert.Equal(["general", "fee-us", "fee-uk"], PlatformShownSources.For(platform, platform.EntryRequirements, ["gb"]));
    }

    private static LocalizedText Text(string en, IReadOnlyList<string>? sources = null) => new() { En = en, ZhCn = en, Sources = sources };

    private static Platform Platform(IReadOnlyList<string>? fixedFeeSources, IReadOnlyList<LocalizedText> restricted) => new()
    {
        Id = "shop",
        Name = Text("Shop"),
        Summary = Text("A shop."),
        Classification = new PlatformClassification { Operator = PlatformOperator.ThirdParty, Service = PlatformService.OnlineTrading, Models = [BusinessModel.B2C] },
        Fees = new PlatformFees
        {
            Fixed = [new PlatformFixedFee { Name = Text("Plan (US)", fixedFeeSources), Amount = new Money { Amount = 10m, Currency = "USD" }, Per = FeePeriod.Month }],
            Sources = ["fee-us", "fee-uk"],
            History = [new PlatformFeeChange { From = new DateOnly(2025, 1, 1), Market = "us", Text = Text("Cut."), Sources = ["history"] }],
        },
        EntryRequirements = [Text("A licence.")],
        RestrictedProducts = restricted,
        Fit = new PlatformFit(),
        Sources = ["general", "fee-us", "fee-uk", "history", .. restricted.SelectMany(r => r.Sources ?? [])],
    };
}
