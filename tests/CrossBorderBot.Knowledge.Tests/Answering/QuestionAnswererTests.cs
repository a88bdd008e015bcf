using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Answering.Evaluation;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Answering;

public class QuestionAnswererTests
{
    [Fact]
    public void A_rate_is_answered_from_the_typed_model_first()
    {
        var answer = RealAnswerer.Ask("What is the standard VAT rate in the UK?");

        Assert.True(answer.Answered);
        Assert.True(answer.TypedFact);
        Assert.Equal("gb", answer.Entries[0].Id);
        Assert.Contains("20 %", answer.Lead);
    }

    [Fact]
    public void A_threshold_question_about_Japan_is_answered_from_Japan_not_Australia()
    {
        var answer = RealAnswerer.Ask("What is Japan's duty-free threshold for low-value imports?");

        Assert.StartsWith("jp", answer.Entries[0].Id);
        Assert.Contains("JPY 10,000", answer.Lead);
        Assert.DoesNotContain("A$", answer.Text);
    }

    [Theory]
    [InlineData("What was the US de minimis in March 2025?", "USD 800")]
    [InlineData("What was the US de minimis in June 2025?", "no exemption")]
    [InlineData("2023年2月阿联酋的免关税额度是多少？", "AED 300")]
    public void As_of_questions_use_the_rule_in_force_on_that_date(string question, string expected)
    {
        Assert.Contains(expected, RealAnswerer.Ask(question).Lead);
    }

    [Theory]
    [InlineData("What does UKCA stand for?", "UK Conformity Assessed")]
    [InlineData("What does CIF stand for?", "Freight")]
    public void An_acronym_is_expanded_in_the_lead(string question, string expansion)
    {
        Assert.Contains(expansion, RealAnswerer.Ask(question).Lead, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void How_long_to_a_named_market_gives_that_market_s_days()
    {
        var answer = RealAnswerer.Ask("How long does ePacket take to the US?");

        Assert.Equal("epacket", answer.Entries[0].Id);
        Assert.Contains("7–15 days", answer.Lead);
    }

    [Fact]
    public void A_comparison_answers_from_both_entries_with_both_sources()
    {
        var answer = RealAnswerer.Ask("9610 vs 9710, which is which?");

        Assert.Equal(2, answer.Entries.Count);
        Assert.Contains("9610", answer.Text);
        Assert.Contains("9710", answer.Text);
    }

    [Theory]
    [InlineData("What is the GST rate in Pakistan?")]
    [InlineData("巴基斯坦的进口免税额度是多少？")]
    [InlineData("What is the corporate income tax rate in Germany?")]
    [InlineData("日本的企业所得税税率是多少？")]
    [InlineData("What's the capital of France?")]
    public void Questions_the_knowledge_base_cannot_answer_get_no_answer(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void An_answer_cites_only_the_sources_of_the_entry_it_came_from()
    {
        var kb = RealAnswerer.KnowledgeBase;
        var answer = RealAnswerer.Ask("Do overseas sellers collect GST for Australian customers?");
        var entry = answer.Entries[0];
        var own = entry.Type == SearchEntryType.Compliance ? kb.FindCompliance(entry.Id)!.Sources : kb.FindGlossaryTerm(entry.Id)!.Sources;

        Assert.NotEmpty(answer.Sources);
        Assert.All(answer.Sources, s => Assert.Contains(kb.ResolveSources(own), o => o.Title == s.Title));
        Assert.All(answer.Sources, s => Assert.NotNull(s.Reviewed));
    }

    [Fact]
    public void No_answer_carries_editors_notes_file_paths_or_cut_words()
    {
        var questions = AnswerEvaluationSet.Parse(File.ReadAllLines(RealAnswerer.SetPath("dev"))).Select(c => c.Question);
        foreach (var answer in questions.Select(RealAnswerer.Ask).Where(a => a.Answered))
        {
            // The text itself never speaks of "the paper" (the source list names it by its title) nor of editors' files.
            var text = string.Join('\n', answer.Details.Concat(answer.More).Prepend(answer.Lead));
            Assert.Null(UserFacingText.EditorsPhrase(text));
            var sources = string.Join('\n', answer.Sources.Select(s => s.Title + " " + s.Publisher));
            Assert.DoesNotContain("reference copy", sources, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("shared/", sources, StringComparison.Ordinal);
            Assert.DoesNotContain("…", answer.Lead, StringComparison.Ordinal);
        }
    }
}
