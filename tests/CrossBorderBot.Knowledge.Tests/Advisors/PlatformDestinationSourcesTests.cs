using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>
/// A platform recommendation cites the official pages of the markets it is for, as a logistics result does: Mercado Libre's
/// entry lists Brazil's tax authority on Remessa Conforme, which backs nothing a Mexico result shows.
/// </summary>
public class PlatformDestinationSourcesTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    private static PlatformRecommendation MercadoLibreFor(params string[] markets) =>
        new PlatformAdvisor(Kb.Value).Recommend(new PlatformAdvisorInput
        {
            Model = BusinessModel.B2C, TargetMarkets = markets, Category = "kitchen", MonthlyBudgetUsd = 2000m, MaxResults = 50,
        }).Single(r => r.Platform.Id == "mercado-libre");

    [Fact]
    public void A_mexico_result_does_not_cite_another_markets_tax_authority()
    {
        var result = MercadoLibreFor("mx");

        Assert.DoesNotContain("gloss-brazil-remessa-conforme", result.SourceIds);
        Assert.Contains("plat-mercadolibre-global", result.SourceIds);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("mx", "br")]
    public void A_result_for_brazil_keeps_brazils_own_page(params string[] markets)
    {
        Assert.Contains("gloss-brazil-remessa-conforme", MercadoLibreFor(markets).SourceIds);
    }
}
