using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The other side of a comparison when it is no entry of its own but an entry's text mentions it ("CE marking vs the
/// EAC mark": EAC is written in Russia's customs documents). Found on the side of the comparison word that does not
/// hold the known entry, as a capitalised name or acronym that some other entry writes as written.
/// </summary>
internal sealed partial class ComparedMention(AnswerEntryCatalog catalog)
{
    /// <summary>The mentioned name, the entry that mentions it and the line of that entry that does.</summary>
    public (string Name, AnswerEntry Entry, string Line)? Find(QuestionAnalysis q, AnswerEntry known)
    {
        if (Join().Match(q.Text) is not { Success: true } join || q.Subjects.FirstOrDefault(s => s.Id.Equals(known.Id, StringComparison.OrdinalIgnoreCase)) is not { } knownName)
        {
            return null;
        }

        var knownOnLeft = knownName.Start < join.Index;
        var (from, to) = knownOnLeft ? (join.Index + join.Length, q.Text.Length) : (0, join.Index);
        foreach (Match word in Name().Matches(q.Text[from..to]))
        {
            var at = from + word.Index;
            if (q.Entities.Any(e => at < e.Start + e.Surface.Length && e.Start < at + word.Length))
            {
                continue;
            }

            // "What", "Which": an everyday word capitalised at a sentence's start is no name.
            var lower = new Regex($@"(?<![A-Za-z]){Regex.Escape(word.Value.ToLowerInvariant())}(?![A-Za-z])", RegexOptions.None, TimeSpan.FromSeconds(1));
            if (word.Value.Any(char.IsLower) && catalog.All.Any(e => lower.IsMatch(e.FullText(KnowledgeLanguage.English))))
            {
                continue;
            }

            var pattern = new Regex($@"(?<![A-Za-z]){Regex.Escape(word.Value)}(?![A-Za-z])", RegexOptions.None, TimeSpan.FromSeconds(1));
            foreach (var entry in catalog.All.Where(e => !e.Id.Equals(known.Id, StringComparison.OrdinalIgnoreCase)))
            {
                var line = entry.Details.Prepend(entry.Summary).Select(d => d.Get(q.Language)).FirstOrDefault(pattern.IsMatch);
                if (line is not null)
                {
                    return (word.Value, entry, line);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bvs\.?(?=\s)|\bversus\b|\bor\b|\bcompared (with|to)\b|还是|和|跟|与", RegexOptions.IgnoreCase)]
    private static partial Regex Join();

    // An acronym ("EAC") or a capitalised name ("Konga"), not the sentence's first word.
    [GeneratedRegex(@"(?<![A-Za-z0-9])([A-Z]{2,6}|[A-Z][a-z]{3,})(?![A-Za-z0-9])")]
    private static partial Regex Name();
}
