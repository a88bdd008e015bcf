using System.Net;
using System.Net.Http.Json;
using CrossBorderBot.Hosting;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// The expectReplies body is written by the bot's own serializer; a Bot Framework client must read exactly what the
/// SDK's serializer would have written: the same bytes, apart from the SDK's indentation.
/// </summary>
public sealed class ReplyBodySerializerTests : IDisposable
{
    private readonly BotWebApplicationFactory _factory = new();

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    public async Task Real_replies_of_a_guide_are_written_byte_for_byte_as_the_sdk_writes_them(string channel)
    {
        var client = _factory.CreateClient();
        var conversation = "c-body-" + channel;
        var bodies = new List<string>
        {
            await PostAsync(client, BotActivityPayloads.ConversationUpdate(conversation, channelId: channel)),
            await PostAsync(client, BotActivityPayloads.Message("ship 2 kg of shoes to Germany, value 60 USD", conversation, channelId: channel)),
            await PostAsync(client, BotActivityPayloads.Message("30x20x15 cm", conversation, channelId: channel)),
            await PostAsync(client, BotActivityPayloads.Message("standard", conversation, channelId: channel)),
            await PostAsync(client, BotActivityPayloads.Message("发货到日本要多久", conversation, channelId: channel)),
        };

        var cards = 0;
        foreach (var body in bodies)
        {
            var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body, HttpHelper.BotMessageSerializerSettings)!;
            Assert.NotEmpty(replies.Activities);
            Assert.Equal(WrittenBySdk(replies), WrittenByBot(replies));
            cards += replies.Activities.Sum(reply => reply.Attachments?.Count ?? 0);
        }

        Assert.True(cards > 0, "no reply carried a card, so the content shortcut was not compared");
    }

    [Fact]
    public void Dates_time_spans_streams_and_typed_content_are_written_as_the_sdk_writes_them()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            Timestamp = new DateTimeOffset(2026, 12, 3, 16, 5, 0, 120, TimeSpan.FromHours(8)),
            LocalTimestamp = new DateTimeOffset(2026, 12, 3, 16, 5, 0, TimeSpan.Zero),
            Text = "价格 <b>\"60\"</b> & more\u2028",
            Value = new JObject { ["when"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), ["wait"] = TimeSpan.FromMinutes(90) },
            Attachments =
            [
                new Attachment("application/vnd.microsoft.card.adaptive", content: new JObject
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "日本 2–5 天", ["size"] = 1.5, ["wrap"] = true, ["due"] = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), ["span"] = TimeSpan.FromDays(2) }),
                    ["empty"] = null,
                }),
                new Attachment("application/vnd.microsoft.card.hero", content: new HeroCard("Title", text: "text", buttons: [new CardAction(ActionTypes.ImBack, "Go", value: "go")])),
                new Attachment("application/octet-stream", content: new MemoryStream([1, 2, 3])),
                new Attachment("text/plain", content: "plain"),
            ],
            SuggestedActions = new SuggestedActions(actions: [new CardAction(ActionTypes.ImBack, "Yes", value: "yes")]),
        };
        var body = new ExpectedReplies([reply, new Activity(ActivityTypes.Trace) { Name = "t", Value = new { a = 1, b = (string?)null } }]);

        Assert.Equal(WrittenBySdk(body), WrittenByBot(body));
    }

    [Fact]
    public async Task The_expect_replies_response_carries_its_length_and_the_same_bytes()
    {
        var client = _factory.CreateClient();
        await PostAsync(client, BotActivityPayloads.ConversationUpdate("c-length"));

        using var response = await client.PostAsJsonAsync("/api/messages", BotActivityPayloads.Message("ship 2 kg of shoes to Germany, value 60 USD", "c-length"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // The header as the server sent it (HttpClient would compute a length of a buffered body itself).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var sent), "no Content-Length was sent");
        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(sent));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(System.Text.Encoding.UTF8.GetString(bytes), HttpHelper.BotMessageSerializerSettings)!;
        Assert.NotEmpty(replies.Activities);
        Assert.Equal(WrittenBySdk(replies), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_pooled_body_grows_past_its_first_array_and_keeps_every_byte()
    {
        using var body = new PooledReplyBody();
        var expected = new byte[100_000];
        new Random(7).NextBytes(expected);
        for (var at = 0; at < expected.Length; at += 3_000)
        {
            body.Write(expected.AsSpan(at, Math.Min(3_000, expected.Length - at)));
        }

        Assert.Equal(expected, body.Written.ToArray());
        body.Clear();
        Assert.Equal(0, body.Written.Length);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<string> PostAsync(HttpClient client, System.Text.Json.Nodes.JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string WrittenBySdk(object body) => JsonConvert.SerializeObject(body, Formatting.None, HttpHelper.BotMessageSerializerSettings);

    private static string WrittenByBot(object body)
    {
        using var buffer = ReplyBodySerializer.Write(body);
        return new StreamReader(buffer).ReadToEnd();
    }
}
