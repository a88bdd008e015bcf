namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Decides whether Microsoft.Recognizers.Text has to read a message or whether the bot's own readers already account
/// for every number in it. The library costs about a tenth of a turn's CPU; most messages that hold a number are
/// digits with a unit or currency word the own readers know ("2 kg", "60 USD", "$30", "5公斤") or a bare answer ("3").
/// </summary>
/// <remarks>
/// The test is deliberately narrow, so skipping the library never changes a reading: every number must be written in
/// ASCII digits (no number words, no Chinese or full-width numerals, which only the library reads) and each must lie
/// inside an own reading, be a side of a box ("30x20x15 cm") or a length, or be the whole message. Anything else, and
/// the cases where the library reads more than the own readers do (two readings of one kind side by side, which the
/// library may join into one, "2 kg 500 g"; two own readings of one number, "¥3000日元", where the library's reading
/// decides which stands; pounds in a message that also names sterling), goes to the library.
/// The recognizer tests compare both paths over the training and evaluation lines and over generated wording.
/// </remarks>
internal static partial class LibraryNeed
{
    /// <summary>True when the own readings (start and end inclusive, and whether each is a weight) leave a number unread.</summary>
    public static bool IsNeeded(string text, IReadOnlyList<OwnSpan> own)
    {
        foreach (var c in text)
        {
            // Numerals only the library reads (non-ASCII digits, Chinese numerals): any of them sends the text to it.
            if ((char.IsDigit(c) && !char.IsAsciiDigit(c)) || NumberCue.IsChineseNumeral(c))
            {
                return true;
            }
        }

        if (NumberCue.HasEnglishNumberWord(text) || SideBySide(text, own) || Overlapping(own) || PoundsBesideSterling(text, own))
        {
            return true;
        }

        foreach (Match number in CueBook.Get(Cue.LibraryNeedDigitRun).Matches(text))
        {
            if (GluedToAnotherNumber(text, number)
                || !Covered(own, number.Index, number.Index + number.Length - 1)
                && !IsBoxSideOrLength(text, number)
                && text.AsSpan().Trim().Length != number.Length)
            {
                return true;
            }
        }

        return false;
    }

    // "15，1.8kg": the library may read a separator between two numbers as part of one number.
    private static bool GluedToAnotherNumber(string text, Match number)
    {
        var start = number.Index;
        var end = number.Index + number.Length;
        return (start >= 2 && IsSeparator(text[start - 1]) && char.IsAsciiDigit(text[start - 2]))
            || (end + 1 < text.Length && IsSeparator(text[end]) && char.IsAsciiDigit(text[end + 1]));
    }

    private static bool IsSeparator(char c) => c is ',' or '.' or '，' or '、' or '。' or '．';

    /// <summary>
    /// Whether an own weight reading can also stand for money in the library's reading: "2 kgs" is also 2 Kyrgyz som and
    /// "2 mt" 2 meticais to it, so for money such a number is left to the library.
    /// </summary>
    public static bool WeightAlsoReadAsMoney(string typed) => CueBook.Get(Cue.LibraryNeedWeightUnitAlsoCurrency).IsMatch(typed);

    /// <summary>
    /// Whether the library may read an own money reading with more in front: "us $800" (the own reading is "$800"), or a
    /// sign the own reading left out, "$2USD" (the own reading is "2USD", the library's "$2").
    /// </summary>
    public static bool MoneyMayStartEarlier(string text, int start) =>
        (start < text.Length && !char.IsAsciiDigit(text[start]) && CueBook.Get(Cue.LibraryNeedShortWordBefore).IsMatch(text.AsSpan(0, start)))
        || (text.AsSpan(0, start).TrimEnd() is [.., var before] && char.GetUnicodeCategory(before) == System.Globalization.UnicodeCategory.CurrencySymbol);

    /// <summary>
    /// Whether an own money reading has a second currency word on its other side ("usd 2bucks", "rmb2 USD"): which of
    /// the two the number belongs to is then the library's reading.
    /// </summary>
    public static bool CurrencyOnBothSides(string text, int start, int end) =>
        char.IsAsciiDigit(text[start])
            ? CurrencyWords.EndsWithWord(text.AsSpan(0, start))
            : CurrencyWords.StartsWithWord(text.AsSpan(end + 1));

    private static bool Covered(IReadOnlyList<OwnSpan> own, int start, int end)
    {
        foreach (var span in own)
        {
            if (span.Start <= start && end <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    // "30x20x15 cm": a number next to a box's "x", or followed by a length unit, is no weight and no money.
    private static bool IsBoxSideOrLength(string text, Match number)
    {
        var after = text.AsSpan(number.Index + number.Length).TrimStart();
        var before = text.AsSpan(0, number.Index).TrimEnd();
        var timesThenDigit = after is [var times, .. var rest] && IsTimes(times) && rest.TrimStart() is [var next, ..] && char.IsAsciiDigit(next);
        var digitThenTimes = before is [.. var ahead, var sign] && IsTimes(sign) && ahead.TrimEnd() is [.., var previous] && char.IsAsciiDigit(previous);
        return timesThenDigit || digitThenTimes || CueBook.Get(Cue.LibraryNeedLengthUnit).IsMatch(text, number.Index + number.Length);
    }

    private static bool IsTimes(char c) => c is 'x' or 'X' or '×' or '*' or '✕';

    // "¥3000日元": two own readings of one number; which one stands depends on what the library read first.
    private static bool Overlapping(IReadOnlyList<OwnSpan> own)
    {
        for (var i = 0; i < own.Count; i++)
        {
            for (var j = i + 1; j < own.Count; j++)
            {
                if (own[i].Start <= own[j].End && own[j].Start <= own[i].End && (own[i].Start, own[i].End) != (own[j].Start, own[j].End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Two readings of one kind with only spaces, commas or "and" between them: the library may read them as one.
    private static bool SideBySide(string text, IReadOnlyList<OwnSpan> own)
    {
        foreach (var first in own)
        {
            foreach (var second in own)
            {
                if (first.IsWeight == second.IsWeight && second.Start > first.End
                    && CueBook.Get(Cue.LibraryNeedJoiner).IsMatch(text.AsSpan(first.End + 1, second.Start - first.End - 1)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool PoundsBesideSterling(string text, IReadOnlyList<OwnSpan> own)
    {
        foreach (var span in own)
        {
            if (span.IsWeight && CueBook.Get(Cue.LibraryNeedPoundWord).IsMatch(text.AsSpan(span.Start, span.End - span.Start + 1)))
            {
                return CueBook.Get(Cue.LibraryNeedSterling).IsMatch(text);
            }
        }

        return false;
    }
}
