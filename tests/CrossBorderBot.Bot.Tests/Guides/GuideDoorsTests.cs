using System.Text.Json.Nodes;
using CrossBorderBot.Channels.Terminal;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Tests.Guides;

/// <summary>Whole guides through the other doors: <c>POST /api/messages</c> with expectReplies, Slack, and the terminal chat.</summary>
public sealed class GuideDoorsTests
{
    [Fact]
    public async Task The_platform_guide_completes_through_api_messages_with_expect_replies()
    {
        using var factory = new BotWebApplicationFactory();
        var client = factory.CreateClient();
        string[] turns = ["which platform for selling shoes in Japan", "B2C", "$800", "none", "no"];
        JsonArray replies = [];
        foreach (var text in turns)
        {
            replies = await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message(text, "c-platform", channelId: "webchat"));
        }

        var shown = replies.ToJsonString();
        Assert.Contains("Platforms that fit you", shown);
        Assert.Contains("Temu", shown);
        Assert.Contains("reviewed 2026-", shown);
        Assert.Contains("Logistics for this", shown);
    }

    [Fact]
    public async Task The_readiness_guide_completes_in_the_terminal_chat()
    {
        using var host = new BotTestHost();
        var script = string.Join("\n", "1", "2", "2", "3", "no", "yes", "20", "2", "2", "15000", "2", "2", "1", "2", "no", "2", "2", "1");
        var output = new StringWriter();

        await new TerminalChat(host.Bot, NullLogger<TerminalChat>.Instance)
            .RunAsync(new TerminalChatOptions("t-readiness", "user-1", "en-US", Interactive: false), new StringReader(script), output, CancellationToken.None);

        var transcript = output.ToString();
        Assert.Contains("(6/16) Supply chain", transcript);
        Assert.Contains("Readiness: Getting ready — 52/100", transcript);
        Assert.Contains("Readiness plan: Getting ready (52/100)", transcript);
        Assert.DoesNotContain("didn't understand", transcript);
    }

    [Fact]
    public async Task On_slack_readiness_is_asked_one_question_at_a_time_and_every_block_kit_message_is_valid()
    {
        using var user = new GuideSession(channelId: "slack");
        Assert.Contains("(1/16) Product:", (await user.SayAsync("check my readiness")).Text);
        foreach (var answer in new[] { "2", "2", "3", "no", "yes", "20", "2", "2", "15000", "2", "2", "1", "2", "no", "2" })
        {
            await user.SayAsync(answer);
        }

        Assert.Contains("Readiness: Getting ready — 52/100", string.Join("\n", (await user.SayAsync("2")).Replies.Select(reply => reply.AsMessageActivity().Text)));
        Assert.NotEmpty(user.Cards.BlockKitMessages);
        user.Cards.AssertAllValid();
    }
}
