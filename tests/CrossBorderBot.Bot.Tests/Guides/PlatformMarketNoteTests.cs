using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A playbook's market note about one platform ("on Amazon, appeal through Account Health") is shown only to a user who
/// named that platform; the note for every platform is shown to all.
/// </summary>
public sealed class PlatformMarketNoteTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;

    private static readonly Playbook Appeal = new()
    {
        Id = "appeal",
        Name = LocalizedText.Of("Appeal", "申诉"),
        Summary = LocalizedText.Of("Appeal", "申诉"),
        Keywords = new LocalizedTerms(),
        MarketNotes =
        [
            new MarketNote { Market = "us", Note = LocalizedText.Of("every platform", "所有平台") },
            new MarketNote { Market = "us", Platform = "amazon", Note = LocalizedText.Of("amazon only", "仅亚马逊") },
            new MarketNote { Market = "north-america", Platform = "etsy", Note = LocalizedText.Of("etsy only", "仅 Etsy") },
        ],
    };

    [Fact]
    public void A_platform_note_is_added_for_its_platform_only()
    {
        using var search = new KnowledgeSearch(Kb.Value);
        var finder = new IssuePlaybookFinder(Kb.Value, new IssueTriage(Kb.Value, search));

        Assert.Equal(["every platform", "amazon only"], finder.MarketNotes(Appeal, "us", "amazon").Select(n => n.En));
        Assert.Equal(["every platform", "etsy only"], finder.MarketNotes(Appeal, "us", "etsy").Select(n => n.En));
        Assert.Equal(["every platform"], finder.MarketNotes(Appeal, "us", "walmart-marketplace").Select(n => n.En));
        Assert.Equal(["every platform"], finder.MarketNotes(Appeal, "us", null).Select(n => n.En));
        Assert.Empty(finder.MarketNotes(Appeal, null, "amazon"));
    }

    [Fact]
    public async Task An_amazon_seller_gets_amazons_appeal_page_and_an_etsy_seller_does_not()
    {
        using var amazon = new GuideSession();
        await amazon.SayAsync("amazon suspended my seller account, I sell in the US");
        var amazonSteps = await amazon.ClickAsync("Yes, show me the steps");
        Assert.Contains("Account Health", amazonSteps.Text);

        using var etsy = new GuideSession();
        await etsy.SayAsync("etsy suspended my seller account, I sell in the US");
        var etsySteps = await etsy.ClickAsync("Yes, show me the steps");
        Assert.Contains("Note for", etsySteps.Text);
        Assert.Contains("plan of action", etsySteps.Text);
        Assert.DoesNotContain("Account Health", etsySteps.Text);
    }
}
