using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.ScaleOut;

/// <summary>
/// Two bot processes on one PostgreSQL serve one conversation as if they were one: turns alternate between them,
/// one dies mid-guide, messages race each other across both, Direct Line and Slack land on either.
/// </summary>
public sealed class TwoInstanceTests
{
    private const string Apology = "Sorry, something went wrong";

    [SkippableFact]
    public async Task GuideCompletesWithItsTurnsAlternatingAndOneInstanceKilledMidGuide()
    {
        await using var cluster = await ScaleOutCluster.StartAsync();
        var conversation = "c-scale-guide-" + Guid.NewGuid().ToString("N");

        Assert.Contains("Parcel held at customs", await SayAsync(cluster, 0, conversation, "my parcel is held at customs in Germany"));
        Assert.Contains("Step 1 of 7", await SayAsync(cluster, 1, conversation, "yes"));
        Assert.Contains("Step 2 of 7", await SayAsync(cluster, 0, conversation, "done"));
        Assert.Contains("Step 3 of 7", await SayAsync(cluster, 1, conversation, "done"));

        // Instance 0 dies while it runs a turn of this conversation (holding its lease, perhaps before saving).
        using (var doomedClient = cluster.Client(0))
        {
            var unfinished = doomedClient.PostAsync("/api/messages", Json(BotActivityPayloads.Message("done", conversation, channelId: "webchat")));
            await Task.Delay(150);
            await cluster.KillAsync(0);
            await Record.ExceptionAsync(() => unfinished);
        }

        // The other instance takes over at step 4 or 5 (depending on whether the killed turn saved), never lost.
        var takeover = await SayAsync(cluster, 1, conversation, "done");
        Assert.Matches("Step [45] of 7", takeover);

        await cluster.RestartAsync(0);
        var finished = false;
        for (var turn = 0; turn < 8 && !finished; turn++)
        {
            var reply = await SayAsync(cluster, turn % 2, conversation, "done");
            finished = reply.Contains("To keep it from happening again", StringComparison.Ordinal);
            Assert.True(finished || reply.Contains(" of 7", StringComparison.Ordinal), $"Turn {turn} answered neither a step nor the end: {reply}");
        }

        Assert.True(finished, "The guide did not finish.");
    }

    [SkippableFact]
    public async Task TwentyConcurrentMessagesAcrossBothInstancesAreAllAnsweredAndTheConversationGoesOn()
    {
        await using var cluster = await ScaleOutCluster.StartAsync();
        var conversation = "c-scale-burst-" + Guid.NewGuid().ToString("N");
        await SayAsync(cluster, 0, conversation, "hi");
        using var first = cluster.Client(0);
        using var second = cluster.Client(1);
        var clients = new[] { first, second };

        var burst = Enumerable.Range(0, 20).Select(i => clients[i % 2].PostAsync(
            "/api/messages", Json(BotActivityPayloads.Message("help", conversation, channelId: "webchat")))).ToArray();
        var responses = await Task.WhenAll(burst);

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            Assert.NotEmpty(JsonNode.Parse(body)!["activities"]!.AsArray());
            Assert.DoesNotContain(Apology, body);
            response.Dispose();
        }

