using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// With the market known, the fix-an-issue guide offers playbooks about that market (or about none in particular):
/// a parcel held in France is not offered the US forced-labour detention as "Rather: …".
/// </summary>
public sealed class PlaybookMarketFilterTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;

    [Theory]
    [InlineData("our parcel to france has been stuck in customs for 2 weeks", "fr")]
    [InlineData("发到德国的包裹被海关扣了两周", "de")]
    [InlineData("customs is holding our shipment, they want documents", "gb")]
    public void Candidates_for_a_known_market_are_about_that_market(string description, string market)
    {
        using var search = new KnowledgeSearch(Kb.Value);
        var triage = new IssueTriage(Kb.Value, search);
        var finder = new IssuePlaybookFinder(Kb.Value, triage);

        var found = finder.Find(description, market);

        Assert.NotEmpty(found);
        var otherMarket = found.Select(id => Kb.Value.FindPlaybook(id)!).Where(playbook => !triage.ConcernsMarket(playbook, market)).Select(p => p.Id).ToList();
        Assert.Empty(otherMarket);
    }

    [Fact]
    public void Without_a_market_every_matching_playbook_may_be_offered()
    {
        using var search = new KnowledgeSearch(Kb.Value);
        var finder = new IssuePlaybookFinder(Kb.Value, new IssueTriage(Kb.Value, search));

        Assert.Contains("uflpa-detention", finder.Find("customs detained our shipment under the UFLPA, forced labour", null));
    }

    [Fact]
    public async Task A_parcel_held_in_france_is_not_offered_a_us_detention()
    {
        using var session = new GuideSession();
        var reply = await session.SayAsync("our parcel to france has been stuck in customs for 2 weeks, the buyer is angry");

        Assert.Contains("customs", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("UFLPA", reply.Text + string.Join(" ", reply.Buttons));
    }
}
