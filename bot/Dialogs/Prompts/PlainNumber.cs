using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Reads an answer that is nothing but a number: digits ("12", "3.5", full-width "１２"), or Chinese numerals
/// ("十二", "三点五", "第二"). Done without Microsoft.Recognizers.Text on purpose: its Chinese models were seen to
/// stop recognizing anything for the rest of the process after being initialised by concurrent turns, and the
/// plain cases are the ones users type most.
/// </summary>
internal static class PlainNumber
{
    private const string ChineseDigits = "零一二三四五六七八九";

    public static decimal? Parse(string? text)
    {
        var answer = AnswerNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return ParseChinese(answer.StartsWith('第') ? answer[1..] : answer);
    }

    private static decimal? ParseChinese(string answer)
    {
        var parts = answer.Replace('〇', '零').Split('点');
        if (parts.Length > 2 || parts[0].Length == 0)
        {
            return null;
        }

        decimal whole;
        if (parts[0] == "零")
        {
            whole = 0;
        }
        else if (!ChineseNumeral.TryParse(parts[0], out whole))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return whole;
        }

        var fraction = 0m;
        var scale = 0.1m;
        foreach (var c in parts[1])
        {
            var digit = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            fraction += digit * scale;
            scale /= 10;
        }

        return parts[1].Length == 0 ? null : whole + fraction;
    }
}
