namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// An amount changed by a factor instead of given anew, from the vocabulary's "relativeAmounts": "what if it weighed half
/// as much?", "要是重量翻倍呢", "what if we double the budget?". The factor counts only when the message also names what it
/// changes (the topic's words: weight, budget), so "double-check" or "一半退货" change nothing. Also an amount said by its
/// size only ("a few hundred bucks", "几千块").
/// </summary>
public sealed partial class RelativeAmountReader(RelativeAmountWords words)
{
    public const string Weight = "weight";
    public const string Budget = "budget";

    /// <summary>The factor <paramref name="text"/> changes <paramref name="topic"/> by; null when it names no factor or not the topic.</summary>
    public decimal? Factor(string? text, string topic)
    {
        var normalized = SlotVocabulary.Normalize(text);
        if (normalized.Length == 0 || !words.Topics.TryGetValue(topic, out var topicWords) || !topicWords.Any(word => Says(normalized, word)))
        {
            return null;
        }

        // The longest factor word said wins: "half as much" before "half", "翻一番" before "翻".
        var said = words.Factors.SelectMany(factor => factor.Value.Select(word => (Factor: factor.Key, Word: word)))
            .Where(pair => Says(normalized, pair.Word)).OrderByDescending(pair => pair.Word.Length).FirstOrDefault();
        return said.Word is null ? null : decimal.Parse(said.Factor, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// True when the amount in <paramref name="text"/> is said per year and not also per month ("about 24k usd per year",
    /// "一年大概十来万"): a monthly budget is a twelfth of it. "十来万 a year, so like 8k a month" says the month as well and
    /// is read by its monthly figure.
    /// </summary>
    public bool IsPerYear(string? text) => SaysAny(text, words.PerYear) && !SaysPerMonth(text);

    /// <summary>True when <paramref name="text"/> says a monthly amount ("a month", "/mo", "每月").</summary>
    public bool SaysPerMonth(string? text) => SaysAny(text, words.PerMonth);

    private static bool SaysAny(string? text, List<string> said)
    {
        var normalized = SlotVocabulary.Normalize(text);
        return normalized.Length > 0 && said.Any(word => Says(normalized, word));
    }

    /// <summary>
    /// "a few hundred bucks", "几千块吧": an amount said by its size only, as a round figure of that size, with the currency
    /// named (null when none is: the guide assumes one and says so); null when no such amount is said.
    /// </summary>
    public (decimal Amount, string? Currency)? Vague(string? text)
    {
        var normalized = SlotVocabulary.Normalize(text);
        var said = words.Vague.SelectMany(amount => amount.Value.Select(word => (Amount: amount.Key, Word: word)))
            .Where(pair => normalized.Length > 0 && Says(normalized, pair.Word)).OrderByDescending(pair => pair.Word.Length).FirstOrDefault();
        if (said.Word is null)
        {
            return null;
        }

        var currency = words.Currencies.FirstOrDefault(currency => currency.Value.Any(word => Says(normalized, word))).Key;
        return (decimal.Parse(said.Amount, NumberStyles.Number, CultureInfo.InvariantCulture), currency);
    }

    /// <summary>
    /// The currency an amount already given was meant in, said as a correction with no new figure: "oops, that was in euros,
    /// not dollars", "sorry, i meant usd, not rmb", "说错了，是英镑不是美元". The currency said first that is not itself
    /// denied; null when the message gives a figure, names no currency, or corrects nothing (no correction word and no
    /// currency denied).
    /// </summary>
    public string? CurrencyMeant(string? text, Func<string, bool> opensWithACorrection)
    {
        var normalized = SlotVocabulary.Normalize(text);
        if (normalized.Length == 0 || normalized.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var said = words.Currencies.SelectMany(currency => currency.Value.Select(word => (Code: currency.Key, At: Position(normalized, word))))
            .Where(pair => pair.At >= 0).OrderBy(pair => pair.At).ToList();
        var denied = said.Where(pair => DeniedBefore(normalized, pair.At)).Select(pair => pair.Code).ToHashSet(StringComparer.Ordinal);
        var meant = said.FirstOrDefault(pair => !denied.Contains(pair.Code)).Code;
        return meant is not null && (denied.Count > 0 || opensWithACorrection(normalized) || MeantWord(normalized)) ? meant : null;
    }

    /// <summary>
    /// The figure a correction gives when it names the old one too: "budget should be 20000 not 12000", "应该是三万，不是两万",
    /// "不是两万，是三万", "8k instead of 5k". A figure right after one of the vocabulary's denial words ("not", "不是") is the
    /// one taken back; the one figure left is meant. Null when no figure is denied, or when none or several are left.
    /// </summary>
    public decimal? CorrectedFigure(string? text)
    {
        var normalized = SlotVocabulary.Normalize(text);
        if (normalized.Length == 0 || words.Denials.Count == 0)
        {
            return null;
        }

        var figures = Figure().Matches(normalized).Select(match => (Match: match, Denied: words.Denials.Any(word => EndsWithWord(normalized[..match.Index].TrimEnd(' ', ',', '，', ':', '：'), word)))).ToList();
        var kept = figures.Where(figure => !figure.Denied).ToList();
        return figures.Any(figure => figure.Denied) && kept.Count == 1 ? Guides.BareAmount.Read(kept[0].Match.Value) : null;
    }

    private static bool EndsWithWord(string before, string word) =>
        before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
        && (!char.IsAsciiLetter(word[0]) || before.Length == word.Length || !char.IsAsciiLetter(before[^(word.Length + 1)]));

    // A figure as a bare amount reads it: digits or Chinese numerals, with a k/w/万/千 after; not the digits of a unit's word.
    [GeneratedRegex(@"(?<![\d.,零〇一二两三四五六七八九十百千万A-Za-z])(?:\d{1,12}(?:,\d{3})*(?:\.\d{1,4})?|[零〇一二两三四五六七八九十百千万]+)\s*(?:k|w|万|千)?(?![A-Za-z\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    // "not dollars", "not in rmb", "不是美元": the currency right after a denial is the one not meant.
    private static bool DeniedBefore(string normalized, int at)
    {
        var before = normalized[Math.Max(0, at - 8)..at];
        return before.EndsWith("not ", StringComparison.Ordinal) || before.EndsWith("not in ", StringComparison.Ordinal)
            || before.EndsWith("不是", StringComparison.Ordinal) || before.EndsWith("不是用", StringComparison.Ordinal);
    }

    private static bool MeantWord(string normalized) =>
        Position(normalized, "meant") >= 0 || Position(normalized, "i mean") >= 0 || normalized.Contains("我是说", StringComparison.Ordinal);

    // Where a word of <see cref="Says"/> begins in the text; -1 when it is not said.
    private static int Position(string normalized, string word)
    {
        var lower = word.ToLowerInvariant();
        for (var at = normalized.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if (!char.IsAsciiLetter(lower[0]) || !char.IsAsciiLetter(lower[^1])
                || ((at == 0 || !char.IsAsciiLetter(normalized[at - 1])) && (end == normalized.Length || !char.IsAsciiLetter(normalized[end]))))
            {
                return at;
            }
        }

        return -1;
    }

    // A Chinese word anywhere; an English one as a word of its own ("weighed" names the weight, "half" is no part of "behalf").
    private static bool Says(string normalized, string word) => Position(normalized, word) >= 0;
}

/// <summary>
/// The JSON shape of the vocabulary's "relativeAmounts": factor words by factor, each topic's words, amounts said by their
/// size only by the round figure they stand for, and currency words by currency.
/// </summary>
public sealed class RelativeAmountWords
{
    public Dictionary<string, List<string>> Factors { get; set; } = [];

    public Dictionary<string, List<string>> Topics { get; set; } = [];

    public Dictionary<string, List<string>> Vague { get; set; } = [];

    public Dictionary<string, List<string>> Currencies { get; set; } = [];

    /// <summary>Words that make an amount a yearly one ("a year", "per annum", "一年", "每年").</summary>
    public List<string> PerYear { get; set; } = [];

    /// <summary>Words that make an amount a monthly one ("a month", "/mo", "每月", "一个月").</summary>
    public List<string> PerMonth { get; set; } = [];

    /// <summary>Words that take back the figure right after them in a correction ("not", "instead of", "不是").</summary>
    public List<string> Denials { get; set; } = [];
}
