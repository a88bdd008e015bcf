using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-fifth session (causes found on holdout22, development material by then, and dev25): a glossary term against
/// the rule, channel or playbook of the same name; a platform's store named without its platform. Wording here is not a
/// set's.
/// </summary>
public class HeldOutTwentyTwoCauseTests
{
    [Theory]
    [InlineData("lucid: by when is the yearly declaration of completeness due", "de-packaging-lucid", "15 May")]
    [InlineData("overseas warehouse by air freight: least chargeable weight for one shipment", "air-freight-overseas-warehouse", "minimum")]
    public void A_terms_own_rule_answers_what_the_definition_does_not_hold(string question, string rule, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(rule, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what is lucid", "lucid")]
    [InlineData("GPSR是什么", "gpsr")]
    public void What_a_term_means_is_still_the_terms_to_say(string question, string term)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(term, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("澳大利亚站 个人计划卖一件收多少", "amazon")]
    [InlineData("UK site professional plan monthly", "amazon")]
    public void A_store_named_without_its_platform_names_the_platform_with_that_stores_fees(string question, string platform)
    {
        var q = RealAnswerer.Answerer.Analyzer.Analyze(question);

        Assert.Contains(q.Entities, e => e.Kind == EntityKind.Platform && e.Id == platform);
    }

    [Theory]
    // Several platforms keep US store fees and nothing asked tells them apart.
    [InlineData("美国站 买家退货 卖家几天内要处理")]
    // An English store word is the seller's own shop unless a word of a platform's store fees says otherwise.
    [InlineData("we run a UK store, what is the vat threshold")]
    public void A_store_word_alone_names_no_platform_when_it_cannot_tell_which(string question)
    {
        var q = RealAnswerer.Answerer.Analyzer.Analyze(question);

        Assert.DoesNotContain(q.Entities, e => e.Kind == EntityKind.Platform);
    }

    [Fact]
    public void A_stores_plan_fee_asked_without_the_platform_is_that_stores()
    {
        var answer = RealAnswerer.Ask("日本站 专业计划 月租多少日元");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("amazon", answer.Entries[0].Id);
        Assert.Contains("4,900", answer.Lead, StringComparison.Ordinal);
    }
}
