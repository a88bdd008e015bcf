using System.Numerics;
using System.Text;
using CrossBorderBot.Hosting;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// The expectReplies body is written by System.Text.Json (<c>Hosting/Wire</c>); a client must get the bytes the SDK's
/// serializer (Json.NET, compact) writes for the same activities: real replies of every channel, every property of the
/// schema's types, and the awkward values (escapes, dates, numbers, extension data).
/// </summary>
public sealed class WireReplyBodyTests : IDisposable
{
    private readonly BotWebApplicationFactory _factory = new();

    public static TheoryData<string> Channels => ["webchat", "emulator", "directline", "msteams", "slack"];

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Real_replies_of_each_channel_are_written_by_the_wire_writer_as_the_sdk_writes_them(string channel)
    {
        var client = _factory.CreateClient();
        var conversation = "c-wire-" + channel + "-" + Guid.NewGuid().ToString("N");
        var activities = new List<JObject> { Activity(channel, "conversationUpdate", conversation, null) };
        foreach (var text in new[] { "ship 2 kg of shoes to Germany, value 60 USD", "30x20x15 cm", "standard", "发货到日本要多久", "help" })
        {
            activities.Add(Activity(channel, "message", conversation, text));
        }

        activities.Add(Activity(channel, "message", conversation, text: null, value: new JObject { ["action"] = "menu", ["note"] = "价格 \"60\" 😀" }));

        var cards = 0;
        var actions = 0;
        var channelData = 0;
        foreach (var activity in activities)
        {
            using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(Formatting.None), Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            var replies = JsonConvert.DeserializeObject<ExpectedReplies>(Encoding.UTF8.GetString(body), HttpHelper.BotMessageSerializerSettings)!;

            // What the endpoint sent is what the SDK writes for it, and the wire writer (not the fallback) wrote it.
            Assert.Equal(WrittenBySdk(replies), Encoding.UTF8.GetString(body));
            Assert.Equal(WrittenBySdk(replies), WrittenByWire(replies));
            cards += replies.Activities.Sum(reply => reply.Attachments?.Count ?? 0);
            actions += replies.Activities.Sum(reply => reply.SuggestedActions?.Actions?.Count ?? 0);
            channelData += replies.Activities.Count(reply => reply.ChannelData is not null);
        }

        Assert.True(cards + actions + channelData > 0, "no reply carried a card, a suggested action or channel data");
    }

    [Fact]
    public void Every_property_of_the_schema_types_is_written_as_the_sdk_writes_it()
    {
        var activity = (Activity)Populated(typeof(Activity), depth: 0);
        var body = new ExpectedReplies([activity, new Activity(ActivityTypes.Typing)]);

        Assert.Equal(WrittenBySdk(body), WrittenByWire(body));
    }

