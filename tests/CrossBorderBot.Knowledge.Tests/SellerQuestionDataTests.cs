using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>
/// Facts small sellers ask about that the base once answered from the wrong market or not at all (session 17): each
/// marketplace's selling-plan fee, the big platforms' e-cigarette rules, and names users see in the platform lists.
/// </summary>
public class SellerQuestionDataTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Theory]
    [InlineData("USD 39.99", "39.99 美元")]
    [InlineData("GBP 25", "25 英镑")]
    [InlineData("EUR 39", "39 欧元")]
    [InlineData("JPY 4,900", "4,900 日元")]
    [InlineData("AUD 49.95", "49.95 澳元")]
    public void Amazon_fee_note_opens_with_the_plan_fee_of_each_marketplace(string english, string chinese)
    {
        // A fee answer leads with the note's first sentence: "亚马逊日本站月租" must find Japan's fee there, not the US one alone.
        var notes = Kb.Value.FindPlatform("amazon")!.Fees.Notes!;

        Assert.Contains(english, FirstSentence(notes.En, '.'), StringComparison.Ordinal);
        Assert.Contains(chinese, FirstSentence(notes.ZhCn, '。'), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_marketplace_plan_fee_is_backed_by_that_platforms_own_page()
    {
        var kb = Kb.Value;
        var fees = kb.FindPlatform("amazon")!.Fees;

        var hosts = kb.ResolveSources(fees.Sources).Select(SourceHosts.HostOf).ToList();

        Assert.All(["amazon.co.uk", "amazon.de", "sellercentral-japan.amazon.com", "amazon.com.au"], site =>
            Assert.Contains(hosts, h => h is not null && h.EndsWith(site, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("amazon", "e-cigarettes", "plat-amazon-us-tobacco-policy")]
    [InlineData("ebay", "e-cigarettes", "plat-ebay-uk-tobacco-policy")]
    public void A_platforms_e_cigarette_rule_cites_its_own_policy_page(string platformId, string term, string sourceId)
    {
        var platform = Kb.Value.FindPlatform(platformId)!;

        var rule = Assert.Single(platform.RestrictedProducts, r => r.En.Contains(term, StringComparison.Ordinal));

        Assert.Contains("电子烟", rule.ZhCn, StringComparison.Ordinal);
        Assert.Contains(sourceId, rule.Sources ?? []);
        Assert.Contains(sourceId, platform.Sources);
    }

    [Fact]
    public void No_platform_name_users_see_admits_an_unverified_translation()
    {
        // Platform names reach users in every advisor list, "not suitable" included; a doubt belongs in the summary.
        string[] doubts = ["unverified", "not verified", "未核实", "英译名"];

        Assert.All(Kb.Value.Platforms, p =>
            Assert.DoesNotContain(doubts, d => p.Name.En.Contains(d, StringComparison.OrdinalIgnoreCase) || p.Name.ZhCn.Contains(d, StringComparison.Ordinal)));
    }

    private static string FirstSentence(string text, char end)
    {
        var stop = text.IndexOf(end + (end == '.' ? " " : string.Empty), StringComparison.Ordinal);
        return stop < 0 ? text : text[..stop];
    }
}
