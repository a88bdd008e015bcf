using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "worth 22 pounds", "declared at 40 pounds": the recognizer reads a bare "pounds" as a weight, but after a word of value
/// it is money (sterling). The message's entities with such a weight moved to the money, so the parcel is not taken for
/// two parcels of different weights and its value is not asked again. The pound word, its weight and its sterling
/// amount are read here, for these words of value and for a bare "forty five pounds" at the value question alike.
/// </summary>
internal static partial class ParcelValueInPounds
{
    private const decimal KilogramsPerPound = 0.45359237m;

    public static MessageEntities Of(MessageEntities entities, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || entities.Weights.Count == 0)
        {
            return entities;
        }

        var money = entities.Weights.Where(w => SaidInPounds(w) && AfterValueWord(text, w.Text)).ToList();
        return money.Count == 0 ? entities : entities with
        {
            Weights = entities.Weights.Except(money).ToList(),
            Money = [.. entities.Money, .. money.Select(AsSterling)],
        };
    }

    /// <summary>True when the weight was said in pounds, the word that names sterling too.</summary>
    public static bool SaidInPounds(WeightEntity weight) => PoundWord().IsMatch(weight.Text);

    /// <summary>A weight said in pounds, read back as the sterling amount the pounds were.</summary>
    public static MoneyEntity AsSterling(WeightEntity pounds) => new(Math.Round(pounds.Kilograms / KilogramsPerPound, 2), "GBP", pounds.Text);

    private static bool AfterValueWord(string text, string weightText) =>
        Regex.IsMatch(text, ValueWord + @"\s*" + Regex.Escape(weightText), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private const string ValueWord = @"\b(?:worth|valued?|value\s+(?:is|of)|valued\s+at|declared(?:\s+(?:at|as))?|declared\s+value(?:\s+(?:is|of))?|priced\s+at|price(?:\s+(?:is|of))?|costs?|costing)\s*:?\s*(?:about|around|approx\.?|roughly|~)?";

    [GeneratedRegex(@"\bpounds?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoundWord();
}
