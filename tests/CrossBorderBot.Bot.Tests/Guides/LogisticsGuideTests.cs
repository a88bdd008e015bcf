using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The logistics guide through the real bot: both languages, pre-fill, interruptions, the plan and its follow-up.</summary>
public sealed class LogisticsGuideTests
{
    [Fact]
    public async Task English_from_the_menu_to_ranked_channels_landed_cost_plan_and_follow_up()
    {
        using var user = new GuideSession();
        await user.SayAsync("hi");
        Assert.Contains("How much does one parcel weigh?", (await user.ClickAsync("Choose logistics")).Text);
        Assert.Contains("Skip", (await user.SayAsync("3.5 kg")).Buttons);
        Assert.Contains("declared value", (await user.SayAsync("40x30x20 cm")).Text);
        Assert.Contains("Germany", (await user.SayAsync("$25")).Buttons);
        Assert.Contains("Economy (cheapest)", (await user.SayAsync("Poland")).Buttons);
        await user.ClickAsync("Economy (cheapest)");
        await user.SayAsync("yes");
        await user.SayAsync("no");

        var result = await user.ClickAsync("Neither");

        Assert.Contains("Logistics channels: 3.5 kg of goods to Poland", result.Text);
        Assert.Contains("Ranked channels (estimates)", result.Text);
        Assert.Contains("Not suitable for this parcel", result.Text);
        Assert.Contains("Weight 3.5 kg is over its 2 kg limit.", result.Text);
        Assert.Contains("Landed cost estimate: Poland", result.Text);
        Assert.Contains("In force since", result.Text);
        Assert.Matches(@"VAT / GST\n[\d.]+ EUR", result.Text);
        Assert.Contains("DDP or DDU?", result.Text);
        Assert.Matches(@"reviewed \d{4}-\d{2}-\d{2}", result.Text);
        Assert.Equal(["Send me the plan", "Fix an issue", "Back to the menu"], result.Buttons);

        var plan = await user.ClickAsync("Send me the plan");
        Assert.Contains("Logistics plan: 3.5 kg of goods to Poland", plan.Text);
        Assert.Contains("Landed cost", plan.Text); // a section heading of its own (SectionBlock), no longer hand-built "**…**" markdown
        Assert.Equal(["Send me the plan", "Fix an issue", "Back to the menu"], plan.Buttons);

        Assert.Contains("What is the problem?", (await user.ClickAsync("Fix an issue")).Text);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Chinese_answers_in_chinese_units_and_a_typed_country_give_a_chinese_result()
    {
        using var user = new GuideSession(locale: "zh-CN");
        await user.SayAsync("你好");
        Assert.Contains("单个包裹多重", (await user.SayAsync("3")).Text);
        Assert.Contains("跳过", (await user.SayAsync("三公斤")).Buttons);
        await user.SayAsync("跳过");
        Assert.Contains("德国", (await user.SayAsync("200元")).Buttons);
        await user.SayAsync("西班牙");
        await user.SayAsync("快速");
        await user.SayAsync("是");
        await user.SayAsync("否");

        var result = await user.SayAsync("有电池");

        Assert.Contains("物流渠道：3 kg 包裹，寄往西班牙", result.Text);
        Assert.Contains("不适合本包裹的渠道", result.Text);
        Assert.Contains("重量 3 千克超过其 2 千克上限", result.Text);
        Assert.Contains("UN38.3", result.Text);
        Assert.Contains("到岸成本估算：西班牙", result.Text);
        Assert.Contains("生效日期", result.Text);
        Assert.Contains("审核于", result.Text);
        Assert.Equal(["把计划发给我", "解决问题", "返回菜单"], result.Buttons);
        Assert.Contains("物流计划：3 kg 包裹，寄往西班牙", (await user.SayAsync("我的计划")).Text);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task The_first_message_prefills_weight_category_and_destination_and_only_the_rest_is_asked()
    {
        using var user = new GuideSession();

        var first = await user.SayAsync("ship 2kg of shoes to Germany");

        Assert.Contains("I understood: 2 kg, shoes, Germany.", first.Text);
        Assert.Contains("outer dimensions", first.Question);
        Assert.Contains("declared value", (await user.SayAsync("skip")).Question);
        Assert.Contains("How fast must it arrive?", (await user.SayAsync("€30")).Question);
        await user.SayAsync("standard");
        await user.SayAsync("no");
        await user.SayAsync("no");
        var result = await user.SayAsync("neither");
        Assert.Contains("Logistics channels: 2 kg of shoes to Germany", result.Text);
        Assert.Contains("Category: Shoes", result.Text);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Where_the_channel_has_forms_the_optional_details_can_be_answered_at_once()
    {
        using var user = new GuideSession();
        await user.SayAsync("ship 2kg of shoes to Germany");
        Assert.Contains("Use these answers", user.Last.Buttons);

        var next = await user.SubmitAsync("Use these answers", new Dictionary<string, string>
        {
            ["dimensions"] = "50x40x30 cm", ["urgency"] = "fast", ["tracking"] = "yes", ["returns"] = "no", ["goods"] = "liquids",
        });
        Assert.Contains("declared value", next.Question);
        var result = await user.SayAsync("€30");

        Assert.Contains("Dimensions: 50 × 40 × 30 cm", result.Text);
        Assert.Contains("Urgency: Fast (express)", result.Text);
        Assert.Contains("Batteries / liquids: Liquids", result.Text);
        Assert.Contains("Charged by volume", result.Text);
        user.Cards.AssertAllValid();
    }

    [Theory]
    [InlineData("2026-06-15", false)]
    [InlineData("2026-07-15", true)]
    public async Task The_landed_cost_applies_the_rules_in_force_on_the_injected_date(string today, bool flatDutyExpected)
    {
        using var user = new GuideSession(time: new GuideFixedTime(DateTimeOffset.Parse(today + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var answer in new[] { "ship 2kg of shoes to Germany", "skip", "€30", "standard", "yes", "no" })
        {
            await user.SayAsync(answer);
        }

        var result = await user.SayAsync("neither");

        Assert.Contains($"rules in force on {today}", result.Text);
        Assert.Equal(flatDutyExpected, result.Text.Contains("Interim flat customs duty of €3 per item", StringComparison.Ordinal));
    }

    [Fact]
    public Task Help_a_free_question_back_and_cancel_inside_the_guide()
    {
        using var user = new GuideSession();
        const string ValueQuestion = "What is the declared value of the goods in one parcel, with the currency (for example $30, 200 yuan, 25 EUR)?";
        return user.Flow()
            .Send("ship 2kg of shoes to Germany").AssertReply("I understood: 2 kg, shoes, Germany.").AssertReply(_ => { })
            .Send("skip").AssertReply(ValueQuestion)
            .Send("help").AssertReply(BotText.English.Help).AssertReply(ValueQuestion)
            .Send("what does DDP mean for my customers?")
            .AssertReply(reply => Assert.Contains("Sources", BotReplies.VisibleText(reply)))
            .AssertReply(BotText.English.QuestionAnsweredResume).AssertReply(ValueQuestion)
            .Send("back").AssertReply(reply => Assert.Contains("outer dimensions", BotReplies.VisibleText(reply)))
            .Send("cancel").AssertReply(BotText.English.Cancelled)
            .AssertReply(reply => Assert.Contains("Choose logistics", BotReplies.ButtonTitles(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unknown_country_and_a_weight_without_unit_are_asked_again()
    {
        using var user = new GuideSession();
        await user.SayAsync("I need to choose a logistics channel");
        Assert.Contains("Please give the weight with a unit", (await user.SayAsync("2")).Text);
        await user.SayAsync("2 kg");
        await user.SayAsync("skip");
        await user.SayAsync("$20");
        Assert.Contains("I don't know that country or region", (await user.SayAsync("Atlantis")).Text);
        Assert.Contains("How fast must it arrive?", (await user.SayAsync("poland")).Question);
    }
}
