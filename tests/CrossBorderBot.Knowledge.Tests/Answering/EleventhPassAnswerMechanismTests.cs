namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The eleventh pass (found on answers-dev10.tsv and the ninth held-out set, never on the tenth): whether an import charge
/// is paid in a named market, the same question with no market, the US duty layers as entries, and marketplace GST/HST
/// collection in Canada. Wording here is not the dev set's.
/// </summary>
public class EleventhPassAnswerMechanismTests
{
    [Theory]
    [InlineData("Will my customer in France have to pay import tax?", "fr-vat-low-value", "20")]
    [InlineData("does a buyer in the netherlands owe VAT on a small parcel", "nl-vat-low-value", "21")]
    [InlineData("意大利的买家要付进口增值税吗", "it-vat-low-value", "22")]
    public void Whether_import_VAT_is_paid_in_a_market_is_answered_from_its_rule_with_the_rate(string question, string entry, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal(entry, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do I pay duty over there? (Italy)", "it")]
    [InlineData("那边要交关税吗？（波兰）", "pl")]
    [InlineData("is customs duty payable on parcels to Spain", "es")]
    public void Whether_duty_is_paid_in_a_market_is_answered_from_its_duty_allowance(string question, string market)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal($"{market}-customs-duty-relief", answer.Entries[0].Id);
        Assert.Contains("150", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do I pay import duty?", "Germany")]
    [InlineData("is there a duty-free allowance for parcels?", "Japan")]
    [InlineData("what's the VAT rate?", "France")]
    [InlineData("要交进口税吗？", "德国")]
    [InlineData("免税门槛是多少", "日本")]
    public void A_market_fact_asked_without_a_market_asks_which_market_instead_of_picking_one(string question, string listed)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
        Assert.Contains(listed, answer.MarketChoices);
        Assert.Equal(RealAnswerer.KnowledgeBase.Markets.Count, answer.MarketChoices.Count);
    }

    [Theory]
    [InlineData("do the baltic countries charge duty on small parcels?")]
    [InlineData("各国进口要交关税吗")]
    public void A_market_fact_asked_of_places_named_in_words_is_looked_up_not_asked_back(string question)
    {
        Assert.Empty(RealAnswerer.Ask(question).MarketChoices);
    }

    [Theory]
    [InlineData("do I pay duty over there?")]
    [InlineData("那边要交关税吗？")]
    public void A_market_fact_about_a_market_named_before_is_an_honest_unknown_not_a_question_back(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.MarketChoices);
    }

    [Theory]
    [InlineData("what's the VAT rate in Poland?")]
    [InlineData("IOSS threshold")]
    [InlineData("Amazon referral fee")]
    public void A_question_that_names_a_market_or_a_scheme_is_not_asked_back(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Empty(answer.MarketChoices);
        Assert.True(answer.Answered, $"not answered: {question}");
    }

    [Theory]
    [InlineData("Are the IEEPA tariffs on goods from China still collected?", "us-ieepa-china", "2026")]
    [InlineData("How high is the Section 122 surcharge?", "us-section-122", "10")]
    public void The_US_duty_layers_answer_as_entries_of_their_own(string question, string entry, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal(entry, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_duty_allowance_in_force_beside_a_flat_fee_says_the_fee_too()
    {
        var answer = RealAnswerer.Ask("will my buyer in France owe customs duty on a small parcel?");

        Assert.True(answer.Answered);
        Assert.Equal("fr-customs-duty-relief", answer.Entries[0].Id);
        Assert.Contains("EUR 150", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("EUR 3 per item", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zibbetshop marketplace fees")]
    // Was "Wellington GST on low value goods" until the twenty-second pass gave New Zealand's own scheme an answer (the
    // knowledge base holds it): the same kind of question, about a place with neither a market nor a scheme of its own.
    [InlineData("Reykjavik VAT on low value goods")]
    public void Fees_of_nothing_named_and_a_term_for_a_place_without_a_market_are_not_answered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
    }

    [Fact]
    public void A_mark_written_only_inside_an_entry_is_answered_by_that_entry_with_its_line_first()
    {
        var answer = RealAnswerer.Ask("Is SIRIM approval required for power banks sold in Malaysia?");

        Assert.True(answer.Answered);
        Assert.Equal("my", answer.Entries[0].Id);
        Assert.Contains("SIRIM", answer.Lead, StringComparison.Ordinal);
    }
}
