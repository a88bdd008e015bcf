using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Replaces an entry id written in the data's prose ("See compliance item mx-non-fta-tariff-2026") with that entry's
/// name in the reader's language: ids are for editors, names are for users.
/// </summary>
internal sealed partial class EntryReferenceText
{
    private readonly Dictionary<string, LocalizedText> _titles = new(StringComparer.Ordinal);

    public EntryReferenceText(KnowledgeBase kb)
    {
        foreach (var c in kb.Compliance)
        {
            _titles.TryAdd(c.Id, c.Name);
        }

        foreach (var p in kb.Playbooks)
        {
            _titles.TryAdd(p.Id, p.Name);
        }

        foreach (var c in kb.LogisticsChannels)
        {
            _titles.TryAdd(c.Id, c.Name);
        }

        foreach (var p in kb.Platforms)
        {
            _titles.TryAdd(p.Id, p.Name);
        }

        foreach (var r in kb.Markets.SelectMany(m => m.ImportRules))
        {
            _titles.TryAdd(r.Id, r.Name);
        }
    }

    /// <summary>Both languages of <paramref name="text"/> with ids as names (the same instance when it names none).</summary>
    public LocalizedText Rewrite(LocalizedText text)
    {
        var en = Rewrite(text.En, "en");
        var zh = Rewrite(text.ZhCn, "zh-CN");
        return en == text.En && zh == text.ZhCn ? text : text with { En = en, ZhCn = zh };
    }

    public string Rewrite(string text, string language) =>
        KebabId().Replace(text, m => _titles.TryGetValue(m.Value, out var title) ? "“" + title.Get(language) + "”" : m.Value);

    // Ids of three or more parts: two-part words ("semi-managed", "e-commerce") are ordinary prose. The id's edges are
    // checked against ASCII only: Chinese prose writes an id straight after a character ("见de-interim-flat-duty"), and
    // a Chinese character is a word character to \w.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![A-Za-z0-9_-])")]
    private static partial Regex KebabId();
}
