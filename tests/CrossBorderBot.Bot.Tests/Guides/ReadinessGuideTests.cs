using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The readiness guide through the real bot: one question at a time, as one form, interruptions, pre-fill, the plan.</summary>
public sealed class ReadinessGuideTests : IDisposable
{
    /// <summary>Answers to questions 1–15 in the model's order (choices by number); question 16 is answered by each test.</summary>
    private static readonly string[] FirstFifteen = ["2", "2", "3", "no", "yes", "20", "2", "2", "15000", "2", "2", "1", "2", "no", "2"];

    private static readonly string[] ChineseFirstFifteen = ["1", "1", "2", "是", "能", "10", "3", "2", "5万元", "2", "1", "2", "1", "是", "1"];

    private readonly BotTestHost _host = new();

    [Fact]
    public Task English_one_question_at_a_time_ends_with_level_scores_roadmap_sources_and_the_other_guides()
    {
        var chat = new GuideConversation(_host);
        return chat.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("1").AssertShows("16 questions across 8 areas")
            .AssertShows("(1/16) Product:", "Own design or clear improvements")
            .AnswerEach(FirstFifteen)
            .Send("2").AssertShows("Readiness: Getting ready — 52/100", "Score by area", "Compliance", "15", "Your roadmap",
                "Map and meet the compliance requirements", "Playbooks: Missing certification", "reviewed 2026-")
            .AssertButtons("Send me the plan", "Choose platforms", "Choose logistics", "Fix an issue", "Back to the menu")
            .Send("send me the plan").AssertShows("Readiness plan: Getting ready (52/100)", "15,000 CNY")
            .AssertReply(plan => Assert.StartsWith("# Readiness plan", plan.AsMessageActivity().Text))
            .AssertButtons("Send me the plan")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task Chinese_one_question_at_a_time_gets_a_chinese_result()
    {
        var chat = new GuideConversation(_host, locale: "zh-CN");
        return chat.Flow()
            .Send("你好").AssertReply(_ => { })
            .Send("1").AssertShows("共 16 个问题")
            .AssertShows("（1/16）产品：")
            .AnswerEach(ChineseFirstFifteen)
            .Send("1").AssertShows("准备度：可以规模化", "各方面得分", "您的路线图", "审核于")
            .AssertButtons("把计划发给我", "选择平台", "选择物流", "解决问题", "返回菜单")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task On_web_chat_the_whole_questionnaire_is_one_form_and_its_submit_gives_the_result()
    {
        var chat = new GuideConversation(_host, channelId: "webchat");
        var answers = new Dictionary<string, string>
        {
            ["product-differentiation"] = "some", ["product-quality-control"] = "spot-checks", ["compliance-certifications"] = "unknown",
            ["compliance-tax-registration"] = "no", ["supply-small-batches"] = "yes", ["supply-lead-time"] = "20",
            ["team-cross-border-staff"] = "2", ["team-foreign-language"] = "english-only", ["capital-monthly-budget"] = "15000",
            ["capital-cash-cycle"] = "3-6-months", ["digital-ecommerce-experience"] = "domestic", ["digital-data-marketing"] = "regularly",
            ["brand-trademark"] = "china-only", ["brand-ip-check"] = "no", ["logistics-channel-choice"] = "one-forwarder",
            ["logistics-returns-tracking"] = "tracked-only",
        };
        var flow = chat.Flow()
            .Send("check my readiness").AssertShows("16 questions")
            .AssertReply(form =>
            {
                var inputs = BotReplies.Cards(form).SelectMany(card => card.SelectTokens("$..body[?(@.type =~ /Input\\..*/)].id")).Select(id => id.ToString());
                Assert.Equal(answers.Keys.Order(), inputs.Order());
                Assert.Contains("One question at a time", BotReplies.ButtonTitles(form));
            });
        return chat.Submit(flow, () => chat.ButtonData("See my result", answers))
            .AssertShows("Readiness: Getting ready — 52/100")
            .AssertButtons("Choose platforms")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task A_form_sent_with_gaps_asks_only_the_missing_questions_in_chinese()
    {
        var chat = new GuideConversation(_host, channelId: "webchat", locale: "zh-CN");
        var flow = chat.Flow()
            .Send("评估我的出海准备度").AssertReply(_ => { })
            .AssertShows("出海准备度评估", "逐题回答");
        return chat.Submit(flow, () => chat.ButtonData("查看结果", new Dictionary<string, string> { ["product-differentiation"] = "unique", ["supply-lead-time"] = "abc" }))
            .AssertShows("有 15 个答案缺失或不清楚")
            .AssertShows("（2/16）产品：")
            .Send("back").AssertShows("出海准备度评估")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task One_question_at_a_time_can_be_chosen_instead_of_the_form()
    {
        var chat = new GuideConversation(_host, channelId: "webchat");
        var flow = chat.Flow().Send("check my readiness").AssertReply(_ => { }).AssertReply(_ => { });
        return chat.Submit(flow, () => chat.ButtonData("One question at a time"))
            .AssertShows("(1/16) Product:")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task Help_back_a_free_question_and_cancel_inside_the_guide()
    {
        var chat = new GuideConversation(_host);
        return chat.Flow()
            .Send("check my readiness").AssertReply(_ => { }).AssertShows("(1/16)")
            .Send("1").AssertShows("(2/16)")
            .Send("help").AssertReply(BotText.English.Help).AssertShows("(2/16)")
            .Send("back").AssertShows("(1/16)")
            .Send("1").AssertShows("(2/16)")
            .Send("what is IOSS and when do I need it?").AssertShows("reviewed")
            .AssertReply(BotText.English.QuestionAnsweredResume).AssertShows("(2/16)")
            .Send("1").AssertShows("(3/16)")
            .Send("cancel").AssertReply(BotText.English.Cancelled).AssertButtons("Choose platforms")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task What_the_first_message_says_is_not_asked_again() =>
        new GuideConversation(_host).Flow()
            .Send("check my readiness, we have CE certificates").AssertShows("I noted: Compliance — Yes, for all products and markets")
            .AssertShows("(1/16)")
            .Send("1").AssertShows("(2/16)")
            .Send("1").AssertShows("(4/16)")
            .StartTestAsync();

    [Fact]
    public Task Choose_platforms_at_the_end_starts_the_platform_guide_with_the_budget_filled_in()
    {
        var chat = new GuideConversation(_host);
        return chat.Flow()
            .Send("check my readiness").AssertReply(_ => { }).AssertReply(_ => { })
            .AnswerEach(FirstFifteen)
            .Send("2").AssertReply(_ => { }).AssertReply(_ => { })
            .Send("Choose platforms").AssertShows("15,000 CNY")
            .AssertShows("Who will you sell to?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_last_plan_is_shown_in_a_new_conversation_of_the_same_user()
    {
        await new GuideConversation(_host).Flow()
            .Send("check my readiness").AssertReply(_ => { }).AssertReply(_ => { })
            .AnswerEach(FirstFifteen)
            .Send("2").AssertReply(_ => { }).AssertReply(_ => { })
            .StartTestAsync();

        await new GuideConversation(_host, conversationId: "guide-2").Flow()
            .Send("show my last plan").AssertShows("Readiness plan: Getting ready (52/100)")
            .AssertReply(plan => Assert.StartsWith("# Readiness plan", plan.AsMessageActivity().Text))
            .StartTestAsync();
    }

    public void Dispose() => _host.Dispose();
}
