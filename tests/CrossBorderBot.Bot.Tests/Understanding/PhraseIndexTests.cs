using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The recognizer's phrase index finds exactly what searching the message for each phrase in turn finds (the way
/// entity extraction worked before the index): every place, overlaps included, with the same case rules.
/// </summary>
public sealed class PhraseIndexTests
{
    [Fact]
    public void Every_vocabulary_phrase_is_found_where_searching_for_it_finds_it_in_every_training_and_evaluation_line()
    {
        var vocabulary = KnowledgeVocabulary.FromDefaultData();
        var phrases = vocabulary.Countries.Concat(vocabulary.Regions).Concat(vocabulary.Categories).Concat(vocabulary.Platforms)
            .Concat(vocabulary.SensitiveGoods).Concat(vocabulary.Answers)
            .SelectMany(term => term.EnglishPhrases.Concat(term.ChinesePhrases))
            .Distinct(StringComparer.Ordinal)
            .Select((phrase, i) => (Phrase: phrase, CaseSensitive: i % 7 == 0))
            .ToList();
        var index = new PhraseIndex(phrases);

        var texts = MessagesOfTheCorpus().SelectMany(text => new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }).ToList();
        Assert.True(texts.Count > 3000, $"only {texts.Count} messages were read");
        var found = 0;
        foreach (var text in texts)
        {
            var expected = SearchEachPhrase(phrases, text);
            Assert.Equal(expected, index.Occurrences(text).Order().ToList());
            found += expected.Count;
        }

        Assert.True(found > 1000, $"only {found} occurrences: the comparison proves little");
    }

    [Theory]
    [InlineData("Ship LED lights to the US", "LED", true, 5)]
    [InlineData("ship led lights", "LED", true, -1)]
    [InlineData("ship led lights", "LED", false, 5)]
    [InlineData("发货到美国和美国本土", "美国", false, 3)]
    [InlineData("ſhein", "shein", false, -1)]
    [InlineData("SHEIN", "shein", false, 0)]
    public void A_phrase_is_found_with_its_own_case_rule(string text, string phrase, bool caseSensitive, int expectedStart)
    {
        var index = new PhraseIndex([(phrase, caseSensitive)]);

        var starts = index.Occurrences(text).Select(hit => hit.Start).ToList();

        if (expectedStart < 0)
        {
            Assert.Empty(starts);
        }
        else
        {
            Assert.Equal(expectedStart, starts[0]);
        }
    }

    [Fact]
    public void Overlapping_and_nested_phrases_are_all_reported()
    {
        var index = new PhraseIndex([("south africa", false), ("africa", false), ("aa", false), ("", false)]);

        var hits = index.Occurrences("South Africa, aaa").Order().ToList();

        Assert.Equal([(0, 0), (1, 6), (2, 14), (2, 15)], hits);
    }

    private static List<(int Phrase, int Start)> SearchEachPhrase(List<(string Phrase, bool CaseSensitive)> phrases, string text)
    {
        var hits = new List<(int Phrase, int Start)>();
        for (var i = 0; i < phrases.Count; i++)
        {
            var (phrase, caseSensitive) = phrases[i];
            var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var from = 0;
            while (phrase.Length > 0 && from < text.Length)
            {
                var at = text.IndexOf(phrase, from, comparison);
                if (at < 0)
                {
                    break;
                }

                hits.Add((i, at));
                from = at + 1;
            }
        }

        return hits.Order().ToList();
    }

    private static IEnumerable<string> MessagesOfTheCorpus()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Understanding");
        var files = Directory.GetFiles(directory, "recognizer-*.tsv");
        Assert.NotEmpty(files);
        return files.SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .Concat(TrainingCorpusTexts())
            .Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> TrainingCorpusTexts() => TrainingCorpus.Load().Select(example => example.Text);
}
