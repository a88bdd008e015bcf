using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using static CrossBorderBot.Tests.Guides.GuideExchange;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The readiness guide through the real bot: one question at a time, as one form, interruptions, pre-fill, the plan.</summary>
public sealed class ReadinessGuideTests
{
    /// <summary>Answers to the model's 16 questions in order (choices by number): 52/100, "Getting ready".</summary>
    private static readonly string[] EnglishAnswers = ["2", "2", "3", "no", "yes", "20", "2", "2", "15000", "2", "2", "1", "2", "no", "2", "2"];

    private static readonly string[] ChineseAnswers = ["1", "1", "2", "是", "能", "10", "3", "2", "5万元", "2", "1", "2", "1", "是", "1", "1"];

    /// <summary>The same answers as <see cref="EnglishAnswers"/>, as the form's inputs send them.</summary>
    private static readonly Dictionary<string, string> FormAnswers = new()
    {
        ["product-differentiation"] = "some", ["product-quality-control"] = "spot-checks", ["compliance-certifications"] = "unknown",
        ["compliance-tax-registration"] = "no", ["supply-small-batches"] = "yes", ["supply-lead-time"] = "20",
        ["team-cross-border-staff"] = "2", ["team-foreign-language"] = "english-only", ["capital-monthly-budget"] = "15000",
        ["capital-cash-cycle"] = "3-6-months", ["digital-ecommerce-experience"] = "domestic", ["digital-data-marketing"] = "regularly",
        ["brand-trademark"] = "china-only", ["brand-ip-check"] = "no", ["logistics-channel-choice"] = "one-forwarder",
        ["logistics-returns-tracking"] = "tracked-only",
    };

