namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// A cheap test of whether a message could hold a number at all (a digit, a Chinese numeral or an English number word),
/// so Microsoft.Recognizers.Text, the costliest part of reading a message, runs only where it can find something.
/// Every weight and amount the library reads starts from a number it finds first, so skipping the rest changes nothing
/// it would have returned (the recognizer tests check this over the training, evaluation and hold-out lines).
/// </summary>
internal static partial class NumberCue
{
    // Chinese numerals in everyday and financial (大写) forms, plus 半 (half) and 几 (a few), which the library reads too.
    private const string ChineseNumerals = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半几";

    /// <summary>False only when the text has no digit, no Chinese numeral and no English number word.</summary>
    public static bool MayHoldNumber(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) || IsChineseNumeral(c))
            {
                return true;
            }
        }

        return HasEnglishNumberWord(text);
    }

    /// <summary>Whether <paramref name="c"/> is one of the Chinese numerals the library reads.</summary>
    public static bool IsChineseNumeral(char c) => c >= '\u3007' && ChineseNumerals.Contains(c);

    /// <summary>Whether the text has an English number word, which the library reads and the bot's own readers do not.</summary>
    public static bool HasEnglishNumberWord(string text) => EnglishNumberWordRegex().IsMatch(text);

    // Cardinals, tens, scales, fractions and ordinals at the start of a word ("twenty-five", "fifths", "tenth"); the
    // library's English number patterns all begin at a word boundary.
    [GeneratedRegex(
        @"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift|twent|fort|ninet|hundred|thousand|million|billion|trillion|dozen|half|halv|quarter|couple|pair|score|first|second|third|sixth|nil|none)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNumberWordRegex();
}
