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

    // Adjectives of country names that no spelling rule derives from the name.
    private static readonly Dictionary<string, string> IrregularAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["french"] = "fr", ["british"] = "gb", ["emirati"] = "ae", ["dutch"] = "nl", ["swiss"] = "ch", ["thai"] = "th",
        ["filipino"] = "ph", ["vietnamese"] = "vn", ["turkish"] = "tr", ["korean"] = "kr", ["saudi"] = "sa",
        ["italian"] = "it", ["spanish"] = "es", ["polish"] = "pl", ["malay"] = "my",
        ["czech"] = "cz", ["slovak"] = "sk", ["danish"] = "dk", ["swedish"] = "se", ["finnish"] = "fi", ["norwegian"] = "no",
        ["greek"] = "gr", ["irish"] = "ie", ["portuguese"] = "pt", ["belgian"] = "be", ["maltese"] = "mt", ["cypriot"] = "cy",
        ["kazakh"] = "kz", ["burmese"] = "mm", ["peruvian"] = "pe", ["panamanian"] = "pa", ["uzbek"] = "uz",
    };

    // How firmly a surface names its entry: its own name or acronym, a bracket that is all one name, an alias or one
    // item of a bracketed list ("LCL" in "Sea freight (LCL/FCL) to an overseas warehouse"). Where one surface names
    // several entries of the same kind, only the firmest count: "SDoC" is the SDoC term, not the FCC term's alias.
    private const int OwnName = 3;
    private const int WholeBracket = 2;
    private const int Alias = 1;

    private readonly List<(string Surface, EntityKind Kind, string Id, int Priority)> _surfaces = [];
    private readonly List<(string Surface, EntityKind Kind, string Id, int Priority)> _localPlaces = [];
    private readonly List<(string Name, EntityKind Kind, string Id)> _countryWords = [];
    private readonly string _homeCountryName;
    private readonly HashSet<string> _marketCodes = new(StringComparer.Ordinal);

    public EntityCatalog(KnowledgeBase kb)
    {
        var marketIds = kb.Markets.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
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
                _countryWords.Add((country.Name.En.ToLowerInvariant(), kind, country.Code));
            }

            // "American" comes from the alias "America", not from "United States".
            foreach (var alias in (country.Aliases?.En ?? []).Where(a => a.Length >= 5 && a.All(char.IsLetter)))
            {
                _countryWords.Add((alias.ToLowerInvariant(), kind, country.Code));
            }
        }

        _homeCountryName = kb.Countries.FirstOrDefault(c => c.Code.Equals(HomeCountry, StringComparison.OrdinalIgnoreCase))?.Name.En ?? "China";

        foreach (var p in kb.Platforms)
        {
            AddNames(EntityKind.Platform, p.Id, p.Name, parentheticals: true);
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
            foreach (var article in ChineseArticleNames.Of(c.Name.ZhCn))
            {
                Add(article, EntityKind.Compliance, c.Id, Alias);
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

        foreach (var g in kb.Glossary)
        {
            AddNames(EntityKind.GlossaryTerm, g.Id, g.Term, parentheticals: true);
            foreach (var alias in g.Aliases)
            {
                Add(alias, EntityKind.GlossaryTerm, g.Id, Alias);
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
        IrregularAdjectiveKinds = IrregularAdjectives.ToDictionary(
            pair => pair.Key,
            pair => marketIds.Contains(pair.Value) ? EntityKind.Market : EntityKind.Country,
            StringComparer.OrdinalIgnoreCase);
    }

    private Dictionary<string, EntityKind> IrregularAdjectiveKinds { get; }

    public IReadOnlyList<NamedEntity> Find(string question)
    {
        var found = new List<NamedEntity>();
        var taken = new bool[question.Length];
        var takenByPlace = new bool[question.Length];
        // Local places first, kept apart so they change no other name's order: "Indiana" is no "India", "New Mexico" no "Mexico".
        foreach (var (surface, kind, id, _) in _localPlaces.Concat(_surfaces))
        {
            foreach (var start in Occurrences(question, surface))
            {
                if (Enumerable.Range(start, surface.Length).Any(i => taken[i]))
                {
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
                        found.Add(new NamedEntity(k2, id2, question.Substring(start, surface.Length), start));
                    }
                }

                for (var i = start; i < start + surface.Length; i++)
                {
                    taken[i] = true;
                    takenByPlace[i] |= kind is EntityKind.Market or EntityKind.Country;
                }
            }
        }

        foreach (Match word in LatinWord().Matches(question))
        {
            // "Australian GST" names the tax and, through its adjective, the market.
            if (takenByPlace[word.Index] || CountryAdjective(word.Value) is not { } country)
            {
                continue;
            }

            if (!found.Any(f => f.Kind == country.Kind && f.Id == country.Id))
            {
                found.Add(new NamedEntity(country.Kind, country.Id, word.Value, word.Index));
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>
    /// The text with the home country's adjective written as its name ("Chinese products" → "China    products", padded
    /// so offsets stay put): entries say "goods from China", and the home country is no entity, so only its words meet.
    /// </summary>
    public string WithHomeCountryName(string text) => HomeAdjective().Replace(text, m => _homeCountryName.PadRight(m.Length));

    [GeneratedRegex(@"\bChinese(?=\b|-)", RegexOptions.IgnoreCase)]
    private static partial Regex HomeAdjective();

    /// <summary>"Japanese" → Japan, "German" → Germany, "Canadian" → Canada, "French" → France.</summary>
    private (EntityKind Kind, string Id)? CountryAdjective(string word)
    {
        var lower = word.ToLowerInvariant();

        // "polish" is also a verb: only "Polish" names Poland.
        if (lower == "polish" && !char.IsUpper(word[0]))
        {
            return null;
        }

        if (IrregularAdjectives.TryGetValue(lower, out var code))
        {
            return (IrregularAdjectiveKinds[lower], code);
        }

        if (lower.Length < 5)
        {
            return null;
        }

        foreach (var (name, kind, id) in _countryWords)
        {
            var common = CommonPrefix(lower, name);
            if ((lower.StartsWith(name, StringComparison.Ordinal) && lower.Length - name.Length <= 3)
                || (common >= 5 && common >= name.Length * 0.8 && Math.Abs(lower.Length - name.Length) <= 2))
            {
                return (kind, id);
            }
        }

        return null;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private IEnumerable<int> Occurrences(string text, string surface)
    {
        var caseSensitive = CommonWords.Contains(surface);
        // "us de minimis", "de vat rate": a market's code typed in lower case, where the words around it make it the code.
        var code = caseSensitive && _marketCodes.Contains(surface);
        var comparison = caseSensitive && !code ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var cjk = KnowledgeLanguage.ContainsCjk(surface);
        for (var at = text.IndexOf(surface, comparison); at >= 0; at = text.IndexOf(surface, at + 1, comparison))
        {
            if (code && !string.Equals(text.Substring(at, surface.Length), surface, StringComparison.Ordinal) && !LowercaseMarketCode.ReadsAsCode(text, at, surface.Length))
            {
                continue;
            }

            if (cjk || (Boundary(text, at - 1) && Boundary(text, at + surface.Length)))
            {
                yield return at;
            }
        }
    }

    private static bool Boundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) && text[index] < '\u2E80');

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
            foreach (var part in head.Split([':', '：', '—', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Add(part.Trim('"', '“', '”'), kind, id, OwnName);
            }

            if (Acronym().Match(text) is { Success: true } acronym)
            {
                Add(acronym.Value, kind, id, OwnName);
            }

            if (!bracket.Success)
            {
                continue;
            }

            var parts = bracket.Groups[1].Value.Split([',', '，', '、', '/', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                // Marks and rules qualify their names in brackets ("(EU and UK)"); only an acronym there is a name.
                if (parentheticals || Acronym().Match(part) is { Success: true } m && m.Value == part)
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

        if (trimmed.Length < 2 || trimmed.All(char.IsDigit) && trimmed.Length < 4)
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

    [GeneratedRegex(@"[（(]([^)）]*)[)）]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,5}(?=\b|[^A-Za-z])")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{3,}\b")]
    private static partial Regex MixedCapsWord();

    [GeneratedRegex(@"\b[A-Za-z]{4,}\b")]
    private static partial Regex LatinWord();
}
