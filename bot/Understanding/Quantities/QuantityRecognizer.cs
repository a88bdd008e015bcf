using Microsoft.Recognizers.Text;

namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Finds weights and amounts of money in free text (English and Simplified Chinese) with
/// Microsoft.Recognizers.Text.NumberWithUnit, plus a small fallback for forms the library misses
/// ("5kg" glued to Chinese text, "30刀", "30 bucks"). The library runs only on text that may hold a number
/// (<see cref="NumberCue"/>) and that the own readers do not account for in full (<see cref="LibraryNeed"/>), through
/// models built once (<see cref="QuantityModels"/>).
/// </summary>
/// <remarks>
/// Choices worth knowing:
/// <list type="bullet">
/// <item>"¥" / "￥" is both the yuan and the yen sign. The bot's users are mostly Chinese sellers, so a bare
/// "¥3000" is read as CNY; it is JPY only when the message also says 日元, 日币, yen or JPY.</item>
/// <item>"$" and "dollars" without a country are USD (the library leaves them unresolved).</item>
/// <item>"pounds" without "£", GBP, sterling or 英镑 is a weight, not money (the library reports both).</item>
/// <item>"ton" is a metric tonne (1000 kg); 斤 is 0.5 kg and 两 is 50 g.</item>
/// </list>
/// </remarks>
public sealed partial class QuantityRecognizer
{
    private const string EnglishCulture = Culture.English;
    private const string ChineseCulture = Culture.Chinese;

    private static readonly Dictionary<string, decimal> KilogramsPerUnit = new(System.StringComparer.OrdinalIgnoreCase)
    {
        ["Kilogram"] = 1m,
        ["Gram"] = 0.001m,
        ["Milligram"] = 0.000001m,
        ["Pound"] = 0.45359237m,
        ["Ounce"] = 0.028349523125m,
        ["Ton"] = 1000m,
        ["Metric ton"] = 1000m,
        ["Tonne"] = 1000m,
        ["Jin"] = 0.5m,
        ["Liang"] = 0.05m,
    };

    private static readonly Dictionary<string, string> CurrencyByUnit = new(System.StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = "USD",
        ["United States dollar"] = "USD",
        ["Euro"] = "EUR",
        ["Pound"] = "GBP",
        ["British pound"] = "GBP",
        ["Chinese yuan"] = "CNY",
        ["Japanese yen"] = "JPY",
    };

    private readonly bool _libraryAlways;

    // The entity extractor reads a message's weights and then its money: the own readings are made once for both.
    private OwnQuantityReadings? _lastRead;

    /// <summary>A reader that calls the library only where its own readers leave a number unread.</summary>
    public QuantityRecognizer()
        : this(libraryAlways: false)
    {
    }

    /// <summary>With <paramref name="libraryAlways"/>, every text that may hold a number goes to the library (the tests compare both).</summary>
    internal QuantityRecognizer(bool libraryAlways) => _libraryAlways = libraryAlways;

    /// <summary>Weights in the text, in order of appearance.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="culture">"en-us" or "zh-cn" (case-insensitive; "en" and "zh-CN" work too).</param>
    public IReadOnlyList<WeightQuantity> RecognizeWeights(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<QuantitySpan<WeightQuantity>>();
        var read = Own(text);
        var own = read.Weights;
        var cultures = LibraryReads(text, own, read.Money) ? CulturesFor(text, culture) : [];
        foreach (var c in cultures)
        {
            var dimensions = QuantityModels.Shared.Dimensions(text, c);
            foreach (var r in dimensions)
            {
                if (r.Resolution is null
                    || !r.Resolution.TryGetValue("unit", out var unitObj)
                    || unitObj is not string unit
                    || !KilogramsPerUnit.TryGetValue(unit, out var factor)
                    || !TryGetDecimal(r.Resolution, out var value)
                    || value <= 0
                    || ContinuesAsWord(text, r.End))
                {
                    continue;
                }

                AddIfFree(found, r.Start, r.End, new WeightQuantity(OwnQuantityReadings.Round(value * factor), Slice(text, r.Start, r.End)));
            }
        }

        foreach (var s in own)
        {
            AddIfFree(found, s.Start, s.End, s.Value);
        }

        // "一两天" is one or two days, no 50 g; "每个250克，一箱40个" is a parcel of 10 kg.
        var weights = found.Where(s => !ChineseCountWords.IsOneOrTwo(text, s.Start, s.End)).OrderBy(s => s.Start).ToList();
        return PieceWeights.TimesTheCount(text, weights).Select(s => s.Value).ToList();
    }

    /// <summary>Amounts of money in the text, in order of appearance.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="culture">"en-us" or "zh-cn" (case-insensitive; "en" and "zh-CN" work too).</param>
    public IReadOnlyList<MoneyQuantity> RecognizeMoney(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = Own(text);
        var yenMentioned = read.YenMentioned;
        var found = new List<QuantitySpan<MoneyQuantity>>();
        var own = read.Money;
        var weightAlsoMoney = read.Weights.Exists(w => LibraryNeed.WeightAlsoReadAsMoney(w.Value.Text));
        var cultures = (weightAlsoMoney && NumberCue.MayHoldNumber(text)) || LibraryReads(text, read.Weights, own) ? CulturesFor(text, culture) : [];
        foreach (var c in cultures)
        {
            var currencies = QuantityModels.Shared.Currencies(text, c);
            foreach (var r in currencies)
            {
                if (r.Resolution is null || !TryGetDecimal(r.Resolution, out var amount) || amount <= 0)
                {
                    continue;
                }

                var typed = Slice(text, r.Start, r.End);
                var currency = CurrencyOf(r.Resolution, typed, text, yenMentioned);
                if (currency is null)
                {
                    continue;
                }

                AddIfFree(found, r.Start, r.End, new MoneyQuantity(amount, currency, typed));
            }
        }

        foreach (var (s, replaces) in own)
        {
            if (replaces)
            {
                ReplaceOrAdd(found, s.Start, s.End, s.Value);
            }
            else
            {
                AddIfFree(found, s.Start, s.End, s.Value);
            }
        }

        // "一块6公斤的地毯" counts one carpet, no yuan.
        return found.Where(s => !ChineseCountWords.CountsPieces(text, s.Start, s.End)).OrderBy(s => s.Start).Select(s => s.Value).ToList();
    }

