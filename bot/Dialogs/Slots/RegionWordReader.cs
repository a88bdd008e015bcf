namespace CrossBorderBot.Dialogs.Slots;

/// <summary>One way people name several countries that the knowledge base does not model as one market ("the Gulf", "北欧").</summary>
/// <param name="Names">What people call the group, in either language.</param>
/// <param name="Places">The group's countries, as knowledge-base country codes, in the order they are offered.</param>
public sealed record RegionWordGroup(List<string> Names, List<string> Places);

/// <summary>
/// Reads groups of countries named in words the knowledge base has no market or region for ("the nordics",
/// "scandinavia", "the gulf", "海湾那几个国家", "北欧"): the guide takes the group's countries as several places and says
/// plainly that the group is not one market. A group's English names are whole words; Chinese ones match anywhere.
/// </summary>
public sealed class RegionWordReader
{
    private readonly (Regex Words, RegionWordGroup Group)[] _groups;

    public RegionWordReader(IEnumerable<RegionWordGroup> groups) =>
        _groups = groups.Select(group => (new Regex(
                string.Join("|", group.Names.OrderByDescending(name => name.Length).Select(name => LanguageDetector.ContainsCjk(name) ? Regex.Escape(name) : $@"\b{Regex.Escape(name)}\b")),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), group))
            .ToArray();

    /// <summary>The first group <paramref name="text"/> names, with the words it used; null when it names none.</summary>
    public (string Words, RegionWordGroup Group)? Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var (words, group) in _groups)
        {
            if (words.Match(text) is { Success: true } match)
            {
                return (match.Value, group);
            }
        }

        return null;
    }
}
