using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>"Ask a question", and the interruptions in the middle of its prompts, through the real bot.</summary>
public sealed class AskQuestionConversationTests : IDisposable
{
    private const string AskPrompt = "What would you like to know? For example: \"Do I need IOSS for orders under €150?\"";

    private readonly BotTestHost _host = new();

    [Fact]
    public Task A_question_gets_sourced_answers_with_review_dates_then_an_offer_of_another() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send("What is IOSS?").AssertReply(IsSourcedAnswer)
            .AssertReply(reply => Assert.Contains(BotText.English.AskAnother, BotReplies.VisibleText(reply)))
            .Send("no").AssertReply(reply => Assert.Contains("Ask a question", BotReplies.ButtonTitles(reply)))
            .StartTestAsync();

    [Fact]
    public Task A_question_typed_at_the_menu_is_answered_at_once() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("what is the de minimis threshold in the US?").AssertReply(IsSourcedAnswer)
            .AssertReply(reply => Assert.Contains(BotText.English.AskAnother, BotReplies.VisibleText(reply)))
            .StartTestAsync();

    [Fact]
    public Task Help_in_the_middle_of_a_prompt_explains_and_asks_the_same_question_again() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send("help").AssertReply(BotText.English.Help).AssertReply(AskPrompt)
            .StartTestAsync();

    [Theory]
    [InlineData("cancel")]
    [InlineData("start over")]
    [InlineData("取消")]
    public Task Cancel_in_the_middle_of_a_prompt_leaves_the_guide_for_the_menu(string cancel) =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send(cancel)
            .AssertReply(reply => Assert.Contains(reply.AsMessageActivity().Text, new[] { BotText.English.Cancelled, BotText.Chinese.Cancelled }))
            .AssertReply(reply => Assert.Equal(5, BotReplies.ButtonTitles(reply).Count))
            .StartTestAsync();

    [Fact]
    public Task Back_returns_to_the_previous_question() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send("What is IOSS?").AssertReply(_ => { }).AssertReply(_ => { })
            .Send("back").AssertReply(AskPrompt)
            .Send("What is an HS code?").AssertReply(IsSourcedAnswer)
            .StartTestAsync();

    [Fact]
    public Task A_question_asked_in_passing_is_answered_and_the_waiting_question_is_asked_again() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send("What is IOSS?").AssertReply(_ => { }).AssertReply(_ => { })
            .Send("what does DDP mean for my customers?").AssertReply(IsSourcedAnswer)
            .AssertReply(reply => Assert.Contains(BotText.English.AskAnother, BotReplies.VisibleText(reply)))
            .Send("yes").AssertReply(AskPrompt)
            .StartTestAsync();

    [Fact]
    public Task The_language_command_switches_and_the_menu_follows() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("中文").AssertReply(BotText.Chinese.LanguageSwitched)
            .AssertReply(reply => Assert.Contains("选择物流", BotReplies.ButtonTitles(reply)))
            .Send("english").AssertReply(BotText.English.LanguageSwitched)
            .AssertReply(reply => Assert.Contains("Choose logistics", BotReplies.ButtonTitles(reply)))
            .StartTestAsync();

    [Fact]
    public Task Asking_for_a_plan_before_any_guide_says_there_is_none_yet() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("show my last plan").AssertReply(BotText.English.NoPlanYet)
            .StartTestAsync();

    [Fact]
    public Task A_factual_question_gets_the_fact_first_about_the_market_asked() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send("What is Japan's duty-free threshold for low-value imports?").AssertReply(reply =>
            {
                IsSourcedAnswer(reply);
                var lead = (string?)BotReplies.Cards(reply).Single().SelectToken("body[0].text");
                Assert.Contains("JPY 10,000", lead);
                Assert.DoesNotContain("Australia", BotReplies.VisibleText(reply));
            })
            .AssertReply(_ => { })
            .StartTestAsync();