    [Fact]
    public async Task English_one_question_at_a_time_ends_with_level_scores_roadmap_sources_and_the_other_guides()
    {
        using var user = new GuideSession();
        await user.SayAsync("hi");
        var start = await user.ClickAsync("Check my readiness to sell abroad");
        Assert.Contains("16 questions across 8 areas", start.Text);
        Assert.Contains("(1/16) Product:", start.Question);
        Assert.Contains("Own design or clear improvements", start.Buttons);

        var result = await AnswerAllAsync(user, EnglishAnswers);

        Assert.Contains("Readiness: Getting ready — 52/100", result.Text);
        Assert.Contains("Score by area", result.Text);
        Assert.Matches(@"Compliance\n15\n2/2", result.Text);
        Assert.Contains("1. **Map and meet the compliance requirements of each target market**", result.Text);
        Assert.Contains("(Playbooks: Missing certification", result.Text);
        Assert.Matches(@"reviewed \d{4}-\d{2}-\d{2}", result.Text);
        Assert.Equal(["Send me the plan", "Choose platforms", "Choose logistics", "Fix an issue", "Back to the menu"], result.Buttons);

        var plan = await user.ClickAsync("Send me the plan");
        Assert.Contains("Readiness plan: Getting ready (52/100)", plan.Text);
        Assert.Contains("15,000 CNY", plan.Text);
        Assert.Equal("Send me the plan", plan.Buttons[0]);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Chinese_one_question_at_a_time_gets_a_chinese_result()
    {
        using var user = new GuideSession(locale: "zh-CN");
        await user.SayAsync("你好");
        var start = await user.SayAsync("1");
        Assert.Contains("共 16 个问题", start.Text);
        Assert.Contains("（1/16）产品：", start.Question);

        var result = await AnswerAllAsync(user, ChineseAnswers);

        Assert.Contains("准备度：可以规模化——86/100 分", result.Text);
        Assert.Contains("各方面得分", result.Text);
        Assert.Contains("（应对手册：", result.Text);
        Assert.Contains("审核于", result.Text);
        Assert.Equal(["把计划发给我", "选择平台", "选择物流", "解决问题", "返回菜单"], result.Buttons);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task On_web_chat_the_whole_questionnaire_is_one_form_and_its_submit_gives_the_result()
    {
        using var user = new GuideSession(channelId: "webchat");
        var form = await user.SayAsync("check my readiness");
        var inputs = form.Replies.SelectMany(BotReplies.Cards).SelectMany(card => card.SelectTokens("$..body[?(@.type =~ /Input\\..*/)].id")).Select(id => id.ToString());
        Assert.Equal(FormAnswers.Keys.Order(), inputs.Order());
        Assert.Equal(["See my result", "One question at a time"], form.Buttons);

        var result = await user.SubmitAsync("See my result", FormAnswers);

        Assert.Contains("Readiness: Getting ready — 52/100", result.Text);
        Assert.Contains("Choose platforms", result.Buttons);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task A_form_sent_with_gaps_asks_only_the_missing_questions_and_back_shows_the_form_again()
    {
        using var user = new GuideSession(locale: "zh-CN", channelId: "webchat");
        Assert.Contains("出海准备度评估", (await user.SayAsync("评估我的出海准备度")).Text);

        var gaps = await user.SubmitAsync("查看结果", new Dictionary<string, string> { ["product-differentiation"] = "unique", ["supply-lead-time"] = "abc" });

        Assert.Contains("有 15 个答案缺失或不清楚", gaps.Text);
        Assert.Contains("（2/16）产品：", gaps.Question);
        Assert.Contains("出海准备度评估", (await user.SayAsync("返回")).Text);
        user.Cards.AssertAllValid();
    }

    [Theory]
    [InlineData("en-US", "just ask me the questions one by one", "(1/16) Product:")]
    [InlineData("en-US", "step by step please", "(1/16) Product:")]
    [InlineData("zh-CN", "一个一个问吧", "（1/16）产品：")]
    [InlineData("zh-CN", "还是挨个问我好了", "（1/16）产品：")]
    public async Task One_question_at_a_time_can_be_asked_for_in_a_sentence(string locale, string reply, string firstQuestion)
    {
        using var user = new GuideSession(locale: locale, channelId: "webchat");
        await user.SayAsync(locale == "zh-CN" ? "评估我的出海准备度" : "check my readiness");

        Assert.Contains(firstQuestion, (await user.SayAsync(reply)).Question);
    }

    [Theory]
    // A reply that answers none of the form's questions ("about 30 days from order to shipping" was one until the lead
    // time was read in those words; a reply that answers some is taken and the form comes back filled in).
    [InlineData("en-US", "germany and france mainly", "(1/16) Product:")]
    [InlineData("zh-CN", "我们工厂在宁波，主要做台灯", "（1/16）产品：")]
    public async Task A_reply_typed_under_the_form_switches_to_one_question_at_a_time(string locale, string reply, string firstQuestion)
    {
        using var user = new GuideSession(locale: locale, channelId: "webchat");
        await user.SayAsync(locale == "zh-CN" ? "评估我的出海准备度" : "check my readiness");

        var next = await user.SayAsync(reply);

        Assert.Contains(firstQuestion, next.Question);
        Assert.DoesNotContain(locale == "zh-CN" ? "查看结果" : "See my result", next.Buttons);
    }

    [Fact]
    public async Task One_question_at_a_time_can_be_chosen_instead_of_the_form()
    {
        using var user = new GuideSession(channelId: "webchat");
        await user.SayAsync("check my readiness");

        Assert.Contains("(1/16) Product:", (await user.ClickAsync("One question at a time")).Question);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Help_back_a_free_question_and_cancel_inside_the_guide()
    {
        using var user = new GuideSession();
        var question = await PlayAsync(user,
            Say("check my readiness", "(1/16)", GuideTurnPart.Question),
            Say("1", "(2/16)", GuideTurnPart.Question),
            Say("help", BotText.English.Help).And("(2/16)", GuideTurnPart.Question),
            Say("back", "(1/16)", GuideTurnPart.Question),
            Say("1"),
            Say("what is IOSS and when do I need it?", BotText.English.QuestionAnsweredResume).And("(2/16)", GuideTurnPart.Question));
        Assert.Matches(@"reviewed \d{4}-\d{2}-\d{2}", question.Text);

        await PlayAsync(user, Say("cancel", BotText.English.Cancelled).And("Choose platforms", GuideTurnPart.Button));
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task What_the_first_message_says_is_not_asked_again()
    {
        using var user = new GuideSession();
        await PlayAsync(user,
            Say("check my readiness, we have CE certificates", "I noted: Compliance — Yes, for all products and markets"),
            Say("1"),
            Say("1", "(4/16) Compliance:", GuideTurnPart.Question));
    }

    [Fact]
    public async Task Choose_platforms_at_the_end_starts_the_platform_guide_with_the_budget_filled_in()
    {
        using var user = new GuideSession();
        await user.SayAsync("check my readiness");
        await AnswerAllAsync(user, EnglishAnswers);

        var platform = await user.ClickAsync("Choose platforms");

        Assert.Contains("I noted: 15,000 CNY", platform.Text);
        Assert.Contains("Who will you sell to?", platform.Question);
    }

    [Fact]
    public async Task The_last_plan_is_shown_in_a_new_conversation_of_the_same_user()
    {
        using var user = new GuideSession();
        await user.SayAsync("check my readiness");
        await AnswerAllAsync(user, EnglishAnswers);

        var later = new TestAdapter(new ConversationReference
        {
            ChannelId = user.Adapter.Conversation.ChannelId,
            ServiceUrl = user.Adapter.Conversation.ServiceUrl,
            User = user.Adapter.Conversation.User,
            Bot = user.Adapter.Conversation.Bot,
            Conversation = new ConversationAccount(id: "a-later-conversation"),
        });
        await user.Host.Flow(later)
            .Send("show my last plan").AssertReply(card => Assert.Contains("Readiness plan: Getting ready (52/100)", BotReplies.VisibleText(card)))
            .AssertReply(menu => Assert.Contains("What would you like to do?", BotReplies.VisibleText(menu)))
            .StartTestAsync();
    }

    private static async Task<GuideTurn> AnswerAllAsync(GuideSession user, IEnumerable<string> answers)
    {
        GuideTurn turn = new([]);
        foreach (var answer in answers)
        {
            turn = await user.SayAsync(answer);
            Assert.DoesNotContain("didn't understand", turn.Text);
        }

        return turn;
    }
}
