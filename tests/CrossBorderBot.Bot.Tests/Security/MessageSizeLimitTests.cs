using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// A message longer than the bot reads (<c>Safety:MaxMessageCharacters</c>, typed or in a card submit) gets a short
/// note on every door, and the conversation goes on where it was; other activities are cut to the limit and answered.
/// </summary>
public sealed class MessageSizeLimitTests : IDisposable
{
    private const string TooLong = "too long for me to read";

    private readonly BotWebApplicationFactory _factory = new(new Dictionary<string, string?> { ["Safety:MaxMessageCharacters"] = "500" });

    [Fact]
    public async Task A_long_text_in_a_guide_gets_only_the_note_and_a_text_at_the_limit_is_read()
    {
        var client = _factory.CreateClient();
        var question = MessageTexts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("I want to choose a logistics channel", "c-long")));

        var note = MessageTexts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("ship " + new string('9', 501), "c-long")));
        var atLimit = MessageTexts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message(new string('9', 500), "c-long")));

        Assert.Contains(TooLong, Assert.Single(note), StringComparison.Ordinal);
        Assert.NotEmpty(question);
        Assert.DoesNotContain(atLimit, text => text.Contains(TooLong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_card_submit_with_a_huge_value_gets_the_note_in_chinese_for_a_chinese_user()
    {
        var submit = BotActivityPayloads.Message(string.Empty, "c-long-submit", channelId: "webchat");
        submit["locale"] = "zh-CN";
        submit["value"] = new JsonObject { ["verb"] = "choose", ["value"] = new string('8', 50_000) };

        var note = MessageTexts(await BotActivityPayloads.PostForRepliesAsync(_factory.CreateClient(), submit));

        Assert.Contains("这条消息太长了", Assert.Single(note), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_direct_line_the_long_message_gets_the_note_too()
    {
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?> { ["Safety:MaxMessageCharacters"] = "500" });
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync(DirectLineTestHost.Secret, userId: "dl_long");
        var watermark = (await client.PollAsync(session.ConversationId, session.Token)).Watermark;

        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message(new string('好', 600), "dl_long"));

        var replies = (await client.PollAsync(session.ConversationId, session.Token, watermark)).Activities
            .Where(a => a["from"]!["role"]?.GetValue<string>() == "bot").ToList();
        Assert.Contains("这条消息太长了", Assert.Single(replies)["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static List<string> MessageTexts(JsonArray replies)
        => [.. replies.Where(r => r!["type"]!.GetValue<string>() == "message").Select(r => r!["text"]?.GetValue<string>() ?? r!.ToJsonString())];
}
