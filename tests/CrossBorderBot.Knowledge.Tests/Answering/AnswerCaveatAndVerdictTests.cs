namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>What the second pass added to answers: caveats of the entries used, and a verdict when the question states a case.</summary>
public class AnswerCaveatAndVerdictTests
{
    [Theory]
    [InlineData("What's the VAT rate in the Netherlands?", "en")]
    [InlineData("荷兰的增值税是多少？", "zh-CN")]
    public void An_entry_with_a_caveat_shows_it_in_the_question_language(string question, string language)
    {
        var answer = RealAnswerer.Ask(question);
        var expected = RealAnswerer.KnowledgeBase.FindMarket("nl")!.Caveat!.Get(language);

        Assert.Equal("nl", answer.Entries[0].Id);
        Assert.Contains(expected, answer.Caveats);
    }

    [Fact]
    public void An_entry_without_a_caveat_adds_none()
    {
        Assert.Empty(RealAnswerer.Ask("What is the standard VAT rate in the UK?").Caveats);
    }

    [Theory]
    [InlineData("9610 or 9710 if I sell to consumers abroad?", "9610", "consumers")]
    [InlineData("9610还是9710？我卖给海外企业买家", "9710", "企业买家")]
    public void A_comparison_with_a_stated_case_leads_with_the_side_its_data_favours(string question, string winner, string reasonWord)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(2, answer.Entries.Count);
        Assert.Contains(winner, answer.Lead);
        Assert.Contains(reasonWord, answer.Lead);
    }

    [Fact]
    public void DDP_wins_for_consumers_because_the_data_warns_that_DDU_parcels_get_refused()
    {
        var answer = RealAnswerer.Ask("DDP or DDU for a B2C seller?");

        Assert.StartsWith("For your case, DDP", answer.Lead);
        Assert.Contains("refused", answer.Lead);
    }

    [Fact]
    public void A_comparison_without_a_stated_case_gives_no_verdict()
    {
        var answer = RealAnswerer.Ask("What is the difference between 9610 and 9710?");

        Assert.DoesNotContain("For your case", answer.Lead);
        Assert.Contains("compared with", answer.Lead);
    }

    [Theory]
    [InlineData("What is the VAT rate in New Zealand?")]
    [InlineData("新西兰的GST税率是多少？")]
    public void A_rate_for_a_country_without_a_market_is_not_answered_from_a_term_that_names_it(string question)
    {
        Assert.False(RealAnswerer.Ask(question).Answered);
    }

    [Fact]
    public void A_two_letter_word_is_not_a_market_code()
    {
        var q = RealAnswerer.Answerer.Analyzer.Analyze("How do I make my products different from competitors?");

        Assert.DoesNotContain(q.Entities, e => e.Id == "my");
    }
}
