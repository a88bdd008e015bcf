using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-third session (causes found on holdout20, development material by then, and dev23): where a named platform is,
/// or which city it comes from, is answered by its entry when the entry says so; a country without a market is answered by
/// its own tax scheme when the question names the scheme's topic; a market's standard rate asked for an earlier year is a
/// figure the base does not hold; a single everyday word of a bracketed list ("surface/air") names no channel. Wording here
/// is not a set's.
/// </summary>
public class HeldOutTwentyCauseTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("in how many countries is jumia live", "jumia", "Nigeria")]
    [InlineData("lazada覆盖哪几个国家", "lazada", "马来西亚")]
    [InlineData("global sources is based in which city", "global-sources", "Hong Kong")]
    public void Where_a_named_platform_operates_or_comes_from_is_answered_when_its_entry_says(string question, string platform, string place)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(platform, answer.Entries[0].Id);
        Assert.Contains(place, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_whose_entry_names_no_home_city_is_not_answered_about_it()
    {
        var answer = RealAnswerer.Ask("temu was set up in which city");

        Assert.False(answer.Answered && answer.Entries[0].Id == "temu", answer.Lead);
    }

    [Theory]
    [InlineData("mail-order rule in switzerland — sales threshold per year", "ch-mail-order-vat", "100,000")]
    [InlineData("新西兰对1000纽币以下的小额商品 GST怎么收", "nz-gst-low-value-goods", "15")]
    public void A_country_without_a_market_is_answered_by_its_own_scheme_when_the_question_names_its_topic(string question, string scheme, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(scheme, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("瑞士进口手表的关税是多少")]
    [InlineData("can ioss be used for orders shipped to switzerland")]
    [InlineData("瑞士的增值税是百分之几")]
    public void A_countrys_scheme_does_not_answer_what_else_is_asked_about_the_country(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered && answer.Entries[0].Id == "ch-mail-order-vat", answer.Lead);
    }

    [Theory]
    [InlineData("what was italy's standard vat rate in 2012", "2012")]
    [InlineData("2015年西班牙增值税税率是多少", "2015")]
    public void A_markets_standard_rate_asked_for_an_earlier_year_is_not_answered_with_todays_rate(string question, string year)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, answer.Lead);
        Assert.Contains(year, answer.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markets_standard_rate_asked_for_this_year_is_still_answered()
    {
        var answer = RealAnswerer.Ask("what is italy's vat rate in 2026");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains("22", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Air_alone_does_not_name_the_unregistered_china_post_packet()
    {
        const string question = "air shipping to our amazon warehouse in the uk takes how long";

        Assert.DoesNotContain(Read(question).Entities, e => e.Id == "china-post-unregistered");
        Assert.NotEqual("china-post-unregistered", RealAnswerer.Ask(question).Entries.FirstOrDefault()?.Id);
    }
}
