using CrossBorderBot.Dialogs;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Plans;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Entries whose data carry a caveat (what could not be re-verified, and since when) say so in the logistics and
/// platform results, as answers do, and the plan keeps the caveat, so the plan sent later says it too. The expected
/// caveats are read from the loaded knowledge base, not written here.
/// </summary>
public sealed class GuideCaveatTests
{
    [Fact]
    public async Task A_logistics_result_for_a_market_with_a_caveat_shows_it_and_the_plan_keeps_it()
    {
        using var user = new GuideSession();
        var caveat = MarketCaveat(user, "de");

        var result = await FinishLogisticsAsync(user, "ship 2kg of shoes to Germany", "€30");

        Assert.Contains("Not re-verified", result.Text);
        Assert.Contains(caveat.En, result.Text);
        var plan = Assert.Single(await SavedPlansAsync(user, DialogIds.GuideLogistics));
        Assert.Contains(caveat.En, plan.Caveats ?? []);
        Assert.Contains(caveat.En, (await user.ClickAsync("Send me the plan")).Text);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task A_logistics_result_whose_entries_carry_no_caveat_shows_none()
    {
        using var user = new GuideSession();
        var kb = user.Host.Services.GetRequiredService<KnowledgeBase>();
        var market = kb.FindMarket("gb");
        Assert.True(market is not null && market.Caveat is null && market.ImportRules.All(rule => rule.Caveat is null), "the test needs a market without caveats");

        var result = await FinishLogisticsAsync(user, "ship 2kg of shoes to the UK", "£30");

        Assert.Contains("Logistics channels: 2 kg of shoes to United Kingdom", result.Text);
        Assert.DoesNotContain("Not re-verified", result.Text);
        Assert.Empty(Assert.Single(await SavedPlansAsync(user, DialogIds.GuideLogistics)).Caveats ?? []);
    }

    [Fact]
    public async Task A_platform_result_for_a_market_with_a_caveat_shows_it_in_chinese_and_the_plan_keeps_it()
    {
        using var user = new GuideSession(locale: "zh-CN");
        var caveat = MarketCaveat(user, "de");
        await user.SayAsync("帮我选平台，卖鞋到德国");
        await user.SayAsync("B2C");
        await user.SayAsync("3000元");
        await user.SayAsync("没有");

        var result = await user.SayAsync("没有");

        Assert.Contains("最适合您的平台", result.Text);
        Assert.Contains("未能重新核实的内容", result.Text);
        Assert.Contains(caveat.ZhCn, result.Text);
        Assert.Contains(caveat.ZhCn, Assert.Single(await SavedPlansAsync(user, DialogIds.GuidePlatform)).Caveats ?? []);
        Assert.Contains(caveat.ZhCn, (await user.ClickAsync("把计划发给我")).Text);
    }

    private static LocalizedText MarketCaveat(GuideSession user, string market) =>
        user.Host.Services.GetRequiredService<KnowledgeBase>().FindMarket(market)?.Caveat
        ?? throw new InvalidOperationException($"The test needs the market '{market}' to carry a caveat in the knowledge base.");

    private static async Task<GuideTurn> FinishLogisticsAsync(GuideSession user, string request, string value)
    {
        foreach (var answer in new[] { request, "skip", value, "standard", "no", "no" })
        {
            await user.SayAsync(answer);
        }

        return await user.SayAsync("neither");
    }

    private static async Task<IReadOnlyList<GuidePlan>> SavedPlansAsync(GuideSession user, string guideId)
    {
        var store = user.Host.Services.GetRequiredService<PlanStore>();
        var activity = user.Adapter.MakeActivity();
        activity.ChannelId = user.Adapter.Conversation.ChannelId;
        var context = new Microsoft.Bot.Builder.TurnContext(user.Adapter, activity);
        return await store.GetLastAsync(context, guideId, CancellationToken.None) is { } plan ? [plan] : [];
    }
}
