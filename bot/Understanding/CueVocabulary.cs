using System.Reflection;
using CrossBorderBot.Understanding.Quantities;
using YamlDotNet.RepresentationModel;

namespace CrossBorderBot.Understanding;

/// <summary>One cue of the vocabulary: its regex pattern (lists expanded), its options and why it is there.</summary>
internal sealed record CueDefinition(string Name, string Template, string Pattern, RegexOptions Options, string Why);

/// <summary>
/// Reads <c>cue-vocabulary.yaml</c> (embedded): the named lists and the cue templates, and expands each template by
/// putting each <c>{list-name}</c> back as the list's text. A list the file does not define, a cue without a pattern
/// or an unknown option stops the read with the cue's name, so a broken file fails the first cue asked for (and the
/// CueBook tests), not a match later.
/// </summary>
internal static partial class CueVocabulary
{
    private const string Resource = "CrossBorderBot.Understanding.cue-vocabulary.yaml";

    /// <summary>Lists given by code rather than the file: the pattern of words a reader parses itself.</summary>
    private static readonly Dictionary<string, string> CodeLists = new(StringComparer.Ordinal)
    {
        ["english-numeral"] = EnglishNumeral.Pattern,
    };

    public static IReadOnlyDictionary<string, CueDefinition> ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static IReadOnlyDictionary<string, CueDefinition> Read(TextReader yaml)
    {
        var document = new YamlStream();
        document.Load(yaml);
        var root = (YamlMappingNode)document.Documents[0].RootNode;
        var lists = new Dictionary<string, string>(CodeLists, StringComparer.Ordinal);
        foreach (var (name, text) in Mapping(root, "lists").Children)
        {
            lists.Add(Scalar(name), Scalar(text));
        }

        var cues = new Dictionary<string, CueDefinition>(StringComparer.Ordinal);
        foreach (var (key, value) in Mapping(root, "cues").Children)
        {
            var name = Scalar(key);
            var entry = (YamlMappingNode)value;
            var template = Field(entry, name, "pattern");
            cues.Add(name, new CueDefinition(
                name,
                template,
                Expand(name, template, lists),
                Enum.Parse<RegexOptions>(Field(entry, name, "options")),
                Field(entry, name, "why")));
        }

        return cues;
    }

    /// <summary>Puts each <c>{list-name}</c> of the template back as the list's text (a <c>\p{L}</c> class is not a name).</summary>
    public static string Expand(string cue, string template, IReadOnlyDictionary<string, string> lists) =>
        ListName().Replace(template, m => lists.TryGetValue(m.Groups[1].Value, out var text)
            ? text
            : throw new InvalidOperationException($"Cue {cue} names the list {{{m.Groups[1].Value}}}, which the cue vocabulary does not define."));

    private static YamlMappingNode Mapping(YamlMappingNode root, string key) =>
        (YamlMappingNode)root.Children[new YamlScalarNode(key)];

    private static string Field(YamlMappingNode entry, string cue, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? Scalar(value)
            : throw new InvalidOperationException($"Cue {cue} has no {key} in the cue vocabulary.");

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    // Lower-case names with dots and hyphens, never after \p or \P (Unicode classes such as \p{L}).
    [GeneratedRegex(@"(?<!\\[pP])\{([a-z][a-z0-9.-]*)\}")]
    private static partial Regex ListName();
}
