using System.Reflection;
using System.Text.RegularExpressions;
using CrossBorderBot.Tests.Scenarios;
using CrossBorderBot.Understanding;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The check in front of each cue's regex (the strings every match consumes one of) changes no answer: on every
/// message of the dev scenario sets, the dev parts and the intent corpora (and their upper-case spellings), each cue
/// answers as its plain regex does, and each of the plain regex's matches contains one of its strings.
/// </summary>
public sealed class CueRegexTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<string>> Corpus = new(ReadCorpus);

    [Theory]
    [InlineData(@"abc", "abc")]
    [InlineData(@"\bhow\s+come\b", "come")]
    [InlineData(@"(?:foo|bar)?bazz", "bazz")]
    [InlineData(@"ab+c", "ab")]
    [InlineData(@"xy{0,2}zw", "zw")]
    [InlineData(@"\p{L}{2,3}ing\b", "ing")]
    [InlineData(@"(?<!no\s)fees?", "fee")]
    [InlineData(@"(?=abcd)ab", "ab")]
    [InlineData(@"what\s+(?:should|do|can)\s+we", "what")]
    [InlineData(@"(?:is|was)\s+(?:held|lost)", "held|lost")]
    [InlineData(@"cafés", "caf")]
    [InlineData(@"why|how\s+come|为什么", "why|come|为什么")]
    [InlineData(@"(?<unit>cm|mm)\d", "cm|mm")]
    [InlineData(@"\.com", ".com")]
    [InlineData(@"[a-z-[aeiou]]+xyz", "xyz")]
    [InlineData(@"[]x]abc", "abc")]
    [InlineData(@"a{2,x}b", "2,x}b")]
    [InlineData(@"(?i:pitfall)", "pitfall")]
    [InlineData(@"\x41\u0042cd", "cd")]
    [InlineData(@"(ab)\1cd", "ab")]
    [InlineData(@"hmm+", "hmm")]
    public void A_pattern_requires_the_strings_every_match_consumes(string pattern, string expected)
    {
        var strings = RequiredLiterals.Of(pattern, RegexOptions.IgnoreCase);

        Assert.NotNull(strings);
        Assert.Equal(expected.Split('|'), strings);
    }

    [Theory]
    [InlineData(@"a|b*")]
    [InlineData(@"(?:abc)?")]
    [InlineData(@"\d+")]
    [InlineData(@"^[吗呢]\s*$")]
    [InlineData(@"x")]
    [InlineData(@"(?(abc)abc|def)")]
    [InlineData(@"(?x) a b c")]
    [InlineData(@"(?!abc)\w+")]
    public void A_pattern_that_guarantees_no_string_worth_a_search_has_none(string pattern)
    {
        Assert.Null(RequiredLiterals.Of(pattern, RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Whitespace_insensitive_patterns_are_not_read()
    {
        Assert.Null(RequiredLiterals.Of("abc", RegexOptions.IgnorePatternWhitespace));
    }

    [Fact]
    public void Every_cue_answers_as_its_plain_regex_on_every_message_of_the_corpus()
    {
        var corpus = Corpus.Value;
        var checkedCues = 0;
        var skipped = 0;
        foreach (var cue in CueBook.All)
        {
            var definition = CueBook.Default.Definition(cue);
            var plain = new Regex(definition.Pattern, definition.Options | RegexOptions.CultureInvariant);
            var filtered = CueBook.Get(cue);
            checkedCues += RequiredLiterals.Of(definition.Pattern, definition.Options) is null ? 0 : 1;
            foreach (var message in corpus)
            {
                var matches = plain.Matches(message);
                Assert.True(matches.Count > 0 == filtered.IsMatch(message), $"{cue} on \"{message}\"");
                Assert.Equal(plain.Match(message).Value, filtered.Match(message).Value);
                Assert.Equal(plain.Replace(message, "_"), filtered.Replace(message, "_"));
                Assert.Equal(plain.Split(message), filtered.Split(message));
                Assert.Equal(matches.Count, filtered.Matches(message).Count);
                foreach (Match match in matches)
                {
                    Assert.True(match.Length == 0 || filtered.MayMatch(match.ValueSpan), $"{cue}: its match \"{match.Value}\" in \"{message}\" contains none of its strings");
                }

                skipped += filtered.MayMatch(message) ? 0 : 1;
            }
        }

        output.WriteLine($"{corpus.Count} messages; {checkedCues} of {CueBook.All.Count} cues have strings; {skipped} of {CueBook.All.Count * corpus.Count} cue-message pairs skip the regex");

        // The check is worth having: most cues have strings, and most cue-message pairs skip the regex.
        Assert.True(corpus.Count > 3000, $"corpus of {corpus.Count} messages");
        Assert.True(checkedCues > CueBook.All.Count / 2, $"{checkedCues} of {CueBook.All.Count} cues have strings");
        Assert.True(skipped > CueBook.All.Count * corpus.Count / 2, $"{skipped} of {CueBook.All.Count * corpus.Count} skipped");
    }

    [Fact]
    public void The_search_finds_every_character_the_regex_equates_with_a_searchable_one()
    {
        var everyCharacter = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        var used = CueBook.All
            .Select(cue => CueBook.Default.Definition(cue))
            .SelectMany(d => RequiredLiterals.Of(d.Pattern, d.Options) ?? [])
            .SelectMany(s => s)
            .Concat(Enumerable.Range(0, 128).Select(i => (char)i))
            .Where(RequiredLiterals.Searchable)
            .Distinct();
        foreach (var c in used)
        {
            foreach (var match in new Regex(Regex.Escape(c.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).EnumerateMatches(everyCharacter))
            {
                // An ASCII string is searched ignoring ASCII case; a string without ASCII letters, ordinally.
                var found = everyCharacter[match.Index];
                var searchFindsIt = c < 128 ? found < 128 && char.ToUpperInvariant(found) == char.ToUpperInvariant(c) : found == c;
                Assert.True(searchFindsIt || RequiredLiterals.RegexOnlyCaseVariants.Contains(found), $"U+{(int)c:X4} and U+{match.Index:X4}");
            }
        }
    }

    [Fact]
    public void A_message_with_a_character_only_the_regex_takes_for_a_letter_is_not_skipped()
    {
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var kilograms = new CueRegex(new Regex("kg", options), RequiredStrings.Of("kg", options));
        var kelvinSign = "5 \u212Ag";

        Assert.Matches(new Regex("kg", options), kelvinSign);
        Assert.False(kelvinSign.Contains("kg", StringComparison.OrdinalIgnoreCase));
        Assert.True(kilograms.IsMatch(kelvinSign));
        Assert.False(kilograms.MayMatch("5 lb"));
    }

    [Fact]
    public void Chinese_and_mixed_strings_are_searched_in_messages_that_are_not_all_ascii()
    {
        var required = RequiredStrings.Of("(?:价格|price|开了case)", RegexOptions.IgnoreCase);

        Assert.NotNull(required);
        Assert.True(required.MayBeIn("PRICE?"));
        Assert.True(required.MayBeIn("这个价格呢"));
        Assert.True(required.MayBeIn("买家开了CASE"));
        Assert.True(required.MayBeIn("运费 price"));
        Assert.False(required.MayBeIn("how much does it cost"));
        Assert.False(required.MayBeIn("成本多少"));
    }

    [Fact]
    public void A_null_message_or_a_start_past_the_end_throws_as_the_regex_does()
    {
        var cue = CueBook.Get(Cue.MessageWhy);

        Assert.Throws<ArgumentNullException>("input", () => cue.IsMatch(null!));
        Assert.Throws<ArgumentNullException>("input", () => cue.Match(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => cue.IsMatch("abc", 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => cue.Match("abc", -1));
        Assert.Throws<ArgumentNullException>(() => cue.Replace("abc", (string)null!));
    }

    /// <summary>Every message of the dev scenario sets, the dev parts and the intent corpora, as typed and upper-cased.</summary>
    private static IReadOnlyList<string> ReadCorpus()
    {
        var scenarios = typeof(DevParts).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("DevScenarios", StringComparison.Ordinal))
            .Select(t => t.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<IReadOnlyList<ConversationScenario>>()
            .SelectMany(set => set);
        var parts = new[] { "seventeenth", "nineteenth", "twentieth", "twentyFirst", "twentySecond", "twentyThird", "twentyFourth", "twentyFifth", "twentySixth", "twentySeventh", "twentyEighth", "twentyNinth", "thirtieth", "thirtyFirst", "thirtySecond", "thirtyThird", "thirtyFourth", "eighteenth", "sixteenth", "fifteenth", "fourteenth", "thirteenth", "twelfth" }
            .Select(DevParts.Named)
            .ToList();
        var messages = scenarios.Concat(parts.SelectMany(p => p.Scenarios)).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(parts.SelectMany(p => p.Replies).SelectMany(r => r.Setup.Append(r.Reply)))
            .Concat(parts.SelectMany(p => p.Openings).Select(o => o.Text))
            .Concat(TrainingCorpus.Load().Select(e => e.Text))
            .Distinct()
            .ToList();
        return [.. messages, .. messages.Select(m => m.ToUpperInvariant()).Where(m => !messages.Contains(m))];
    }
}
