using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The fourteenth pass (found on the development sets, dev12 and the twelfth held-out set, now development material; never
/// on the thirteenth): a candidate must give what was asked — the figure of the fee kind named, a price, a reduced rate, a
/// date the rule history reaches — not only share words with the question. Wording here is not a set's.
/// </summary>
public class FourteenthPassAnswerMechanismTests
{
    [Theory]
    [InlineData("how big is amazon's long-term storage fee for slow sellers")]
    [InlineData("亚马逊月度仓储费按体积收多少")]
    [InlineData("what's the ebay shop subscription price per month")]
    public void A_fee_kind_the_entry_names_without_an_amount_is_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("noon fbn monthly storage charge in ksa per cubic foot", "noon", "2.5")]
    [InlineData("etsy payment processing fee in america", "etsy", "3")]
    [InlineData("etsy per-listing fee how much", "etsy", "USD 0.2")]
    public void A_fee_kind_the_entry_gives_a_figure_for_is_answered(string question, string id, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal(id, answer.Entries[0].Id);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_fee_the_question_names_leads_the_fee_answer()
    {
        var answer = RealAnswerer.Ask("etsy listing fee per item?");

        Assert.True(answer.Answered);
        Assert.StartsWith("Listing fee", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("USD 0.2", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PSE mark certification price?")]
    [InlineData("RCM认证费用大概多少")]
    [InlineData("KC mark certificate price for a charger")]
    public void A_price_asked_of_an_entry_that_states_no_amount_is_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("spain reduced iva rate on food")]
    [InlineData("波兰低税率是多少")]
    public void A_reduced_rate_the_market_does_not_hold_is_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Fact]
    public void A_reduced_rate_the_market_holds_is_answered()
    {
        var answer = RealAnswerer.Ask("japan reduced consumption tax rate for groceries");

        Assert.True(answer.Answered);
        Assert.Contains("8", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("philippines de minimis in 2013", "2016-10-25")]
    [InlineData("泰国2016年小包免税门槛", "2018-08-01")]
    [InlineData("saudi personal parcel duty exemption in march 2020", "2021-09-28")]
    public void A_date_before_the_rule_history_says_where_the_record_starts(string question, string firstDay)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
        Assert.Contains(firstDay, answer.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_a_record_whose_figure_is_older_is_answered_with_the_first_figure_and_its_start()
    {
        var answer = RealAnswerer.Ask("uae duty free limit back in 2019");

        Assert.True(answer.Answered, "not answered");
        Assert.Contains("1,000", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("2022-01-01", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uae duty exemption in february 2023", "300")]
    [InlineData("korea personal import exemption in 2020", "150")]
    public void A_date_the_rule_history_reaches_is_still_answered(string question, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Contains(figure, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hs code for wireless earbuds going to france", "85")]
    [InlineData("智能手表的海关编码是多少", "85")]
    [InlineData("tariff code of a garden planter", "39")]
    public void A_products_hs_code_is_explained_with_its_categorys_chapters(string question, string chapter)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
        Assert.Contains(chapter, answer.Guidance, StringComparison.Ordinal);
        Assert.Contains("TARIC", answer.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_without_a_category_still_gets_the_honest_reply_without_chapters()
    {
        var answer = RealAnswerer.Ask("hs code for a knee brace");

        Assert.False(answer.Answered);
        Assert.Contains("not product codes", answer.Guidance, StringComparison.Ordinal);
        Assert.DoesNotContain("chapter", answer.Guidance.Replace("HS chapters per product category", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is an HS code for")]
    [InlineData("HS编码是什么意思")]
    public void The_term_itself_is_still_defined(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal("hs-code", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("122条款关税征多少", "10")]
    [InlineData("122条款什么时候到期", "7月24日")]
    public void A_law_section_written_the_chinese_way_names_its_rule(string question, string expected)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal("us-section-122", answer.Entries[0].Id);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are marketplaces collecting the goods and services tax in canada for sellers")]
    [InlineData("加拿大平台会不会代收GST/HST")]
    public void A_market_question_that_names_a_tax_is_answered_by_the_market_not_the_rule_carrying_the_taxs_name(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal("ca", answer.Entries[0].Id);
        Assert.Contains("2021", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the us de minimis today")]
    [InlineData("us de minimis in june 2025")]
    [InlineData("美国800美元免税额2016年是多少")]
    public void A_rule_with_a_long_history_cites_the_sources_of_the_lines_it_shows_not_its_whole_list(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal("us-de-minimis", answer.Entries[0].Id);
        Assert.InRange(answer.Sources.Count, 1, 10);
    }
}
