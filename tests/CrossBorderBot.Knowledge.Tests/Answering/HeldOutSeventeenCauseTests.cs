using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The nineteenth pass (causes found on holdout17, development material by then, and dev20): the kind of question read from
/// how sellers ask it (a rate as "what tva … pay", a threshold as "多少…以下免", a definition as "是怎么回事" or "in short",
/// "these days" asking no duration), the place a tax is named with, a market the goods leave from, the platform as the scene of
/// a problem — and honest limits: a time asked of one procedure or one store is not another's, and a product's duty rate is
/// its tariff line's. Wording here is not a set's.
/// </summary>
public class HeldOutSeventeenCauseTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("valencia shoppers — what iva does spain charge on floor lamps", "es", "21")]
    [InlineData("what tva do french buyers pay on rugs", "fr", "20")]
    [InlineData("kdv for buyers in ankara is what", "tr", "20")]
    public void A_tax_asked_with_what_beside_a_market_asks_its_rate(string question, string market, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(QuestionKind.Rate, Read(question).Kind);
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(market, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("英国多少英镑以下免进口关税")]
    [InlineData("沙特个人包裹低于多少里亚尔不用交关税")]
    [InlineData("马来西亚LVG的货值上限是多少")]
    public void An_amount_below_which_nothing_is_paid_is_a_threshold(string question)
    {
        Assert.Equal(QuestionKind.Threshold, Read(question).Kind);
    }

    [Fact]
    public void These_days_asks_no_length_of_time()
    {
        var answer = RealAnswerer.Ask("what cut does etsy take per sale these days");

        Assert.NotEqual(QuestionKind.Duration, Read("what cut does etsy take per sale these days").Kind);
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("etsy", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("跨境报价里的EXW是怎么回事", "exw")]
    [InlineData("what kind of mark is ukca", "ukca")]
    [InlineData("incoterms in short", "incoterms")]
    public void A_named_thing_asked_as_what_it_is_about_is_defined(string question, string term)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(QuestionKind.Definition, Read(question).Kind);
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(term, answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("swedish vat on lamps we ship from our german warehouse")]
    [InlineData("卖到哥本哈根的台灯 丹麦增值税几个点")]
    [InlineData("芬兰增值税多少 我们从波兰仓发货")]
    public void A_tax_named_with_a_country_without_a_market_is_that_countrys(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered with {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "nothing")}: {answer.Lead}");
    }

    [Fact]
    public void A_market_the_goods_leave_from_is_not_the_market_asked()
    {
        var answer = RealAnswerer.Ask("what is the german vat rate for lamps we ship from our polish warehouse");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("de", answer.Entries[0].Id);
        Assert.Contains("19", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long does etsy take to release payouts to sellers")]
    [InlineData("fba receiving takes how many days in november")]
    [InlineData("walmart seller application approval — how many days")]
    [InlineData("ukca test report lead time in weeks for lamps")]
    public void A_time_asked_of_one_procedure_or_store_is_not_another_ones(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered with {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "nothing")}: {answer.Lead}");
    }

    [Theory]
    [InlineData("印度对中国耳机的进口关税税率是多少")]
    [InlineData("what's the import duty on sofas into australia")]
    [InlineData("土耳其对中国玩具的关税税率")]
    public void A_products_duty_rate_is_its_tariff_lines(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered with {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "nothing")}: {answer.Lead}");
        Assert.Contains("HS", answer.Guidance ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("印尼超过3美元的包裹交多少关税")]
    [InlineData("Indonesian duty rate for e-commerce goods")]
    public void A_duty_asked_of_parcels_over_an_amount_names_no_product(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith("id", answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_aimed_at_goods_from_china_still_answers_the_duty_on_them()
    {
        var answer = RealAnswerer.Ask("美国对中国耳机加征多少关税");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(answer.Entries[0].Id, new[] { "section-301-china-tariffs", "us-ieepa-china", "us-section-122" });
    }

    [Theory]
    [InlineData("temu说我们的FCC ID无效 怎么处理", "fcc-id-rejected")]
    [InlineData("refunds are 20% of our shopee orders, how do we bring that down", "high-return-rates")]
    public void In_a_problem_asked_how_to_handle_the_platform_is_the_scene(string question, string playbook)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(playbook, answer.Entries[0].Id);
    }
}
