using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>
/// A logistics result cites the pages of its destination, not another market's rules: the US postal-duty order behind the
/// post's and the e-commerce lines' US notes is no source of a parcel to Germany, and HMRC's UK VAT page none of a parcel
/// to Australia; a parcel to the US still cites the order.
/// </summary>
public class DestinationSourcesTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    private static LogisticsAdvice Advise(string to) => new LogisticsAdvisor(Kb.Value).Recommend(new LogisticsAdvisorInput
    {
        WeightKg = 0.4m,
        DeclaredValue = new Money { Amount = 20m, Currency = "USD" },
        Destination = to,
        MaxResults = 20,
    });

    [Fact]
    public void A_parcel_to_germany_cites_no_us_or_uk_authority_but_keeps_the_eus_and_the_carriers_pages()
    {
        var sources = Advise("de").Recommendations.SelectMany(r => r.SourceIds).ToList();

        Assert.DoesNotContain("src-lg-us-eo-14324", sources);
        Assert.DoesNotContain("src-lg-uk-vat-overseas-goods", sources);
        Assert.Contains("src-lg-eu-ioss", sources);
        Assert.Contains("src-lg-upu", sources);
    }

    [Fact]
    public void A_parcel_to_the_us_still_cites_the_us_postal_duty_order()
    {
        var sources = Advise("us").Recommendations.SelectMany(r => r.SourceIds).ToList();

        Assert.Contains("src-lg-us-eo-14324", sources);
        Assert.DoesNotContain("src-lg-eu-ioss", sources);
    }
}
