namespace CrossBorderBot.Understanding.Quantities;

/// <summary>Where a reader found a quantity in a message (start and end inclusive) and what it read.</summary>
/// <remarks>A class, not a struct: lists and lookups over a reference type share the runtime's one compiled copy, where
/// each struct instantiation (and each tuple holding one) was JIT-compiled again at every start.</remarks>
internal sealed record QuantitySpan<T>(int Start, int End, T Value);

/// <summary>An own money reading; Replaces: a fuller reading of the same words wins over an earlier one.</summary>
internal sealed record OwnMoneyReading(QuantitySpan<MoneyQuantity> Span, bool Replaces);

/// <summary>
/// One message's readings by the bot's own readers, for the forms Microsoft.Recognizers.Text misses or misreads
/// ("5kg" glued to Chinese text, "30刀", "两万块", "half a kilo"): <see cref="QuantityRecognizer"/> weighs them against
/// the library's. Never changed once made, so threads may share them.
/// </summary>
/// <param name="Text">The message read.</param>
/// <param name="YenMentioned">Whether the message names the yen, which makes a bare "¥" JPY instead of CNY.</param>
/// <param name="Weights">The weights found, in the order they yield to each other and to the library's.</param>
/// <param name="Money">The amounts found in order; Replaces: a fuller reading of the same words wins over an earlier one.</param>
internal sealed partial record OwnQuantityReadings(
    string Text, bool YenMentioned, List<QuantitySpan<WeightQuantity>> Weights, List<OwnMoneyReading> Money)
{
    public static OwnQuantityReadings Read(string text)
    {
        var yenMentioned = CueBook.Get(Cue.OwnQuantityYen).IsMatch(text);
        return new OwnQuantityReadings(text, yenMentioned, OwnWeights(text), OwnMoney(text, yenMentioned));
    }

    // The own weight readings, in the order they yield to each other and to the library's.
    private static List<QuantitySpan<WeightQuantity>> OwnWeights(string text)
    {
        var own = new List<QuantitySpan<WeightQuantity>>();
        foreach (Match m in CueBook.Get(Cue.OwnQuantityFallbackWeight).Matches(text))
        {
            if (TryParseNumber(m.Groups["n"].Value, out var value)
                && WeightUnits.KilogramsPer(m.Groups["u"].Value) is { } factor)
            {
                own.Add(new QuantitySpan<WeightQuantity>(m.Index, m.Index + m.Length - 1, new WeightQuantity(Round(value * factor), m.Value)));
            }
        }

        // "half a kilo", "a couple of kilos", "3 kilos": quantity and unit words the library does not read as a weight.
        foreach (var (start, end, kilograms, typed) in WeightWords.Find(text))
        {
            own.Add(new QuantitySpan<WeightQuantity>(start, end, new WeightQuantity(Round(kilograms), typed)));
        }

        return own;
    }

    // The own money readings in order; Replaces: a fuller reading of the same words wins over an earlier one.
    private static List<OwnMoneyReading> OwnMoney(string text, bool yenMentioned)
    {
        var own = new List<OwnMoneyReading>();
        foreach (Match m in CueBook.Get(Cue.OwnQuantityFallbackMoney).Matches(text))
        {
            if (TryParseNumber(m.Groups["n"].Value, out var amount) && amount > 0)
            {
                own.Add(new OwnMoneyReading(new QuantitySpan<MoneyQuantity>(m.Index, m.Index + m.Length - 1, new MoneyQuantity(amount, "USD", m.Value)), false));
            }
        }

        // Chinese amounts the library misses or misreads: "两万块", "150块", "5万元", "1.2w", "预算2万".
        foreach (Match m in CueBook.Get(Cue.OwnQuantityChineseMoney).Matches(text))
        {
            if (m.Groups["t"].Success && TryParseNumber(m.Groups["n"].Value + m.Groups["m"].Value + m.Groups["t"].Value, out var spoken))
            {
                // "一万五", "三千二块": the digit after the unit is read with it (15000, 3200).
                own.Add(new OwnMoneyReading(new QuantitySpan<MoneyQuantity>(m.Index, m.Index + m.Length - 1, new MoneyQuantity(spoken, ChineseCurrency(m.Groups["c"].Value), m.Value)), true));
            }
            else if (TryParseNumber(m.Groups["n"].Value, out var amount) && amount > 0)
            {
                amount *= Multiplier(m.Groups["m"].Value);
                var currency = ChineseCurrency(m.Groups["c"].Value);
                own.Add(new OwnMoneyReading(new QuantitySpan<MoneyQuantity>(m.Index, m.Index + m.Length - 1, new MoneyQuantity(amount, currency, m.Value)), true));
            }
        }

        // Any currency word or sign of either language, before or after the number ("40欧", "2k usd", "300 ringgit").
        foreach (var (start, end, amount, currency, typed) in CurrencyWords.Find(text, yenMentioned, ParsedOrNull))
        {
            own.Add(new OwnMoneyReading(new QuantitySpan<MoneyQuantity>(start, end, new MoneyQuantity(amount, currency, typed)), true));
        }

        return own;
    }

    private static decimal? ParsedOrNull(string number) => TryParseNumber(number, out var value) ? value : null;

    private static decimal Multiplier(string suffix) => suffix.ToLowerInvariant() switch
    {
        "万" or "w" => 10000m,
        "千" or "k" => 1000m,
        "百" => 100m,
        _ => 1m,
    };

    private static string ChineseCurrency(string unit) => unit.ToLowerInvariant() switch
    {
        "美元" or "美金" or "刀" or "usd" => "USD",
        "欧" or "欧元" or "eur" => "EUR",
        "英镑" or "gbp" => "GBP",
        "日元" or "jpy" => "JPY",
        _ => "CNY",
    };

    private static bool TryParseNumber(string s, out decimal value)
    {
        if (decimal.TryParse(s.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return ChineseNumeral.TryParse(s, out value) || EnglishNumeral.TryParse(s, out value);
    }

    internal static decimal Round(decimal kilograms) => Math.Round(kilograms, 4, MidpointRounding.AwayFromZero);
}
