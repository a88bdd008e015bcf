using CrossBorderBot.Knowledge.Loading;

namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Amounts written with a currency word or sign in either language, before or after the number, with an optional
/// k/w/万/千/百 multiplier: "40欧", "2k usd", "usd 2k", "1.5万美金", "€40", "300 ringgit", "一百多块", "30ish usd", "a thousand bucks". One table of
/// words per currency instead of a pattern per phrasing, so a new currency word is one line here.
/// </summary>
internal static class CurrencyWords
{
    // Words written after the number for the currencies sellers pay and price in whatever the market: the slang and signs
    // of dollars, euros, pounds, yuan and yen. Every market's own currency names come from the knowledge data
    // (MarketCurrencyNames). "pounds" is left out: it is also a weight.
    private static readonly (string Iso, string[] Words)[] After =
    [
        ("USD", ["usd", "us dollars", "us dollar", "dollars", "dollar", "bucks", "buck", "美元", "美金", "美刀", "刀", "$"]),
        ("EUR", ["eur", "euros", "euro", "欧元", "欧", "€"]),
        ("GBP", ["gbp", "pounds sterling", "sterling", "quid", "英镑", "镑", "£"]),
        ("CNY", ["cny", "rmb", "yuan", "人民币", "块钱", "块", "元"]),
        ("JPY", ["jpy", "yen", "日元", "日币", "円"]),
    ];

    // The names of each market's currency in the knowledge data (exchange-rates.yaml, where every market's currency has
    // its rate: "180 令吉", "900 baht", "240 zloty", "95 myr"): read once from the data the recognizer's vocabulary comes from. Without the data (a
    // broken folder) only the words above are read, as the rest of the bot then has no markets either.
    private static readonly (string Iso, string[] Words)[] MarketCurrencyNames = LoadMarketCurrencyNames();

    // Words and signs written before the number ("$45", "usd 2k", "rmb300").
    private static readonly (string Iso, string[] Words)[] Before =
    [
        ("USD", ["us$", "usd", "$"]),
        ("EUR", ["eur", "€"]),
        ("GBP", ["gbp", "£"]),
        ("CNY", ["cny", "rmb", "¥", "￥"]),
        ("JPY", ["jpy"]),
        ("CAD", ["cad", "c$"]),
        ("AUD", ["aud", "a$"]),
        ("BRL", ["brl", "r$"]),
        ("SGD", ["sgd", "s$"]),
        ("MXN", ["mxn"]),
        ("INR", ["inr", "₹"]),
    ];

    private const string Number = @"(?<n>\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+)";
    private const string Multiplier = @"(?<m>k|w|万|千|百)?";

    private static readonly (string Iso, string[] Words)[] AfterWithMarkets = [.. After, .. MarketCurrencyNames];

    private static readonly Dictionary<string, string> IsoByWord = AfterWithMarkets.Concat(Before)
        .SelectMany(entry => entry.Words.Select(word => (word, entry.Iso)))
        .DistinctBy(pair => pair.word)
        .ToDictionary(pair => pair.word, pair => pair.Iso, StringComparer.OrdinalIgnoreCase);