    [Fact]
    public void Escapes_dates_numbers_and_extension_data_are_written_as_the_sdk_writes_them()
    {
        var awkward = "价格 <b>\"60\"</b> & 'more' \\ / \u0001\u001f\t\n\r\b\f\u007f\u0085\u00ad\u2028\u2029\ufeff 😀 é 中 x\ud800y";
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Id = awkward,
            Timestamp = new DateTimeOffset(2026, 12, 3, 16, 5, 0, 120, TimeSpan.FromHours(8)),
            LocalTimestamp = new DateTimeOffset(2026, 12, 3, 16, 5, 0, TimeSpan.Zero),
            Expiration = new DateTimeOffset(2026, 12, 3, 16, 5, 0, TimeSpan.FromMinutes(-330)).AddTicks(1),
            Text = awkward,
            From = new ChannelAccount("bot", awkward) { Properties = new JObject { ["extra"] = null, [awkward] = 1 } },
            Value = new JObject
            {
                ["utc"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
                ["unspecified"] = new DateTime(2026, 1, 2, 3, 4, 5, 600, DateTimeKind.Unspecified),
                ["local"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Local),
                ["offset"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)),
                ["wait"] = TimeSpan.FromMinutes(90.5),
                ["doubles"] = new JArray(2.0, 0.1, 1e-7, 1.5e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0),
                ["floats"] = new JArray(2.5f, 3f),
                ["decimals"] = new JArray(2m, 2.50m, -0.001m),
                ["integers"] = new JArray(0, -1, long.MaxValue, ulong.MaxValue, new BigInteger(ulong.MaxValue) * 10, (short)7, (byte)8),
                ["other"] = new JArray(Guid.Parse("6f1a5c2e-3b4d-4e8f-9a0b-1c2d3e4f5a6b"), new Uri("https://example.test/a b?x=1"), new byte[] { 1, 2, 250 }, true, false, JValue.CreateNull(), JValue.CreateString(null), string.Empty),
                ["nested"] = new JObject { [string.Empty] = new JArray(new JArray(), new JObject()) },
            },
            ChannelData = new JObject { ["blocks"] = new JArray(new JObject { ["type"] = "section", ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = "*hi* <https://x.test|x>" } }) },
            Attachments =
            [
                new Attachment("application/vnd.microsoft.card.adaptive", content: new JObject { ["type"] = "AdaptiveCard", ["body"] = new JArray(new JObject { ["size"] = 1.5, ["text"] = awkward }) }) { Properties = new JObject { ["x"] = "y" } },
                new Attachment("text/plain", content: "plain"),
                new Attachment("image/png", contentUrl: "https://example.test/chart.png", name: "chart.png"),
            ],
            Entities = [new Entity("clientInfo") { Properties = new JObject { ["locale"] = "zh-CN", ["when"] = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc) } }],
            SuggestedActions = new SuggestedActions(to: ["u1"], actions: [new CardAction(ActionTypes.ImBack, "Yes", value: "yes"), new CardAction(ActionTypes.MessageBack, "No", value: new JObject { ["n"] = 1 }, channelData: 3.0)]),
            Properties = new JObject { ["zzz"] = new JArray(1, "2") },
        };
        var body = new ExpectedReplies([reply, new Activity(ActivityTypes.Trace) { Name = "t", Value = 2.0, MembersAdded = [null!] }, new Activity(ActivityTypes.Event) { Value = 'c', ChannelData = TimeSpan.FromSeconds(3) }]);

        // Compared as the UTF-8 both send: a lone surrogate becomes U+FFFD in the SDK's writer too.
        Assert.Equal(Encoding.UTF8.GetBytes(WrittenBySdk(body)), Encoding.UTF8.GetBytes(WrittenByWire(body)));
    }

    [Fact]
    public void A_body_with_typed_content_or_a_schema_subclass_is_written_by_the_sdk_serializer()
    {
        var typedCard = new ExpectedReplies([new Activity(ActivityTypes.Message)
        {
            Attachments = [new Attachment("application/vnd.microsoft.card.hero", content: new HeroCard("Title", text: "text", buttons: [new CardAction(ActionTypes.ImBack, "Go", value: "go")]))],
        }]);
        var mention = new ExpectedReplies([new Activity(ActivityTypes.Message) { Entities = [new Mention(new ChannelAccount("u"), "<at>u</at>")] }]);
        var anonymousValue = new ExpectedReplies([new Activity(ActivityTypes.Trace) { Value = new { a = 1, b = (string?)null } }]);

        foreach (var body in new[] { typedCard, mention, anonymousValue })
        {
            using var buffer = new PooledReplyBody();
            Assert.False(ReplyBodySerializer.TryWriteWire(body, buffer));
            Assert.Equal(0, buffer.Written.Length);
            using var written = ReplyBodySerializer.Write(body);
            Assert.Equal(WrittenBySdk(body), new StreamReader(written).ReadToEnd());
        }
    }

    public void Dispose() => _factory.Dispose();

    internal static string WrittenBySdk(object body) => JsonConvert.SerializeObject(body, Formatting.None, HttpHelper.BotMessageSerializerSettings);

    private static string WrittenByWire(ExpectedReplies body)
    {
        using var buffer = new PooledReplyBody();
        Assert.True(ReplyBodySerializer.TryWriteWire(body, buffer), "the wire writer left the body to the SDK's serializer");
        return Encoding.UTF8.GetString(buffer.Written.Span);
    }

    private static JObject Activity(string channel, string type, string conversation, string? text, JObject? value = null)
    {
        var user = "user-" + conversation;
        var activity = channel == "msteams"
            ? (type == "message" ? TeamsPayloads.Message(conversation, "personal", text ?? string.Empty) : TeamsPayloads.MembersAdded(conversation, "personal", user)).ExpectReplies()
            : new JObject
            {
                ["type"] = type,
                ["id"] = Guid.NewGuid().ToString("N"),
                ["timestamp"] = "2026-12-03T08:00:00.123Z",
                ["channelId"] = channel,
                ["serviceUrl"] = channel == "slack" ? "https://slack.botframework.com/" : "http://127.0.0.1:9/",
                ["conversation"] = new JObject { ["id"] = conversation, ["isGroup"] = false },
                ["from"] = new JObject { ["id"] = user, ["name"] = "li.wei" },
                ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "crossborderbot" },
                ["locale"] = "en-US",
                ["deliveryMode"] = "expectReplies",
            };
        if (type == "conversationUpdate" && channel != "msteams")
        {
            activity["membersAdded"] = new JArray(new JObject { ["id"] = "bot" }, new JObject { ["id"] = user });
        }

        if (type == "message" && text is not null && channel != "msteams")
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    // An instance of a schema type with every property Json.NET writes set (strings with escapes, dates, flags, numbers,
    // JSON trees for object-typed ones, one element in each list), nested types filled the same way.
    private static object Populated(Type type, int depth)
    {
        var instance = Activator.CreateInstance(type)!;
        var contract = (JsonObjectContract)new DefaultContractResolver().ResolveContract(type);
        foreach (var property in contract.Properties.Where(p => p.Writable && !p.Ignored))
        {
            property.ValueProvider!.SetValue(instance, Sample(property.PropertyType!, property.PropertyName!, depth));
        }

        if (contract.ExtensionDataSetter is not null)
        {
            contract.ExtensionDataSetter(instance, "ext-" + type.Name, new JObject { ["n"] = 1.0, ["s"] = "\u2028" });
        }

        return instance;
    }

    private static object? Sample(Type type, string name, int depth)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>) ? type.GetGenericArguments()[0] : null;
        return type switch
        {
            _ when type == typeof(string) => name + " \"值\"\u0085",
            _ when type == typeof(DateTimeOffset?) => new DateTimeOffset(2026, 12, 3, 16, 5, 0, 7, TimeSpan.FromHours(8)),
            _ when type == typeof(bool?) => true,
            _ when type == typeof(int?) => 3,
            _ when type == typeof(object) => new JObject { ["name"] = name, ["at"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), ["n"] = 2.0 },
            _ when type == typeof(IDictionary<string, Entity>) => new Dictionary<string, Entity> { ["e"] = (Entity)Populated(typeof(Entity), depth + 1) },
            _ when element == typeof(string) => new List<string> { name },
            _ when element is not null => Typed([Populated(element, depth + 1)], element),
            _ when type.Namespace == typeof(Activity).Namespace && depth < 3 => Populated(type, depth + 1),
            _ => throw new InvalidOperationException("No sample for " + type + " (" + name + "): the test needs one, and so may the wire writer."),
        };
    }

    private static System.Collections.IList Typed(object[] items, Type element)
    {
        var typed = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            typed.Add(item);
        }

        return typed;
    }
}
