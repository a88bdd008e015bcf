using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-fourth session (causes found on holdout21, development material by then, and dev24): a logistics channel's
/// typed figures — its price to a destination, the least it charges, its volumetric divisor, its size and volume limits —
/// answer a question about them. Wording here is not a set's.
/// </summary>
public class HeldOutTwentyOneCauseTests
{
    [Theory]
    [InlineData("what do you divide by for volumetric weight on ems", "china-post-ems", "6,000")]
    [InlineData("拼箱海运最少按多少立方收钱", "sea-freight-lcl", "1 立方米")]
    [InlineData("lcl to europe price per cubic metre", "sea-freight-lcl", "USD 95")]
    [InlineData("dedicated line longest side in cm", "dedicated-line", "120")]
    [InlineData("一个20GP到北美大概多少美元", "sea-freight-fcl", "USD 2,200")]
    [InlineData("commercial express to the middle east, price of the first half kilo", "commercial-express", "180")]
    public void A_channels_typed_figure_answers_a_question_about_it(string question, string channel, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(channel, answer.Entries[0].Id);
        Assert.Contains(figure, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("air cargo fuel surcharge to north america per kg", "5.5")]
    [InlineData("dedicated line quote per kg to the US from Yanwen", "85")]
    public void A_channels_freight_level_is_not_an_extra_charge_or_a_named_providers_quote(string question, string level)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered && answer.Lead.Contains(level, StringComparison.Ordinal), answer.Lead);
    }

    [Theory]
    [InlineData("what fees does amazon japan charge?", "4,900", "GBP 25", "Amazon UK")]
    [InlineData("亚马逊英国站收哪些费用", "GBP 25", "JPY 4,900", "Japan")]
    public void A_platforms_fees_asked_of_one_store_are_that_stores_with_its_own_sources(string question, string own, string other, string otherSource)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("amazon", answer.Entries[0].Id);
        Assert.Contains(own, answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(other, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Sources, s => s.Title.Contains(otherSource, StringComparison.Ordinal));
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_fee_of_a_kind_asked_of_one_store_is_not_answered_with_its_plan_fee()
    {
        var answer = RealAnswerer.Ask("amazon japan referral fee");

        Assert.DoesNotContain("Professional selling plan (Japan)", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("日本充电宝的圆形PSE是哪一年开始要的", "2019-02-01")]
    [InlineData("电池法规里的CE标志哪天开始要求", "2024-08-18")]
    [InlineData("the eu battery regulation ce marking step took effect", "2024-08-18")]
    [InlineData("since when has ebay charged 40 cents per order", "2024-03-15")]
    public void A_date_asked_is_the_date_of_the_step_asked_written_as_a_date(string question, string date)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(date, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section 232 tariffs took effect", QuestionKind.Date)]
    [InlineData("icms on foreign parcels went up to 20 % from", QuestionKind.Date)]
    [InlineData("which port do most sellers ship from", QuestionKind.General)]
    public void A_change_asked_with_its_start_left_open_is_a_date_question(string question, QuestionKind kind)
    {
        Assert.Equal(kind == QuestionKind.Date, RealAnswerer.Answerer.Analyzer.Analyze(question).Kind == QuestionKind.Date);
    }
}
