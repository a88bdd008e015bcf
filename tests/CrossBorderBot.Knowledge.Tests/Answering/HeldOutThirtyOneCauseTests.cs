namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirty-fifth session, from holdout31's causes counted in holdout30, holdout29 and holdout28 too (development material
/// from that session): a term, rule or channel the question names as what it asks about, refused as "too little of what is
/// asked" for the few words of the user's own around its name; a rule of every market (the battery transport rule) over the
/// rule of the market named on the same topic; a playbook reached by its trigger words over the term the question names.
/// Messages of other wording than any set's.
/// </summary>
public class HeldOutThirtyOneCauseTests
{
    [Theory]
    [InlineData("chargeback — can a merchant fight back", "chargeback")]
    [InlineData("eori number — do we really need it for ddp", "eori")]
    public void A_named_term_answers_the_few_words_asked_about_it(string question, string entry)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
    }

    // A count or a person asked must be written by the entry; the term's definition does not say it.
    [Theory]
    [InlineData("TCB — how many are there in china")]
    [InlineData("头程这段一般谁来安排")]
    public void A_count_or_person_asked_of_a_named_term_is_not_its_definition(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);

    [Theory]
    [InlineData("battery obligations for selling into germany")]
    [InlineData("德国市场的电池产品有哪些规定")]
    public void A_market_named_takes_its_own_rule_on_the_topic_over_the_rule_of_every_market(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(answer.Entries[0].Id, new[] { "de", "eu-battery-regulation", "weee-epr" });
    }

    // The transport rule's own name says shipping and air, which the market's battery law does not write.
    [Fact]
    public void The_rule_of_every_market_stays_first_where_its_name_says_more_of_what_is_asked() =>
        Assert.Equal("lithium-battery-transport", RealAnswerer.Ask("ship power banks to germany by air, allowed?").Entries[0].Id);

    [Theory]
    [InlineData("after registering in lucid, what comes next")]
    [InlineData("LUCID登记以后下一步做什么")]
    public void A_term_named_is_asked_about_over_the_playbook_its_trigger_words_reach(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(answer.Entries[0].Id, new[] { "de-packaging-lucid", "lucid" });
    }
}
