namespace CrossBorderBot.Understanding.Quantities;

/// <summary>Reads the small Chinese numerals people type for weights and prices (三, 两, 十二, 一百五十, 半).</summary>
internal static class ChineseNumeral
{
    internal const string Characters = "零〇一二两三四五六七八九十百千万半";

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text == "半")
        {
            value = 0.5m;
            return true;
        }

        decimal total = 0;
        decimal section = 0;
        decimal digit = 0;
        var sawDigit = false;
        decimal lastUnit = 1;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                sawDigit = true;
                continue;
            }

            lastUnit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 1 };

            switch (c)
            {
                case '十':
                    section += (sawDigit ? digit : 1) * 10;
                    break;
                case '百':
                    section += (sawDigit ? digit : 1) * 100;
                    break;
                case '千':
                    section += (sawDigit ? digit : 1) * 1000;
                    break;
                case '万':
                    total += (section + (sawDigit ? digit : 0)) * 10000;
                    section = 0;
                    break;
                default:
                    return false;
            }

            digit = 0;
            sawDigit = false;
        }

        // "一万五", "三千二", "两百五": a lone digit after 百/千/万 counts in the next lower unit (15000, 3200, 250);
        // after a zero it is ones ("一千零五" is 1005).
        if (sawDigit && lastUnit >= 100 && !text.Contains('零') && !text.Contains('〇'))
        {
            digit *= lastUnit / 10;
        }

        value = total + section + digit;
        return value > 0;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