        Assert.Contains("Parcel held at customs", await SayAsync(cluster, 1, conversation, "my parcel is held at customs in Germany"));
        Assert.Contains("Step 1 of 7", await SayAsync(cluster, 0, conversation, "yes"));
    }

    [SkippableFact]
    public async Task DirectLineConversationStartedOnOneIsPostedAndPolledOnTheOther()
    {
        await using var cluster = await ScaleOutCluster.StartAsync();
        using var onFirst = new DirectLineTestClient(cluster.Client(0));
        using var onSecond = new DirectLineTestClient(cluster.Client(1));
        const string User = "dl-scale-user";

        var session = await onFirst.StartAsync(ScaleOutCluster.DirectLineSecret, userId: User);
        await onSecond.PostAsync(session.ConversationId, ScaleOutCluster.DirectLineSecret, DirectLineTestClient.Message("my parcel is held at customs in Germany", User));
        var watermark = await PollUntilAsync(onFirst, session.ConversationId, null, "Parcel held at customs");

        await onFirst.PostAsync(session.ConversationId, ScaleOutCluster.DirectLineSecret, DirectLineTestClient.Message("yes", User));
        await PollUntilAsync(onSecond, session.ConversationId, watermark, "Step 1 of 7");
    }

    [SkippableFact]
    public async Task SlackEventDeliveredToBothInstancesIsAnsweredOnce()
    {
        await using var slack = await SlackFakeWebApi.StartAsync();
        await using var cluster = await ScaleOutCluster.StartAsync(new Dictionary<string, string>
        {
            ["Slack:SigningSecret"] = SlackRequestSigner.SigningSecret,
            ["Slack:BotToken"] = "xoxb-scale-out-test",
            ["Slack:ApiBaseUrl"] = slack.BaseUrl,
        });
        using var first = cluster.Client(0);
        using var second = cluster.Client(1);

        // How many messages one delivery of a mention produces, delivered to one instance only.
        var soloTs = SlackPayloads.NowTs();
        var solo = SlackPayloads.Envelope(SlackPayloads.AppMention($"<@{SlackFakeWebApi.BotUserId}> hi", soloTs)).ToString(Newtonsoft.Json.Formatting.None);
        Assert.Equal(HttpStatusCode.OK, (await PostSlackEventAsync(first, solo)).StatusCode);
        var answeredOnce = await SettledPostCountAsync(slack, soloTs);
        Assert.True(answeredOnce > 0, "The bot did not answer the mention.");

        // The same event (one event_id) delivered to both instances at once, and retried to the first.
        var sharedTs = SlackPayloads.NowTs();
        var shared = SlackPayloads.Envelope(SlackPayloads.AppMention($"<@{SlackFakeWebApi.BotUserId}> hi", sharedTs)).ToString(Newtonsoft.Json.Formatting.None);
        var deliveries = await Task.WhenAll(PostSlackEventAsync(first, shared), PostSlackEventAsync(second, shared));
        Assert.All(deliveries, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await PostSlackEventAsync(second, shared)).StatusCode);

        Assert.Equal(answeredOnce, await SettledPostCountAsync(slack, sharedTs));
    }

    private static async Task<string> SayAsync(ScaleOutCluster cluster, int instance, string conversation, string text)
    {
        using var client = cluster.Client(instance);
        var replies = await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message(text, conversation, channelId: "webchat"));
        var all = string.Join("\n", replies.Select(reply => reply!.ToJsonString()));
        Assert.DoesNotContain(Apology, all);
        return all;
    }

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<string> PollUntilAsync(DirectLineTestClient client, string conversationId, string? watermark, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var seen = new StringBuilder();
        while (DateTime.UtcNow < deadline)
        {
            var set = await client.PollAsync(conversationId, ScaleOutCluster.DirectLineSecret, watermark);
            watermark = set.Watermark;
            foreach (var activity in set.Activities)
            {
                seen.AppendLine(activity.ToJsonString());
            }

            if (seen.ToString().Contains(expected, StringComparison.Ordinal))
            {
                return watermark;
            }

            await Task.Delay(250);
        }

        throw new Xunit.Sdk.XunitException($"'{expected}' never appeared in the polled activities:\n{seen}");
    }

    private static Task<HttpResponseMessage> PostSlackEventAsync(HttpClient client, string body)
    {
        var (timestamp, signature) = SlackRequestSigner.Sign(body, DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return client.SendAsync(request);
    }

    /// <summary>The number of messages posted into a thread, once no new one has come for two seconds.</summary>
    private static async Task<int> SettledPostCountAsync(SlackFakeWebApi slack, string threadTs)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var count = -1;
        var stableSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var now = slack.Calls.Count(call => call.Method == "chat.postMessage" && call.ThreadTs == threadTs);
            if (now != count)
            {
                count = now;
                stableSince = DateTime.UtcNow;
            }
            else if (count > 0 && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(2))
            {
                return count;
            }

            await Task.Delay(200);
        }

        return count;
    }
}
