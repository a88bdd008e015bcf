using System.Globalization;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The quantity reader skips Microsoft.Recognizers.Text where its own readers account for every number. Skipping must
/// never change a reading: both paths are compared on every training and evaluation line (not the hold-out set, which is
/// only ever scored) and on generated wording (numbers written many ways, with every unit and currency form, alone,
/// glued, side by side, in English and Chinese sentences).
/// </summary>
public sealed class LibraryNeedTests
{
    private static readonly QuantityRecognizer Skipping = new();
    private static readonly QuantityRecognizer Always = new(libraryAlways: true);

    [Theory]
    [InlineData("ship 2 kg of shoes to Germany, value 60 USD")]
    [InlineData("30x20x15 cm")]
    [InlineData("我想把2公斤的鞋子寄到德国，货值60美元")]
    [InlineData("$30")]
    [InlineData("3")]
    [InlineData("5kg to France under 40 EUR")]
    public void Digits_with_units_the_bot_reads_skip_the_library(string text) =>
        Assert.False(Skipping.LibraryReads(text));

    [Theory]
    [InlineData("twenty kilos")]
    [InlineData("三公斤")]
    [InlineData("2 t-shirts at 30 francs")]
    [InlineData("2 kg 500 grams")]
    [InlineData("5 pounds, paid in GBP")]
    [InlineData("budget ５０ USD")]
    [InlineData("1,000 kg")]
    [InlineData("卖到日本定价¥3000日元")]
    public void Numbers_the_bot_cannot_read_alone_go_to_the_library(string text) =>
        Assert.True(Skipping.LibraryReads(text));

    [Fact]
    public void Training_and_evaluation_lines_read_the_same_either_way() =>
        AssertNone(Differences(NumberCueTests.CorpusLines()));

    [Fact]
    public void Generated_wording_reads_the_same_either_way()
    {
        var texts = GeneratedWording().ToList();
        Assert.True(texts.Count > 2000);
        AssertNone(Differences(texts));
    }

    private static void AssertNone(List<string> differences) =>
        Assert.True(differences.Count == 0, $"{differences.Count} differ:\n" + string.Join("\n", differences.Take(int.Parse(Environment.GetEnvironmentVariable("LIBRARY_NEED_SHOW") ?? "40", CultureInfo.InvariantCulture))));

    private static List<string> Differences(IEnumerable<string> texts)
    {
        var differences = new List<string>();
        foreach (var text in texts.Distinct())
        {
            foreach (var culture in new[] { "en-us", "zh-cn" })
            {
                var fast = Read(Skipping, text, culture);
                var full = Read(Always, text, culture);
                if (fast != full)
                {
                    differences.Add($"[{culture}] {text}: without library {fast} / with library {full}");
                }
            }
        }

        return differences;
    }

    private static string Read(QuantityRecognizer recognizer, string text, string culture) =>
        string.Join("; ", recognizer.RecognizeWeights(text, culture).Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Kilograms} kg '{w.Text}'")))
        + " | " + string.Join("; ", recognizer.RecognizeMoney(text, culture).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Amount} {m.Currency} '{m.Text}'")));

    private static IEnumerable<string> GeneratedWording()
    {
        string[] numbers = ["2", "2.5", "1,200", "1.200,50", "0", ".5"];
        string[] weightUnits = ["kg", "KG", "kgs", "kilo", "kilos", "kilograms", "g", "gram", "grams", "lb", "lbs", "pound", "pounds", "oz", "t", "ton", "tons", "tonnes", "mt", "公斤", "千克", "克", "斤", "两", "磅", "吨"];
        string[] currencyAfter = ["USD", "usd", "dollars", "bucks", "刀", "美元", "美金", "EUR", "euros", "欧", "欧元", "GBP", "pounds sterling", "quid", "英镑", "RMB", "yuan", "元", "块", "块钱", "人民币", "JPY", "yen", "日元", "円", "CAD", "ringgit", "pesos", "francs", "cents", "pence", "k usd", "w", "万", "万元", "千", "k"];
        string[] currencyBefore = ["$", "US$", "usd ", "€", "£", "¥", "￥", "rmb", "EUR ", "C$", "A$", "R$", "₹"];
        string[] english = ["{0}", "ship {0} to Germany", "about {0} per parcel", "{0}, express please", "it weighs {0} and costs {1}", "value {1}", "budget {1} for {0}", "{0} or {1}?", "under {1}", "2 t-shirts, {0}", "box 30x20x15 cm, {0}", "{0} 500 grams", "{1} and {1}", "paid in yen: {1}"];
        string[] chinese = ["{0}", "发{0}到美国", "包裹{0}，货值{1}", "预算{1}", "{1}以内", "大概{0}左右", "{0}的鞋子，售价{1}", "长30宽20高15厘米，{0}"];

        foreach (var n in numbers)
        {
            var weights = weightUnits.SelectMany(u => new[] { n + u, n + " " + u }).ToList();
            var amounts = currencyAfter.SelectMany(c => new[] { n + c, n + " " + c })
                .Concat(currencyBefore.Select(c => c + n))
                .ToList();
            // A sign before and a word after the same number ("¥3000日元", "$30 USD").
            foreach (var sign in currencyBefore)
            {
                foreach (var word in currencyAfter)
                {
                    yield return $"卖到日本定价{sign}{n}{word}";
                    yield return $"price {sign}{n} {word}";
                }
            }

            foreach (var template in english.Concat(chinese))
            {
                for (var i = 0; i < Math.Max(weights.Count, amounts.Count); i++)
                {
                    yield return string.Format(CultureInfo.InvariantCulture, template, weights[i % weights.Count], amounts[i % amounts.Count]);
                }
            }
        }
    }
}
