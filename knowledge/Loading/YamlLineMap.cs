namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Maps JSON pointers of a converted YAML document to the YAML line each node came from.</summary>
internal sealed class YamlLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public void Add(string pointer, int line) => _lines.TryAdd(pointer, line);

    /// <summary>The line of the node at <paramref name="pointer"/>, or of its nearest ancestor when the node is absent
    /// (a missing property is reported on the object that should hold it).</summary>
    public int LineOf(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            if (current.Length == 0)
            {
                return 1;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
