namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The dev set of questions about the bot's own results (<see cref="ResultQuestionsDevScenarios"/>) through the real
/// bot, measured as one total with its misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~ResultQuestionsDevScenario" --logger "console;verbosity=detailed"</c>.
/// The floor only ever goes up.
/// The total is measured as the row "ResultQuestionsDevScenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class ResultQuestionsDevScenarioTests
{
    [Fact]
    public void The_dev_set_has_forty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = ResultQuestionsDevScenarios.All;
        Assert.True(all.Count >= 40, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }
}
