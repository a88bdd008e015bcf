using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The quantity reader skips Microsoft.Recognizers.Text on text that cannot hold a number. That must never lose a
/// weight or an amount the library would have found: checked on every training and evaluation line (not the hold-out
/// set, which is only ever scored) and on wording written to tempt it.
/// </summary>
public sealed class NumberCueTests
{
    [Theory]
    [InlineData("ship 2kg to Germany")]
    [InlineData("about twenty kilos")]
    [InlineData("a hundred dollars")]
    [InlineData("a dozen pounds of tea")]
    [InlineData("half a kilo")]
    [InlineData("三公斤")]
    [InlineData("两万块")]
    [InlineData("半斤")]
    [InlineData("budget ５０ USD")]
    public void TextWithANumberIsReadByTheLibrary(string text) => Assert.True(NumberCue.MayHoldNumber(text));

    [Theory]
    [InlineData("which platform should I use for shoes?")]
    [InlineData("my weight is not known yet, someone said it is heavy")]
    [InlineData("a kilo of tea to France")]
    [InlineData("a pound of coffee, priced in dollars")]
    [InlineData("a few euros")]
    [InlineData("我想卖鞋到德国")]
    public void TextWithoutANumberLosesNothingTheLibraryWouldFind(string text)
    {
        Assert.False(NumberCue.MayHoldNumber(text));
        Assert.Empty(LibraryQuantities(text));
    }

    [Fact]
    public void NoTrainingOrEvaluationLineLosesAQuantity()
    {
        var lost = CorpusLines()
            .Where(text => !NumberCue.MayHoldNumber(text))
            .Select(text => (Text: text, Found: LibraryQuantities(text)))
            .Where(x => x.Found.Count > 0)
            .Select(x => $"{x.Text} → {string.Join(", ", x.Found)}")
            .ToList();

        Assert.Empty(lost);
    }

    [Fact]
    public void ModelsSharedAcrossThreadsReadWhatTheyReadAlone()
    {
        string[] texts = ["ship 2.5 kg to Germany for $30", "三公斤的鞋子，售价30美元", "两万块预算，500克", "12 oz at 45 euros"];
        var alone = texts.Select(Read).ToList();

        var together = Enumerable.Range(0, 400).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (Index: i % texts.Length, Result: Read(texts[i % texts.Length])))
            .ToList();

        Assert.All(together, x => Assert.Equal(alone[x.Index], x.Result));

        static string Read(string text)
        {
            var recognizer = new QuantityRecognizer();
            var culture = LanguageDetectorIsChinese(text) ? "zh-cn" : "en-us";
            return string.Join("; ", recognizer.RecognizeWeights(text, culture).Select(w => $"{w.Kilograms} kg"))
                + " | " + string.Join("; ", recognizer.RecognizeMoney(text, culture).Select(m => $"{m.Amount} {m.Currency}"));
        }
    }

    private static bool LanguageDetectorIsChinese(string text) => text.Any(c => c >= '\u4e00' && c <= '\u9fff');

    // The library called the way the bot called it before the cue (both cultures, weight and currency models), keeping
    // what the bot can use: a reading with a value. A bare unit ("a kilo", "dollars") comes back without one.
    private static List<string> LibraryQuantities(string text)
    {
        lock (RecognizersTextGate.Lock)
        {
            return new[] { Culture.English, Culture.Chinese }
                .SelectMany(c => NumberWithUnitRecognizer.RecognizeDimension(text, c).Concat(NumberWithUnitRecognizer.RecognizeCurrency(text, c)))
                .Where(r => r.Resolution is not null && r.Resolution.TryGetValue("value", out var value) && value is not null)
                .Select(r => $"{r.Text} = {r.Resolution["value"]}")
                .ToList();
        }
    }

    internal static IEnumerable<string> CorpusLines()
    {
        var assembly = typeof(CrossBorderRecognizer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("CrossBorderBot.Understanding.Training.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            foreach (var line in ReadLines(reader))
            {
                // intent<TAB>utterance
                yield return line.Split('\t') is [_, var utterance, ..] ? utterance : line;
            }
        }

        foreach (var file in new[] { "recognizer-eval.tsv", "recognizer-subtypes-tuning.tsv" })
        {
            using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Understanding", file));
            foreach (var line in ReadLines(reader).Skip(1))
            {
                // utterance<TAB>intent<TAB>entities
                yield return line.Split('\t')[0];
            }
        }
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return line;
            }
        }
    }
}
