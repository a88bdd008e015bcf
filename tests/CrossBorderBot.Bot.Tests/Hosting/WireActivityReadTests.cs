using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Hosting;
using CrossBorderBot.Hosting.Wire;
using CrossBorderBot.Tests.Fuzz;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// An incoming activity is read by System.Text.Json (<c>Hosting/Wire/ActivityJsonReader</c>); the turn must see the
/// objects the SDK's serializer (Json.NET) builds from the same body: same properties, same value types (long or
/// double, string or date and its kind), same order of members in JSON trees. Compared on payloads shaped as each
/// channel sends them, on awkward hand-made ones, and on seeded random ones.
/// </summary>
public sealed class WireActivityReadTests
{
    public static TheoryData<string, string> ChannelPayloads()
    {
        var teams = TeamsPayloads.NewConversationId("personal");
        var channel = TeamsPayloads.NewConversationId("channel");
        var data = new TheoryData<string, string>
        {
            { "msteams message with mention", TeamsPayloads.Message(channel, "channel", "ship 2 kg to Germany", mentionBot: true).ToString() },
            { "msteams card submit", TeamsPayloads.Submit(teams, "personal", new JObject { ["action"] = "guide", ["weight"] = 2.5, ["count"] = 3, ["when"] = "2026-12-03T08:00:00Z" }, "card-1").ToString() },
            { "msteams Action.Execute", TeamsPayloads.Execute(teams, "personal", "answer", new JObject { ["choice"] = "standard" }, "card-2").ToString() },
            { "msteams members added", TeamsPayloads.BotAdded(channel, "channel").ToString() },
            { "msteams installation", TeamsPayloads.Installed(teams, "groupChat").ToString() },
            { "msteams search", TeamsPayloads.SearchQuery(teams, "searchKnowledge", "vat 德国", 5, 10).ToString() },
            { "emulator message", BotActivityPayloads.Message("ship 2 kg of shoes to Germany", "c1").ToJsonString() },
            { "webchat welcome", BotActivityPayloads.ConversationUpdate("c2", channelId: "webchat").ToJsonString() },
        };

        var webchat = BotActivityPayloads.Message("发货到日本要多久", "c3", channelId: "webchat");
        webchat["channelData"] = new JsonObject { ["clientActivityID"] = "1733212800000abc", ["clientTimestamp"] = "2026-12-03T08:00:00.123Z" };
        webchat["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true, ["supportsListening"] = true, ["supportsTts"] = true });
        webchat["localTimestamp"] = "2026-12-03T16:00:00.123+08:00";
        webchat["localTimezone"] = "Asia/Shanghai";
        webchat["textFormat"] = "plain";
        data.Add("webchat message", webchat.ToJsonString());

        var directLineUpload = BotActivityPayloads.Message(string.Empty, "c4", channelId: "directline");
        directLineUpload["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.test/a.png", ["name"] = "a.png" });
        data.Add("directline upload", directLineUpload.ToJsonString());

        var slack = new JObject
        {
            ["type"] = "message",
            ["id"] = "9f0c",
            ["timestamp"] = "2026-12-03T08:00:00.1234567Z",
            ["channelId"] = "slack",
            ["serviceUrl"] = "https://slack.botframework.com/",
            ["conversation"] = new JObject { ["id"] = "B0BOTID001:T0TEAM0001:D0DIRECT01", ["isGroup"] = false },
            ["from"] = new JObject { ["id"] = "U0USER0001:T0TEAM0001", ["name"] = "li.wei" },
            ["recipient"] = new JObject { ["id"] = "B0BOTID001:T0TEAM0001", ["name"] = "crossborderbot" },
            ["text"] = string.Empty,
            ["channelData"] = new JObject
            {
                ["SlackMessage"] = new JObject { ["ts"] = "1733212800.000100", ["event_time"] = 1733212800, ["authed_users"] = new JArray("U0BOT") },
                ["Payload"] = new JObject
                {
                    ["type"] = "block_actions",
                    ["actions"] = new JArray(new JObject { ["type"] = "button", ["action_id"] = "guide:logistics", ["value"] = "{\"a\":1}", ["action_ts"] = "1733212800.1" }),
                },
                ["ApiToken"] = null,
            },
            ["deliveryMode"] = "expectReplies",
        };
        data.Add("slack via Bot Service", slack.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(ChannelPayloads))]
    public void Channel_payloads_are_read_by_the_wire_reader_into_what_the_sdk_builds(string kind, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var read = ActivityJsonReader.TryRead(body);

        Assert.True(read is not null, kind + " was left to the SDK's serializer");
        Assert.Equal(Describe(BotFrameworkTurn.ReadWithJsonNet(body)), Describe(read));
    }

