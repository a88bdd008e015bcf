namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Finds the platforms named in a message ("compare Amazon and Temu", "对比亚马逊和速卖通"), by their names in
/// either language, their short names ("Walmart", "Mercado Libre") and ids, in the order they are named.
/// </summary>
public sealed partial class PlatformNames
{
    // Each name's pattern is compiled once here: Regex's static methods cache only 15 patterns, and there are
    // far more names than that, so matching through them re-parsed every pattern on every message.
    private readonly List<(Regex Pattern, Platform Platform)> _names = [];

    public PlatformNames(KnowledgeBase knowledgeBase)
    {
        var candidates = knowledgeBase.Platforms
            .SelectMany(platform => Names(platform).Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (Name: name, Platform: platform)))
            .ToList();

        // A word two platforms share ("own store", "独立站") names neither of them.
        var shared = candidates.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Longest first, so "Walmart Marketplace" is taken whole and "TikTok Shop" before "TikTok".
        _names.AddRange(candidates
            .Where(c => !shared.Contains(c.Name))
            .OrderByDescending(c => c.Name.Length)
            .Select(c => (new Regex(Pattern(c.Name), RegexOptions.IgnoreCase), c.Platform)));
    }

    public IReadOnlyList<Platform> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = new List<(int Position, Platform Platform)>();
        var taken = new bool[text.Length];
        foreach (var (pattern, platform) in _names)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (Enumerable.Range(match.Index, match.Length).Any(i => taken[i]))
                {
                    continue;
                }

                Array.Fill(taken, true, match.Index, match.Length);
                if (found.All(f => f.Platform.Id != platform.Id))
                {
                    found.Add((match.Index, platform));
                }
            }
        }

        return [.. found.OrderBy(f => f.Position).Select(f => f.Platform)];
    }

    /// <summary>
    /// Latin names must stand as words ("ozon" not inside "amazon"), though Chinese may run straight on ("Coupang把我们的
    /// 加湿器下架了", "在Temu卖"); Chinese names match anywhere.
    /// </summary>
    private static string Pattern(string name) =>
        LatinName().IsMatch(name) ? $@"(?<![\p{{L}}\p{{N}}-[\u4e00-\u9fff]]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}-[\u4e00-\u9fff]])" : Regex.Escape(name);

    private static IEnumerable<string> Names(Platform platform)
    {
        yield return platform.Id;
        yield return platform.Id.Replace('-', ' ');
        foreach (var full in new[] { platform.Name.En, platform.Name.ZhCn })
        {
            var name = full.Trim().Trim('"', '“', '”');
            yield return name;
            var parts = Parenthesis().Split(name).Select(part => part.Trim().Trim('"', '“', '”')).Where(part => part.Length >= 2).ToList();
            foreach (var part in parts)
            {
                yield return part;
            }

            // "Walmart Marketplace" → "Walmart", "Alibaba.com" → "Alibaba"; short common words are not names.
            var first = FirstWord().Match(parts.FirstOrDefault() ?? name).Value;
            if (first.Length >= 4 && !GenericWords.Contains(first))
            {
                yield return first;
            }
        }
    }

    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase) { "global", "made" };

    [GeneratedRegex(@"^[\x00-\x7F]+$")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"[()（）]")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex FirstWord();
}
