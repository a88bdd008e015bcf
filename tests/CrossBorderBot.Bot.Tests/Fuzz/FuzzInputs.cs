using System.Text;
using System.Text.Json.Nodes;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// Seeded generator of odd and malformed input: awkward text (controls, RTL, emoji, CJK, zero-width, lone
/// surrogates), values of the wrong JSON type, deep nesting, garbage card submits and channel data. The same seed
/// always gives the same cases, so a failure can be replayed by its index.
/// </summary>
public sealed class FuzzInputs(int seed)
{
    private static readonly string[] Pieces =
    [
        "hi", "help", "cancel", "back", "中文", "English", "ship 2kg of shoes to Germany", "readiness", "取消", "帮助",
        "\u0001", "\u0000", "\u001b[31m", "\u007f", "\u0085", "\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\ufffe",
        "مرحبا بالعالم", "שלום", "😀👍🏽👨‍👩‍👧", "🇩🇪", "好", "跨境电商物流", "ｆｕｌｌｗｉｄｔｈ", "e\u0301\u0301\u0301", "\ud800", "\udc00",
        "{", "}", "\"", "\\", "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "%s%n", "../../etc/passwd",
        "999999999999999999999", "-1", "NaN", "1e309", "2kg", "0.000001 g", "$-5", "¥1,000,000,000", "\t", "\r\n", " ",
    ];

    private static readonly string[] Types =
    [
        "message", "message", "message", "conversationUpdate", "invoke", "event", "typing", "messageReaction",
        "endOfConversation", "installationUpdate", "messageUpdate", "trace", "handoff", "", "MESSAGE", "weird",
    ];

    private static readonly string[] Channels = ["emulator", "webchat", "directline", "msteams", "slack", "test", "", "💥"];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public int Next(int max) => _random.Next(max);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Text made of 1-12 awkward pieces.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        var count = 1 + _random.Next(12);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pick(Pieces));
            if (Chance(0.3))
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>Any JSON value, sometimes nested <paramref name="depth"/> levels.</summary>
    public JsonNode? Value(int depth = 3) => (depth <= 0 ? _random.Next(5) : _random.Next(8)) switch
    {
        0 => null,
        1 => JsonValue.Create(Text()),
        2 => JsonValue.Create(_random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(Chance(0.5)),
        4 => JsonValue.Create(_random.NextDouble() * 1e12),
        5 => new JsonArray([.. Enumerable.Range(0, _random.Next(4)).Select(_ => Value(depth - 1))]),
        _ => Object(depth - 1),
    };

    public JsonObject Object(int depth)
    {
        var result = new JsonObject();
        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            result[Pick(["verb", "action", "data", "value", "id", "text", "type", "choice", "answer", "field" + i, Text()])] = Value(depth);
        }

        return result;
    }

    /// <summary>An array nested <paramref name="depth"/> deep: <c>[[[...]]]</c>.</summary>
    public static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    public string ActivityType() => Pick(Types);

    public string Channel() => Pick(Channels);

    /// <summary>Invalid UTF-8 spliced into otherwise valid JSON bytes.</summary>
    public byte[] WithInvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        byte[][] invalid = [[0xC3], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0x80]];
        var insertions = 1 + _random.Next(3);
        for (var i = 0; i < insertions; i++)
        {
            bytes.InsertRange(_random.Next(bytes.Count + 1), Pick(invalid));
        }

        return [.. bytes];
    }
}
