using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The seventeenth pass (found on holdout15, development material by then, and dev16): the lead answers the kind of
/// question asked (the condition of a "do I need", the days of a "how many days", the line about the thing asked), a line
/// with one figure per market answers for the market asked and says when that market is not held, a fine or the time a
/// procedure takes needs its own figure, and a market's or platform's name misspelt by a letter is still the name.
/// Wording here is not a set's.
/// </summary>
public class AnswerLeadAndFigureTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("is an EORI required to sell on amazon germany", "importer or exporter")]
    [InlineData("do we need an eori number for amazon.fr", "importer or exporter")]
    public void A_do_i_need_question_leads_with_the_condition_not_the_definition(string question, string condition)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(condition, answer.Lead, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many days to reply to a CF-28")]
    [InlineData("cf-28 how many days do we have to respond")]
    public void A_how_many_days_question_leads_with_the_days(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains("30", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are e-cigarettes allowed on amazon", "e-cig")]
    [InlineData("亚马逊能卖电子烟吗", "电子烟")]
    public void A_question_about_one_thing_an_entry_names_leads_with_its_line(string question, string thing)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(thing, answer.Lead, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void What_is_still_leads_with_the_definition()
    {
        var answer = RealAnswerer.Ask("what is an EORI number");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains("identifies a business", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("亚马逊日本站专业卖家每月多少钱", "4,900", "39.99")]
    [InlineData("amazon australia professional plan per month", "49.95", "39.99")]
    public void A_line_with_one_figure_per_market_leads_with_the_market_asked(string question, string figure, string other)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(figure, answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(other, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("亚马逊墨西哥站专业卖家月租多少", "墨西哥")]
    [InlineData("amazon canada professional plan monthly price", "Canada")]
    public void A_market_the_line_does_not_list_is_not_answered_with_the_others(string question, string market)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
        Assert.Contains(market, answer.Guidance, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the fine for selling in germany without lucid")]
    [InlineData("temu每次罚款扣多少钱")]
    [InlineData("what penalty does shein give for shipping late")]
    [InlineData("how many weeks does kc certification take")]
    [InlineData("how long does it take to get ce marking")]
    [InlineData("日本pse认证要多久才能下证")]
    public void A_fine_or_the_time_a_procedure_takes_needs_its_own_figure(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {answer.Entries.FirstOrDefault()?.Id}: {answer.Lead}");
    }

    [Theory]
    [InlineData("germnay import vat", EntityKind.Market, "de")]
    [InlineData("vat rate in itlay", EntityKind.Market, "it")]
    [InlineData("alliexpress seller fees", EntityKind.Platform, "aliexpress")]
    [InlineData("lazda commission", EntityKind.Platform, "lazada")]
    public void A_name_misspelt_by_one_letter_is_the_name(string question, EntityKind kind, string id)
    {
        Assert.Contains(Read(question).Entities, e => e.Kind == kind && e.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("what sales tax applies to orders")]
    [InlineData("shipping to spain")]
    public void A_word_the_knowledge_base_writes_is_no_misspelt_name(string question)
    {
        Assert.DoesNotContain(Read(question).Entities, e => e.Kind == EntityKind.Platform);
    }

    [Theory]
    [InlineData("the roadmap step on quality control, what is it about", "quality-control-system")]
    [InlineData("路线图里做预算那一步是什么", "plan-budget")]
    public void A_question_about_a_roadmap_step_is_the_step_s(string question, string id)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(id, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("卖蓝牙耳机到欧盟要做什么认证", "CE", "WEEE")]
    [InlineData("which certifications does a bluetooth speaker need for the us", "FCC", "Prop")]
    public void Which_certifications_a_product_needs_in_a_market_lists_what_applies_there(string question, string mark, string other)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(mark, answer.Lead, StringComparison.Ordinal);
        Assert.Contains(other, answer.Lead, StringComparison.Ordinal);
        Assert.Equal(SearchEntryType.Compliance, answer.Entries[0].Type);
    }

    [Theory]
    [InlineData("what certifications do i need", "CE")]
    [InlineData("我们要做哪些认证", "PSE")]
    public void Which_certifications_with_no_market_asks_and_lists_the_marks_held(string question, string mark)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
        Assert.Contains(mark, answer.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_entry_answers_though_the_words_around_the_fact_count_as_asked()
    {
        // Four asked words ("谈判", "时", "供应商", "报"), one of them in the entry: a quarter.
        var answer = RealAnswerer.Ask("moq谈判时供应商一般怎么报");

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("moq", answer.Entries[0].Id);
    }
}
