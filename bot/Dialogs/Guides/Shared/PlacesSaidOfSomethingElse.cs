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
        var clauses = CueBook.Get(Cue.PlacesElseClauseBreak).Split(text);
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
        var homes = CueBook.Get(Cue.PlacesElseSellersHome).Matches(text).Select(match => match.Groups["place"].Value.Trim()).Where(place => place.Length > 0).ToList();
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
        return (CueBook.Get(Cue.PlacesElseSellersHome).Replace(text, match => match.Value.Remove(match.Groups["place"].Index - match.Index, match.Groups["place"].Length)), left);
    }

    /// <summary>True when the clause tells where the stock is kept or the goods are made, not where they are sold.</summary>
    public static bool WhereKeptOrMade(string clause) => CueBook.Get(Cue.PlacesElseKeptOrMade).IsMatch(clause);

    /// <summary>
    /// True when the clause tells where the seller sold before ("sold a little on amazon us last year", "之前在亚马逊日本站卖过一年"):
    /// asked about experience, a marketplace's country site is where they sold, not a market they want.
    /// </summary>
    public static bool WhereSoldBefore(string clause) => CueBook.Get(Cue.PlacesElseSoldBefore).IsMatch(clause);

    /// <summary>True when the clause compares with another parcel or shipment ("same weight as our german orders", "跟上次发东京的一样重").</summary>
    public static bool AnotherShipment(string clause) => CueBook.Get(Cue.PlacesElseComparedWith).IsMatch(clause);
}
