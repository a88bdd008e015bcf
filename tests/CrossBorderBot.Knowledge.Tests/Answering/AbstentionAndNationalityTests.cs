namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The fifth pass's mechanisms, each on wording of its own (not from an evaluation set): an honest "I don't know" when
/// what the question is about is not what the best entry holds (an acronym no entry writes, a name an entry only
/// mentions in passing, a live price, a length of time no entry gives, a word that names a kind of platform), nationality
/// words standing for their countries, and comparisons whose other side is unknown or only mentioned.
/// </summary>
public class AbstentionAndNationalityTests
{
    [Theory]
    [InlineData("Do I need VDE approval for plugs sold in Germany?")]
    [InlineData("What is the ePacket price this week?")]
    [InlineData("What does Payoneer charge for a withdrawal to a Chinese bank?")]
    [InlineData("How long does a CNIPA trademark take to register?")]
    [InlineData("独立站怎么做直播")]
    public void A_question_about_what_the_best_entry_does_not_hold_gets_an_honest_no(string question)
    {
        Assert.False(RealAnswerer.Ask(question).Answered, question);
    }

    [Fact]
    public void Today_s_rate_is_still_answered_by_the_typed_fact_in_force()
    {
        var answer = RealAnswerer.Ask("What is the UK VAT rate today?");

        Assert.True(answer.Answered);
        Assert.Contains("20", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How much tax do Australian shoppers pay on imports under A$1,000?", "au")]
    [InlineData("Does the US put extra tariffs on Chinese-made batteries?", "section-301-china-tariffs")]
    [InlineData("What duty does Mexico put on goods from China since 2026?", "mx-non-fta-tariff-2026")]
    public void Nationality_words_stand_for_their_countries(string question, string expectedIdStart)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.StartsWith(expectedIdStart, answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_unknown_side_of_a_comparison_is_named_as_unknown()
    {
        var answer = RealAnswerer.Ask("ebay vs snapmart");

        Assert.Equal("ebay", answer.Entries[0].Id);
        Assert.Contains("snapmart", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_only_mentioned_by_another_entry_is_quoted_with_that_entry_s_sources()
    {
        var answer = RealAnswerer.Ask("KC mark vs SIRIM?");
        var malaysia = RealAnswerer.KnowledgeBase.Markets.Single(m => m.Id == "my");
        var malaysiaSources = RealAnswerer.KnowledgeBase.ResolveSources(malaysia.Sources).Select(s => s.Title).ToList();

        Assert.StartsWith("kc", answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.Contains(answer.Entries, e => e.Id == "my");
        Assert.Contains("SIRIM", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => malaysiaSources.Contains(s.Title));
    }
}
