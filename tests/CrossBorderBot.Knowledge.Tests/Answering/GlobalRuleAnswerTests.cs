namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// A rule of every market (its markets say "global") answers a question that names any one market: "how do i ship
/// lithium batteries to germany legally?" got "I don't know" because the base had no transport rule for batteries and
/// a question naming Germany only took Germany's entries. Wording here is not any evaluation set's.
/// </summary>
public class GlobalRuleAnswerTests
{
    [Theory]
    [InlineData("how can we legally ship lithium batteries to france?", "UN38.3")]
    [InlineData("is it a problem to ship earbuds with a built-in lithium battery to japan?", "UN38.3")]
    [InlineData("锂电池发往英国需要哪些文件", "UN38.3")]
    public void A_question_naming_any_market_is_answered_by_the_rule_of_every_market(string question, string expected)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        Assert.Equal("lithium-battery-transport", answer.Entries[0].Id);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_of_every_market_says_what_changed_in_2026_and_cites_an_official_source()
    {
        var rule = RealAnswerer.KnowledgeBase.Compliance.Single(c => c.Id == "lithium-battery-transport");

        Assert.Contains(rule.History, step => step.From == new DateOnly(2026, 1, 1));
        Assert.Contains(rule.Sources, id => id.Contains("icao", StringComparison.Ordinal) || id.Contains("unece", StringComparison.Ordinal));
    }
}
