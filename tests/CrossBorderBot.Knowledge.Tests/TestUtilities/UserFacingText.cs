using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.TestUtilities;

/// <summary>
/// What users must never read, and where the knowledge base keeps what they do read. Editors' notes (the project's
/// reference copy, file paths) and remarks about "the paper" mean nothing to a seller reading a Teams answer: the text
/// states the point itself, and the paper is cited in the sources, by its title.
/// </summary>
internal static partial class UserFacingText
{
    /// <summary>The first editors' phrase in <paramref name="text"/>, or null when a user may read it.</summary>
    public static string? EditorsPhrase(string text) => EditorsWords().Match(text) is { Success: true } found ? found.Value : null;

    /// <summary>
    /// Every <see cref="LocalizedText"/> reachable from the knowledge base's public properties (names, summaries,
    /// details, steps, notes, reasons, caveats, ...) with the path that leads to it. The source list is left out: its
    /// titles name the paper as a paper, which is how it is cited.
    /// </summary>
    public static IEnumerable<(string Path, LocalizedText Text)> Of(KnowledgeBase kb)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Properties(kb, string.Empty).SelectMany(p => Walk(p.Value, p.Name, seen));
    }

    private static IEnumerable<(string Path, LocalizedText Text)> Walk(object? value, string path, HashSet<object> seen)
    {
        switch (value)
        {
            case null or string or ValueType:
                yield break;
            case LocalizedText text:
                yield return (path, text);
                yield break;
        }

        if (!seen.Add(value!))
        {
            yield break;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                foreach (var found in Walk(item, $"{path}[{NameOf(item) ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", seen))
                {
                    yield return found;
                }

                index++;
            }

            yield break;
        }

        if (value!.GetType().Namespace != typeof(LocalizedText).Namespace)
        {
            yield break;
        }

        foreach (var (name, child) in Properties(value, path + "."))
        {
            foreach (var found in Walk(child, name, seen))
            {
                yield return found;
            }
        }
    }

    // The model holds no dictionaries or structs of text: its lists, records and texts are all there is to walk.
    private static IEnumerable<(string Name, object? Value)> Properties(object owner, string prefix) =>
        owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !(owner is KnowledgeBase && p.Name == nameof(KnowledgeBase.Sources)))
            .Select(p => (prefix + p.Name, p.GetValue(owner)));

    // An entry's id reads better in a failure message than its position.
    private static string? NameOf(object? item) =>
        item?.GetType().GetProperty("Id")?.GetValue(item) as string;

    // English remarks about the paper ("the paper names…", "the paper's advice", "this study"), the reference copy and
    // file paths, and their Chinese counterparts (论文, 该文, 本文). The nouns are matched in lower case so that a name
    // ("the Article Numbering Center of China") is not taken for a remark.
    [GeneratedRegex(@"[Rr]eference (?:paper|copy)|[Pp]roject reference|shared/|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)\s+(?:paper|study|article)\b|\bpaper's\b|论文|该文|本文|此文")]
    private static partial Regex EditorsWords();
}
