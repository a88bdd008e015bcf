using System.Net;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.DirectLine;

/// <summary>
/// One anonymous visitor posting the largest messages allowed must not grow the store, or the work of each post,
/// without bound: a conversation keeps a capped amount of history and a post writes only what it adds.
/// </summary>
public sealed class DirectLineLogBoundsTests
{
    private const string DirectLineKeys = "directline/";

    [Fact]
    public async Task Forty_posts_of_the_largest_allowed_message_keep_storage_and_per_post_writes_bounded()
    {
        var storage = new MeasuredStorage { CountWritesUnder = DirectLineKeys };
        using var host = new DirectLineTestHost(configureServices: services => services.AddSingleton<IStorage>(storage));
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync((await client.GenerateTokenAsync(DirectLineTestHost.Secret)).Token);
        var user = DirectLineTestClient.UserOf(session.Token);
        var huge = new string('好', 262_000);
        var singlePostUtf8 = System.Text.Encoding.UTF8.GetByteCount(huge);

        var writtenPerPost = new List<long>();
        for (var i = 0; i < 40; i++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(10));
            storage.ResetWritten();
            // Raw JSON, as a browser sends it: the characters themselves, not \u escapes (which would be over the limit).
            var json = "{\"type\":\"message\",\"text\":\"" + huge + "\",\"from\":{\"id\":\"" + user + "\"},\"channelData\":{\"clientActivityID\":\"huge-" + i + "\"}}";
            using var response = await client.PostRawAsync(session.ConversationId, session.Token, json);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            writtenPerPost.Add(storage.WrittenBytes);
        }

        // Kept: the cap (4 MB by default) plus at most the one activity that crossed it, and the small index.
        var (documents, bytes) = storage.Live(DirectLineKeys);
        Assert.InRange(bytes, 1, (4 * 1024 * 1024) + (2 * singlePostUtf8));
        Assert.InRange(documents, 2, 20);

        // Each post writes its echo, the bot's reply and the index: about one message, never the history.
        Assert.All(writtenPerPost, written => Assert.InRange(written, singlePostUtf8, 2 * singlePostUtf8));
        Assert.InRange(writtenPerPost[^1], 0, writtenPerPost[4] * 1.2);

        // The newest activities are still there and readable, the oldest are gone.
        var poll = await client.PollAsync(session.ConversationId, session.Token);
        Assert.DoesNotContain(poll.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "huge-0");
        var all = new List<System.Text.Json.Nodes.JsonObject>(poll.Activities);
        var watermark = poll.Watermark;
        while (true)
        {
            var next = await client.PollAsync(session.ConversationId, session.Token, watermark);
            if (next.Activities.Count == 0)
            {
                break;
            }

            all.AddRange(next.Activities);
            watermark = next.Watermark;
        }

        Assert.Contains(all, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "huge-39");
    }

    [Fact]
    public async Task A_poll_returns_only_what_is_past_its_watermark_and_a_large_backlog_comes_in_pages()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:MaxPollBytes"] = (128 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        using var host = new DirectLineTestHost(settings: settings);
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync(DirectLineTestHost.Secret, userId: "dl_pager");
        var first = await client.PollAsync(session.ConversationId, session.Token);
        for (var i = 0; i < 4; i++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(10));
            await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message(new string('x', 100_000), "dl_pager", $"big-{i}"));
        }

        var seen = new List<System.Text.Json.Nodes.JsonObject>();
        var watermark = first.Watermark;
        var polls = 0;
        while (polls++ < 20)
        {
            using var response = await client.PollRawAsync(session.ConversationId, session.Token, watermark);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var activities = page["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
            if (activities.Count == 0)
            {
                break;
            }

            Assert.True(activities.Count == 1 || activities.Sum(a => a.ToJsonString().Length) <= 128 * 1024, "a poll stays within its budget unless one activity is larger");
            seen.AddRange(activities);
            watermark = page["watermark"]!.GetValue<string>();
        }

        Assert.True(polls > 3, "a backlog larger than one poll's budget comes in several polls");
        Assert.Equal(seen.Count, seen.Select(a => a["id"]!.GetValue<string>()).Distinct().Count());
        for (var i = 0; i < 4; i++)
        {
            Assert.Single(seen, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == $"big-{i}");
        }
    }
}
