using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// "卖到都柏林的台灯 爱尔兰增值税几个点", "belgium vat rate on clothes shipped from our dutch warehouse": a tax written with a
/// country's name is that country's tax, whatever other market the question also names (where the goods leave from, a city
/// read as another market's). A country the knowledge base holds no market for has no rate or rule to answer it with.
/// </summary>
internal static partial class TaxedCountry
{
    /// <summary>The country named with a tax ("爱尔兰增值税", "denmark vat", "vat in austria"), or null when no country is.</summary>
    public static NamedEntity? Of(QuestionAnalysis q)
    {
        foreach (var country in q.Entities.Where(e => e.Kind == EntityKind.Country))
        {
            var end = country.Start + country.Surface.Length;
            if (end <= q.Text.Length && (TaxAfter().IsMatch(q.Text[end..]) || TaxBefore().IsMatch(q.Text[..country.Start])))
            {
                return country;
            }
        }

        return null;
    }

    // Right after the name: "爱尔兰增值税", "denmark vat", "Austria's VAT rate", "austrian vat".
    [GeneratedRegex(@"^(?:'s|’s)?\s*(?:vat|gst|iva|tva|btw|mwst|moms|sales tax|consumption tax|增值税|消费税|销售税|商品及服务税)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex TaxAfter();

    // Right before it: "vat in ireland", "the gst rate of new zealand", "增值税在葡萄牙".
    [GeneratedRegex(@"(?<![A-Za-z])(?:vat|gst|iva|tva|sales tax|consumption tax)(?:\s+rates?)?\s+(?:in|of|for)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TaxBefore();
}
