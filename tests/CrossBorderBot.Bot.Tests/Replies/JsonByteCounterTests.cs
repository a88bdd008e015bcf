using System.Text;
using CrossBorderBot.Replies;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

/// <summary>The counted size must be the size of the compact JSON text, whatever the characters and escapes.</summary>
public class JsonByteCounterTests
{
    public static TheoryData<string> Texts() =>
    [
        "plain ASCII",
        "quotes \" and backslashes \\ and control \u0001 \t \n",
        "Grüße, £ and ©",
        "中文：发往德国的物流渠道",
        "emoji \U0001F4E6 and \U0001F1E9\U0001F1EA flags",
        "lone high \uD83D then text",
        "lone low \uDC00 here",
        "ends with a high surrogate \uD83D",
        "<html> & 'apostrophes' \u2028 \u00A0",
        new string('长', 5000) + "\U0001F600",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Counts_the_same_bytes_as_the_compact_json_string(string text)
    {
        var token = new JObject
        {
            ["text"] = text,
            ["number"] = 12.5,
            ["whole"] = 3,
            ["flag"] = true,
            ["none"] = null,
            ["date"] = new DateTime(2026, 12, 4, 5, 6, 7, DateTimeKind.Utc),
            ["list"] = new JArray(text, 1, new JObject { [text] = text }),
        };

        Assert.Equal(Encoding.UTF8.GetByteCount(token.ToString(Formatting.None)), JsonByteCounter.Count(token));
    }

    [Fact]
    public void Counts_every_sample_card_like_its_string()
    {
        var card = AdaptiveCardRenderer.Render(ReplySamples.EveryBlock(), "zh-CN");

        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToString(Formatting.None)), AdaptiveCardRenderer.ByteSize(card));
    }
}