    [Fact]
    public Task A_chinese_question_is_answered_in_chinese() =>
        _host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("5").AssertReply(AskPrompt)
            .Send("英国的增值税税率是多少？").AssertReply(reply =>
            {
                var lead = (string?)BotReplies.Cards(reply).Single().SelectToken("body[0].text");
                Assert.Contains("20 %", lead);
                Assert.Contains("英国", lead);
            })
            .AssertReply(_ => { })
            .StartTestAsync();

    [Fact]
    public async Task An_unknown_question_gets_an_honest_answer_and_lands_in_the_gap_log()
    {
        var log = Path.Combine(Path.GetTempPath(), "cbb-gaps-" + Guid.NewGuid().ToString("N") + ".jsonl");
        using var host = new BotTestHost(new Dictionary<string, string?> { ["KnowledgeGaps:Path"] = log, ["KnowledgeGaps:LogText"] = "true" });
        try
        {
            await host.Flow()
                .Send("hi").AssertReply(_ => { })
                .Send("5").AssertReply(AskPrompt)
                .Send("What's the corporate income tax rate in Singapore?").AssertReply(reply =>
                {
                    var text = BotReplies.VisibleText(reply);
                    Assert.Contains("I don't know that yet", text);
                    Assert.Contains("choose logistics", text);
                    Assert.DoesNotContain("Sources", text);
                })
                .AssertReply(_ => { })
                .StartTestAsync();

            var line = Assert.Single(await File.ReadAllLinesAsync(log));
            Assert.Contains("corporate income tax rate in Singapore", line);
            Assert.Contains("\"language\":\"en\"", line);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task A_date_before_the_rule_history_is_explained_and_still_logged_as_a_gap()
    {
        var log = Path.Combine(Path.GetTempPath(), "cbb-gaps-" + Guid.NewGuid().ToString("N") + ".jsonl");
        using var host = new BotTestHost(new Dictionary<string, string?> { ["KnowledgeGaps:Path"] = log });
        try
        {
            await host.Flow()
                .Send("hi").AssertReply(_ => { })
                .Send("5").AssertReply(AskPrompt)
                .Send("philippines de minimis in 2012?").AssertReply(reply =>
                {
                    var text = BotReplies.VisibleText(reply);
                    Assert.Contains("starts on 2016-10-25", text);
                    Assert.Contains("choose logistics", text);
                    Assert.DoesNotContain("I don't know that yet", text);
                })
                .AssertReply(_ => { })
                .StartTestAsync();

            Assert.Single(await File.ReadAllLinesAsync(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task The_gap_log_keeps_no_text_unless_the_operator_enables_it()
    {
        var log = Path.Combine(Path.GetTempPath(), "cbb-gaps-" + Guid.NewGuid().ToString("N") + ".jsonl");
        using var host = new BotTestHost(new Dictionary<string, string?> { ["KnowledgeGaps:Path"] = log });
        try
        {
            await host.Flow()
                .Send("hi").AssertReply(_ => { })
                .Send("5").AssertReply(AskPrompt)
                .Send("新加坡的企业所得税是多少？").AssertReply(reply => Assert.Contains("我还不知道", BotReplies.VisibleText(reply)))
                .AssertReply(_ => { })
                .StartTestAsync();

            var line = Assert.Single(await File.ReadAllLinesAsync(log));
            Assert.DoesNotContain("新加坡", line);
            Assert.Contains("\"hash\"", line);
            Assert.Contains("zh-CN", line);
        }
        finally
        {
            File.Delete(log);
        }
    }

    public void Dispose() => _host.Dispose();

    // The answer is a card: its lead, details, and a "Sources" list with each source's link and review date.
    private static void IsSourcedAnswer(IActivity reply)
    {
        var text = BotReplies.VisibleText(reply);
        Assert.Contains("Sources", text);
        Assert.Matches(@"reviewed \d{4}-\d{2}-\d{2}", text);
        Assert.Contains("http", text);
    }
}
