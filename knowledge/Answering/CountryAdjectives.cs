namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A country named by its adjective ("Japanese" → Japan, "German" → Germany, "Canadian" → Canada, "French" → France):
/// irregular adjectives from a list, the others by their shared beginning with the country's one-word name or alias.
/// Split from <see cref="EntityCatalog"/>, which finds the names of a question.
/// </summary>
internal sealed class CountryAdjectives
{
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

    private readonly Dictionary<string, EntityKind> _irregularKinds;
    private readonly IReadOnlyList<(string Name, EntityKind Kind, string Id)> _countryWords;

    /// <param name="marketIds">The markets of the knowledge base (an adjective of one names a market, else a country).</param>
    /// <param name="countryWords">Each country's one-word name and long aliases, in lower case, with its kind and code.</param>
    public CountryAdjectives(IReadOnlySet<string> marketIds, IReadOnlyList<(string Name, EntityKind Kind, string Id)> countryWords)
    {
        _countryWords = countryWords;
        _irregularKinds = IrregularAdjectives.ToDictionary(
            pair => pair.Key,
            pair => marketIds.Contains(pair.Value) ? EntityKind.Market : EntityKind.Country,
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The country a word is the adjective of, or null.</summary>
    public (EntityKind Kind, string Id)? Read(string word)
    {
        var lower = word.ToLowerInvariant();

        // "polish" is also a verb: only "Polish" names Poland.
        if (lower == "polish" && !char.IsUpper(word[0]))
        {
            return null;
        }

        if (IrregularAdjectives.TryGetValue(lower, out var code))
        {
            return (_irregularKinds[lower], code);
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
}
