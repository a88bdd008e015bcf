using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The eighteenth pass (causes found on holdout16, development material by then, and dev18): names as sellers write them
/// (a readiness dimension in their own words, a platform written short, one entry's whole name over a part of another's), a
/// named thing asked with the context it was met in, a product beside a mark, a figure in Chinese numerals, a scene set by
/// "via", a country named in passing, a date with its day — and honest limits: a fee of another store or category, a price
/// per unit, a registration threshold, a product's duty rate, a local tax, the user's own result, a place no entry names.
/// Wording here is not a set's.
/// </summary>
public class HeldOutSixteenCauseTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("准备度评估里团队和语言这块看什么", "team-language")]
    [InlineData("what does the logistics piece of the readiness check measure", "logistics")]
    [InlineData("准备度评估的数字能力部分", "digital-skills")]
    [InlineData("readiness check: the brand bit, what counts there", "brand-ip")]
    public void A_readiness_dimension_named_in_the_users_words_is_that_dimension(string question, string dimension)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(new AnswerEntryRef(SearchEntryType.ReadinessDimension, dimension), answer.Entries[0]);
    }

    [Theory]
    [InlineData("what does exw mean on a quotation from a supplier", "exw")]
    [InlineData("ddp是什么意思 运费报价里看到的", "ddp")]
    public void A_named_term_asked_with_the_context_it_was_met_in_is_defined(string question, string term)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(term, answer.Entries[0].Id);
    }

    [Fact]
    public void A_product_beside_a_named_mark_asks_about_that_mark()
    {
        var answer = RealAnswerer.Ask("kc certification for dolls");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("kc-mark", answer.Entries[0].Id);
    }

    [Fact]
    public void A_rate_quoted_in_chinese_numerals_to_confirm_is_answered_with_the_rate()
    {
        var answer = RealAnswerer.Ask("日本消费税是百分之十吗");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("jp", answer.Entries[0].Id);
        Assert.Contains("10", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("via lazada to malaysia, sales tax rate?", "my", "10")]
    [InlineData("we sell to france and maybe belgium later - what is the french vat rate", "fr", "20")]
    public void A_platform_or_country_beside_the_market_asked_sets_the_scene(string question, string market, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(market, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is walmart open to sellers based in china", "walmart-marketplace")]
    [InlineData("乐天开店要什么条件", "rakuten")]
    public void A_platform_written_short_is_that_platform(string question, string platform)
    {
        Assert.Contains(Read(question).Entities, e => e.Kind == EntityKind.Platform && e.Id == platform);
    }

    [Fact]
    public void One_entrys_whole_name_beats_a_part_of_another_entrys_name()
    {
        var names = Read("eu battery regulation start date").Entities.Where(e => e.Kind == EntityKind.Compliance).Select(e => e.Id).ToList();

        Assert.Equal(["eu-battery-regulation"], names);
    }

    [Theory]
    [InlineData("ieepa rate on 20th april 2025", 2025, 4, 20)]
    [InlineData("thai threshold on april 3, 2025", 2025, 4, 3)]
    [InlineData("2025年3月5日起印尼的规定", 2025, 3, 5)]
    [InlineData("what applied on 2024-07-05", 2024, 7, 5)]
    public void A_date_with_its_day_is_that_day(string question, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Read(question).AsOf);
    }

    [Fact]
    public void A_document_refused_by_a_platform_is_a_reported_problem()
    {
        Assert.True(Read("our cpc was rejected by walmart yesterday").ReportsProblem);
    }

    [Theory]
    [InlineData("速卖通法国站佣金多少", "法国")]
    [InlineData("ebay final value fee for books", "Books")]
    public void A_fee_of_a_store_or_category_the_entry_gives_no_figure_for_is_not_held(string question, string scope)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
        Assert.Contains(scope, answer.Guidance, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(answer.GuidanceSources);
    }

    [Theory]
    [InlineData("amazon fba storage per cubic metre")]
    [InlineData("turkey vat registration threshold for foreign companies")]
    [InlineData("mexico import duty rate on handbags")]
    [InlineData("berlin city tax for online sellers")]
    [InlineData("why is my readiness score only 30")]
    [InlineData("import vat on parcels shipped to kathmandu")]
    public void What_the_base_does_not_hold_is_not_answered_with_a_neighbour(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Fact]
    public void A_registration_turnover_the_base_holds_is_still_answered()
    {
        var answer = RealAnswerer.Ask("australian gst registration turnover for non-residents");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains("75,000", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_products_duty_rate_says_how_to_find_it()
    {
        var answer = RealAnswerer.Ask("us import duty rate on backpacks");

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
        Assert.Contains("HS", answer.Guidance, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("philippines 10,000 peso express threshold", "ph-de-minimis")]
    [InlineData("2023年寄到意大利10欧的小包要交增值税吗", "it-vat-low-value")]
    [InlineData("before 2020 what was australia's gst exemption for cheap imports", "au-gst-low-value-goods")]
    public void A_currency_a_joining_word_or_a_date_word_is_neither_a_name_nor_what_is_asked(string question, string rule)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(rule, answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_inside_a_markets_rule_asked_about_is_not_the_answer()
    {
        var answer = RealAnswerer.Ask("泰国关于FOB价的进口规定是什么意思");

        Assert.NotEqual("fob", answer.Entries.FirstOrDefault()?.Id);
    }

    [Theory]
    [InlineData("ukca for goods going to northern ireland", "ie")]
    [InlineData("economy express to south america how long", "us")]
    public void A_direction_before_a_country_makes_another_place(string question, string country)
    {
        Assert.DoesNotContain(Read(question).Entities, e => e.Kind is EntityKind.Market or EntityKind.Country && e.Id == country);
    }

    [Theory]
    [InlineData("is a prop 65 warning needed on mugs", EntityKind.Compliance, "prop-65-warning")]
    [InlineData("china post registered to spain days", EntityKind.LogisticsChannel, "china-post-registered")]
    public void A_statute_or_channel_written_short_is_named(string question, EntityKind kind, string id)
    {
        Assert.Contains(Read(question).Entities, e => e.Kind == kind && e.Id == id);
    }

    [Fact]
    public void A_review_time_the_entry_does_not_give_is_not_answered()
    {
        var answer = RealAnswerer.Ask("shopee seller review time before the shop opens");

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
    }
}
