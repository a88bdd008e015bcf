using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

public class IssueTriageTests
{
    private readonly IssueTriage _triage = new(FixtureData.KnowledgeBase, FixtureData.Search);

    [Theory]
    [InlineData("My parcel was held at customs in Germany", "customs-hold")]
    [InlineData("货物在德国被扣关了", "customs-hold")]
    [InlineData("A brand owner says my listing infringes their trademark", "ip-complaint")]
    [InlineData("收到商标侵权投诉，链接被下架", "ip-complaint")]
    public void Finds_the_playbook_in_either_language(string text, string expected)
    {
        var matches = _triage.Triage(new TriageInput(text));

        Assert.Equal(expected, matches[0].Playbook.Id);
        Assert.InRange(matches[0].Score, 0.01m, 1m);
    }

    [Fact]
    public void Market_brings_the_market_note()
    {
        var match = _triage.Triage(new TriageInput("parcel seized by customs", "de"))[0];

        Assert.Equal("customs-hold", match.Playbook.Id);
        Assert.True(match.MarketConcerned);
        Assert.Contains("IOSS", match.MarketNote!.En, StringComparison.Ordinal);
        Assert.Contains("seized", match.MatchedKeywords);
    }

    // Triage is not told the platform: the fixture's note about BigMart comes first for the EU and must not be the one given.
    [Fact]
    public void A_market_note_about_one_platform_is_not_given_without_that_platform()
    {
        var match = _triage.Triage(new TriageInput("parcel seized by customs", "de"))[0];

        Assert.Equal("Check the IOSS number on the label.", match.MarketNote!.En);
    }

    [Fact]
    public void Playbooks_for_other_markets_rank_lower()
    {
        var us = _triage.Triage(new TriageInput("held at customs", "us"))[0];
        var jp = _triage.Triage(new TriageInput("held at customs", "jp"))[0];

        Assert.False(jp.MarketConcerned);
        Assert.True(jp.Score < us.Score);
    }

    [Fact]
    public void Unrelated_text_matches_nothing_and_empty_text_is_rejected()
    {
        Assert.Empty(_triage.Triage(new TriageInput("zzqxv blorp")));
        Assert.Throws<AdvisorInputException>(() => _triage.Triage(new TriageInput(" ")));
    }
}
