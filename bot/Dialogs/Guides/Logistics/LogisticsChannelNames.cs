using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The names sellers call logistics channels by: the knowledge base's names (also without their bracketed aside:
/// "中国邮政平常小包"), the channel's aliases ("挂号小包"), and the slot vocabulary's words for channels ("邮政小包",
/// "e-packet", "e邮宝", "DHL"). Two readers use them: the "why not X?" explanation after a result, and the urgency
/// question, where a channel named stands for the speed it gives ("something like DHL or FedEx" is fast, "邮政小包就行"
/// economy), read from the channel's own transit days.
/// </summary>
public sealed partial class LogisticsChannelNames
{
    private readonly Dictionary<string, string[]> _names;

    // The names only one channel has, normalized and longest first: a name several channels share ("China Post") names none.
    private readonly List<(string Name, LogisticsChannel Channel)> _ownNames;

    public LogisticsChannelNames(KnowledgeBase knowledgeBase, SlotVocabulary vocabulary)
    {
        var channels = knowledgeBase.LogisticsChannels;
        _names = channels.ToDictionary(
            channel => channel.Id,
            channel => KnowledgeNames(channel).Concat(vocabulary.ChannelWords.GetValueOrDefault(channel.Id) ?? [])
                .Where(name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _ownNames = channels.SelectMany(channel => _names[channel.Id].Select(name => (Name: SlotVocabulary.Normalize(name), Channel: channel)))
            .Where(pair => pair.Name.Length > 0)
            .GroupBy(pair => pair.Name, StringComparer.Ordinal)
            .Where(group => group.Select(pair => pair.Channel.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            .Select(group => group.First())
            .OrderByDescending(pair => pair.Name.Length)
            .ToList();
    }

    /// <summary>Every name of <paramref name="channel"/>, as written.</summary>
    public IReadOnlyList<string> Of(LogisticsChannel channel) => _names.GetValueOrDefault(channel.Id) ?? [];

    /// <summary>The one channel <paramref name="text"/> names, not negated ("not DHL", "不走邮政"); null when none.</summary>
    public LogisticsChannel? NamedIn(string? text)
    {
        var normalized = SlotVocabulary.Normalize(text);
        foreach (var (name, channel) in _ownNames)
        {
            var at = IndexOfWord(normalized, name);
            if (at >= 0)
            {
                return Negated().IsMatch(normalized[..at]) ? null : channel;
            }
        }

        return null;
    }

    /// <summary>The speed a seller asks for by naming <paramref name="channel"/>: from its typical transit days.</summary>
    public static ShippingUrgency UrgencyOf(LogisticsChannel channel)
    {
        if (channel.TransitDays.Count == 0)
        {
            return ShippingUrgency.Standard;
        }

        return ShippingSpeedDays.ForTransit(channel.TransitDays.Average(range => (range.Min + range.Max) / 2m));
    }

    // A Latin name stands as a word of its own ("ups" is not inside "setups"); Chinese has no spaces.
    private static int IndexOfWord(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if ((!char.IsAsciiLetterOrDigit(name[0]) || SlotPhraseFinder.IsWordBoundary(text, at - 1))
                && (!char.IsAsciiLetterOrDigit(name[^1]) || SlotPhraseFinder.IsWordBoundary(text, at + name.Length)))
            {
                return at;
            }
        }

        return -1;
    }

    private static IEnumerable<string> KnowledgeNames(LogisticsChannel channel) =>
        new[] { channel.Name.En, channel.Name.ZhCn, Aside().Replace(channel.Name.En, string.Empty).Trim(), Aside().Replace(channel.Name.ZhCn, string.Empty).Trim() }
            .Concat(channel.Aliases?.En ?? []).Concat(channel.Aliases?.ZhCn ?? []);

    [GeneratedRegex(@"\s*[（(][^）)]*[）)]")]
    private static partial Regex Aside();

    // A negation just before the name ("not dhl", "no fedex please", "不走邮政", "别用"): the channel is not wanted.
    [GeneratedRegex(@"(?:\b(?:not|no|never|without|avoid|except)\s+(?:\w+\s+)?|不要|不用|不走|不想|别|不)\s*$")]
    private static partial Regex Negated();
}
