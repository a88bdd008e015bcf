namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// A weight given for one piece, with the number of pieces the parcel holds ("每个250克，一箱40个", "每件200克，一共30件",
/// "each one 400 g, 25 in the carton", "300 g apiece, 50 pcs", "15 ceramic vases, each 2 kg", "三十个杯子，每个三百五十克"): the parcel weighs the piece's weight times the count, which
/// is what "How much does one parcel weigh?" asks. A weight without the per-piece words, or without a count of pieces,
/// stays as given; so does a message that gives another weight as well (its total, say).
/// </summary>
internal static class PieceWeights
{
    /// <summary>The most pieces a count may give: more is a serial, a year or a price, not pieces in one parcel.</summary>
    private const decimal MostPieces = 10_000m;

    /// <summary>The parcel's weight when <paramref name="weight"/> is the only weight and is one piece's, with a count; else the weight as read.</summary>
    public static IReadOnlyList<QuantitySpan<WeightQuantity>> TimesTheCount(string text, IReadOnlyList<QuantitySpan<WeightQuantity>> weights)
    {
        if (weights is not [var weight] || !IsPerPiece(text, weight) || Count(text, weight) is not { } count)
        {
            return weights;
        }

        return [weight with { Value = weight.Value with { Kilograms = OwnQuantityReadings.Round(weight.Value.Kilograms * count) } }];
    }

    // "每个250克", "each one 400 g" before the weight; "300 g apiece", "250克/个" after it.
    private static bool IsPerPiece(string text, QuantitySpan<WeightQuantity> weight) =>
        CueBook.Get(Cue.PieceWeightsEachBefore).IsMatch(text[..weight.Start])
        || (weight.End + 1 < text.Length && CueBook.Get(Cue.PieceWeightsEachAfter).IsMatch(text[(weight.End + 1)..]));

    // The first count of pieces outside the weight itself: "一箱40个", "一共三十件", "25 in the carton", "50 pcs".
    private static decimal? Count(string text, QuantitySpan<WeightQuantity> weight)
    {
        foreach (var match in CueBook.Get(Cue.PieceWeightsCount).Matches(text).Where(m => m.Index > weight.End || m.Index + m.Length <= weight.Start))
        {
            // "15 ceramic vases …, each 2 kg": pieces named by their count count only before the weight said of each of them.
            var counted = match.Groups["counted"].Success;
            if (counted && match.Index + match.Length > weight.Start)
            {
                continue;
            }

            var digits = counted ? match.Groups["counted"].Value : match.Groups["count"].Value;
            if ((decimal.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
                    || ChineseNumeral.TryParse(digits, out count))
                && count is >= 2 and <= MostPieces)
            {
                return count;
            }
        }

        return null;
    }
}
