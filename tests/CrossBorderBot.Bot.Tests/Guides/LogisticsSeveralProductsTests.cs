using CrossBorderBot.Tests.TestUtilities;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Several products or parcels in one logistics request, through the real bot: none is dropped — the guide says it
/// kept them, works out the first, offers the others after the result, and "… instead" gives the next one's result
/// with the one shown before offered in its place.
/// </summary>
public sealed class LogisticsSeveralProductsTests
{
    private static readonly string[] RestOfTheGuide = ["skip", "€30", "standard", "no", "no"];

    [Fact]
    public async Task Two_products_are_both_kept_the_first_is_worked_out_and_the_second_offered_then_shown()
    {
        using var user = new GuideSession();

        var first = await user.SayAsync("ship 2kg of shoes and toys to Germany");
        Assert.Contains("You named several products: shoes, toys", first.Text);
        var result = await FinishAsync(user);
        Assert.Contains("Logistics channels: 2 kg of shoes to Germany", result.Text);
        // Named back in the user's word with the category it was read as, and switched to by that word.
        Assert.Contains("You also named toys (toys and games): say \"toys instead\"", result.Text);

        var toys = await user.SayAsync("toys instead");
        Assert.Contains("Logistics channels: 2 kg of toys and games to Germany", toys.Text);
        Assert.Contains("You also named shoes: say \"shoes instead\"", toys.Text);
        Assert.Contains("Send me the plan", toys.Buttons);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Products_with_a_weight_each_keep_their_own_weight_when_switched_to()
    {
        using var user = new GuideSession();

        await user.SayAsync("ship 2kg of shoes and 5kg of toys and games to Germany");
        var result = await FinishAsync(user);
        Assert.Contains("Logistics channels: 2 kg of shoes to Germany", result.Text);

        var toys = await user.SayAsync("toys instead");
        Assert.True(toys.Text.Contains("2 kg → 5 kg", StringComparison.Ordinal), toys.Text);
        Assert.Contains("Logistics channels: 5 kg of toys and games to Germany", toys.Text);
        Assert.Contains("You also named shoes", toys.Text);
    }

    [Fact]
    public async Task Two_parcels_by_weight_are_both_kept_and_the_second_is_offered_by_its_weight()
    {
        using var user = new GuideSession();

        var first = await user.SayAsync("I need to send a 2 kg parcel and a 5 kg parcel to France");
        Assert.Contains("You named several products: a 2 kg parcel, a 5 kg parcel", first.Text);
        var result = await FinishAsync(user);
        Assert.Contains("Logistics channels: 2 kg of goods to France", result.Text);
        Assert.Contains("You also named a 5 kg parcel: say \"5 kg instead\"", result.Text);

        var heavier = await user.SayAsync("5 kg instead");
        Assert.Contains("Logistics channels: 5 kg of goods to France", heavier.Text);
        Assert.Contains("You also named a 2 kg parcel", heavier.Text);
    }

    [Fact]
    public async Task Several_products_named_at_a_question_inside_the_guide_are_noted_and_kept()
    {
        using var user = new GuideSession();
        await PlayAsync(user,
            Say("I need to choose a logistics channel", "How much does one parcel weigh?", GuideTurnPart.Question),
            Say("2 kg of shoes and 3 kg of bags", "also bags").And("outer dimensions", GuideTurnPart.Question),
            Say("skip"),
            Say("€30"),
            Say("Germany"),
            Say("standard"),
            Say("no"),
            Say("no"),
            Say("neither", "Logistics channels: 2 kg of shoes to Germany").And("You also named bags"));
    }

    [Fact]
    public async Task Chinese_two_products_are_kept_and_offered_in_chinese()
    {
        using var user = new GuideSession(locale: "zh-CN");

        var first = await user.SayAsync("我要把2公斤鞋子和玩具寄到德国");
        Assert.Contains("您提到了几种产品", first.Text);
        foreach (var answer in new[] { "跳过", "200元", "标准", "否", "否" })
        {
            await user.SayAsync(answer);
        }

        var result = await user.SayAsync("都没有");
        Assert.Contains("寄往德国", result.Text);
        Assert.Contains("您还提到了", result.Text);
        Assert.Contains("换成", result.Text);
    }

    private static Task<GuideTurn> FinishAsync(GuideSession user) =>
        PlayAsync(user, [.. RestOfTheGuide.Select(answer => Say(answer)), Say("neither")]);
}
