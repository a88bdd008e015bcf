namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Weights said with an English quantity word or a unit word the number library does not know: "half a kilo",
/// "a couple of kilos", "a kilo and a half", "one and a half kg", "3 kilos", "a pound", "a quarter of a tonne". One table of quantity words and
/// the shared unit table (WeightUnits), so a new word is one line.
/// </summary>
internal static partial class WeightWords
{
    private static readonly Dictionary<string, decimal> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half a"] = 0.5m,
        ["a half"] = 0.5m,
        ["a quarter"] = 0.25m,
        ["quarter of a"] = 0.25m,
        ["a couple of"] = 2m,
        ["a couple"] = 2m,
        ["couple of"] = 2m,
        ["couple"] = 2m,
        ["a pair of"] = 2m,
        ["a"] = 1m,
        ["one"] = 1m,
        ["one and a half"] = 1.5m,
        ["two"] = 2m,
        ["two and a half"] = 2.5m,
        ["three"] = 3m,
        ["four"] = 4m,
        ["five"] = 5m,
        ["six"] = 6m,
        ["seven"] = 7m,
        ["eight"] = 8m,
        ["nine"] = 9m,
        ["ten"] = 10m,
    };

    /// <summary>Every weight said this way: start and end (inclusive) in <paramref name="text"/>, kilograms, and the words.</summary>
    public static IEnumerable<(int Start, int End, decimal Kilograms, string Typed)> Find(string text)
    {
        foreach (Match m in WordWeight().Matches(text))
        {
            if (!TryQuantity(m, out var quantity))
            {
                continue;
            }

            if (m.Groups["half"].Success)
            {
                quantity += 0.5m;
            }

            // Money is read apart (RecognizeMoney), so "a pound" here is always the weight.
            if (quantity > 0 && WeightUnits.KilogramsPer(m.Groups["u"].Value) is { } factor)
            {
                yield return (m.Index, m.Index + m.Length - 1, quantity * factor, m.Value);
            }
        }
    }

    private static bool TryQuantity(Match m, out decimal quantity)
    {
        if (m.Groups["d"].Success)
        {
            return decimal.TryParse(m.Groups["d"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out quantity);
        }

        // "an" reads as "a": one table entry covers "half a" and "half an".
        var words = WhiteSpace.Collapse(m.Groups["q"].Value).ToLowerInvariant().Split(' ').Select(w => w == "an" ? "a" : w);
        return Quantities.TryGetValue(string.Join(' ', words), out quantity);
    }

    // A quantity word (or digits) and a unit word, with "and a half" after the unit or between: "a kilo and a half",
    // "one and a half kilos", "3 kilos". Not "a kg" inside a longer word.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?:(?<d>\d+(?:\.\d+)?)|(?<q>half\s+an?|an?\s+half|an?\s+quarter|quarter\s+of\s+an?|(?:an?\s+)?couple(?:\s+of)?|an?\s+pair\s+of|(?:one|two)\s+and\s+an?\s+half|an?|one|two|three|four|five|six|seven|eight|nine|ten))\s*(?<u>kilo(?:gram(?:me)?)?s?|kgs?|grams?|pounds?|lbs?|tonnes?|tons?)\b(?<half>\s+and\s+an?\s+half)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordWeight();
}
