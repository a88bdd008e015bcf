using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Every name the knowledge base knows for its markets, countries, platforms, channels, marks, glossary terms and
/// export modes (names, the parts of a name such as "DDP" in "DDP (Delivered Duty Paid)", and aliases), and
/// <see cref="Find"/>, which finds them in a question: longest names first, never two on the same words.
/// </summary>
internal sealed partial class EntityCatalog
{
    // China is where the sellers ship from: naming it says nothing about which market a question is about.
    private const string HomeCountry = "cn";

    // Short names that are also everyday English words only count when written as the name is ("US", not "us").
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "us", "it", "is", "in", "do", "at", "am", "or", "on", "an", "as", "me", "be", "no", "id", "ca", "de", "fr", "sa", "ae", "au", "kr", "jp", "br", "mx", "ru", "gb", "eu",
        "my", "th", "sg", "ph", "vn", "tr", "es", "nl", "pl", "so", "to", "we", "he", "hi", "up", "go",
        "noon", "cod", "ppc", "sku",
    };

    // How firmly a surface names its entry: its own name or acronym, a bracket that is all one name, an alias or one
    // item of a bracketed list ("LCL" in "Sea freight (LCL/FCL) to an overseas warehouse"). Where one surface names
    // several entries of the same kind, only the firmest count: "SDoC" is the SDoC term, not the FCC term's alias.
    private const int OwnName = 3;
    private const int WholeBracket = 2;
    private const int Alias = 1;

    private readonly List<(string Surface, EntityKind Kind, string Id, int Priority)> _surfaces = [];
    private readonly List<(string Surface, EntityKind Kind, string Id, int Priority)> _localPlaces = [];
    private readonly CountryAdjectives _adjectives;
    private readonly string _homeCountryName;
    private readonly HashSet<string> _marketCodes = new(StringComparer.Ordinal);
    private readonly NameTypos _typos;

    public EntityCatalog(KnowledgeBase kb)
    {
        var marketIds = kb.Markets.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Built once: the short names and the misspelt names both ask which words the knowledge base itself writes.
        var englishTexts = new AnswerEntryCatalog(kb).All.Select(e => e.FullText(KnowledgeLanguage.English)).ToList();
        var countryWords = new List<(string Name, EntityKind Kind, string Id)>();
        foreach (var market in kb.Markets)
        {
            AddNames(EntityKind.Market, market.Id, market.Name, parentheticals: false);

            // "US", "EU": the code in capitals (matched only as written, see CommonWords).
            Add(market.Id.ToUpperInvariant(), EntityKind.Market, market.Id, OwnName);
            _marketCodes.Add(market.Id.ToUpperInvariant());
        }

        foreach (var region in kb.Regions.Where(r => marketIds.Contains(r.Id)))
        {
            AddNames(EntityKind.Market, region.Id, region.Name, parentheticals: false);
            AddAliases(EntityKind.Market, region.Id, region.Aliases);
        }

        foreach (var country in kb.Countries.Where(c => !c.Code.Equals(HomeCountry, StringComparison.OrdinalIgnoreCase)))
        {
            var kind = marketIds.Contains(country.Code) ? EntityKind.Market : EntityKind.Country;
            AddNames(kind, country.Code, country.Name, parentheticals: false);
            AddAliases(kind, country.Code, country.Aliases);
            // "California sales tax", "安大略省HST": a state, province or city names its country (see Find).
            _localPlaces.AddRange((country.LocalPlaces?.En ?? []).Concat(country.LocalPlaces?.ZhCn ?? []).Select(p => (p, kind, country.Code, Alias)));
            if (!country.Name.En.Contains(' ', StringComparison.Ordinal))
            {
                countryWords.Add((country.Name.En.ToLowerInvariant(), kind, country.Code));
            }

            // "American" comes from the alias "America", not from "United States".
            foreach (var alias in (country.Aliases?.En ?? []).Where(a => a.Length >= 5 && a.All(char.IsLetter)))
            {
                countryWords.Add((alias.ToLowerInvariant(), kind, country.Code));
            }
        }

        _homeCountryName = kb.Countries.FirstOrDefault(c => c.Code.Equals(HomeCountry, StringComparison.OrdinalIgnoreCase))?.Name.En ?? "China";

        foreach (var p in kb.Platforms)
        {
            AddNames(EntityKind.Platform, p.Id, p.Name, parentheticals: true);
        }

        foreach (var (shortName, id) in ShortNames.Platforms(kb, englishTexts))
        {
            Add(shortName, EntityKind.Platform, id, Alias);
        }

        foreach (var (prefix, id) in ShortNames.Channels(kb).Where(c => !_surfaces.Any(x => x.Surface.Equals(c.Name, StringComparison.OrdinalIgnoreCase))))
        {
            Add(prefix, EntityKind.LogisticsChannel, id, Alias);
        }

        foreach (var c in kb.LogisticsChannels)
        {
            AddNames(EntityKind.LogisticsChannel, c.Id, c.Name, parentheticals: true);
            AddAliases(EntityKind.LogisticsChannel, c.Id, c.Aliases);
        }

        // Words the glossary defines ("VAT", "EPR") or several marks share ("FDA") name a topic, not one mark.
        var glossaryWords = kb.Glossary.SelectMany(g => g.Aliases.Append(g.Term.En).SelectMany(a => a.Split([' ', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sharedWords = kb.Compliance.SelectMany(c => MixedCapsWord().Matches(c.Name.En).Select(m => m.Value).Distinct())
            .GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var c in kb.Compliance)
        {
            AddNames(EntityKind.Compliance, c.Id, c.Name, parentheticals: false);
            foreach (var article in ArticleNames.Of(c.Name.ZhCn).Concat(ArticleNames.OfEnglish(c.Name.En)))
            {
                Add(article, EntityKind.Compliance, c.Id, Alias);
            }

            // "Indonesia PMK 4/2025 — …" is asked about as "PMK 4/2025": a numbered regulation after its country's name.
            foreach (var part in NameParts(Brackets().Replace(c.Name.En, string.Empty)))
            {
                if (_surfaces.FirstOrDefault(s => s.Kind is EntityKind.Market or EntityKind.Country && part.StartsWith(s.Surface + " ", StringComparison.OrdinalIgnoreCase)) is { Surface: { } country }
                    && part[(country.Length + 1)..] is var rest && NumberedRegulation().IsMatch(rest))
                {
                    Add(rest, EntityKind.Compliance, c.Id, WholeBracket);
                }
            }

            // "EU REACH and RoHS chemical compliance" is asked about as "RoHS"; "… registration and prior notice"
            // as "… registration".
            foreach (var word in MixedCapsWord().Matches(c.Name.En).Select(m => m.Value).Where(w => !glossaryWords.Contains(w) && !sharedWords.Contains(w)))
            {
                Add(word, EntityKind.Compliance, c.Id, WholeBracket);
            }

            foreach (var part in Brackets().Replace(c.Name.En, string.Empty).Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Contains(' ', StringComparison.Ordinal))
                {
                    Add(part, EntityKind.Compliance, c.Id, WholeBracket);
                }
            }
        }

        var channelIds = kb.LogisticsChannels.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var g in kb.Glossary)
        {
            // "专线到沙特要几天": a term that is also a channel (the same id) names the channel too, which says how long.
            var kinds = channelIds.Contains(g.Id) ? new[] { EntityKind.GlossaryTerm, EntityKind.LogisticsChannel } : [EntityKind.GlossaryTerm];
            foreach (var kind in kinds)
            {
                AddNames(kind, g.Id, g.Term, parentheticals: true);
                foreach (var alias in g.Aliases)
                {
                    Add(alias, kind, g.Id, Alias);
                }
            }
        }

        foreach (var e in kb.ExportModes)
        {
            Add(e.Id, EntityKind.ExportMode, e.Id, OwnName);
            AddNames(EntityKind.ExportMode, e.Id, e.Name, parentheticals: false);
        }

        // Longest first, so "Amazon FBA" wins over "Amazon" and "South Korea" over "Korea".
        _surfaces.Sort((a, b) => b.Surface.Length.CompareTo(a.Surface.Length));
        _localPlaces.Sort((a, b) => b.Surface.Length.CompareTo(a.Surface.Length));
        _adjectives = new CountryAdjectives(marketIds, countryWords);
        _typos = new NameTypos(
            _surfaces.Where(s => s.Kind is EntityKind.Market or EntityKind.Country or EntityKind.Platform).Select(s => (s.Surface, s.Kind, s.Id)), englishTexts);
    }

    public IReadOnlyList<NamedEntity> Find(string question)
    {
        var found = new List<NamedEntity>();
        var taken = new bool[question.Length];
        var takenByPlace = new bool[question.Length];
        // Local places first, kept apart so they change no other name's order: "Indiana" is no "India", "New Mexico" no "Mexico".
        foreach (var (surface, kind, id, _) in _localPlaces.Concat(_surfaces))
        {
            foreach (var (start, length) in NameOccurrences.Of(question, surface, kind, CommonWords.Contains(surface), _marketCodes.Contains(surface)))
            {
                if (Enumerable.Range(start, length).Any(i => taken[i]))
                {
                    continue;
                }

                if (kind is EntityKind.Market or EntityKind.Country && AfterADirection(question, start))
                {
                    // Taken, so neither its adjective nor a typo reads the country back ("northern ireland" is no Ireland).
                    Array.Fill(taken, true, start, length);
                    Array.Fill(takenByPlace, true, start, length);
                    continue;
                }

                // The same words may name several things (ePacket the channel and the glossary term): keep each.
                var same = _localPlaces.Concat(_surfaces).Where(x => x.Surface.Equals(surface, StringComparison.OrdinalIgnoreCase)).ToList();
                foreach (var (s2, k2, id2, priority) in same)
                {
                    if (same.Any(x => x.Kind == k2 && x.Priority > priority))
                    {
                        continue;
                    }

                    if (!found.Any(f => f.Kind == k2 && f.Id.Equals(id2, StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add(new NamedEntity(k2, id2, question.Substring(start, length), start));
                    }
                }

                for (var i = start; i < start + length; i++)
                {
                    taken[i] = true;
                    takenByPlace[i] |= kind is EntityKind.Market or EntityKind.Country;
                }
            }
        }

        foreach (Match word in LatinWord().Matches(question))
        {
            // "Australian GST" names the tax and, through its adjective, the market.
            if (takenByPlace[word.Index] || _adjectives.Read(word.Value) is not { } country)
            {
                continue;
            }

            if (!found.Any(f => f.Kind == country.Kind && f.Id == country.Id))
            {
                found.Add(new NamedEntity(country.Kind, country.Id, word.Value, word.Index));
            }
        }

        foreach (Match word in LatinWord().Matches(question))
        {
            // "singapre gst", "alliexpress fees": a word one letter off a market's or platform's name, and no word of the base's own.
            if (Enumerable.Range(word.Index, word.Length).Any(i => taken[i]) || found.Any(f => f.Start == word.Index) || _typos.Read(word.Value) is not { } typo)
            {
                continue;
            }

            if (!found.Any(f => f.Kind == typo.Kind && f.Id == typo.Id))
            {
                found.Add(new NamedEntity(typo.Kind, typo.Id, word.Value, word.Index));
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    // "south america", "northern ireland", "new south wales": a direction before a country's name makes another place (a region
    // or part of a country), unless the two are a name the base holds ("South Korea" is matched whole before "Korea").
    private static bool AfterADirection(string question, int start) =>
        DirectionBefore().IsMatch(question[..start]);

    [GeneratedRegex(@"\b(?:north|south|east|west|northern|southern|eastern|western|central|latin|new)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionBefore();

    /// <summary>
    /// The text with the home country's adjective written as its name ("Chinese products" → "China    products", padded
    /// so offsets stay put): entries say "goods from China", and the home country is no entity, so only its words meet.
    /// </summary>
    public string WithHomeCountryName(string text) => HomeAdjective().Replace(text, m => _homeCountryName.PadRight(m.Length));

    [GeneratedRegex(@"\bChinese(?=\b|-)", RegexOptions.IgnoreCase)]
    private static partial Regex HomeAdjective();

    // An alias the data gives on purpose ("整柜" for FCL) names its entry more firmly than one item of another entry's
    // bracketed list ("海运头程（拼箱/整箱）+ 海外仓").
    private void AddAliases(EntityKind kind, string id, LocalizedTerms? aliases)
    {
        foreach (var alias in (aliases?.En ?? []).Concat(aliases?.ZhCn ?? []))
        {
            Add(alias, kind, id, WholeBracket);
        }
    }

    private void AddNames(EntityKind kind, string id, LocalizedText name, bool parentheticals)
    {
        foreach (var text in new[] { name.En, name.ZhCn })
        {
            Add(text, kind, id, OwnName);
            var bracket = Brackets().Match(text);
            var head = bracket.Success ? text[..bracket.Index] : text;
            // "EU Battery Regulation — supply-chain due diligence": one part of a name of several is less firmly this entry's than
            // another entry's whole name ("EU Battery Regulation (EU) 2023/1542").
            var headParts = NameParts(head);
            foreach (var part in headParts)
            {
                Add(part.Trim('"', '“', '”'), kind, id, headParts.Length > 1 ? WholeBracket : OwnName);
            }

            var acronym = Acronym().Match(text);
            if (acronym.Success)
            {
                Add(acronym.Value, kind, id, OwnName);
            }

            if (!bracket.Success)
            {
                continue;
            }

            // "CIF (Cost, Insurance and Freight)": a bracket that spells out the acronym is one name; its words one by one
            // ("Cost") are everyday words, as is one lower-case word of a list ("(surface/air)": how the packet travels).
            var parts = acronym.Success && SpellsOut(acronym.Value, bracket.Groups[1].Value)
                ? [bracket.Groups[1].Value.Trim()]
                : bracket.Groups[1].Value.Split([',', '，', '、', '/', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                // Marks and rules qualify their names in brackets ("(EU and UK)"); only an acronym there is a name.
                if ((parentheticals && !(parts.Length > 1 && part.All(char.IsAsciiLetterLower))) || Acronym().Match(part) is { Success: true } m && m.Value == part)
                {
                    Add(part, kind, id, parts.Length == 1 ? WholeBracket : Alias);
                }
            }
        }
    }

    private void Add(string surface, EntityKind kind, string id, int priority)
    {
        var trimmed = surface.Trim();

        // "Made-in-China.com" is also written without its domain; "国际商业快递" without "国际" (international).
        if (trimmed.EndsWith(".com", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 8)
        {
            Add(trimmed[..^4], kind, id, priority);
        }

        if (trimmed.StartsWith("国际", StringComparison.Ordinal) && trimmed.Length > 4)
        {
            Add(trimmed[2..], kind, id, priority);
        }

        // "海运头程" (sea first leg) is asked about as "海运" (by sea).
        if (trimmed.EndsWith("头程", StringComparison.Ordinal) && trimmed.Length >= 4 && !trimmed.Contains(' ', StringComparison.Ordinal))
        {
            Add(trimmed[..^2], kind, id, priority);
        }

        // "2025" from "PMK 4/2025" is a year, not a name: every question about that year would name the rule.
        if (trimmed.Length < 2 || trimmed.All(char.IsDigit) && (trimmed.Length < 4 || IsYear(trimmed)))
        {
            return;
        }

        // A mark's or rule's name may start with a country ("US low-value entry"): that word names the country.
        if (kind is not (EntityKind.Market or EntityKind.Country)
            && _surfaces.Any(s => s.Kind is EntityKind.Market or EntityKind.Country && s.Surface.Equals(trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var known = _surfaces.FindIndex(s => s.Kind == kind && s.Id == id && s.Surface.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
        if (known < 0)
        {
            _surfaces.Add((trimmed, kind, id, priority));
        }
        else if (_surfaces[known].Priority < priority)
        {
            _surfaces[known] = _surfaces[known] with { Priority = priority };
        }

        // "Incoterm" names "Incoterms", "mark" names "marks".
        if (!KnowledgeLanguage.ContainsCjk(trimmed) && trimmed.Length > 4 && trimmed.EndsWith('s') && !trimmed.EndsWith("ss", StringComparison.Ordinal))
        {
            var singular = trimmed[..^1];
            if (!_surfaces.Any(s => s.Kind == kind && s.Id == id && s.Surface.Equals(singular, StringComparison.OrdinalIgnoreCase)))
            {
                _surfaces.Add((singular, kind, id, priority));
            }
        }
    }

    // A name's head is split at ":", "—" and "/" into the names it joins ("VAT / IOSS"), but not at the "/" of a number ("4/2025").
    private static string[] NameParts(string head) =>
        NamePartSeparator().Split(head).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    private static bool IsYear(string digits) => digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal));

    // The capitalised words of a bracket, first letters joined, are the acronym ("Cost, Insurance and Freight" → CIF).
    private static bool SpellsOut(string acronym, string bracket) =>
        string.Concat(bracket.Split([' ', ',', '，', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]))
            .Equals(acronym, StringComparison.Ordinal);

    [GeneratedRegex(@"[:：—]|(?<!\d)/|/(?!\d)")]
    private static partial Regex NamePartSeparator();

    // "PMK 4/2025", "BIS 2012": an acronym, then a number.
    [GeneratedRegex(@"^[A-Z]{2,}\s+\d")]
    private static partial Regex NumberedRegulation();

    [GeneratedRegex(@"[（(]([^)）]*)[)）]")]
    private static partial Regex Brackets();


    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,5}(?=\b|[^A-Za-z])")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{3,}\b")]
    private static partial Regex MixedCapsWord();

    [GeneratedRegex(@"\b[A-Za-z]{4,}\b")]
    private static partial Regex LatinWord();
}
