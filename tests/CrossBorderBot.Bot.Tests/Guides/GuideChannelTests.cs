using System.Text.Json.Nodes;
using CrossBorderBot.Channels.Terminal;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Tests.Guides;

/// <summary>Whole guides through the real doors: <c>POST /api/messages</c> with expectReplies, and the terminal chat.</summary>
public sealed class GuideChannelTests
{
    [Fact]
    public async Task The_logistics_guide_completes_through_api_messages_with_expect_replies()
    {
        using var factory = new BotWebApplicationFactory();
        var client = factory.CreateClient();
        string[] answers = ["how do I ship 2kg of shoes to Germany", "skip", "$40", "2", "yes", "no", "1"];
        var texts = new List<string>();
        foreach (var answer in answers)
        {
            var replies = await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message(answer, "c-guide-logistics"));
            texts.Add(string.Join("\n", replies.Where(reply => reply!["type"]!.GetValue<string>() == "message").Select(reply => reply!.ToJsonString())));
        }

        Assert.Contains("I understood: 2 kg, shoes, Germany.", texts[0]);
        Assert.Contains("Landed cost estimate: Germany", texts[^1]);
        Assert.Contains("Send me the plan", texts[^1]);
        var cards = JsonNode.Parse("[" + string.Join(",", texts[^1].Split('\n')) + "]")!.AsArray()
            .SelectMany(reply => reply!["attachments"]?.AsArray() ?? [])
            .Select(attachment => Newtonsoft.Json.Linq.JObject.Parse(attachment!["content"]!.ToJsonString()));
        Assert.All(cards, CardContractChecker.AssertValid);
    }

    [Fact]
    public async Task On_slack_both_guides_ask_one_question_at_a_time_and_every_block_kit_message_is_valid()
    {
        using var user = new GuideSession(channelId: "slack");
        foreach (var answer in new[] { "ship 2kg of shoes to Germany", "skip", "$40", "2", "yes", "no", "1", "2" })
        {
            await user.SayAsync(answer);
        }

        Assert.Contains("What is the problem?", user.Last.Text);
        Assert.Contains("Which market", (await user.SayAsync("1")).Question);
        Assert.Contains("Is this your problem?", (await user.SayAsync("2")).Question);
        Assert.Contains("Step 1 of 7", (await user.SayAsync("1")).Question);
        Assert.NotEmpty(user.Cards.BlockKitMessages);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task The_fix_issue_guide_completes_in_chinese_in_the_terminal_chat()
    {
        using var host = new BotTestHost();
        var chat = new TerminalChat(host.Bot, NullLogger<TerminalChat>.Instance);
        var script = string.Join("\n", ["我的包裹在德国被海关扣了", "1", .. Enumerable.Repeat("完成", 7), "1"]);
        using var output = new StringWriter();

        await chat.RunAsync(new TerminalChatOptions("t-guide-fix", "u-guide-fix", "zh-CN", Interactive: false), new StringReader(script), output, CancellationToken.None);

        var transcript = output.ToString();
        Assert.Contains("最匹配：包裹被海关扣留（扣关）", transcript);
        Assert.Contains("德国注意事项", transcript);
        Assert.Contains("第 7 步（共 7 步）", transcript);
        Assert.Contains("如何避免再次发生", transcript);
        Assert.Contains("问题处理计划：包裹被海关扣留（扣关）（德国）", transcript);
    }
}
