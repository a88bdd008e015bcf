using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Turns what a user types for a destination or market ("Germany", "德国", "DE", "the EU", "ship it to Spain") into a
/// country code or region id of the knowledge base's geography, and back into a name in the user's language.
/// </summary>
public sealed partial class GuideLocationResolver
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly CrossBorderRecognizer _recognizer;
    private const int MinimumTypoLength = 5;

    private readonly Dictionary<string, string> _idByName = new(StringComparer.OrdinalIgnoreCase);

    public GuideLocationResolver(KnowledgeBase knowledgeBase, CrossBorderRecognizer recognizer)
    {
        _knowledgeBase = knowledgeBase;
        _recognizer = recognizer;
        foreach (var region in knowledgeBase.Regions)
        {
            foreach (var name in Names(region.Id, region.Name, region.Aliases))
            {
                _idByName.TryAdd(name, region.Id);
            }
        }

        // Country names win over region aliases spelled the same, as in the advisors.
        foreach (var country in knowledgeBase.Countries)
        {
            foreach (var name in Names(country.Code, country.Name, country.Aliases))
            {
                _idByName[name] = country.Code;
            }
        }
    }

    /// <summary>
    /// The places a destination stands for: a region ("Southeast Asia", "the EU", "海湾国家") is the countries of that
    /// region that have a market in the knowledge base (for the EU, its members), in the data's order, so each can be
    /// advised on; a country, or a region with no such market, is itself.
    /// </summary>
    public IReadOnlyList<string> MarketsOf(string id)
    {
        if (_knowledgeBase.FindRegion(id) is null)
        {
            return [id];
        }

        var inRegion = _knowledgeBase.Countries
            .Where(country => (id == "eu" ? country.Eu : string.Equals(country.Region, id, StringComparison.OrdinalIgnoreCase))
                && _knowledgeBase.FindMarket(country.Code) is not null)
            .Select(country => country.Code)
            .ToList();
        return inRegion.Count > 0 ? inRegion : [id];
    }

    /// <summary>
    /// The places a message names, each once, in the order said: the recognizer's countries and regions, then places
    /// written as one word (<paramref name="placeGroups"/>: "欧美" is Europe and the US); only ones the base knows, and
    /// not a place said only as the seller's own ("a brand registered in China": <see cref="HomeMention"/>).
    /// </summary>
    public List<string> PlacesNamed(MessageEntities entities, IEnumerable<string> placeGroups, string text) =>
        [.. entities.Countries.Where(c => !HomeMention.OnlyHome(text, c.Text)).Select(c => c.Code)
            .Concat(entities.Regions.Where(r => !HomeMention.OnlyHome(text, r.Text)).Select(r => r.Id))
            .Concat(placeGroups).Distinct(StringComparer.OrdinalIgnoreCase).Where(IsKnown)];

    /// <summary>The country code or region id meant by <paramref name="text"/>; null when none is recognised.</summary>
    public string? Resolve(string? text, string? locale)
    {
        var trimmed = text?.Trim().TrimEnd('.', '。', '!', '！');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (_idByName.TryGetValue(trimmed, out var id))
        {
            return id;
        }

        // A sentence ("to Germany please", "发往德国") is left to the recognizer's place names.
        return GuideEntities.Location(_recognizer.Understand(trimmed, locale).Entities) is { } found && IsKnown(found)
            ? found
            : OneSlipFrom(trimmed);
    }

    /// <summary>
    /// "austrlia", "germnay": a reply that is one Latin word of five letters or more, one slip (a letter missing, extra,
    /// wrong or swapped) from exactly one place name. Only a whole reply to a place question, so words in a sentence
    /// are never bent into places.
    /// </summary>
    private string? OneSlipFrom(string typed)
    {
        if (typed.Length < MinimumTypoLength || !typed.All(char.IsAsciiLetter))
        {
            return null;
        }

        var ids = _idByName
            .Where(pair => pair.Key.Length >= MinimumTypoLength && Math.Abs(pair.Key.Length - typed.Length) <= 1
                && FuzzyNameMatcher.IsOneEditAway(typed.ToLowerInvariant(), pair.Key.ToLowerInvariant()))
            .Select(pair => pair.Value)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>
    /// "ceramic mugs to australa": in a sentence, the word right after "to" when it is one slip from exactly one place
    /// name (the same test as a whole reply). Only after "to", where a place is expected, so other words are never bent
    /// into places.
    /// </summary>
    public string? OneSlipAfterTo(string? text) =>
        text is null ? null
        : AfterTo().Matches(text).Select(match => OneSlipFrom(match.Groups["word"].Value)).FirstOrDefault(id => id is not null);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bto\s+(?:the\s+)?(?<word>[A-Za-z]{5,})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AfterTo();

    /// <summary>The name of a country code or region id in <paramref name="language"/>; the id itself when unknown.</summary>
    public string Name(string id, BotLanguage language) =>
        _knowledgeBase.FindCountry(id)?.Name.Get(language) ?? _knowledgeBase.FindRegion(id)?.Name.Get(language) ?? id;

    /// <summary>True when <paramref name="id"/> is a country code or region id of the knowledge base: a place a guide can use.</summary>
    public bool IsKnown(string id) => _knowledgeBase.FindCountry(id) is not null || _knowledgeBase.FindRegion(id) is not null;

    private static IEnumerable<string> Names(string id, LocalizedText name, LocalizedTerms? aliases) =>
        new[] { id, name.En, name.ZhCn }.Concat(aliases?.En ?? []).Concat(aliases?.ZhCn ?? []).Where(n => !string.IsNullOrWhiteSpace(n));
}