    // A number in digits, Chinese numerals or English words ("a thousand bucks"): the library reads spelt-out numbers
    // only before the currency words it knows.
    private static readonly Regex NumberThenWord = new(
        @"(?<![A-Za-z0-9.零〇一二两三四五六七八九十百千])" + Number[..^1] + "|" + EnglishNumeral.Pattern + @"(?=\s))" + @"\s*" + Multiplier + @"\s*(?:多|来|余|-?ish)?\s*(?<c>" + Alternation(AfterWithMarkets) + @")(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex WordThenNumber = new(
        @"(?<![A-Za-z])(?<c>" + Alternation(Before) + @")\s*" + Number.Replace("零〇一二两三四五六七八九十百千", "零〇一二两三四五六七八九十", StringComparison.Ordinal) + @"\s*" + Multiplier + @"(?![A-Za-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A currency sign or word written before the number, right before where an amount with a word after it starts.
    private static readonly Regex SignJustBefore = new(
        @"(?<![A-Za-z])(?:" + Alternation(Before) + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "2 grand", "a couple grand": a thousand dollars each, the one money word that is also its own multiplier.
    private static readonly Regex NumberThenGrand = new(
        @"(?<![A-Za-z0-9.])(?<n>\d+(?:[.,]\d+)*|" + EnglishNumeral.Pattern + @"(?=\s)|\bcouple)\s*(?<c>grand)(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex[] Patterns = [NumberThenWord, WordThenNumber, NumberThenGrand];

    /// <summary>Whether <paramref name="text"/> ends with a currency word or sign of this table ("usd ", "价$").</summary>
    public static bool EndsWithWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        foreach (var word in IsoByWord.Keys)
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsAsciiLetter(text[^(word.Length + 1)]) || !char.IsAsciiLetter(word[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with a currency word or sign of this table (" USD", "美元").</summary>
    public static bool StartsWithWord(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        foreach (var word in IsoByWord.Keys)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every amount with a currency word or sign, as (start, end inclusive, amount, ISO code, typed text).</summary>
    public static IEnumerable<(int Start, int End, decimal Amount, string Currency, string Text)> Find(string text, bool yenMentioned, Func<string, decimal?> parse)
    {
        foreach (var regex in Patterns)
        {
            foreach (Match match in regex.Matches(text))
            {
                var word = match.Groups["c"].Value;
                if (IsGrand(word))
                {
                    var thousands = match.Groups["n"].Value.Equals("couple", StringComparison.OrdinalIgnoreCase) ? 2m : parse(match.Groups["n"].Value);
                    if (thousands is > 0)
                    {
                        yield return (match.Index, match.Index + match.Length - 1, thousands.Value * 1000m, "USD", match.Value);
                    }

                    continue;
                }

                if (parse(match.Groups["n"].Value) is not { } amount || amount <= 0)
                {
                    continue;
                }

                var currency = word is "¥" or "￥" && yenMentioned ? "JPY" : IsoByWord[word];
                // "$145 CAD", "$260 加币": a sign before the number that a word after it names more narrowly (the "$" many
                // dollars share) belongs to the same amount, so the word after decides and the sign's reading yields to it.
                var start = regex == NumberThenWord && SignJustBefore.Match(text[..match.Index]) is { Success: true } sign ? sign.Index : match.Index;
                yield return (start, match.Index + match.Length - 1, amount * Scale(match.Groups["m"].Value), currency, text[start..(match.Index + match.Length)]);
            }
        }
    }

    private static (string Iso, string[] Words)[] LoadMarketCurrencyNames()
    {
        try
        {
            return KnowledgeVocabulary.LoadDefaultKnowledge().ExchangeRates.Rates
                .Where(rate => rate.Names is not null)
                .Select(rate => (rate.Currency, rate.Names!.En.Concat(rate.Names.ZhCn).Where(word => word.Length > 0).ToArray()))
                .ToArray();
        }
        catch (KnowledgeBaseLoadException)
        {
            return [];
        }
    }

    private static bool IsGrand(string word) => word.Equals("grand", StringComparison.OrdinalIgnoreCase);

    private static decimal Scale(string multiplier) => multiplier.ToLower(CultureInfo.InvariantCulture) switch
    {
        "万" or "w" => 10000m,
        "千" or "k" => 1000m,
        "百" => 100m,
        _ => 1m,
    };

    // Longest first, so "us dollars" wins over "dollars" and "欧元" over "欧".
    private static string Alternation((string Iso, string[] Words)[] table) =>
        string.Join('|', table.SelectMany(entry => entry.Words).Distinct().OrderByDescending(word => word.Length).Select(Regex.Escape));
}