    /// <summary>Whether <paramref name="text"/> goes to the library (for the tests that compare both paths).</summary>
    internal bool LibraryReads(string text) => LibraryReads(text, Own(text).Weights, Own(text).Money);

    private OwnQuantityReadings Own(string text)
    {
        var last = _lastRead;
        if (last is not null && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last;
        }

        var read = OwnQuantityReadings.Read(text);

        // Turns run in parallel: a reading replaced by another thread's is only made again, never wrong (keyed by text).
        _lastRead = read;
        return read;
    }

    // The library reads only where the own readers (weights and money both: "60 USD" is no weight) leave a number unread.
    private bool LibraryReads(string text, List<QuantitySpan<WeightQuantity>> weights, List<OwnMoneyReading> money)
    {
        if (!NumberCue.MayHoldNumber(text))
        {
            return false;
        }

        if (_libraryAlways)
        {
            return true;
        }

        if (money.Exists(m => LibraryNeed.MoneyMayStartEarlier(text, m.Span.Start) || LibraryNeed.CurrencyOnBothSides(text, m.Span.Start, m.Span.End)))
        {
            return true;
        }

        var spans = new List<OwnSpan>(weights.Count + money.Count);
        foreach (var weight in weights)
        {
            spans.Add(new OwnSpan(weight.Start, weight.End, IsWeight: true));
        }

        foreach (var reading in money)
        {
            spans.Add(new OwnSpan(reading.Span.Start, reading.Span.End, IsWeight: false));
        }

        return LibraryNeed.IsNeeded(text, spans);
    }

    private static string? CurrencyOf(IDictionary<string, object> resolution, string typed, string text, bool yenMentioned)
    {
        resolution.TryGetValue("unit", out var unitObj);
        var unit = unitObj as string ?? string.Empty;
        var iso = resolution.TryGetValue("isoCurrency", out var isoObj) ? isoObj as string : null;

        var yenSign = typed.Contains('¥') || typed.Contains('￥');
        if (yenSign || iso is "JPY" or "CNY")
        {
            // The library reads every "¥" as yen; see the class remarks for why we do not.
            if (yenSign)
            {
                return yenMentioned ? "JPY" : "CNY";
            }

            return iso;
        }

        if (unit.Equals("Pound", StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(iso))
        {
            var sterling = typed.Contains('£') || SterlingRegex().IsMatch(text);
            return sterling ? "GBP" : null;
        }

        if (!string.IsNullOrEmpty(iso))
        {
            return iso.ToUpperInvariant();
        }

        return CurrencyByUnit.TryGetValue(unit, out var mapped) ? mapped : null;
    }

    private static IEnumerable<string> CulturesFor(string text, string culture)
    {
        var given = LocaleLanguage.IsChinese(culture) ? ChineseCulture : EnglishCulture;
        yield return given;

        // Users mix languages freely ("发2kg到美国 under $30"); the other culture's patterns find what the
        // first missed, and AddIfFree keeps the first culture's reading where both match.
        var other = given == ChineseCulture ? EnglishCulture : ChineseCulture;
        var textIsChinese = LanguageDetector.ContainsCjk(text);
        var textHasLatin = text.Any(char.IsAsciiLetter);
        if ((given == EnglishCulture && textIsChinese) || (given == ChineseCulture && textHasLatin))
        {
            yield return other;
        }
    }

    // The library reads "5万元" as 5 yuan and "两万块" not at all; a fuller reading of the same words wins.
    private static void ReplaceOrAdd(List<QuantitySpan<MoneyQuantity>> found, int start, int end, MoneyQuantity value)
    {
        var overlapping = found.Where(s => s.Start <= end && start <= s.End).ToList();
        if (overlapping.Any(s => s.Start < start || s.End > end))
        {
            return;
        }

        found.RemoveAll(s => s.Start <= end && start <= s.End);
        found.Add(new QuantitySpan<MoneyQuantity>(start, end, value));
    }

    private static void AddIfFree<T>(List<QuantitySpan<T>> found, int start, int end, T value)
    {
        if (found.Any(s => s.Start <= end && start <= s.End))
        {
            return;
        }

        found.Add(new QuantitySpan<T>(start, end, value));
    }

    private static bool TryGetDecimal(IDictionary<string, object> resolution, out decimal value)
    {
        value = 0;
        return resolution.TryGetValue("value", out var v)
            && v is string s
            && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    // "2 t-shirts": the library reads "2 t" as two tonnes; a unit that runs on into a word is not a unit.
    private static bool ContinuesAsWord(string text, int end) =>
        end + 1 < text.Length && (char.IsAsciiLetter(text[end + 1]) || text[end + 1] == '-');

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end < text.Length && end >= start ? text[start..(end + 1)] : text;

    [GeneratedRegex(@"\bgbp\b|sterling|英镑|£", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SterlingRegex();
}
