namespace CrossBorderBot.Tests.Scenarios;

/// <summary>The ten sellers' goals through the real bot (the "ten goals" check of the conversation work).</summary>
public sealed class SellerGoalTests
{
    public static TheoryData<string> Goals
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var goal in SellerGoals.All)
            {
                data.Add(goal.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Goals))]
    public async Task Seller_goal_is_met(string name)
    {
        var failure = await GoalRunner.FirstFailureAsync(SellerGoals.All.Single(goal => goal.Name == name));
        Assert.True(failure is null, failure);
    }

    [Fact]
    public void Half_of_the_ten_goals_are_in_chinese()
    {
        Assert.Equal(10, SellerGoals.All.Count);
        Assert.Equal(5, SellerGoals.All.Count(goal => goal.IsChinese));
    }
}
