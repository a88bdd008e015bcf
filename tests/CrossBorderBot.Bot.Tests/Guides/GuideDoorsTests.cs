using System.Text.Json.Nodes;
using CrossBorderBot.Channels.Terminal;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Tests.Guides;

/// <summary>A whole guide through the other doors: <c>POST /api/messages</c> with expectReplies, and the terminal chat.</summary>
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
        Assert.Contains("# Readiness plan: Getting ready (52/100)", transcript);
        Assert.DoesNotContain("didn't understand", transcript);
    }
}
