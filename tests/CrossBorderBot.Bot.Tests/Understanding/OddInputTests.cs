using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>Any string a channel can deliver is recognised without an exception (issue: U+0001 used to break turns).</summary>
[Collection(RecognizerCollection.Name)]
public sealed class OddInputTests(RecognizerFixture fixture)
{
    public static TheoryData<string> OddTexts => new()
    {
        "hello\u0001there",
        "\u0001",
        "\u0001\u0001ship 2kg to \u0001DE\u0001",
        "发货\u0001到美国",
        "\u0000\u0002\u0003\u001b[31mred\u001b[0m",
        "tab\tnew\nline\rreturn",
        "lone high \uD800 surrogate",
        "lone low \uDC00 surrogate",
        "\uDBFF",
        "zero\u200Bwidth\u200D joiner \uFEFF bom",
        "right\u202Eto-left override \u2067isolate",
        "private \uE000 use \uF8FF",
        "non\uFFFEcharacter\uFFFF",
        "emoji 👩‍👩‍👧 family 🇩🇪 flag",
        "<@U123|bob> <#C1|general> <!here> <https://example.com|shop> &amp; &lt;b&gt;",
        "<<<>>> <@ <@U <# >",
        "𠀀𠀁 rare ideographs 𪚥",
        new string('好', 5000),
        string.Concat(Enumerable.Repeat("35*25*25 2kg $30 ", 300)),
        "",
        "   ",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Any_text_gets_a_result_with_a_top_intent(string text)
    {
        var result = fixture.Recognizer.Recognize(text, locale: null);

        var (intent, score) = result.GetTopScoringIntent();
        Assert.Contains(intent, IntentNames.All);
        Assert.InRange(score, 0, 1);
    }

    [Fact]
    public void Random_strings_of_any_characters_never_throw()
    {
        var random = new Random(13);
        for (var i = 0; i < 400; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                // Mostly the risky ranges: controls, surrogates, specials, CJK, plus markup characters.
                chars[j] = (random.Next(6)) switch
                {
                    0 => (char)random.Next(0, 0x20),
                    1 => (char)random.Next(0xD800, 0xE000),
                    2 => (char)random.Next(0xFFF0, 0x10000),
                    3 => (char)random.Next(0x4E00, 0x9FFF),
                    4 => "<>@#!|&*x0123456789"[random.Next(19)],
                    _ => (char)random.Next(0x20, 0x7F),
                };
            }

            var text = new string(chars);
            var result = fixture.Recognizer.Recognize(text, locale: i % 2 == 0 ? "zh-CN" : null);
            Assert.Contains(result.GetTopScoringIntent().intent, IntentNames.All);
        }
    }

    [Fact]
    public void A_control_character_does_not_change_what_the_message_means()
    {
        var plain = fixture.Recognizer.Recognize("ship 2kg to Germany", locale: null);
        var marked = fixture.Recognizer.Recognize("ship\u0001 2kg to \u0001Germany", locale: null);

        Assert.Equal(plain.GetTopScoringIntent().intent, marked.GetTopScoringIntent().intent);
        Assert.Equal(plain.Entities.ToString(), marked.Entities.ToString());
    }

    [Fact]
    public async Task A_turn_with_U0001_is_recognised_through_the_turn_context()
    {
        var adapter = new TestAdapter();
        var activity = new Activity(ActivityTypes.Message) { Text = "hello\u0001there", Locale = "en-US" };
        var turn = new TurnContext(adapter, activity);

        var result = await fixture.Recognizer.RecognizeAsync(turn, CancellationToken.None);

        Assert.Equal("hello\u0001there", result.Text);
        Assert.Contains(result.GetTopScoringIntent().intent, IntentNames.All);
    }
}
