using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>A flood of messages from one user is slowed on every door; other users are answered as usual.</summary>
public sealed class TurnRateLimitTests
{
    private static readonly Dictionary<string, string?> Limit = new() { ["Safety:MaxTurnsPerUserPerMinute"] = "3" };

    [Fact]
    public async Task On_api_messages_a_flooding_user_gets_one_note_then_silence_and_another_user_is_answered()
    {
        using var factory = new BotWebApplicationFactory(Limit);
        var client = factory.CreateClient();

        var answers = new List<List<string>>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(MessageTexts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("help", "c-flood", channelId: "webchat"))));
        }

        Assert.All(answers.Take(3), texts => Assert.NotEmpty(texts));
        Assert.All(answers.Take(3), texts => Assert.DoesNotContain(texts, t => t.Contains("faster than I can answer", StringComparison.Ordinal)));
        Assert.Contains("faster than I can answer", Assert.Single(answers[3]), StringComparison.Ordinal);
        Assert.Empty(answers[4]);
        Assert.Empty(answers[5]);

        var other = BotActivityPayloads.Message("help", "c-calm", channelId: "webchat");
        other["from"] = new JsonObject { ["id"] = "user-2" };
        var otherTexts = MessageTexts(await BotActivityPayloads.PostForRepliesAsync(client, other));
        Assert.NotEmpty(otherTexts);
        Assert.DoesNotContain(otherTexts, t => t.Contains("faster than I can answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_direct_line_the_limit_applies_to_the_user_and_the_clock_lifts_it()
    {
        using var host = new DirectLineTestHost(settings: Limit);
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync(DirectLineTestHost.Secret, userId: "dl_flooder");
        var watermark = (await client.PollAsync(session.ConversationId, session.Token)).Watermark;

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_flooder"));
        }

        var flood = await client.PollAsync(session.ConversationId, session.Token, watermark);
        var botTexts = flood.Activities.Where(a => a["from"]!["role"]?.GetValue<string>() == "bot").Select(a => a.ToJsonString()).ToList();
        Assert.Single(botTexts, t => t.Contains("faster than I can answer", StringComparison.Ordinal));

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_flooder"));
        var after = await client.PollAsync(session.ConversationId, session.Token, flood.Watermark);
        Assert.Contains(after.Activities, a => a["from"]!["role"]?.GetValue<string>() == "bot");
        Assert.DoesNotContain(after.Activities, a => a.ToJsonString().Contains("faster than I can answer", StringComparison.Ordinal));
    }

    private static List<string> MessageTexts(JsonArray replies)
        => [.. replies.Where(r => r!["type"]!.GetValue<string>() == "message").Select(r => r!["text"]?.GetValue<string>() ?? r!.ToJsonString())];
}
