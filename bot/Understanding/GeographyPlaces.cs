using YamlDotNet.RepresentationModel;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Reads the cities and ports the geography file may list, however they are nested: lists named <c>cities</c>,
/// <c>ports</c>, <c>places</c> or <c>airports</c> inside a country, or at the top level with a <c>country</c> code.
/// Each item may be a plain name or a mapping with <c>name</c> and <c>aliases</c> (either per language or a plain list).
/// </summary>
/// <remarks>Read loosely on purpose: the recognizer only needs the words and the country they point to.</remarks>
internal static class GeographyPlaces
{
    private static readonly string[] PlaceLists = ["cities", "ports", "places", "airports", "seaports"];

    /// <summary>One term per country that has places; its id is the country's code in lower case.</summary>
    public static IReadOnlyList<VocabularyTerm> Read(string geographyPath)
    {
        if (!File.Exists(geographyPath))
        {
            return [];
        }

        var stream = new YamlStream();
        using (var reader = File.OpenText(geographyPath))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return [];
        }

        var byCountry = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (Child(root, "countries") is YamlSequenceNode countries)
        {
            foreach (var country in countries.OfType<YamlMappingNode>())
            {
                if (Scalar(Child(country, "code")) is { Length: > 0 } code)
                {
                    foreach (var list in PlaceLists)
                    {
                        AddItems(byCountry, code, Child(country, list));
                    }
                }
            }
        }

        foreach (var list in PlaceLists)
        {
            if (Child(root, list) is not YamlSequenceNode places)
            {
                continue;
            }

            foreach (var place in places.OfType<YamlMappingNode>())
            {
                if (Scalar(Child(place, "country")) is { Length: > 0 } code)
                {
                    AddPhrases(byCountry, code, place);
                }
            }
        }

        return byCountry
            .Select(kv =>
            {
                var phrases = kv.Value.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var chinese = phrases.Where(LanguageDetector.ContainsCjk).ToList();
                var english = phrases.Except(chinese).ToList();
                return new VocabularyTerm(kv.Key, english.FirstOrDefault() ?? kv.Key, chinese.FirstOrDefault() ?? kv.Key, english, chinese);
            })
            .ToList();
    }

    private static void AddItems(Dictionary<string, List<string>> byCountry, string code, YamlNode? node)
    {
        if (node is not YamlSequenceNode items)
        {
            return;
        }

        foreach (var item in items)
        {
            AddPhrases(byCountry, code, item);
        }
    }

    private static void AddPhrases(Dictionary<string, List<string>> byCountry, string code, YamlNode item)
    {
        var key = code.Trim().ToLowerInvariant();
        if (!byCountry.TryGetValue(key, out var phrases))
        {
            phrases = byCountry[key] = [];
        }

        if (item is YamlScalarNode scalar)
        {
            AddPhrase(phrases, scalar.Value);
            return;
        }

        if (item is YamlMappingNode mapping)
        {
            foreach (var field in new[] { "name", "aliases", "en", "zh-CN", "names" })
            {
                Collect(Child(mapping, field), phrases);
            }
        }
    }

    private static void Collect(YamlNode? node, List<string> phrases)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                AddPhrase(phrases, scalar.Value);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence)
                {
                    Collect(child, phrases);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var child in mapping.Children.Values)
                {
                    Collect(child, phrases);
                }

                break;
        }
    }

    // Two-letter names would be read as country codes or words; places need longer names.
    private static void AddPhrase(List<string> phrases, string? value)
    {
        var phrase = value?.Trim();
        if (!string.IsNullOrEmpty(phrase) && (phrase.Length >= 3 || LanguageDetector.ContainsCjk(phrase)))
        {
            phrases.Add(phrase);
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
