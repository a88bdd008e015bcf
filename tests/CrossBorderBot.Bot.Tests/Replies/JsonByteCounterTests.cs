using CrossBorderBot.Language;
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
        var card = AdaptiveCardRenderer.Render(ReplySamples.EveryBlock(), BotLanguage.Chinese);

        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToString(Formatting.None)), AdaptiveCardRenderer.ByteSize(card));
    }

    [Fact]
    public void Counts_every_kind_of_value_like_its_string()
    {
        var token = new JObject
        {
            ["decimal"] = 12.50m,
            ["double"] = 1e-7,
            ["negative"] = -42L,
            ["int"] = int.MinValue,
            ["big"] = new JValue(System.Numerics.BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
            ["unsigned"] = new JValue(ulong.MaxValue),
            ["char"] = new JValue('"'),
            ["guid"] = new JValue(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")),
            ["uri"] = new JValue(new Uri("https://example.org/a b?c=\u0022")),
            ["span"] = new JValue(TimeSpan.FromMinutes(90)),
            ["bytes"] = new JValue(new byte[] { 1, 2, 3 }),
            ["raw"] = new JRaw("{\"a\": 1}"),
            ["undefined"] = JValue.CreateUndefined(),
            ["commented"] = new JArray(1, JValue.CreateComment("note"), 2),
            ["empty"] = new JObject(),
            ["none"] = new JArray(),
            ["construct"] = new JConstructor("Date", 1, 2),
            ["\u2028 name \"quoted\""] = "\u0085",
        };

        Assert.Equal(Encoding.UTF8.GetByteCount(token.ToString(Formatting.None)), JsonByteCounter.Count(token));
    }

    [Fact]
    public void Counts_every_character_of_the_basic_plane_and_random_pairs_like_their_string()
    {
        var random = new Random(14);
        var texts = Enumerable.Range(0, 0x10000 / 512)
            .Select(block => new string([.. Enumerable.Range(block * 512, 512).Select(code => (char)code)]))
            .Concat(Enumerable.Range(0, 200).Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0x10000))])));
        foreach (var text in texts)
        {
            var token = new JArray(text, new JObject { [text] = text });

            Assert.Equal(Encoding.UTF8.GetByteCount(token.ToString(Formatting.None)), JsonByteCounter.Count(token));
        }
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("zh-CN", true)]
    [InlineData("en-US", false)]
    public void Counts_each_block_kind_rendered_alone_like_its_string(string locale, bool inputs)
    {
        var sources = new[] { new ReplySource("Zoll: Einfuhr \"aus\" Drittländern", "Zoll", "https://www.zoll.de/a", new DateOnly(2025, 3, 1)) };
        ReplyBlock[] more =
        [
            new AnswerBlock("VAT is due \u2028 at import", ["Detail 一", "Detail \U0001F4E6"], ["More 1", "More 2"], sources, ["Not re-verified"]),
            new AnswerBlock("Lead", ["Detail"], [], sources, MoreAction: new ReplyAction("More", "more")),
            new SectionBlock("Plan", ["Step\tone", "第二步"]),
            new ImageBlock("https://example.org/chart.png", "Costs: 12 USD, 15 USD"),
            new ParagraphBlock(ReplySamples.LongText(40_000)),
            ReplySamples.Table(400),
            ReplySamples.Choices(12),
            ReplySamples.Buttons(14),
        ];
        foreach (var block in ReplySamples.EveryBlock().Blocks.Concat(more))
        {
            var card = AdaptiveCardRenderer.Render(new Reply([block]), BotLanguage.Of(locale), inputs);

            Assert.Equal(Encoding.UTF8.GetByteCount(card.ToString(Formatting.None)), AdaptiveCardRenderer.ByteSize(card));
        }
    }
}
