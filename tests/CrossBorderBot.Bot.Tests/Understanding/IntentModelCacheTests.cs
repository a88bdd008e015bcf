using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The stored intent model (what makes a start-up skip training) must answer exactly as a freshly trained one, and a
/// damaged or foreign file must never be used.
/// </summary>
public sealed class IntentModelCacheTests : IDisposable
{
    private static readonly string[] Messages =
    [
        "ship 2 kg of shoes to Germany, value 60 USD",
        "which platform should I sell on",
        "我的货被海关扣了怎么办",
        "hello",
        "platfrom for selling furniture in japan",
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cbb-model-cache-test-" + Guid.NewGuid().ToString("N"));
    private readonly Vocabulary _vocabulary = KnowledgeVocabulary.FromDefaultData();

    // Every fourth line keeps the test quick; the key covers the lines, so this is its own model.
    private readonly IReadOnlyList<TrainingExample> _training = TrainingCorpus.Load().Where((_, i) => i % 4 == 0).ToList();

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_stored_model_predicts_exactly_as_the_trained_one_and_is_not_trained_again()
    {
        var cache = new IntentModelCache(_directory);
        var labelled = 0;
        var trained = cache.Load(_vocabulary, _training, () => { labelled++; return Label(); });
        var loaded = cache.Load(_vocabulary, _training, () => { labelled++; return Label(); });

        Assert.Equal(1, labelled);
        Assert.Equal(trained.Labels, loaded.Labels);
        foreach (var message in Messages)
        {
            var mentions = Extractor().Extract(message, "en-us");
            var expected = trained.Predict(message, mentions, out var expectedFamiliar);
            var actual = loaded.Predict(message, mentions, out var actualFamiliar);
            Assert.Equal(expected, actual);
            Assert.Equal(expectedFamiliar, actualFamiliar);
        }
    }

    [Fact]
    public void A_damaged_file_is_not_used_and_is_replaced()
    {
        var cache = new IntentModelCache(_directory);
        var trained = cache.Load(_vocabulary, _training, Label);
        var path = cache.PathFor(IntentModelCache.Key(_vocabulary, _training, IntentClassifier.Settings.Default));
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        var labelled = 0;
        var again = cache.Load(_vocabulary, _training, () => { labelled++; return Label(); });

        Assert.Equal(1, labelled);
        Assert.NotEqual(bytes, File.ReadAllBytes(path));
        var mentions = Extractor().Extract(Messages[0], "en-us");
        Assert.Equal(trained.Predict(Messages[0], mentions, out _), again.Predict(Messages[0], mentions, out _));
    }

    [Fact]
    public void Writing_a_model_removes_models_unused_for_longer_than_their_lifetime_and_keeps_recent_ones()
    {
        Directory.CreateDirectory(_directory);
        var old = Path.Combine(_directory, "old-build.bin");
        var oldLeftover = Path.Combine(_directory, "old-build.bin.1.tmp");
        var recent = Path.Combine(_directory, "other-build.bin");
        foreach (var file in new[] { old, oldLeftover, recent })
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        var longAgo = DateTime.UtcNow - IntentModelCache.UnusedLifetime - TimeSpan.FromHours(1);
        File.SetLastWriteTimeUtc(old, longAgo);
        File.SetLastWriteTimeUtc(oldLeftover, longAgo);
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow - TimeSpan.FromHours(1));

        var cache = new IntentModelCache(_directory);
        cache.Load(_vocabulary, _training, Label);

        Assert.False(File.Exists(old));
        Assert.False(File.Exists(oldLeftover));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(cache.PathFor(IntentModelCache.Key(_vocabulary, _training, IntentClassifier.Settings.Default))));
    }

    [Fact]
    public void Loading_a_stored_model_marks_it_used_so_it_is_not_removed()
    {
        var cache = new IntentModelCache(_directory);
        cache.Load(_vocabulary, _training, Label);
        var path = cache.PathFor(IntentModelCache.Key(_vocabulary, _training, IntentClassifier.Settings.Default));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - IntentModelCache.UnusedLifetime - TimeSpan.FromHours(1));

        cache.Load(_vocabulary, _training, () => throw new InvalidOperationException("the stored model should be loaded"));
        cache.RemoveUnused(DateTime.UtcNow - IntentModelCache.UnusedLifetime);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Other_training_lines_give_another_key()
    {
        var fewer = _training.Take(_training.Count - 1).ToList();

        Assert.NotEqual(
            IntentModelCache.Key(_vocabulary, _training, IntentClassifier.Settings.Default),
            IntentModelCache.Key(_vocabulary, fewer, IntentClassifier.Settings.Default));
    }

    private EntityExtractor Extractor() => new(_vocabulary, new CrossBorderBot.Understanding.Quantities.QuantityRecognizer());

    private List<LabelledMessage> Label()
    {
        var extractor = Extractor();
        return _training.Select(e => new LabelledMessage(e.Intent, e.Text, extractor.Extract(e.Text, LanguageDetector.Detect(e.Text).StartsWith("zh", StringComparison.Ordinal) ? "zh-cn" : "en-us"))).ToList();
    }
}
