using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The logistics guide through the real bot: both languages, pre-fill, interruptions, the plan and its follow-up.</summary>
public sealed class LogisticsGuideTests
{
    [Fact]
    public async Task English_from_the_menu_to_ranked_channels_landed_cost_plan_and_follow_up()
    {
        using var user = new GuideSession();
        var result = await PlayAsync(user,
            Say("hi"),
            Click("Choose logistics", "How much does one parcel weigh?"),
            Say("3.5 kg", "Skip", GuideTurnPart.Button),
            Say("40x30x20 cm", "declared value"),
            Say("$25", "Germany", GuideTurnPart.Button),
            Say("Poland", "Economy (cheapest)", GuideTurnPart.Button),
            Click("Economy (cheapest)"),
            Say("yes"),
            Say("no"),
            Click("Neither"));

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
        var result = await PlayAsync(user,
            Say("你好"),
            Say("3", "单个包裹多重"),
            Say("三公斤", "跳过", GuideTurnPart.Button),
            Say("跳过"),
            Say("200元", "德国", GuideTurnPart.Button),
            Say("西班牙"),
            Say("快速"),
            Say("是"),
            Say("否"),
            Say("有电池"));

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

        var result = await PlayAsync(user,
            Say("ship 2kg of shoes to Germany", "I understood: 2 kg, shoes, Germany.").And("outer dimensions", GuideTurnPart.Question),
            Say("skip", "declared value", GuideTurnPart.Question),
            Say("€30", "How fast must it arrive?", GuideTurnPart.Question),
            Say("standard"),
            Say("no"),
            Say("no"),
            Say("neither"));
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
        using var user = new GuideSession(time: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse(today + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var result = await PlayAsync(user,
            Say("ship 2kg of shoes to Germany"), Say("skip"), Say("€30"), Say("standard"), Say("yes"), Say("no"), Say("neither"));

        Assert.Contains($"rules in force on {today}", result.Text);
        Assert.Equal(flatDutyExpected, result.Text.Contains("Interim flat customs duty of €3 per item", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_landed_cost_cites_the_destination_s_rules_not_every_ranked_channel_s_list()
    {
        // Channel entries cite other countries' offices (HMRC, a US executive order); eight sources at most used to fill
        // up with them before the EU rules the estimate applied.
        using var user = new GuideSession(time: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-08-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var result = await PlayAsync(user,
            Say("ship 1.2kg of kitchen mugs to Germany"), Say("30x20x15 cm"), Say("€60"), Say("cheapest"), Say("yes"), Say("no"), Say("neither"));
        var cost = result.Text[result.Text.IndexOf("Landed cost estimate: Germany", StringComparison.Ordinal)..];

        Assert.Contains("Council of the European Union", cost);
        Assert.DoesNotContain("gov.uk", cost);
        Assert.DoesNotContain("whitehouse.gov", cost);
        Assert.DoesNotContain("Verpackungsregister", cost);
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
        await PlayAsync(user,
            Say("I need to choose a logistics channel"),
            Say("2", "Please give the weight with a unit"),
            Say("2 kg"),
            Say("skip"),
            Say("$20"),
            Say("Atlantis", "I don't know that country or region"),
            Say("poland", "How fast must it arrive?", GuideTurnPart.Question));
    }
}
