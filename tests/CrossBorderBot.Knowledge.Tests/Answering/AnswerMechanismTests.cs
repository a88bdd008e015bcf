namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The third pass's general mechanisms, each on wording of its own: an amount quoted in the question points at the
/// rule that holds it, a name no entry uses is not answered from another entry, a surface that is an entry's own
/// name beats another entry's alias, ids in the data's prose reach users as names, and a typed lead is not repeated.
/// </summary>
public class AnswerMechanismTests
{
    [Theory]
    [InlineData("What happened to the 1500 baht exemption in Thailand?", "th-low-value")]
    [InlineData("Is the 150 dollar limit in Korea still there?", "kr-personal-import")]
    [InlineData("What tax does Brazil charge on parcels up to US$50?", "br-import-tax-remessa-conforme")]
    public void An_amount_quoted_in_the_question_points_at_the_rule_that_holds_it(string question, string expectedIdStart)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.StartsWith(expectedIdStart, answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What are Fruugo's fees for sellers?")]
    [InlineData("Joom的佣金是多少")]
    public void A_question_about_a_name_no_entry_uses_is_not_answered_from_another_entry(string question)
    {
        Assert.False(RealAnswerer.Ask(question).Answered, question);
    }

    [Fact]
    public void A_term_s_own_acronym_beats_the_same_letters_as_another_term_s_alias()
    {
        var answer = RealAnswerer.Ask("Explain SDoC please");

        Assert.Equal("sdoc", answer.Entries[0].Id);
    }

    [Fact]
    public void Entry_ids_written_in_the_data_reach_users_as_names()
    {
        var answer = RealAnswerer.Ask("What's Mexico's IVA rate?");
        var all = answer.Lead + string.Join(' ', answer.Details) + string.Join(' ', answer.More);

        Assert.Equal("mx", answer.Entries[0].Id);
        Assert.DoesNotContain("mx-non-fta-tariff-2026", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("德国要交关税吗")]
    [InlineData("法国进口小包裹关税怎么收")]
    public void Entry_ids_written_in_chinese_prose_reach_users_as_names(string question)
    {
        var answer = RealAnswerer.Ask(question);
        var all = answer.Lead + string.Join(' ', answer.Details) + string.Join(' ', answer.More);

        var kb = RealAnswerer.KnowledgeBase;
        var ids = kb.Compliance.Select(c => c.Id).Concat(kb.Markets.SelectMany(m => m.ImportRules).Select(r => r.Id));

        Assert.True(answer.Answered, question);
        Assert.Contains("欧元", all, StringComparison.Ordinal);
        Assert.DoesNotContain(ids, id => all.Contains(id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("do I have to pay tax in Korea?", "kr-")]
    [InlineData("韩国要交税吗", "kr-")]
    [InlineData("will my customers pay taxes in Japan when the parcel arrives?", "jp-")]
    public void Whether_tax_is_paid_in_a_named_market_is_answered_from_that_market_s_import_rule(string question, string expectedIdStart)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.StartsWith(expectedIdStart, answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.Contains(answer.Entries[0].Id, RealAnswerer.KnowledgeBase.Markets.SelectMany(m => m.ImportRules).Select(r => r.Id));
    }

    [Fact]
    public void A_dated_lead_that_quotes_the_summary_is_not_followed_by_the_same_sentence()
    {
        var answer = RealAnswerer.Ask("Since when is the DSA trader traceability rule in force?");

        Assert.Contains("2024-02-17", answer.Lead);
        Assert.DoesNotContain(answer.Details, d => d.StartsWith("Since 2024-02-17 every online marketplace", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_of_one_market_answers_for_that_market_when_the_question_names_only_the_market()
    {
        var answer = RealAnswerer.Ask("墨西哥2026年新关税是什么情况");

        Assert.Equal("mx-non-fta-tariff-2026", answer.Entries[0].Id);
    }
}
