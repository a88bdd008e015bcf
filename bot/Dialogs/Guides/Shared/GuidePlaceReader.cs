using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>The places a guide message gives, in the order said.</summary>
/// <param name="Ids">Country codes and region ids of the knowledge base; empty when the message names none.</param>
/// <param name="GroupWords">The user's words for a group of countries that is no single market ("the Gulf", "北欧"), when the places came from one.</param>
/// <param name="Mended">True when the place was read through a slip in its name ("nwe zealand", "沙特阿拉拍"): the guide says what it took.</param>
public sealed record GuidePlaces(List<string> Ids, string? GroupWords, bool Mended)
{
    /// <summary>True when what was taken is not simply what was typed (a slip mended, a group's countries): the guide says it back.</summary>
    public bool SaysBack => Mended || GroupWords is not null;
}

/// <summary>
/// Reads the places a message gives to a guide's place question — the one reader of the logistics and platform guides:
/// the recognizer's countries and regions, places written as one word ("欧美"), groups of countries named in words the
/// knowledge base has no market for ("the gulf", "北欧", taken as their countries), and a place name with one slip in
/// it (after "to" or in a Chinese sentence; as a whole reply only at the place question itself).
/// </summary>
public sealed class GuidePlaceReader(KnowledgeBase knowledgeBase, GuideLocationResolver locations, SlotVocabulary vocabulary)
{
    /// <param name="text">The message.</param>
    /// <param name="entities">What the recognizer found in it.</param>
    /// <param name="waiting">True when the guide's place question is the one waiting: the whole reply may be a place with a slip.</param>
    public GuidePlaces Read(string text, MessageEntities entities, bool waiting)
    {
        // "沙特阿拉拍" at the place question: the recognizer may see a shorter name inside it ("沙特"), but the reply is
        // one place name with a slip, which is said back so the user sees what was taken.
        if (waiting && !locations.IsExactName(text) && (locations.OneSlipFrom(text) ?? locations.ChineseShortForm(text)) is { } mended)
        {
            return new GuidePlaces([mended], null, Mended: true);
        }

        var places = locations.PlacesNamed(entities, vocabulary.PlaceGroups.Read(text), text);

        // "the gulf", "北欧": a group of countries the knowledge base has no market for is its countries (those with market
        // data when it has some), said with the user's words; the region the recognizer may read for it is not kept.
        var region = vocabulary.RegionWords.Read(text);
        if (region is { Group: var group })
        {
            var countries = group.Places.Where(id => knowledgeBase.FindMarket(id) is not null).ToList() is { Count: > 0 } modelled
                ? modelled
                : group.Places.Where(locations.IsKnown).ToList();
            places = [.. places.Where(id => knowledgeBase.FindRegion(id) is null).Concat(countries).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        // "to florida", "发到佛罗里达", "to a client in SF": a state, province or city is its country.
        places = [.. places.Concat(locations.LocalPlacesIn(text)).Concat(locations.InitialsIn(text)).Distinct(StringComparer.OrdinalIgnoreCase)];

        // "Shopee马来站": a marketplace's country site names its country.
        if (places.Count == 0 && locations.SiteCountry(text) is { } site)
        {
            places.Add(site);
        }

        var slip = false;
        if (places.Count == 0 && (locations.OneSlipAfterTo(text) ?? locations.OneSlipInChineseSentence(text)) is { } misspelt)
        {
            places.Add(misspelt);
            slip = true;
        }

        // Sellers ship and sell from China: "from China to Germany" names the origin too, and the market is the other place.
        if (places.Count > 1)
        {
            places.RemoveAll(id => string.Equals(id, "cn", StringComparison.OrdinalIgnoreCase));
        }

        return new GuidePlaces(places, places.Count > 0 ? region?.Words : null, slip);
    }

    /// <summary>The places as the user is told them: "Sweden, Denmark (for “the nordics”, which is not one market in my data)".</summary>
    public string Say(IEnumerable<string> ids, string? groupWords, BotLanguage language)
    {
        var names = string.Join(language.IsChinese ? "、" : ", ", ids.Select(id => locations.Name(id, language)));
        return groupWords is null ? names : string.Format(CultureInfo.InvariantCulture, SlotText.For(language).RegionAsCountries, groupWords, names);
    }
}
