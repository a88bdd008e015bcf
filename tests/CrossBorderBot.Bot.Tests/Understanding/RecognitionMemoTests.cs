using System.Globalization;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The recognizer keeps its readings of short messages without digits (<see cref="RecognitionMemo"/>): a kept reading
/// must be the one a fresh recognizer gives, and nothing a turn does to its reading may reach the next turn's.
/// </summary>
[Collection(RecognizerCollection.Name)]
public sealed class RecognitionMemoTests(RecognizerFixture fixture)
{
    // Guide answers, commands and greetings as users type them, in both languages (and with a missing locale).
    private static readonly string[] Answers =
    [
        "yes", "no", "Yes", "neither", "standard", "express", "economy", "not sure", "help", "back", "cancel", "hi",
        "thanks", "Germany", "germany", "to japan", "shoes", "clothes", "amazon", "B2C", "sell to businesses",
        "ten kilos", "是", "不是", "都不是", "标准", "帮助", "返回", "德国", "鞋子", "谢谢", "你好",
    ];

    // Every training line the memo keeps (short, no digit).
    private static IEnumerable<string> ShortTrainingLines() =>
        TrainingCorpus.Load().Select(example => example.Text).Where(RecognitionMemo.Keeps).Distinct(StringComparer.Ordinal);

    [Fact]
    public void A_short_message_read_again_is_given_the_kept_reading()
    {
        var recognizer = fixture.Recognizer;

        var first = recognizer.Understand("neither of them", "en-US");
        var second = recognizer.Understand("neither of them", "en-US");

        Assert.Same(first.Intents, second.Intents);
    }

    [Theory]
    [InlineData("2 kg")]
    [InlineData("30x20x15 cm")]
    [InlineData("ship 2 kg of shoes to Germany, value 60 USD")]
    [InlineData("we sell handmade ceramic mugs and bowls to shops")]
    public void Messages_with_digits_or_longer_ones_are_read_every_time(string text)
    {
        var recognizer = fixture.Recognizer;

        Assert.NotSame(recognizer.Understand(text, "en-US").Intents, recognizer.Understand(text, "en-US").Intents);
    }

    [Fact]
    public void Kept_readings_equal_a_fresh_recognizers_readings()
    {
        var kept = fixture.Recognizer;
        var fresh = CrossBorderRecognizer.CreateDefault();
        var texts = Answers.Concat(ShortTrainingLines()).ToList();

        foreach (var locale in new[] { "en-US", "zh-CN", null })
        {
            foreach (var text in texts)
            {
                kept.Understand(text, locale);
                var again = kept.Understand(text, locale);
                Assert.Equal(Describe(fresh.Understand(text, locale)), Describe(again));
            }
        }
    }

    [Fact]
    public void Changing_a_readings_entities_does_not_change_the_next_reading()
    {
        var recognizer = fixture.Recognizer;
        var first = recognizer.Understand("to Germany", "en-US");
        Assert.Single(first.Entities.Countries);

        first.Entities.Countries.Clear();
        first.Entities.Categories.Add(new CategoryEntity("shoes", "shoes"));

        var second = recognizer.Understand("to Germany", "en-US");
        Assert.Equal("DE", Assert.Single(second.Entities.Countries).Code, ignoreCase: true);
        Assert.Empty(second.Entities.Categories);
    }

    [Fact]
    public void The_memo_stays_bounded()
    {
        var memo = new RecognitionMemo();
        var reading = RecognizedMessage.Empty;
        for (var i = 0; i < RecognitionMemo.Capacity * 3; i++)
        {
            memo.Keep("en-us", "word" + new string('x', i % 20) + (char)('a' + (i / 20 % 26)) + (char)('a' + (i / 520 % 26)), reading);
        }

        Assert.True(memo.Count <= RecognitionMemo.Capacity);
    }

    // Everything the dialogs read of a reading: the text, the top intent and every score, each entity in order.
    private static string Describe(RecognizedMessage message) =>
        string.Join(
            " | ",
            message.Text,
            message.Intent,
            message.Score.ToString("R", CultureInfo.InvariantCulture),
            string.Join(",", message.Intents.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value.ToString("R", CultureInfo.InvariantCulture))),
            message.Entities.ToJson().ToString(Newtonsoft.Json.Formatting.None));
}
