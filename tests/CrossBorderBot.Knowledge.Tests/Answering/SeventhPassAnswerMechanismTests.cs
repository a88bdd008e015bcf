using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The seventh pass (found on answers-dev6.tsv, never on a held-out set): abstention on a kind of duty the knowledge
/// base does not model and on a country named only in passing; a storefront domain names its market; English question
/// words inside a Chinese question; the tax a question names decides between a market's VAT and duty rules; "which
/// certification" asks for a rule, not a problem playbook; a "since when" picks the dated change it asks about; and a
/// rate lead never nests brackets.
/// </summary>
public partial class SeventhPassAnswerMechanismTests
{
    [Theory]
    [InlineData("US anti-dumping duty on e-bikes from China?")]
    [InlineData("美国对中国电动自行车反倾销税多少")]
    public void A_trade_remedy_duty_the_base_does_not_model_is_not_answered_with_another_duty(string question)
    {
        Assert.False(RealAnswerer.Ask(question).Answered);
    }

    [Fact]
    public void A_country_without_a_market_is_answered_only_by_a_sentence_about_what_is_asked_there()
    {
        // Jumia names Hong Kong as a warehouse city; it says nothing about opening a company there.
        Assert.False(RealAnswerer.Ask("How do I open a company in Hong Kong?").Answered);
    }

    [Fact]
    public void A_storefront_domain_names_its_market()
    {
        var q = RealAnswerer.Answerer.Analyzer.Analyze("Is a GPSR responsible person required for my shop on Amazon.fr?");
        Assert.Contains(q.Entities, e => e.Kind == EntityKind.Market && e.Id == "fr");
        Assert.Contains(RealAnswerer.Answerer.Analyzer.Analyze("eBay.co.uk seller fees").Entities, e => e.Kind == EntityKind.Market && e.Id == "gb");

        var answer = RealAnswerer.Ask("selling on Amazon.it, is an EU responsible person mandatory?");
        Assert.True(answer.Answered);
        Assert.Contains(answer.Entries[0].Id, new[] { "gpsr-responsible-person", "eu-responsible-person", "gpsr" });
    }

    [Fact]
    public void English_question_words_inside_a_Chinese_question_ask_nothing()
    {
        var answer = RealAnswerer.Ask("What does 双清包税 mean?");

        Assert.True(answer.Answered);
        Assert.Equal("ddp", answer.Entries[0].Id);
    }

    [Fact]
    public void The_tax_a_question_names_picks_the_market_s_VAT_rule_over_its_duty_rule()
    {
        var answer = RealAnswerer.Ask("What was Thailand's VAT exemption limit in 2023?");

        Assert.Equal("th-low-value-vat", answer.Entries[0].Id);
        Assert.Contains("1,500", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("韩国儿童产品需要什么认证")]
    [InlineData("Which mark does Korea require for children's products?")]
    public void Asking_which_certification_is_needed_is_answered_by_the_mark_not_the_missing_certificate_playbook(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Contains(answer.Entries[0].Id, new[] { "kc-mark", "kc" });
    }

    [Theory]
    [InlineData("Since when must power banks in Japan carry the PSE mark?", "2019-02-01")]
    [InlineData("日本移动电源从什么时候必须有PSE", "2019-02-01")]
    public void A_since_when_question_is_answered_by_the_dated_change_it_asks_about(string question, string date)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal("pse-mark", answer.Entries[0].Id);
        Assert.Contains(date, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_since_when_question_about_the_item_itself_keeps_the_item_s_own_date()
    {
        var item = RealAnswerer.KnowledgeBase.FindCompliance("pse-mark")!;
        var answer = RealAnswerer.Ask("Since when does the PSE mark rule apply?");

        Assert.Contains(item.Effective!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Chinese_Japan_rate_answer_does_not_nest_brackets()
    {
        var answer = RealAnswerer.Ask("日本的消费税税率是多少");

        Assert.Equal("日本的标准税率为 10 %（消费税，食品适用8%轻减税率）。", answer.Lead);
    }

    [Fact]
    public void No_market_s_rate_answer_nests_brackets_in_either_language()
    {
        foreach (var market in RealAnswerer.KnowledgeBase.Markets.Where(m => m.Vat.StandardRatePercent > 0))
        {
            foreach (var (language, question) in new[] { ("en", $"What is the standard VAT rate in {market.Name.En}?"), ("zh-CN", $"{market.Name.ZhCn}的增值税税率是多少") })
            {
                var answer = RealAnswerer.Answerer.Answer(question, language);
                Assert.True(answer.Answered, question);
                Assert.False(NestedBrackets().IsMatch(answer.Lead), $"{market.Id} ({language}): {answer.Lead}");
            }
        }
    }

    [Theory]
    [InlineData("IVA (VAT)", 21, false, "IVA, VAT")]
    [InlineData("消费税（10%；食品适用8%轻减税率）", 10, true, "消费税，食品适用8%轻减税率")]
    [InlineData("GST 5% (plus provincial PST/QST, or HST up to 15%)", 5, false, "GST, plus provincial PST/QST, or HST up to 15%")]
    [InlineData("VAT (NDS) on commercial imports", 22, false, "VAT on commercial imports, NDS")]
    [InlineData("VAT", 20, false, "VAT")]
    public void A_tax_name_is_written_flat_inside_the_lead_s_brackets(string name, decimal rate, bool chinese, string expected)
    {
        Assert.Equal(expected, TypedFactWriter.TaxNameInBrackets(name, rate, chinese));
    }

    // An opening bracket followed by another opening bracket before the first one closes.
    [GeneratedRegex(@"[（(][^）)]*[（(]")]
    private static partial Regex NestedBrackets();
}
