namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Kilograms per weight unit word, in both languages: the one table the weight readers share ("3 kilos", "2公斤",
/// "half a pound"). Each reader's pattern decides which of these words it accepts.
/// </summary>
internal static class WeightUnits
{
    /// <summary>Kilograms in one <paramref name="unit"/> (any case), or null when it is no weight unit.</summary>
    public static decimal? KilogramsPer(string unit) => unit.ToLowerInvariant() switch
    {
        "kg" or "kgs" or "kilo" or "kilos" or "kilogram" or "kilograms" or "kilogramme" or "kilogrammes" or "公斤" or "千克" => 1m,
        "gram" or "grams" or "克" => 0.001m,
        "斤" => 0.5m,
        "pound" or "pounds" or "lb" or "lbs" or "磅" => 0.45359237m,
        "吨" or "t" or "ton" or "tons" or "tonne" or "tonnes" or "mt" => 1000m,
        _ => null,
    };
}
