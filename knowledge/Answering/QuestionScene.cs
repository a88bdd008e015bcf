using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Whether a name in a question only sets the scene — whose shop, which storefront, where the selling happens ("my Amazon
/// listing", "on Amazon.de", "在德国亚马逊卖货", "Temu的…") — rather than being what the question is about.
/// </summary>
internal static partial class QuestionScene
{
    /// <summary>A name right after "on / in / for / at / from" or right before "的" (with more after it) sets the scene.</summary>
    public static bool IsScene(string text, NamedEntity entity)
    {
        // A space in front, so a name right after the question's first word ("via shopee …") reads as after any other.
        var before = " " + text[..entity.Start].TrimEnd().ToLowerInvariant();
        // "my Amazon listing", "our Shopee store": whose shop it is, not what the question is about.
        if (before.EndsWith(" on", StringComparison.Ordinal) || before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" for", StringComparison.Ordinal)
            || before.EndsWith(" at", StringComparison.Ordinal) || before.EndsWith(" from", StringComparison.Ordinal)
            // "via shopee to singapore", "sent by dhl", "we sell through alibaba": the way the goods go, not what is asked
            // ("can I ship batteries by ePacket?" asks about ePacket).
            || before.EndsWith(" via", StringComparison.Ordinal) || before.EndsWith(" through", StringComparison.Ordinal) || SentBy().IsMatch(before)
            || before.EndsWith(" my", StringComparison.Ordinal) || before.EndsWith(" our", StringComparison.Ordinal))
        {
            return true;
        }

        if (before.EndsWith("我的", StringComparison.Ordinal) || before.EndsWith("我们的", StringComparison.Ordinal))
        {
            return true;
        }

        // "Amazon.co.jp卖移动电源…": a platform written with its national storefront is the shop, not what is asked about.
        if (StorefrontDomain().IsMatch(text[(entity.Start + entity.Surface.Length)..]))
        {
            return true;
        }

        // "在德国亚马逊卖货…", "在Shopee上开店…": where the selling happens, not what is asked about.
        if (ChineseSceneBefore().IsMatch(before) && ChineseSceneAfter().IsMatch(text[(entity.Start + entity.Surface.Length)..]))
        {
            return true;
        }

        var end = entity.Start + entity.Surface.Length;
        // "the tax on an 80 dollar AliExpress order", "Temu包裹": the platform says where the goods were bought.
        if (entity.Kind == EntityKind.Platform && BoughtThingAfter().IsMatch(text[end..]))
        {
            return true;
        }

        // "Temu的…", "亚马逊上的ASIN", "速卖通上说的Choice": the platform whose thing is asked about.
        return (end < text.Length - 3 && text[end] == '的') || ChineseOwnerAfter().IsMatch(text[end..]);
    }

    [GeneratedRegex(@"\b(?:sent|shipped|delivered|posted|mailed)\s+by$", RegexOptions.IgnoreCase)]
    private static partial Regex SentBy();

    // "noon saudi orders", "allegro buyers in poland", "lazada马来西亚的订单", "亚马逊英国站的买家": the platform's orders or buyers,
    // a market or store named between or not, say where the goods were bought, not what is asked.
    [GeneratedRegex(@"^\s*(?:[A-Za-z]{2,12}\s+|\p{IsCJKUnifiedIdeographs}{1,5}站?)?((orders?|parcels?|packages?|purchases?|shipments?|buyers?|customers?|shoppers?)\b|的?(?:订单|包裹|买家|客户))", RegexOptions.IgnoreCase)]
    private static partial Regex BoughtThingAfter();

    [GeneratedRegex(@"^\s*(上|里)面?(说|讲|提)?的.{2,}")]
    private static partial Regex ChineseOwnerAfter();

    [GeneratedRegex(@"在[^，。？！,.?!\s]{0,6}$")]
    private static partial Regex ChineseSceneBefore();

    // "在亚马逊日本站卖": the store of one market between the platform and the verb.
    [GeneratedRegex(@"^\s*(?:\p{IsCJKUnifiedIdeographs}{1,4}站)?(上|里|站)?\s*(卖|开店|开通|上架|销售|发货|做|经营)")]
    private static partial Regex ChineseSceneAfter();

    /// <summary>A national storefront's domain ending right after a platform's name: ".de", ".co.uk", ".com.br".</summary>
    [GeneratedRegex(@"^\.(com?\.)?(?<country>[a-z]{2})(?![A-Za-z])", RegexOptions.IgnoreCase)]
    internal static partial Regex StorefrontDomain();
}
