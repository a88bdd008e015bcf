using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

public class ReadinessAssessorTests
{
    private readonly ReadinessAssessor _assessor = new(FixtureData.KnowledgeBase);

    public static TheoryData<string, string, string, decimal, string, string[]> Cases => new()
    {
        // differentiation, certifications, budget → overall, level, roadmap (in order)
        // product weight 2, compliance 1, capital 1.
        { "unique", "yes", "5000", 100m, "ready", [] },
        { "same-as-others", "no", "0", 10m, "not-ready", ["get-certified", "secure-budget", "differentiate-product"] },
        // priority 2 ties are ordered by weakness: budget 40 is weaker than... differentiation 60 is not weak at all.
        { "some", "yes", "1500", 65m, "getting-ready", ["secure-budget"] },
        { "same-as-others", "yes", "1500", 45m, "getting-ready", ["differentiate-product", "secure-budget"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scores_levels_and_roadmap(string differentiation, string certifications, string budget, decimal overall, string level, string[] roadmap)
    {
        var result = _assessor.Assess(new ReadinessInput(new Dictionary<string, string>
        {
            ["product-differentiation"] = differentiation,
            ["certifications"] = certifications,
            ["monthly-budget"] = budget,
        }));

        Assert.Equal(overall, result.OverallScore);
        Assert.Equal(level, result.Level.Id);
        Assert.Equal(roadmap, result.Roadmap.Select(r => r.Step.Id));
    }

    [Fact]
    public void Weakness_orders_steps_of_equal_priority()
    {
        // Both priority 2: differentiation 20 is weaker than budget 40.
        var result = _assessor.Assess(new ReadinessInput(new Dictionary<string, string>
        {
            ["product-differentiation"] = "same-as-others",
            ["monthly-budget"] = "100",
        }));

        Assert.Equal(["differentiate-product", "secure-budget"], result.Roadmap.Select(r => r.Step.Id));
        Assert.Equal(["certifications"], result.UnansweredQuestions);
        Assert.False(result.Dimensions.Single(d => d.Dimension.Id == "compliance").Answered);
    }

    [Theory]
    [InlineData("no-such-question", "yes")]
    [InlineData("certifications", "maybe")]
    [InlineData("monthly-budget", "lots")]
    public void Invalid_answers_are_rejected(string question, string answer)
    {
        var ex = Assert.Throws<AdvisorInputException>(() => _assessor.Assess(new ReadinessInput(new Dictionary<string, string> { [question] = answer })));

        Assert.Equal("answers", ex.Field);
    }

    [Fact]
    public void No_answers_gives_the_lowest_level()
    {
        var result = _assessor.Assess(new ReadinessInput(new Dictionary<string, string>()));

        Assert.Equal(0m, result.OverallScore);
        Assert.Equal("not-ready", result.Level.Id);
        Assert.Empty(result.Roadmap);
    }
}
