using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

/// <summary>kb validate: sources that cite the same text give it the same published date; a site's home page, which
/// lands on many documents, is exempt.</summary>
public class SourceDateCheckerTests
{
    [Fact]
    public void The_same_text_with_two_published_dates_is_reported_on_the_second_source()
    {
        var sources = FixtureVariant.Read("sources/test.yaml") +
                      "  - { id: src-us-cbp-copy, title: De minimis suspension (signed), publisher: U.S. CBP, url: \"https://www.cbp.gov/trade/de-minimis/\", published: 2025-07-30 }\n";

        var problem = Assert.Single(FixtureVariant.ProblemsWith("sources/test.yaml", sources));

        Assert.Equal("sources/test.yaml", problem.File);
        Assert.Equal(8, problem.Line);
        Assert.Contains("source 'src-us-cbp-copy' gives 2025-07-30 as the date of the text that source 'src-us-cbp' dates 2025-08-29", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_found_through_one_home_page_keep_their_own_dates()
    {
        var sources = FixtureVariant.Read("sources/test.yaml")
            .Replace("url: \"https://www.consilium.europa.eu/\" }", "url: \"https://www.consilium.europa.eu/\", published: 2025-12-12 }", StringComparison.Ordinal) +
            "  - { id: src-eu-council-2026, title: Final adoption (landing page), publisher: Council of the EU, url: \"https://www.consilium.europa.eu/\", published: 2026-02-11 }\n";

        Assert.Empty(FixtureVariant.ProblemsWith("sources/test.yaml", sources));
    }
}