    [Theory]
    [InlineData("""{"type":"message","text":"a","text":"b","from":{"id":"u"},"extra":1,"extra":[2],"Extra":3}""")]
    [InlineData("""{"type":"message","text":null,"value":{"a":1,"b":2,"a":3},"channelData":[1,1.0,-0,1e3,12345678901234567890123,true,null,""]}""")]
    [InlineData("""{"type":"message","value":"2026-12-03T08:00:00","channelData":{"d":["2026-12-03T08:00:00Z","2026-12-03T08:00:00+08:00","2026-12-03T08:00:00.12345678Z","2026-12-03 08:00:00Z","/Date(1733212800000)/","/Date(x)/","2026-12-03","2026-12-03T25:00:00Z"]}}""")]
    [InlineData("""{"type":"message","timestamp":"2026-12-03T08:00:00","localTimestamp":"2026-12-03T08:00:00.5-05:30","expiration":"2026-12-03T08:00:00.1234567+14:00"}""")]
    [InlineData("""{"type":"message","timestamp":"/Date(1733212800000+0800)/","localTimestamp":"Tue, 03 Dec 2026 08:00:00 GMT"}""")]
    [InlineData("""{"Type":"message","TEXT":"case"}""")]
    [InlineData("""{"type":"message","id":5,"conversation":{"isGroup":"true","id":"c"}}""")]
    [InlineData("""{"type":"message","from":{"id":"a"},"from":{"name":"b"},"membersAdded":[{"id":"x"},null],"membersAdded":[{"id":"y"}]}""")]
    [InlineData("""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"}}]}""")]
    [InlineData("""{"type":"message","entities":[{"type":"mention","mentioned":{"id":"b"},"text":"<at>b</at>"},null],"properties":{"x":1},"suggestedActions":{"actions":[{"type":"imBack","value":{"v":1},"extra":2}],"to":["u"]}}""")]
    [InlineData("""{"type":"message","relatesTo":{"activityId":"1"},"textHighlights":[{"text":"t","occurrence":1}]}""")]
    [InlineData("""{"type":"message", /* comment */ "text":'single'}""")]
    [InlineData("\uFEFF{\"type\":\"message\",\"text\":\"\\u00e9\\ud83d\\ude00 \\\"q\\\"\"}")]
    [InlineData("""{"type":"message","value":1e400,"listenFor":["a",null],"historyDisclosed":false}""")]
    public void Awkward_bodies_are_read_as_the_sdk_reads_them_or_left_to_it(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var expected = Describe(BotFrameworkTurn.ReadWithJsonNet(body));

        // Whichever reader takes the body, the turn sees the same activity.
        Assert.Equal(expected, Describe(BotFrameworkTurn.ReadActivity(body)));
        if (ActivityJsonReader.TryRead(body) is { } read)
        {
            Assert.Equal(expected, Describe(read));
        }
    }

    [Fact]
    public void Seeded_random_activities_are_read_as_the_sdk_reads_them()
    {
        var fuzz = new FuzzInputs(20261204);
        var readByWire = 0;
        for (var i = 0; i < 400; i++)
        {
            var activity = new JsonObject
            {
                ["type"] = fuzz.ActivityType(),
                ["id"] = fuzz.Chance(0.9) ? fuzz.Text() : fuzz.Value(1)?.DeepClone(),
                ["channelId"] = fuzz.Channel(),
                ["serviceUrl"] = "http://127.0.0.1:9/",
                ["from"] = new JsonObject { ["id"] = fuzz.Text(), ["name"] = fuzz.Text(), [fuzz.Text()] = fuzz.Value(2) },
                ["conversation"] = new JsonObject { ["id"] = "c" + i, ["isGroup"] = fuzz.Chance(0.5) },
                ["text"] = fuzz.Chance(0.9) ? fuzz.Text() : fuzz.Value(1),
                ["locale"] = fuzz.Pick(["en-US", "zh-CN", string.Empty]),
                ["timestamp"] = DateTimeOffset.UnixEpoch.AddSeconds(fuzz.Next(int.MaxValue)).ToOffset(TimeSpan.FromMinutes(15 * (fuzz.Next(57) - 28))).ToString(fuzz.Pick(["o", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffzzz"]), CultureInfo.InvariantCulture),
            };
            if (fuzz.Chance(0.6))
            {
                activity["value"] = fuzz.Value(4);
            }

            if (fuzz.Chance(0.6))
            {
                activity["channelData"] = fuzz.Value(4);
            }

            if (fuzz.Chance(0.4))
            {
                activity["entities"] = new JsonArray(fuzz.Object(3), fuzz.Object(2));
            }

            if (fuzz.Chance(0.3))
            {
                activity[fuzz.Text()] = fuzz.Value(3);
            }

            var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
            if (ActivityJsonReader.TryRead(body) is { } read)
            {
                readByWire++;
                Assert.Equal(Describe(BotFrameworkTurn.ReadWithJsonNet(body)), Describe(read));
            }
        }

        Assert.True(readByWire > 300, $"only {readByWire} of 400 bodies were read by the wire reader");
    }

    // Every value of the activity with its .NET type (and a date's kind and offset), in the order Json.NET writes
    // members and the order of each JSON tree's members: equal text means equal objects for the turn.
    private static string Describe(Activity? activity)
    {
        if (activity is null)
        {
            return "(no activity)";
        }

        var serializer = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings { DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind, DateParseHandling = DateParseHandling.None });
        var text = new StringBuilder();
        Describe(JToken.FromObject(activity, serializer), text);
        return text.ToString();
    }

    private static void Describe(JToken token, StringBuilder text)
    {
        switch (token)
        {
            case JObject json:
                text.Append('{');
                foreach (var property in json.Properties())
                {
                    text.Append(property.Name).Append('=');
                    Describe(property.Value, text);
                    text.Append(';');
                }

                text.Append('}');
                break;
            case JArray array:
                text.Append('[');
                foreach (var item in array)
                {
                    Describe(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case JValue value:
                text.Append(value.Type).Append(':').Append(value.Value?.GetType().Name).Append(':').Append(value.Value switch
                {
                    DateTime date => date.ToString("o", CultureInfo.InvariantCulture) + "/" + date.Kind,
                    DateTimeOffset date => date.ToString("o", CultureInfo.InvariantCulture),
                    double number => number.ToString("R", CultureInfo.InvariantCulture),
                    IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
                    var other => other?.ToString(),
                });
                break;
        }
    }
}
