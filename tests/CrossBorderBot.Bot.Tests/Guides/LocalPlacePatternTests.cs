using CrossBorderBot.Tests.TestUtilities;
using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The local places' pattern (<see cref="GuideLocationResolver.LocalPlacePattern"/>) is two alternations, the Latin
/// names behind one shared word check; it must find exactly what one alternation of every name with its own word
/// checks found (kept here as the reference), on the training corpus and on every name in many cases and neighbours.
/// </summary>
public sealed class LocalPlacePatternTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;

    [Fact]
    public void The_pattern_finds_what_one_alternation_with_a_word_check_per_name_found()
    {
        var names = Kb.Value.Countries
            .SelectMany(country => (country.LocalPlaces?.En ?? []).Concat(country.LocalPlaces?.ZhCn ?? []))
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        Assert.True(names.Count > 100, $"only {names.Count} local places");
        var reference = Reference(names);
        var pattern = GuideLocationResolver.LocalPlacePattern(names);

        var texts = TrainingCorpus.Load().Select(example => example.Text).ToList();
        foreach (var name in names)
        {
            foreach (var spelled in new[] { name, name.ToLowerInvariant(), name.ToUpperInvariant() })
            {
                texts.AddRange(
                [
                    spelled, "ship to " + spelled, "to " + spelled + ", 2 kg", "x" + spelled, spelled + "x", spelled + "1", "发到" + spelled + "去",
                    spelled + spelled, spelled + " " + spelled, "(" + spelled + ")", spelled[..^1], "a " + spelled + "n city",
                ]);
            }
        }

        texts.AddRange(["new york city or nyc", "New Yorker", "washington state or washington dc", "加州和德州还有佛罗里达", "BC省 and bc省x", "texas,florida;ohio", "kansas city", "Québec et quebec"]);
        Assert.True(texts.Count > 3000, $"only {texts.Count} texts");
        foreach (var text in texts)
        {
            Assert.Equal(Matches(reference, text), Matches(pattern, text));
        }
    }

    [Fact]
    public void Names_of_one_kind_only_make_a_pattern_that_matches_no_empty_text()
    {
        Assert.Equal(["3:Texas"], Matches(GuideLocationResolver.LocalPlacePattern(["Texas"]), "to Texas"));
        Assert.Equal(["2:德州"], Matches(GuideLocationResolver.LocalPlacePattern(["德州"]), "发到德州"));
        Assert.Empty(Matches(GuideLocationResolver.LocalPlacePattern(["Texas"]), "nowhere"));
    }

    // The pattern as it was built before: every name an alternative of its own, each Latin one with its word checks.
    private static Regex Reference(IEnumerable<string> names) => new(
        string.Join('|', names.OrderByDescending(name => name.Length).Select(name =>
            name[0] is >= '\u4e00' and <= '\u9fff' ? Regex.Escape(name) : $@"(?<![A-Za-z]){Regex.Escape(name)}(?![A-Za-z])")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<string> Matches(Regex pattern, string text) =>
        [.. pattern.Matches(text).Select(match => match.Index + ":" + match.Value)];
}
