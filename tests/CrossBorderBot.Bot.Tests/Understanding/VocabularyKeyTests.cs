using System.Reflection;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The stored intent model's key covers every word of the vocabulary, walked by hand (<see cref="IntentModelCache.Key"/>):
/// any changed, added, moved or removed word gives another key, the same words the same key, and a member added to
/// <see cref="Vocabulary"/> or <see cref="VocabularyTerm"/> fails here until the walk includes it.
/// </summary>
public sealed class VocabularyKeyTests
{
    private static readonly IReadOnlyList<TrainingExample> Training = [new("logistics", "ship 2 kg of shoes to Germany")];
    private static readonly Vocabulary Words = KnowledgeVocabulary.FromDefaultData();

    [Fact]
    public void The_walk_knows_every_member_of_the_vocabulary()
    {
        Assert.Equal(
            ["Answers", "Categories", "Countries", "Platforms", "Regions", "SensitiveGoods"],
            PublicProperties(typeof(Vocabulary)));
        Assert.Equal(
            ["ChineseName", "ChinesePhrases", "EnglishName", "EnglishPhrases", "Id"],
            PublicProperties(typeof(VocabularyTerm)));
    }

    [Fact]
    public void The_same_words_give_the_same_key()
    {
        Assert.Equal(Key(Words), Key(KnowledgeVocabulary.FromDefaultData()));
    }

    [Fact]
    public void Any_changed_moved_or_removed_word_gives_another_key()
    {
        var first = Words.Countries[0];
        var second = Words.Countries[1];
        var changes = new[]
        {
            Words with { Countries = [first with { Id = first.Id + "x" }, .. Words.Countries.Skip(1)] },
            Words with { Countries = [first with { EnglishName = first.EnglishName + "x" }, .. Words.Countries.Skip(1)] },
            Words with { Countries = [first with { ChineseName = first.ChineseName + "x" }, .. Words.Countries.Skip(1)] },
            Words with { Countries = [first with { EnglishPhrases = [.. first.EnglishPhrases, "x"] }, .. Words.Countries.Skip(1)] },
            Words with { Countries = [first with { ChinesePhrases = [.. first.ChinesePhrases, "x"] }, .. Words.Countries.Skip(1)] },
            // A phrase moved from one list of a term to the other, and from one term to the next.
            Words with { Countries = [first with { EnglishPhrases = first.EnglishPhrases.Skip(1).ToList(), ChinesePhrases = [first.EnglishPhrases[0], .. first.ChinesePhrases] }, .. Words.Countries.Skip(1)] },
            Words with { Countries = [first with { EnglishPhrases = first.EnglishPhrases.Skip(1).ToList() }, second with { EnglishPhrases = [first.EnglishPhrases[0], .. second.EnglishPhrases] }, .. Words.Countries.Skip(2)] },
            // A term moved from one list to the next, and removed.
            Words with { Countries = Words.Countries.Skip(1).ToList(), Regions = [first, .. Words.Regions] },
            Words with { Countries = Words.Countries.Skip(1).ToList() },
            Words with { Platforms = Words.Platforms.Skip(1).ToList() },
            Words with { SensitiveGoods = Words.SensitiveGoods.Skip(1).ToList() },
            Words with { Answers = Words.Answers.Skip(1).ToList() },
            Words with { Categories = Words.Categories.Skip(1).ToList() },
        };

        var keys = changes.Select(Key).Append(Key(Words)).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    private static string Key(Vocabulary vocabulary) => IntentModelCache.Key(vocabulary, Training, IntentClassifier.Settings.Default);

    private static List<string> PublicProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal)];
}
