using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Understanding;

public sealed class QuantityRecognizerTests
{
    private readonly QuantityRecognizer _recognizer = new();

    [Theory]
    [InlineData("2.5 kg", "en-us", "2.5", "2.5 kg")]
    [InlineData("800 g", "en-us", "0.8", "800 g")]
    [InlineData("800g", "en-us", "0.8", "800g")]
    [InlineData("3 lbs", "en-us", "1.3608", "3 lbs")]
    [InlineData("3 pounds", "en-us", "1.3608", "3 pounds")]
    [InlineData("12 oz", "en-us", "0.3402", "12 oz")]
    [InlineData("my parcel is about 1.2 kilos", "en-us", "1.2", "1.2 kilos")]
    [InlineData("三公斤", "zh-cn", "3", "三公斤")]
    [InlineData("2公斤", "zh-cn", "2", "2公斤")]
    [InlineData("500克", "zh-cn", "0.5", "500克")]
    [InlineData("3斤", "zh-cn", "1.5", "3斤")]
    [InlineData("半公斤的样品", "zh-cn", "0.5", "半公斤")]
    [InlineData("这个包裹5kg左右", "zh-cn", "5", "5kg")]
    [InlineData("3斤", "en-us", "1.5", "3斤")]
    [InlineData("ship 2kg to Germany", "zh-cn", "2", "2kg")]
    public void RecognizeWeights_reads_common_forms_in_kilograms(string text, string culture, string kilograms, string typed)
    {
        var weight = Assert.Single(_recognizer.RecognizeWeights(text, culture));

        Assert.Equal(decimal.Parse(kilograms, System.Globalization.CultureInfo.InvariantCulture), weight.Kilograms);
        Assert.Equal(typed, weight.Text);
    }

    [Theory]
    [InlineData("$30", "en-us", "30", "USD", "$30")]
    [InlineData("30 USD", "en-us", "30", "USD", "30 USD")]
    [InlineData("30 dollars", "en-us", "30", "USD", "30 dollars")]
    [InlineData("200元", "zh-cn", "200", "CNY", "200元")]
    [InlineData("200元", "en-us", "200", "CNY", "200元")]
    [InlineData("200 RMB", "en-us", "200", "CNY", "200 RMB")]
    [InlineData("200 yuan", "en-us", "200", "CNY", "200 yuan")]
    [InlineData("€45", "en-us", "45", "EUR", "€45")]
    [InlineData("45 euros", "en-us", "45", "EUR", "45 euros")]
    [InlineData("£20", "en-us", "20", "GBP", "£20")]
    [InlineData("¥3000", "en-us", "3000", "CNY", "¥3000")]
    [InlineData("¥3000", "zh-cn", "3000", "CNY", "¥3000")]
    [InlineData("卖到日本定价¥3000日元", "zh-cn", "3000", "JPY", "¥3000日元")]
    [InlineData("she paid $145 CAD incl shipping", "en-us", "145", "CAD", "$145 CAD")]
    [InlineData("priced at ¥3000 in yen", "en-us", "3000", "JPY", "¥3000")]
    [InlineData("售价30美元", "zh-cn", "30", "USD", "30美元")]
    [InlineData("大概200块钱", "zh-cn", "200", "CNY", "200块钱")]
    [InlineData("成本30刀", "zh-cn", "30", "USD", "30刀")]
    [InlineData("it sells for 30 bucks", "en-us", "30", "USD", "30 bucks")]
    public void RecognizeMoney_reads_amount_and_iso_currency(string text, string culture, string amount, string currency, string typed)
    {
        var money = Assert.Single(_recognizer.RecognizeMoney(text, culture));

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), money.Amount);
        Assert.Equal(currency, money.Currency);
        Assert.Equal(typed, money.Text);
    }

    /// <summary>
    /// Every name the knowledge data gives a currency (exchange-rates.yaml, where each market's currency has its rate) is read
    /// as money in that currency after an amount, in either language: the names come with the data, not from a hand list.
    /// </summary>
    [Fact]
    public void Every_currency_name_in_the_knowledge_data_is_read_as_money_in_its_currency()
    {
        var rates = CrossBorderBot.Understanding.KnowledgeVocabulary.LoadDefaultKnowledge().ExchangeRates.Rates.Where(rate => rate.Names is not null).ToList();
        Assert.NotEmpty(rates);
        var misread = new List<string>();
        foreach (var rate in rates)
        {
            foreach (var name in rate.Names!.En.Concat(rate.Names.ZhCn))
            {
                var text = "the buyer paid 180 " + name;
                var money = _recognizer.RecognizeMoney(text, name.Any(c => c > 0x2E80) ? "zh-cn" : "en-us");
                if (money.Count != 1 || money[0].Amount != 180m || money[0].Currency != rate.Currency)
                {
                    misread.Add($"{name} ({rate.Currency}): {string.Join(", ", money.Select(m => m.Amount + " " + m.Currency))}");
                }
            }
        }

        Assert.Empty(misread);
    }

    [Fact]
    public void Pounds_without_a_sterling_sign_are_a_weight_not_money()
    {
        Assert.Empty(_recognizer.RecognizeMoney("the box is 3 pounds", "en-us"));
        Assert.Single(_recognizer.RecognizeWeights("the box is 3 pounds", "en-us"));
    }

    [Fact]
    public void A_sentence_with_weight_and_price_yields_each_once()
    {
        const string text = "重量是2.5千克，价格199元，运费$12";

        var weights = _recognizer.RecognizeWeights(text, "zh-cn");
        var money = _recognizer.RecognizeMoney(text, "zh-cn");

        Assert.Equal(2.5m, Assert.Single(weights).Kilograms);
        Assert.Equal(new[] { ("CNY", 199m), ("USD", 12m) }, money.Select(m => (m.Currency, m.Amount)));
    }

    [Theory]
    [InlineData("half a kilo", "0.5")]
    [InlineData("a couple of kilos", "2")]
    [InlineData("couple kg of socks", "2")]
    [InlineData("a kilo and a half", "1.5")]
    [InlineData("one and a half kilograms", "1.5")]
    [InlineData("send 3 kilos to spain", "3")]
    [InlineData("about a kilo", "1")]
    [InlineData("half a pound", "0.2268")]
    public void Quantity_words_with_a_unit_word_are_a_weight(string text, string kilograms)
    {
        var weight = Assert.Single(_recognizer.RecognizeWeights(text, "en-us"));

        Assert.Equal(decimal.Parse(kilograms, System.Globalization.CultureInfo.InvariantCulture), weight.Kilograms);
    }

    [Theory]
    [InlineData("a kilometre away")]
    [InlineData("an aglet")]
    [InlineData("half a dozen boxes")]
    public void Quantity_words_without_a_weight_unit_are_not_a_weight(string text) =>
        Assert.Empty(_recognizer.RecognizeWeights(text, "en-us"));

    [Theory]
    [InlineData("hello there", "en-us")]
    [InlineData("我想卖鞋", "zh-cn")]
    [InlineData("we sell 5G routers", "en-us")]
    public void Text_without_quantities_yields_nothing(string text, string culture)
    {
        Assert.Empty(_recognizer.RecognizeWeights(text, culture));
        Assert.Empty(_recognizer.RecognizeMoney(text, culture));
    }
}
