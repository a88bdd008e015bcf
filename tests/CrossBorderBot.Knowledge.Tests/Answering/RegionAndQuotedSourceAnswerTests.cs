using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The eighteenth pass, point 0: a product's requirements asked of a region ("… in europe", "卖到欧洲的…") are the
/// requirements of the region's markets (the EU's members as the EU), and a reply that is no answer but quotes what the
/// base holds (the marks it lists, "What I do hold: …") cites the sources of that text. Wording here is not a set's.
/// </summary>
public class RegionAndQuotedSourceAnswerTests
{
    [Theory]
    [InlineData("which certifications do phone chargers need in europe", "CE", "UKCA")]
    [InlineData("手机充电器卖到欧洲国家要做哪些认证", "CE", "UKCA")]
    public void A_product_sold_to_a_region_lists_the_requirements_of_the_regions_markets(string question, string union, string other)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(union, answer.Lead, StringComparison.Ordinal);
        Assert.Contains(other, answer.Lead, StringComparison.Ordinal);
        Assert.Equal(SearchEntryType.Compliance, answer.Entries[0].Type);
        Assert.NotEmpty(answer.Sources);
    }

    [Theory]
    [InlineData("which certificates do we need for our products")]
    [InlineData("东南亚卖玩具需要哪些认证")]
    public void Asking_back_for_the_market_cites_the_marks_it_lists(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
        Assert.NotEmpty(answer.Guidance);
        Assert.NotEmpty(answer.GuidanceSources);
    }

    [Fact]
    public void A_figure_not_held_cites_what_it_quotes_instead()
    {
        var answer = RealAnswerer.Ask("how much is the noon seller subscription fee");

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
        Assert.Contains("What I do hold", answer.Guidance, StringComparison.Ordinal);
        Assert.NotEmpty(answer.GuidanceSources);
    }
}
