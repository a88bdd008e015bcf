namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Reads amounts people spell out in English before a currency word the number library does not know ("a thousand
/// bucks", "forty five quid", "two hundred rmb"): ones, teens, tens, "hundred" and "thousand", with "a"/"an" for one.
/// </summary>
internal static class EnglishNumeral
{
    /// <summary>The words <see cref="TryParse"/> reads, as a regex alternative for a run of them ("a"/"an" only before a scale word).</summary>
    public const string Pattern =
        @"(?:(?:(?:a|an)\s+(?:hundred|thousand)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:and[\s]+)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*)";

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        decimal total = 0;
        decimal current = 0;
        var any = false;
        foreach (var word in text.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase))
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (Words.TryGetValue(word, out var number))
            {
                current += number;
            }
            else
            {
                return false;
            }

            any = true;
        }

        value = total + current;
        return any && value > 0;
    }
}
