using CrossBorderBot.Dialogs.Slots;
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
    private const int MinimumChineseTypoLength = 3;
    private const int MinimumChineseSentenceTypoLength = 4;

    /// <summary>Longer messages are not searched for mended place names (the search looks at every run of characters).</summary>
    private const int MaxSentenceForSlips = 300;

    /// <summary>Replies this long or longer may be two slips from a place name ("philipins"): long names leave no doubt.</summary>
    private const int MinimumTwoSlipLength = 9;

    private readonly Dictionary<string, string> _idByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly int[] _chineseNameLengths;
    private readonly System.Text.RegularExpressions.Regex? _localPlace;
    private readonly Dictionary<string, string> _countryOfLocalPlace = new(StringComparer.OrdinalIgnoreCase);

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

        // "to florida", "发到佛罗里达": a state, province or city the knowledge base lists as a local place of its country
        // (for its own tax rules) is that country as a destination or market; a country's own name or alias wins.
        foreach (var country in knowledgeBase.Countries)
        {
            foreach (var place in (country.LocalPlaces?.En ?? []).Concat(country.LocalPlaces?.ZhCn ?? []).Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                _countryOfLocalPlace.TryAdd(place, country.Code);
                _idByName.TryAdd(place, country.Code);
            }
        }

        _localPlace = _countryOfLocalPlace.Count == 0 ? null : LocalPlacePattern(_countryOfLocalPlace.Keys);

        _chineseNameLengths = [.. _idByName.Keys.Where(name => name.All(IsChineseCharacter)).Select(name => name.Length).Distinct().Order()];

        // "SF", "KL": a place of several words typed by its initials in capitals is its country, when the initials stand
        // for one country only and are no place's name or country code already ("SA" is Saudi Arabia and South Africa).
        var initials = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var country in knowledgeBase.Countries)
        {
            foreach (var place in (country.LocalPlaces?.En ?? []).Concat(country.Aliases?.En ?? []).Append(country.Name.En))
            {
                if (Initials(place) is { } letters)
                {
                    (initials.TryGetValue(letters, out var codes) ? codes : initials[letters] = []).Add(country.Code);
                }
            }
        }

        foreach (var (letters, codes) in initials.Where(pair => pair.Value.Count == 1 && !_idByName.ContainsKey(pair.Key) && knowledgeBase.FindCountry(pair.Key) is null))
        {
            _countryOfInitials[letters] = codes.Single();
        }

        _initials = _countryOfInitials.Count == 0 ? null : new System.Text.RegularExpressions.Regex(
            $@"(?<![A-Za-z])(?:{string.Join('|', _countryOfInitials.Keys.OrderByDescending(k => k.Length))})(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // "amazon us", "etsy uk", "amazon.de", "ebay.co.uk": a marketplace's country site named after the marketplace.
        var platforms = knowledgeBase.Platforms.Select(p => p.Name.En.Split(' ', '(')[0].Trim().ToLowerInvariant()).Where(name => name.Length >= 3).Distinct().ToList();
        _englishSite = platforms.Count == 0 ? null : new System.Text.RegularExpressions.Regex(
            $@"\b(?:{string.Join('|', platforms.Select(System.Text.RegularExpressions.Regex.Escape))})(?:\s+|\.(?:com?\.)?)(?<site>[a-z]{{2,3}}|united\s+states|united\s+kingdom)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "the", "de", "la", "del", "da", "du", "city", "state" };

    // Words that are also two-letter country codes, but in a sentence after a marketplace mean something else ("amazon in germany").
    private static readonly HashSet<string> NotASite = new(StringComparer.OrdinalIgnoreCase) { "in", "it", "is", "at", "be", "to", "me", "no", "so", "my", "do", "go", "an", "as", "by", "of", "on", "or", "am", "he", "we", "hi", "and", "for", "the", "too", "now", "has", "was", "are", "can", "who", "all", "our" };

    private readonly Dictionary<string, string> _countryOfInitials = new(StringComparer.Ordinal);
    private readonly System.Text.RegularExpressions.Regex? _initials;
    private readonly System.Text.RegularExpressions.Regex? _englishSite;

    private static string? Initials(string place)
    {
        var words = place.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(word => !Connectors.Contains(word)).ToList();
        return words.Count is >= 2 and <= 4 && words.All(word => char.IsAsciiLetter(word[0]))
            ? string.Concat(words.Select(word => char.ToUpperInvariant(word[0])))
            : null;
    }

    /// <summary>The countries of places typed by their initials in capitals ("ship to a client in SF", "寄到KL"), in the order said.</summary>
    public IReadOnlyList<string> InitialsIn(string? text) =>
        string.IsNullOrEmpty(text) || _initials is null ? []
        : [.. _initials.Matches(text).Select(m => _countryOfInitials[m.Value]).Distinct(StringComparer.OrdinalIgnoreCase)];

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
    /// not a place said only as the seller's own ("a brand registered in China": <see cref="HomeMention"/>) or only to deny
    /// it ("Austria, not Belgium": <see cref="DeniedMention"/>).
    /// </summary>
    public List<string> PlacesNamed(MessageEntities entities, IEnumerable<string> placeGroups, string text) =>
        [.. entities.Countries.Where(c => Given(text, c.Text) && !InsideLocalPlace(text, c.Text) && !OneCharacterOfAWord(c.Text)).Select(c => c.Code)
            .Concat(entities.Regions.Where(r => Given(text, r.Text)).Select(r => r.Id))
            .Concat(placeGroups).Distinct(StringComparer.OrdinalIgnoreCase).Where(IsKnown)];

    // "做Shopify独立站两年了": a single Chinese character read as a country ("立" of 立陶宛) is part of another word; only the
    // one-character names Chinese really writes for places ("美", "日", the vocabulary's placeAbbreviations) stand alone.
    private static bool OneCharacterOfAWord(string mention) =>
        mention.Length == 1 && IsChineseCharacter(mention[0]) && !SlotVocabulary.Default.PlaceGroups.IsOneCharacterName(mention);

    /// <summary>
    /// The countries of the states, provinces and cities a message names ("to florida", "寄到德州"), in the order said,
    /// each once; not one said only as the seller's own place or only to deny it.
    /// </summary>
    public IReadOnlyList<string> LocalPlacesIn(string? text) =>
        string.IsNullOrEmpty(text) || _localPlace is null ? []
        : [.. _localPlace.Matches(text).Where(m => Given(text, m.Value)).Select(m => _countryOfLocalPlace[m.Value]).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// "Shopee马来站", "亚马逊日本站", "amazon us", "etsy uk", "amazon.de": the country of a marketplace's country site, named
    /// in full or by its first characters.
    /// </summary>
    public string? SiteCountry(string? text)
    {
        foreach (System.Text.RegularExpressions.Match match in _englishSite?.Matches(text ?? string.Empty) ?? (IEnumerable<System.Text.RegularExpressions.Match>)[])
        {
            var site = match.Groups["site"].Value;
            if (!NotASite.Contains(site) && (_idByName.TryGetValue(site, out var id) ? id : _knowledgeBase.FindCountry(site)?.Code) is { } found && IsKnown(found))
            {
                return found;
            }
        }

        foreach (System.Text.RegularExpressions.Match match in CountrySite().Matches(text ?? string.Empty))
        {
            var name = match.Groups["name"].Value;
            for (var start = 0; start + 2 <= name.Length; start++)
            {
                var tail = name[start..];
                if ((_idByName.TryGetValue(tail, out var id) ? id : ChineseShortForm(tail)) is { } found && IsKnown(found))
                {
                    return found;
                }
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<name>[\u4e00-\u9fff]{2,5})站")]
    private static partial System.Text.RegularExpressions.Regex CountrySite();

    // "british columbia" holds a slip of "colombia", "new mexico" holds "mexico": a country read inside a longer local
    // place name is that place's country, not its own.
    /// <summary>
    /// The local places' names, longest first, each as a whole word where it begins with a Latin letter. The names that
    /// begin with a Chinese character and the others are two alternations (a name of one kind can never match where one
    /// of the other begins), the second behind one shared word-start check: the same matches as one alternation of every
    /// name with its own checks, found several times faster, because the engine no longer tries each name's check at
    /// every position of every message.
    /// </summary>
    internal static System.Text.RegularExpressions.Regex LocalPlacePattern(IEnumerable<string> names)
    {
        var longestFirst = names.OrderByDescending(name => name.Length).ToList();
        var words = longestFirst.Where(name => !IsChineseCharacter(name[0])).Select(System.Text.RegularExpressions.Regex.Escape).ToList();
        var chinese = longestFirst.Where(name => IsChineseCharacter(name[0])).Select(System.Text.RegularExpressions.Regex.Escape).ToList();
        string[] alternations =
        [
            .. words.Count > 0 ? [$@"(?<![A-Za-z])(?:{string.Join('|', words)})(?![A-Za-z])"] : Array.Empty<string>(),
            .. chinese.Count > 0 ? [string.Join('|', chinese)] : Array.Empty<string>(),
        ];
        // Compiled: it runs on every message a guide reads (several times a turn), and the interpreter was 3 % of a turn's
        // CPU. Compiling is paid once, when the guides are built: tens of milliseconds of CPU (a pattern of this size
        // took ~85 ms on a loaded 2-core machine, against ~2 ms interpreted).
        return new System.Text.RegularExpressions.Regex(
            string.Join('|', alternations),
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);
    }

    private bool InsideLocalPlace(string text, string words) =>
        _localPlace is not null && _localPlace.Matches(text).Any(m => m.Length > words.Length && m.Value.Contains(words, StringComparison.OrdinalIgnoreCase));

    private static bool Given(string text, string words) => !HomeMention.OnlyHome(text, words) && !DeniedMention.OnlyDenied(text, words);

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
        if (GuideEntities.Location(_recognizer.Understand(trimmed, locale).Entities) is { } found && IsKnown(found))
        {
            return found;
        }

        // "the us mainly", "maybe canada later": words of degree or time around a place name are not part of it.
        var bare = PlaceFiller().Replace(trimmed, string.Empty).Trim();
        if (bare.Length > 0 && bare != trimmed)
        {
            return Resolve(bare, locale);
        }

        // "the us": lower-case "us" is the country after "the" (the pronoun never follows it).
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _idByName.TryGetValue(trimmed[4..].Trim(), out var named)
            ? named
            : OneSlipFrom(trimmed);
    }

    /// <summary>
    /// "austrlia", "nwe zealand", "澳大利呀": a reply that is one place name with one slip (a letter or character
    /// missing, extra, wrong or swapped) and fits exactly one place: Latin names of five letters or more, their words as
    /// written apart from the slip; Chinese names of three characters or more, one character wrong or two swapped. Only
    /// a whole reply to a place question, so words in a sentence are never bent into places.
    /// </summary>
    public string? OneSlipFrom(string? typed)
    {
        var reply = typed is null ? string.Empty : WhiteSpace.Collapse(typed.Trim().TrimEnd('.', '。', '!', '！').ToLowerInvariant());
        if (reply.Length >= MinimumTypoLength && reply.All(c => char.IsAsciiLetter(c) || c == ' '))
        {
            // "philipins": a long name may have two slips, when that still fits one place only.
            return OnlyPlace(_idByName.Where(pair => pair.Key.Length >= MinimumTypoLength && Math.Abs(pair.Key.Length - reply.Length) <= 1
                    && FuzzyNameMatcher.IsOneEditAway(reply, pair.Key.ToLowerInvariant())))
                ?? (reply.Length >= MinimumTwoSlipLength
                    ? OnlyPlace(_idByName.Where(pair => pair.Key.Length >= MinimumTwoSlipLength && Math.Abs(pair.Key.Length - reply.Length) <= 2
                        && EditDistance(reply, pair.Key.ToLowerInvariant()) <= 2))
                    : null);
        }

        return reply.Length >= MinimumChineseTypoLength && reply.All(IsChineseCharacter) ? OneChineseSlip(reply) : null;
    }

    /// <summary>
    /// "ceramic mugs to australa", "ship to nwe zealand": in a sentence, the one or two words right after "to" when they
    /// are one slip from exactly one place name (the same test as a whole reply). Only after "to", where a place is
    /// expected, so other words are never bent into places.
    /// </summary>
    public string? OneSlipAfterTo(string? text) =>
        text is null ? null
        : AfterTo().Matches(text)
            .SelectMany(match => match.Groups["second"].Success
                ? new[] { match.Groups["first"].Value + " " + match.Groups["second"].Value, match.Groups["first"].Value }
                : [match.Groups["first"].Value])
            .Where(words => words.Length >= MinimumTypoLength)
            .Select(OneSlipFrom)
            .FirstOrDefault(id => id is not null);

    /// <summary>
    /// "想卖到奥大利亚": in a Chinese sentence, a run of characters one character off a Chinese place name of four
    /// characters or more that fits exactly one place. Shorter names are too easily one character from ordinary words,
    /// so they are mended only as a whole reply (<see cref="OneSlipFrom"/>).
    /// </summary>
    public string? OneSlipInChineseSentence(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxSentenceForSlips)
        {
            return null;
        }

        foreach (var length in _chineseNameLengths.Where(length => length >= MinimumChineseSentenceTypoLength))
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                var window = text.Substring(start, length);
                if (window.All(IsChineseCharacter) && !_idByName.ContainsKey(window) && OneChineseSlip(window) is { } id)
                {
                    return id;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "马来", "新西": a reply of Chinese characters that begins exactly one place's Chinese name and is at least half of
    /// it — the short form people type. One character, or characters that begin several names, are no place.
    /// </summary>
    public string? ChineseShortForm(string? typed)
    {
        var reply = typed?.Trim().TrimEnd('.', '。', '!', '！') ?? string.Empty;
        return reply.Length >= 2 && reply.All(IsChineseCharacter)
            ? OnlyPlace(_idByName.Where(pair => pair.Key.Length > reply.Length && pair.Key.Length <= 2 * reply.Length
                && pair.Key.StartsWith(reply, StringComparison.Ordinal)))
            : null;
    }

    private string? OneChineseSlip(string typed) =>
        OnlyPlace(_idByName.Where(pair => pair.Key.Length == typed.Length && pair.Key.All(IsChineseCharacter)
            && FuzzyNameMatcher.IsOneEditAway(typed, pair.Key)));

    private static string? OnlyPlace(IEnumerable<KeyValuePair<string, string>> names)
    {
        var ids = names.Select(pair => pair.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    private static bool IsChineseCharacter(char c) => c is >= '\u4e00' and <= '\u9fff';

    // Levenshtein distance, for whole replies only (a reply against each place name once).
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    // No "\s*" opens the closing part: tried at every space of a long run of spaces, it made the search quadratic.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:mostly|mainly|primarily|probably|maybe|perhaps|just|only|first|at first|initially|then|also|主要是?|先|暂时|可能|也)\s*)+|(?:\b(?:mostly|mainly|first|later|too|also|for now|for a start|to start|to begin with|market|markets|maybe)\b|为主|市场|吧|先)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PlaceFiller();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bto\s+(?:the\s+)?(?<first>[A-Za-z]{2,})(?:\s+(?<second>[A-Za-z]{2,}))?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AfterTo();

    /// <summary>The name of a country code or region id in <paramref name="language"/>; the id itself when unknown.</summary>
    public string Name(string id, BotLanguage language) =>
        _knowledgeBase.FindCountry(id)?.Name.Get(language) ?? _knowledgeBase.FindRegion(id)?.Name.Get(language) ?? id;

    /// <summary>True when <paramref name="text"/> is, as a whole, a place name, code or alias the knowledge base knows.</summary>
    public bool IsExactName(string? text) => text is not null && _idByName.ContainsKey(text.Trim().TrimEnd('.', '。', '!', '！'));

    /// <summary>True when <paramref name="id"/> is a country code or region id of the knowledge base: a place a guide can use.</summary>
    public bool IsKnown(string id) => _knowledgeBase.FindCountry(id) is not null || _knowledgeBase.FindRegion(id) is not null;

    private static IEnumerable<string> Names(string id, LocalizedText name, LocalizedTerms? aliases) =>
        new[] { id, name.En, name.ZhCn }.Concat(aliases?.En ?? []).Concat(aliases?.ZhCn ?? []).Where(n => !string.IsNullOrWhiteSpace(n));
}
