using System.Text;
using CrossBorderBot.Hosting;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.Replies.JObjectCardReference;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

/// <summary>
/// Cards are written straight to UTF-8; they must be byte for byte the compact JSON of the <c>JObject</c> cards of
/// earlier versions (<see cref="JObjectCardRenderer"/>, kept as the reference), on every block kind, in both
/// languages, with and without inputs, when shortened to fit, and with awkward text. (Every card the guide tests send
/// is compared too, by <c>CardCollectingMiddleware</c>.)
/// </summary>
public class AdaptiveCardBytesTests
{
    public static TheoryData<string> Texts() =>
    [
        "plain ASCII",
        "quotes \" and backslashes \\ and control \u0001 \u001f \u007f \t \n \r \b \f",
        "Grüße, £ and © \u00ad \ufeff",
        "中文：发往德国的物流渠道",
        "emoji \U0001F4E6 and \U0001F1E9\U0001F1EA flags",
        "lone high \uD83D then text",
        "lone low \uDC00 here",
        "ends with a high surrogate \uD83D",
        "<html> & 'apostrophes' \u2028 \u2029 \u0085 \u00A0",
        new string('长', 5000) + "\U0001F600",
    ];

    public static TheoryData<string, bool> Variants() => new()
    {
        { "en-US", true },
        { "zh-CN", true },
        { "en-US", false },
        { "zh-CN", false },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Each_block_kind_alone_and_all_together_are_the_reference_bytes(string locale, bool inputs)
    {
        var sources = new[] { new ReplySource("Zoll: Einfuhr \"aus\" Drittländern", "Zoll", "https://www.zoll.de/a", new DateOnly(2025, 3, 1)), new ReplySource("No link", "Someone", "not a link", null) };
        ReplyBlock[] more =
        [
            new AnswerBlock("VAT is due \u2028 at import", ["Detail 一", "Detail \U0001F4E6"], ["More 1", "More 2"], sources, ["Not re-verified"]),
            new AnswerBlock("Lead", ["Detail"], [], sources, MoreAction: new ReplyAction("More", "more")),
            new AnswerBlock("Lead only", [], [], []),
            new SectionBlock("Plan", ["Step\tone", "第二步"]),
            new SectionBlock(string.Empty, ["No heading"]),
            new ImageBlock("https://example.org/chart.png", "Costs: 12 USD, 15 USD"),
            new ParagraphBlock(string.Empty),
            new FactListBlock([]),
            new ResultTableBlock([], [], Title: "No columns"),
            new ResultTableBlock(["A", "B"], [["only one"], ["one", "two", "three"]]),
            new ChoiceSetBlock(string.Empty, [new ReplyChoice("x", "X")]),
            new InputFormBlock(
                [
                    FormField.Number("n", "Amount", required: true, value: "12.50"),
                    FormField.Number("n", "Not a number", "a placeholder", value: "twelve"),
                    FormField.Number(string.Empty, "Whole", value: "12"),
                    FormField.Text("t", "Text", value: "given \"value\""),
                    FormField.Choice("c", "Pick", [new ReplyChoice("a", "A")], required: true),
                ],
                new ReplyAction("Go", "go", new Dictionary<string, string> { ["verb"] = "ignored", ["k"] = "v" })),
            new ActionButtonsBlock([new ReplyAction("Link", "open", Url: "https://example.org/?a=1&b=\"2\""), new ReplyAction("Not a link", "go", Url: "ftp://x")]),
        ];
        var blocks = ReplySamples.EveryBlock().Blocks.Concat(more).ToList();
        foreach (var block in blocks)
        {
            AssertSameBytes(new Reply([block]), locale, inputs);
        }

        AssertSameBytes(new Reply(blocks), locale, inputs);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Shortened_and_folded_cards_are_the_reference_bytes(string locale, bool inputs)
    {
        Reply[] replies =
        [
            Reply.Of(new ParagraphBlock(ReplySamples.LongText(40_000))),
            Reply.Of(new HeadingBlock(ReplySamples.LongText(2_000)), ReplySamples.Table(400)),
            Reply.Of(ReplySamples.Table(400), new FactListBlock([.. Enumerable.Range(1, 300).Select(i => new ReplyFact("Fact " + i, ReplySamples.LongText(200)))])),
            Reply.Of(ReplySamples.Choices(7), ReplySamples.Choices(12), ReplySamples.Choices(200)),
            Reply.Of(ReplySamples.Buttons(6), ReplySamples.Buttons(7), ReplySamples.Buttons(14), ReplySamples.Buttons(40)),
            Reply.Of(new SectionBlock("Long", [.. Enumerable.Range(1, 600).Select(i => "Item " + i + " " + ReplySamples.LongText(60))])),
            Reply.Of(new SourceListBlock([.. Enumerable.Range(1, 500).Select(i => new ReplySource("Source " + i, "Publisher", "https://example.org/" + i, new DateOnly(2026, 1, 1)))])),
            Reply.Of(new InputFormBlock([.. Enumerable.Range(1, 400).Select(i => FormField.Text("f", ReplySamples.LongText(100)))], new ReplyAction("Send", "send"))),
        ];
        foreach (var reply in replies)
        {
            AssertSameBytes(reply, locale, inputs);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Awkward_text_in_every_string_is_the_reference_bytes(string text)
    {
        var reply = Reply.Of(
            new HeadingBlock(text),
            new ParagraphBlock(text),
            new FactListBlock([new ReplyFact(text, text)], text),
            new ResultTableBlock([text, text], [[text, text]], HighlightFirstRow: true, Title: text),
            new SourceListBlock([new ReplySource(text, text, "https://example.org/" + text, new DateOnly(2026, 2, 3))]),
            new AnswerBlock(text, [text], [text], [], [text]),
            new ChoiceSetBlock(text, [.. Enumerable.Range(1, 8).Select(i => new ReplyChoice(text + i, text))], Verb: text),
            new InputFormBlock([FormField.Text(text, text, text, required: true, value: text)], new ReplyAction(text, text, new Dictionary<string, string> { [text] = text })),
            new ImageBlock("https://example.org/" + text, text),
            new ActionButtonsBlock([new ReplyAction(text, text, new Dictionary<string, string> { [text + "k"] = text })]));

        AssertSameBytes(reply, "en-US", inputs: true);
        AssertSameBytes(reply, "zh-CN", inputs: false);
    }

    [Fact]
    public void The_json_net_paths_write_what_they_wrote_for_the_reference_tree()
    {
        var reply = new Reply([.. ReplySamples.EveryBlock().Blocks, new InputFormBlock([FormField.Number("a", "A", value: "12.50"), FormField.Number("b", "B", value: "12")], new ReplyAction("Go", "go"))]);
        var card = AdaptiveCardRenderer.Render(reply, BotLanguage.English);
        var reference = JObjectCardRenderer.Render(reply, BotLanguage.English);
        var activity = new Activity(ActivityTypes.Message) { Text = "x", Attachments = [new Attachment(AdaptiveCardRenderer.ContentType, content: card)] };
        var referenceActivity = new Activity(ActivityTypes.Message) { Text = "x", Attachments = [new Attachment(AdaptiveCardRenderer.ContentType, content: reference)] };

        // The SDK's own serializer (connector calls, indented), the fallback body writer, and a plain tree.
        Assert.Equal(JsonConvert.SerializeObject(referenceActivity, Formatting.Indented, BotMessageSerializerSettings()), JsonConvert.SerializeObject(activity, Formatting.Indented, BotMessageSerializerSettings()));
        Assert.Equal(Body(b => ReplyBodySerializer.WriteWithJsonNet(b, new ExpectedReplies([referenceActivity]))), Body(b => ReplyBodySerializer.WriteWithJsonNet(b, new ExpectedReplies([activity]))));
        Assert.True(JToken.DeepEquals(reference, JObject.FromObject(card)));
        Assert.True(JToken.DeepEquals(reference, card.ToJObject()));
        Assert.Equal(reference.ToString(Formatting.None), card.ToJObject().ToString(Formatting.None));

        // The reply body as sent: the wire writer copies the card's bytes; the SDK's serializer wrote the tree.
        var wire = ReplyBodySerializer.Write(new ExpectedReplies([activity]));
        Assert.Equal(Body(b => ReplyBodySerializer.WriteWithJsonNet(b, new ExpectedReplies([referenceActivity]))), wire.ToArray());
    }

    [Theory]
    [InlineData("en-US", "test")]
    [InlineData("zh-CN", "msteams")]
    [InlineData("en-US", "emulator")]
    public async Task The_cards_of_a_guide_walk_are_the_reference_bytes(string locale, string channel)
    {
        using var user = new GuideSession(locale, channel);
        await user.SayAsync(locale == "en-US" ? "hi" : "你好");
        await user.SayAsync(locale == "en-US" ? "ship 2 kg of shoes to Germany, value 60 USD" : "发2公斤鞋子到德国，货值60美元");
        for (var turn = 0; turn < 6 && user.Last.Buttons.Count > 0; turn++)
        {
            await user.ClickAsync(user.Last.Buttons[0]);
        }

        user.Cards.AssertAllValid();
        Assert.True(user.Cards.ComparedWithReference >= 3, $"only {user.Cards.ComparedWithReference} cards compared");
    }

    [Fact]
    public void A_card_tree_is_a_fresh_copy_each_time()
    {
        var card = AdaptiveCardRenderer.Render(ReplySamples.EveryBlock());
        var tree = card.ToJObject();
        tree["version"] = "changed";

        Assert.Equal("1.5", (string?)card.ToJObject()["version"]);
    }

    private static void AssertSameBytes(Reply reply, string locale, bool inputs)
    {
        var language = BotLanguage.Of(locale);
        var expected = Encoding.UTF8.GetBytes(JObjectCardRenderer.Render(reply, language, inputs).ToString(Formatting.None));
        var actual = AdaptiveCardRenderer.Render(reply, language, inputs).Utf8.ToArray();

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    private static JsonSerializerSettings BotMessageSerializerSettings() => new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new Newtonsoft.Json.Serialization.DefaultContractResolver(),
        Converters = [new Microsoft.Rest.Serialization.Iso8601TimeSpanConverter()],
    };

    private static byte[] Body(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
