using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twentieth pass (causes found on holdout18, development material by then, and dev21): a platform's sentence said of
/// named stores answers those stores only; a readiness area named with a word for a part of the check ("score", "part",
/// "那一项") is that area, and its weight is a fact of it; a problem told as a story is a reported problem; a price held in
/// words, negotiated or not charged is a price given; a tax quoted with a figure asks its rate; a paper's item asked by
/// "which challenge" leads with its name. Wording here is not a set's.
/// </summary>
public class HeldOutEighteenCauseTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("are vape pens allowed on amazon.co.jp")]
    [InlineData("在亚马逊法国站卖电子烟油行不行")]
    [InlineData("does tiktok shop thailand ask for a local company")]
    public void A_platform_rule_said_of_other_stores_is_not_held_for_the_store_asked(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {string.Join(", ", answer.Entries.Select(e => e.Id))}: {answer.Lead}");
    }

    [Fact]
    public void The_store_a_platform_rule_names_is_still_answered()
    {
        var answer = RealAnswerer.Ask("are nicotine-free e-cigarettes allowed on amazon uk");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("amazon", answer.Entries[0].Id);
        Assert.Contains("UK", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_says_the_fact_is_not_recorded_is_no_answer()
    {
        var answer = RealAnswerer.Ask("how long is the returns period on amazon japan");

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
    }

    [Theory]
    [InlineData("what does the product score cover", "product")]
    [InlineData("the supply chain section of the check, what is it about", "supply-chain")]
    [InlineData("合规那一项看的是什么", "compliance")]
    public void A_readiness_area_named_with_a_part_of_the_check_is_that_area(string question, string dimension)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(dimension, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("how much weight does the compliance dimension carry", "1.2")]
    [InlineData("语言团队这个维度权重是多少", "0.8")]
    public void A_readiness_area_asked_its_weight_leads_with_it(string question, string weight)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(weight, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the parcel has had no tracking update for two weeks and the buyer keeps asking", "lost-parcel-no-tracking")]
    [InlineData("买家投诉收到的包和图片不一样 要求全额退款", "not-as-described")]
    [InlineData("the regulator says our before-and-after photos are misleading, what do we do now", "false-advertising-finding")]
    public void A_problem_told_as_a_story_gets_its_playbook(string question, string playbook)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(Read(question).ReportsProblem || Read(question).Kind == QuestionKind.Problem, $"read as {Read(question).Kind}");
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(playbook, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("what does a made-in-china.com gold membership cost each year", "made-in-china", "thousands")]
    [InlineData("what does a global sources supplier package cost per year", "global-sources", "thousands")]
    [InlineData("大龙网入驻要交多少钱", "dalong-osell", "协商")]
    [InlineData("does temu take a retail commission on fully managed items", "temu", "commission")]
    public void A_price_held_in_words_negotiated_or_not_charged_answers(string question, string platform, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(platform, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_ratio_of_weight_to_volume_is_no_price_per_unit()
    {
        var answer = RealAnswerer.Ask("how many kg per cbm does road freight groupage count");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("road-freight", answer.Entries[0].Id);
        Assert.Contains("333", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is spain's iva 21?", "es", "21")]
    [InlineData("卖到里昂的台灯 法国增值税按20个点收对吧", "fr", "20")]
    public void A_tax_quoted_with_a_figure_asks_the_rate(string question, string market, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(QuestionKind.Rate, Read(question).Kind);
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(market, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("homogeneous goods and price cutting — which challenge of the paper is that", "Homogeneous products and price wars")]
    [InlineData("质量不达标 在论文里叫什么问题", "产品质量不达标")]
    public void A_paper_item_asked_by_which_leads_with_its_name(string question, string name)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(name, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("到岸总成本一共包括几项", "landed-cost", "关税")]
    [InlineData("欧盟玩具安全条例的正式文号是多少", "eu-toy-safety-regulation", "2025/2509")]
    [InlineData("报关行发邮件提到csms 这是要我们做什么", "csms", "ACE")]
    public void The_form_of_a_question_about_a_named_thing_is_not_what_it_is_about(string question, string entry, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does customs supervision code 1139 mean")]
    [InlineData("4561监管方式是什么")]
    public void A_customs_code_the_base_does_not_hold_is_not_answered_by_another(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {string.Join(", ", answer.Entries.Select(e => e.Id))}: {answer.Lead}");
    }

    [Theory]
    [InlineData("京都府那边地方消费税的比例是多少")]
    [InlineData("你昨天给我的准备度结果里物流那项得了几分")]
    public void A_local_tax_or_the_users_earlier_result_is_not_answered_from_the_base(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {string.Join(", ", answer.Entries.Select(e => e.Id))}: {answer.Lead}");
    }

    [Fact]
    public void A_problem_told_with_a_price_in_it_asks_what_to_do()
    {
        var question = "the regulator says our crossed-out original price was fake, what do we do now";
        var answer = RealAnswerer.Ask(question);

        Assert.False(AskedFigure.AsksPrice(Read(question)));
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("false-advertising-finding", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("malaysia low value goods tax: at what annual sales must a foreign seller register", "my-low-value-goods-tax", "500,000")]
    [InlineData("英国增值税注册门槛 对英国本土公司是多少", "uk-vat-point-of-sale", "90,000")]
    public void A_registration_threshold_is_the_registration_rules_not_the_import_allowance(string question, string rule, string figure)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(rule, answer.Entries[0].Id);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
    }
}
