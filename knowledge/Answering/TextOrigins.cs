using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Where each line of a reply came from, so that the reply cites only the sources of the text it shows: a line of a text
/// that names its own sources (<see cref="LocalizedText.Sources"/>: the summary, one note) is backed by those alone, any
/// other line — and a typed fact — by the entry's list, as before.
/// </summary>
internal sealed class TextOrigins(AnswerEntry entry)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _sources = new(StringComparer.Ordinal);

    /// <summary>Remembers that <paramref name="line"/> was taken from <paramref name="origin"/>; returns the line.</summary>
    public string From(LocalizedText origin, string line)
    {
        if (origin.Sources is { Count: > 0 } own && line.Length > 0)
        {
            _sources.TryAdd(line, own);
        }

        return line;
    }

    /// <summary>Whether the line came from a text that names its own sources.</summary>
    public bool HasOwnSources(string line) => _sources.ContainsKey(line);

    /// <summary>The same line after its ids were rewritten as names: it keeps its origin.</summary>
    public string Rewritten(string line, string rewritten)
    {
        if (_sources.TryGetValue(line, out var own))
        {
            _sources.TryAdd(rewritten, own);
        }

        return rewritten;
    }

    /// <summary>The source ids behind a lead taken from <paramref name="leadOrigin"/> (null: backed by the entry's list) and the lines shown with it.</summary>
    public IReadOnlyList<string> SourceIds(LocalizedText? leadOrigin, IEnumerable<string> lines) =>
        Ordered(leadOrigin?.Sources is { Count: > 0 } own ? own : entry.SourceIds, lines);

    /// <summary>The source ids behind lines shown on their own ("more").</summary>
    public IReadOnlyList<string> SourceIdsOfLines(IEnumerable<string> lines) => Ordered([], lines);

    private IReadOnlyList<string> Ordered(IEnumerable<string> first, IEnumerable<string> lines)
    {
        var ids = new HashSet<string>(first, StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            ids.UnionWith(_sources.TryGetValue(line, out var own) ? own : entry.SourceIds);
        }

        // In the entry's own order (official sources first), then any a text names that the entry's list does not.
        return [.. entry.SourceIds.Where(ids.Contains), .. ids.Except(entry.SourceIds, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }
}
