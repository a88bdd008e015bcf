using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The sixteenth pass (found on dev14 and the fourteenth held-out set, now development material): names the question
/// uses are read as sellers write them (a statute article, a plural, a code glued to a number, a term that is also a
/// channel) and common words are no names (a year, one word of a long form); filler, currency and date words are not
/// what is asked; a fee or price must be given by its own figure. Wording here is not a set's.
/// </summary>
public class SixteenthPassAnswerMechanismTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    private static bool Names(string question, EntityKind kind, string id) =>
        Read(question).Entities.Any(e => e.Kind == kind && e.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("thailand vat on small parcels in may 2025")]
    [InlineData("2025年7月越南的增值税")]
    public void A_year_in_a_rule_s_name_names_no_rule(string question)
    {
        Assert.False(Names(question, EntityKind.Compliance, "id-pmk-4-2025-shipments"), question);
    }

    [Fact]
    public void A_rule_s_number_with_its_year_still_names_it()
    {
        Assert.True(Names("what changed with pmk 4/2025", EntityKind.Compliance, "id-pmk-4-2025-shipments"));
    }

    [Theory]
    [InlineData("what would a pse test cost me")]
    [InlineData("rcm cost for a hair dryer")]
    public void One_word_of_an_acronym_s_long_form_is_no_name(string question)
    {
        Assert.False(Names(question, EntityKind.GlossaryTerm, "cif"), question);
    }

    [Fact]
    public void An_acronym_s_whole_long_form_still_names_it()
    {
        Assert.True(Names("is cost, insurance and freight better than fob", EntityKind.GlossaryTerm, "cif"));
    }

    [Theory]
    [InlineData("section 122 on machinery parts", "us-section-122")]
    [InlineData("Section 301 on bicycles", "section-301-china-tariffs")]
    [InlineData("122附加税对服装有影响吗", "us-section-122")]
    public void A_rule_is_named_by_the_statute_article_its_name_carries(string question, string id)
    {
        Assert.True(Names(question, EntityKind.Compliance, id), question);
    }

    [Theory]
    [InlineData("do epackets get tracked end to end", EntityKind.LogisticsChannel, "epacket")]
    [InlineData("dedicated lines for cosmetics", EntityKind.LogisticsChannel, "dedicated-line")]
    [InlineData("supplier quoted MOQ1000, meaning?", EntityKind.GlossaryTerm, "moq")]
    public void A_name_in_the_plural_or_glued_to_a_number_is_the_name(string question, EntityKind kind, string id)
    {
        Assert.True(Names(question, kind, id), question);
    }

    [Fact]
    public void A_term_that_is_also_a_channel_names_the_channel()
    {
        var answer = RealAnswerer.Ask("专线到墨西哥要多少天");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("dedicated-line", answer.Entries[0].Id);
        Assert.Contains("10", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("卡车运到哈萨克斯坦要几天", "road-freight")]
    [InlineData("铁路运输到德国要几天", "rail-freight")]
    public void Road_and_rail_are_named_as_sellers_say_them_in_chinese(string question, string id)
    {
        Assert.True(Names(question, EntityKind.LogisticsChannel, id), question);
    }

    [Theory]
    [InlineData("EORI号到底是什么", "eori")]
    [InlineData("报关行一般负责什么", "customs-broker")]
    [InlineData("IOSS跟OSS差在哪里", "ioss")]
    public void Chinese_filler_around_a_named_term_is_not_what_is_asked(string question, string idStart)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Contains(answer.Entries, e => e.Id.Contains(idStart, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("uk duty relief threshold in pounds", "gb-customs-duty-relief", "135")]
    [InlineData("saudi duty free limit in riyals", "sa-personal-shipment-duty", "1,000")]
    public void A_currency_word_beside_the_amount_asked_is_not_what_is_asked(string question, string id, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what year did the uk start ukca marking")]
    [InlineData("exact date the dsa trader checks began")]
    public void A_date_asked_without_when_is_a_date_question(string question)
    {
        Assert.Equal(QuestionKind.Date, Read(question).Kind);
    }

    [Fact]
    public void A_consumer_is_no_fee()
    {
        var answer = RealAnswerer.Ask("印度电商消费者规则是哪年出台的");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("in-ecommerce-consumer-rules", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("what percent does walmart take on each order")]
    [InlineData("what do i pay per sale on ebay")]
    [InlineData("tiktok shop每单扣几个点")]
    public void A_platform_s_cut_asked_in_everyday_words_is_a_fee_question(string question)
    {
        Assert.Equal(QuestionKind.Fees, Read(question).Kind);
    }

    [Theory]
    [InlineData("shopee logistics fee per kg to malaysia")]
    [InlineData("walmart fulfillment services outbound fee for a small item")]
    [InlineData("uflpa documentation fee")]
    public void A_fee_whose_figure_the_entry_does_not_give_beside_it_is_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("ukca marking service cost per year")]
    [InlineData("fda registration agent cost")]
    public void A_price_asked_as_x_cost_needs_a_figure_for_x(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("dhgate yearly usage fee", "dhgate", "999")]
    [InlineData("shopify basic plan cost each month", "shopify", "39")]
    public void A_fee_given_beside_its_figure_is_still_answered(string question, string id, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section 122 surcharge on shoes in august 2026", "2026-07-24")]
    [InlineData("ieepa reciprocal tariff on toys in may 2026", "2026-02-23")]
    public void A_measure_asked_after_its_recorded_end_says_when_it_ended(string question, string end)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
        Assert.Contains(end, answer.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_asked_inside_its_period_is_answered()
    {
        var answer = RealAnswerer.Ask("section 122 surcharge on shoes in april 2026");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains("10", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ohio marketplace facilitator threshold")]
    [InlineData("ontario pst registration threshold")]
    public void A_threshold_of_a_state_s_own_tax_is_not_answered_from_the_national_rule(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
        Assert.NotEmpty(answer.Guidance);
    }

    [Theory]
    [InlineData("what does the capital dimension check", "capital")]
    [InlineData("准备度的物流维度看什么", "logistics")]
    public void A_readiness_dimension_named_by_its_name_is_that_dimension(string question, string id)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
    }

    [Fact]
    public void An_eu_member_without_a_market_is_answered_from_the_eu_entry_that_names_it()
    {
        var answer = RealAnswerer.Ask("national parcel charge in romania per consignment");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("eu", answer.Entries[0].Id);
        Assert.Contains("Romania", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the vat rate in portugal")]
    [InlineData("austria import duty allowance")]
    public void An_eu_member_the_eu_entries_do_not_name_is_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("amazon buy box what is it", "buy-box")]
    [InlineData("do i need an eori number to sell on amazon with fba", "eori")]
    public void A_platform_beside_the_term_asked_about_only_sets_the_scene(string question, string id)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("why is delivery so slow for small sellers", "slow-logistics")]
    [InlineData("中小企业做跨境缺资金怎么办", "sme-limited-capital-and-skills")]
    public void The_paper_s_subject_asked_without_naming_the_paper_is_the_paper_s(string question, string id)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Contains(answer.Entries, e => e.Id == id);
    }

    [Fact]
    public void A_number_of_days_is_no_amount_quoted()
    {
        var answer = RealAnswerer.Ask("no tracking scan for 20 days since it left the warehouse");

        Assert.DoesNotContain(answer.Entries, e => e.Id.StartsWith("ca-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("how many digits are in an hs code worldwide")]
    [InlineData("HS编码前六位各国一样吗")]
    public void A_question_about_the_hs_system_is_no_product_s_code(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Equal("hs-code", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("西班牙卖玩具要CE认证吗", "ce-mark")]
    [InlineData("日本卖吹风机要PSE认证吗", "pse-mark")]
    public void A_mark_asked_about_in_chinese_is_the_mark_not_the_missing_certificate_playbook(string question, string id)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
    }

    [Fact]
    public void A_missing_certificate_is_still_the_playbook_s()
    {
        var answer = RealAnswerer.Ask("我的产品没有CE认证被平台下架了怎么办");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("certification-missing", answer.Entries[0].Id);
    }

    [Fact]
    public void Two_terms_asked_how_they_differ_in_chinese_are_compared()
    {
        var q = Read("EXW跟FOB有啥不一样");

        Assert.True(q.AsksComparison);
    }

    [Theory]
    [InlineData("italy vat on printed books")]
    [InlineData("西班牙儿童服装增值税多少")]
    public void A_vat_asked_of_goods_often_taxed_at_a_reduced_rate_is_not_the_standard_rate(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Fact]
    public void A_reduced_rate_the_base_holds_is_answered()
    {
        var answer = RealAnswerer.Ask("consumption tax on food imported to japan");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains("8", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is energy star required for air conditioners sold in the us")]
    public void A_requirement_reached_only_through_the_market_must_talk_about_what_is_asked(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("how long is a ukca declaration valid")]
    [InlineData("how many factories are on the uflpa entity list")]
    public void A_validity_or_a_count_the_entry_does_not_give_is_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("uk duty relief up to how many pounds", "gb")]
    public void Whether_something_is_valid_or_an_amount_in_a_unit_is_still_answered(string question, string idStart)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.StartsWith(idStart, answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("etsy removed our listing, the gpsr manufacturer details were missing", "gpsr-listing-blocked")]
    [InlineData("亚马逊把我的商品下架了，因为GPSR信息缺失", "gpsr-listing-blocked")]
    public void A_problem_reported_as_it_happened_is_the_playbook_s(string question, string id)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Analysis.ReportsProblem, question);
        Assert.True(answer.Answered, $"not answered: {question} ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
    }

    [Fact]
    public void A_how_to_question_is_no_reported_problem()
    {
        var answer = RealAnswerer.Ask("how do i get a work visa for the us");

        Assert.False(answer.Analysis.ReportsProblem);
        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }
    // "how much is the ebay final value fee" was told "I don't have that figure for eBay yet. What I do hold: Final value fee
    // is … about 13–15 %": the figure sits past a comma in a sentence that opens with the fee.
    [Theory]
    [InlineData("how much is the ebay final value fee", "13")]
    [InlineData("ebay成交费收多少", "13")]
    public void A_sentence_that_opens_with_the_fee_gives_its_figure(string question, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("ebay", answer.Entries[0].Id);
        Assert.Contains(figure, answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("don't have that figure", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("还没有", answer.Lead, StringComparison.Ordinal);
    }
}
