using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Places said of something else than where the goods go or are sold: where the stock is kept or the goods are made
/// ("德国有个海外仓", "our stock sits in a warehouse in the us", "工厂在越南"), or another parcel a fact is compared with
/// ("跟上次发东京的一样重", "same weight as our german orders"). Their clauses are left out before the places are read, so
/// they never replace or add a market or destination; when nothing else names a place, the message is read whole. Where
/// the seller is from ("we're a uk company", "我们是一家德国公司") is left out always (<see cref="WithoutSellersHome"/>).
/// </summary>
public static partial class PlacesSaidOfSomethingElse
{
    /// <summary>The message and its entities without the clauses <paramref name="aboutSomethingElse"/> picks, when another place is left.</summary>
    public static (string Text, MessageEntities Entities) Without(string text, MessageEntities entities, Func<string, bool> aboutSomethingElse, bool keepWhenNoneLeft)
    {
        var clauses = ClauseBreak().Split(text);
        var elsewhere = clauses.Where(aboutSomethingElse).ToList();
        if (elsewhere.Count == 0)
        {
            return (text, entities);
        }

        var rest = string.Join(", ", clauses.Except(elsewhere));
        bool Outside(string words) => rest.Contains(words, StringComparison.OrdinalIgnoreCase);
        var left = entities with
        {
            Countries = [.. entities.Countries.Where(c => Outside(c.Text))],
            Regions = [.. entities.Regions.Where(r => Outside(r.Text))],
        };
        return keepWhenNoneLeft && left.Countries.Count + left.Regions.Count == 0 ? (text, entities) : (rest, left);
    }

    /// <summary>
    /// The message and its entities without the places that say who the seller is ("we're a uk company", "an italian family
    /// business", "我们是一家德国公司"): where the seller is from is no market or destination, even when no other place is named
    /// (the guide asks for it instead). A place the seller sells or ships to stays ("a company selling to the us").
    /// </summary>
    public static (string Text, MessageEntities Entities) WithoutSellersHome(string text, MessageEntities entities)
    {
        var homes = SellersHome().Matches(text).Select(match => match.Groups["place"].Value.Trim()).Where(place => place.Length > 0).ToList();
        if (homes.Count == 0)
        {
            return (text, entities);
        }

        bool Home(string words) => homes.Any(home => home.Contains(words.Trim(), StringComparison.OrdinalIgnoreCase));
        var left = entities with
        {
            Countries = [.. entities.Countries.Where(c => !Home(c.Text))],
            Regions = [.. entities.Regions.Where(r => !Home(r.Text))],
        };
        return (SellersHome().Replace(text, match => match.Value.Remove(match.Groups["place"].Index - match.Index, match.Groups["place"].Length)), left);
    }

    /// <summary>True when the clause tells where the stock is kept or the goods are made, not where they are sold.</summary>
    public static bool WhereKeptOrMade(string clause) => KeptOrMade().IsMatch(clause);

    [GeneratedRegex(@"\b(?:warehouses?|stock\s+(?:sits|is\s+kept|is\s+stored)|factory|factories|plant|workshop|based|headquartered|hq|office|offices|we'?re\s+located|made\s+in|produced\s+in|manufactured\s+in)\b|海外仓|仓库|工厂|厂在|厂子|总部|公司在|办公室|生产基地|产地", RegexOptions.IgnoreCase)]
    private static partial Regex KeptOrMade();

    /// <summary>
    /// True when the clause tells where the seller sold before ("sold a little on amazon us last year", "之前在亚马逊日本站卖过一年"):
    /// asked about experience, a marketplace's country site is where they sold, not a market they want.
    /// </summary>
    public static bool WhereSoldBefore(string clause) => SoldBefore().IsMatch(clause);

    [GeneratedRegex(@"\b(?:sold|been\s+selling|listed|tried|did|done|had\s+a\s+shop)\b[^,.;]{0,30}\bon\b|\b(?:last|a|one|two|three)\s+(?:year|years|months?)\s+on\b|(?:卖|做|开店|开|运营|干)(?:了|过)|(?:之前|以前|去年)在", RegexOptions.IgnoreCase)]
    private static partial Regex SoldBefore();

    /// <summary>True when the clause compares with another parcel or shipment ("same weight as our german orders", "跟上次发东京的一样重").</summary>
    public static bool AnotherShipment(string clause) => ComparedWith().IsMatch(clause);

    [GeneratedRegex(@"\b(?:same\s+(?:weight|size|box|parcel|value)\s+as|as\s+(?:heavy|big|large)\s+as|like\s+(?:the|our|last)\b|last\s+time|previous\s+(?:parcel|order|shipment))|上次|上回|之前发|以前发|跟[^，,。；;]{0,12}一样|和[^，,。；;]{0,12}一样", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWith();

    // "we're a uk company", "as an italian family business", "i'm a small us seller", "我们是一家美国公司", "我们是香港企业": one or
    // two words (or up to six Chinese characters, none a verb of selling or shipping) between the seller and its kind.
    [GeneratedRegex(@"\b(?:we(?:'re|\s+are)|i(?:'m|\s+am)|as)\s+(?:a|an)\s+(?:small\s+|little\s+|young\s+)?(?<place>[a-z.]+(?:\s+[a-z.]+)?)\s+(?:family\s+)?(?:company|firm|business|brand|seller|startup|manufacturer|factory|exporter|trading\s+company)\b|(?:我们|我)是(?:一家|一个|家)?(?<place>(?:(?!卖|到|做|出口|发|往|在)[\u4e00-\u9fff]){2,6}?)(?:的)?(?:公司|企业|工厂|品牌|卖家|商家)", RegexOptions.IgnoreCase)]
    private static partial Regex SellersHome();

    [GeneratedRegex(@"[,，;；。]|\band\b|\bbut\b")]
    private static partial Regex ClauseBreak();
}
