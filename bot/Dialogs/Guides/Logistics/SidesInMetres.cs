namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Sides said in metres inside a Chinese size reply, rewritten as centimetres so the size reader sees one unit: "2米乘1米乘1米"
/// is "200乘100乘100", and "1米5" (一米五, a metre and a half, as Chinese says lengths) is "150". Centimetres and millimetres
/// ("厘米", "毫米") are left as they are.
/// </summary>
internal static class SidesInMetres
{
    public static string AsCentimetres(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        var at = 0;
        while (at < text.Length)
        {
            var metre = text.IndexOf('米', at);
            if (metre < 0)
            {
                result.Append(text, at, text.Length - at);
                break;
            }

            var start = metre;
            while (start > at && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            // No number right before it, or a unit of its own ("厘米", "毫米" have a character between the number and 米).
            if (start == metre || !decimal.TryParse(text[start..metre], NumberStyles.Number, CultureInfo.InvariantCulture, out var metres))
            {
                result.Append(text, at, metre + 1 - at);
                at = metre + 1;
                continue;
            }

            // "1米5": a single digit straight after the metre is its tenths.
            var end = metre + 1;
            if (end < text.Length && char.IsAsciiDigit(text[end]) && (end + 1 == text.Length || !char.IsAsciiDigit(text[end + 1])))
            {
                metres += (text[end] - '0') / 10m;
                end++;
            }

            result.Append(text, at, start - at).Append((metres * 100m).ToString("0.##", CultureInfo.InvariantCulture));
            at = end;
        }

        return result.ToString();
    }
}
