using System.Text.Json;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

public sealed class KnowledgeSnapshotCacheTests : IDisposable
{
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "kb-snapshot-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_real_data_read_from_its_snapshot_equals_a_fresh_load_of_the_yaml()
    {
        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        var fresh = new KnowledgeLoader().LoadDefault();
        Assert.True(fresh.IsValid, string.Join(Environment.NewLine, fresh.Problems));
        var loads = 0;

        cache.Load(KnowledgePaths.DefaultDataDirectory, KnowledgePaths.DefaultSchemaDirectory, () => { loads++; return fresh; });
        var fromSnapshot = cache.Load(KnowledgePaths.DefaultDataDirectory, KnowledgePaths.DefaultSchemaDirectory, () => { loads++; return fresh; });

        Assert.Equal(1, loads);
        Assert.NotSame(fresh.KnowledgeBase, fromSnapshot.KnowledgeBase);
        Assert.True(fromSnapshot.IsValid);
        Assert.Equal(Json(fresh.KnowledgeBase), Json(fromSnapshot.KnowledgeBase));
        Assert.Equal(fresh.KnowledgeBase.FindMarket("de")?.Vat, fromSnapshot.KnowledgeBase.FindMarket("de")?.Vat);
    }

    [Fact]
    public void Changed_data_is_loaded_and_checked_in_full_never_taken_from_the_snapshot_of_the_old_data()
    {
        using var folder = new TempDataFolder();
        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        var first = cache.Load(folder.Path, KnowledgePaths.DefaultSchemaDirectory, () => new KnowledgeLoader().Load(folder.Path));
        Assert.True(first.IsValid, string.Join(Environment.NewLine, first.Problems));

        folder.Write("glossary.yaml", "terms: []\nextra: 1\n");
        var second = cache.Load(folder.Path, KnowledgePaths.DefaultSchemaDirectory, () => new KnowledgeLoader().Load(folder.Path));

        Assert.False(second.IsValid);
        Assert.Contains(second.Problems, p => p.File == "glossary.yaml" && p.Line == 2);
    }

    [Fact]
    public void A_load_with_problems_is_not_stored()
    {
        using var folder = new TempDataFolder();
        folder.Write("export-modes.yaml", "exportModes: [ { id: x } ]\n");
        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        var loads = 0;
        KnowledgeLoadResult Load()
        {
            loads++;
            return new KnowledgeLoader().Load(folder.Path);
        }

        Assert.False(cache.Load(folder.Path, KnowledgePaths.DefaultSchemaDirectory, Load).IsValid);
        Assert.False(cache.Load(folder.Path, KnowledgePaths.DefaultSchemaDirectory, Load).IsValid);

        Assert.Equal(2, loads);
        Assert.False(Directory.Exists(_cacheDirectory) && Directory.EnumerateFiles(_cacheDirectory).Any());
    }

    [Fact]
    public void Storing_a_snapshot_removes_other_keys_snapshots_untouched_for_a_day_and_keeps_recent_ones()
    {
        Directory.CreateDirectory(_cacheDirectory);
        var stale = Path.Combine(_cacheDirectory, "stale-build.json");
        var recent = Path.Combine(_cacheDirectory, "other-build-running-now.json");
        File.WriteAllText(stale, "{}");
        File.WriteAllText(recent, "{}");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - KnowledgeSnapshotCache.StaleAfter - TimeSpan.FromHours(1));

        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        cache.Load(FixtureData.ValidDirectory, KnowledgePaths.DefaultSchemaDirectory, () => new KnowledgeLoader().Load(FixtureData.ValidDirectory));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(recent));
        Assert.Equal(2, Directory.EnumerateFiles(_cacheDirectory).Count());
    }

    [Fact]
    public void A_damaged_snapshot_means_loading_the_yaml_again()
    {
        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        var loads = 0;
        KnowledgeLoadResult Load()
        {
            loads++;
            return new KnowledgeLoader().Load(FixtureData.ValidDirectory);
        }

        var first = cache.Load(FixtureData.ValidDirectory, KnowledgePaths.DefaultSchemaDirectory, Load);
        var stored = Assert.Single(Directory.EnumerateFiles(_cacheDirectory));
        File.WriteAllText(stored, File.ReadAllText(stored)[..100]);
        var second = cache.Load(FixtureData.ValidDirectory, KnowledgePaths.DefaultSchemaDirectory, Load);

        Assert.Equal(2, loads);
        Assert.Equal(Json(first.KnowledgeBase), Json(second.KnowledgeBase));
    }

    [Fact]
    public void The_snapshot_reader_reads_the_real_data_as_the_source_generated_reader_does()
    {
        var fresh = new KnowledgeLoader().LoadDefault();
        Assert.True(fresh.IsValid, string.Join(Environment.NewLine, fresh.Problems));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(KnowledgeSnapshot.Of("key", fresh.KnowledgeBase), KnowledgeSnapshotJsonContext.Default.KnowledgeSnapshot);

        var generated = JsonSerializer.Deserialize(bytes, KnowledgeSnapshotJsonContext.Default.KnowledgeSnapshot)!;
        var read = KnowledgeSnapshotReader.Read(bytes);

        Assert.Equal("key", read.Key);
        Assert.Equal(Json(generated.ToKnowledgeBase()), Json(read.ToKnowledgeBase()));
        Assert.Equal(Json(fresh.KnowledgeBase), Json(read.ToKnowledgeBase()));
        Assert.Equal(Shapes(generated), Shapes(read));
    }

    [Theory]
    [InlineData("\"defaultDutyPercent\":", "\"defaultDutyPercent\":\"ten\",\"x\":")]
    [InlineData("\"reviewed\":\"", "\"reviewed\":\"31/12/")]
    [InlineData("\"kind\":\"", "\"kind\":\"no-such-kind-")]
    public void A_snapshot_with_a_value_of_the_wrong_form_means_loading_the_yaml_again(string found, string replacement)
    {
        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        var loads = 0;
        KnowledgeLoadResult Load()
        {
            loads++;
            return new KnowledgeLoader().LoadDefault();
        }

        var first = cache.Load(KnowledgePaths.DefaultDataDirectory, KnowledgePaths.DefaultSchemaDirectory, Load);
        var stored = Assert.Single(Directory.EnumerateFiles(_cacheDirectory));
        var text = File.ReadAllText(stored);
        var at = text.IndexOf(found, StringComparison.Ordinal);
        Assert.True(at >= 0, found);
        File.WriteAllText(stored, text[..at] + replacement + text[(at + found.Length)..]);
        var second = cache.Load(KnowledgePaths.DefaultDataDirectory, KnowledgePaths.DefaultSchemaDirectory, Load);

        Assert.Equal(2, loads);
        Assert.Equal(Json(first.KnowledgeBase), Json(second.KnowledgeBase));
    }

    [Fact]
    public void A_snapshot_is_found_only_under_the_key_written_inside_it()
    {
        using var folder = new TempDataFolder();
        var cache = new KnowledgeSnapshotCache(_cacheDirectory);
        cache.Load(FixtureData.ValidDirectory, KnowledgePaths.DefaultSchemaDirectory, () => new KnowledgeLoader().Load(FixtureData.ValidDirectory));
        folder.Write("glossary.yaml", "terms: []\n");

        // A snapshot copied by hand to the name of other data is not taken for that data.
        var stored = Assert.Single(Directory.EnumerateFiles(_cacheDirectory));
        File.Copy(stored, cache.PathFor(KnowledgeSnapshotCache.Key(folder.Path, KnowledgePaths.DefaultSchemaDirectory)));
        var loads = 0;
        var result = cache.Load(folder.Path, KnowledgePaths.DefaultSchemaDirectory, () => { loads++; return new KnowledgeLoader().Load(folder.Path); });

        Assert.Equal(1, loads);
        Assert.Empty(result.KnowledgeBase.Glossary);
    }

    public void Dispose()
    {
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    // The runtime type of every object and list in the graph, in order: both readers must build the same kinds of
    // collections (List<T> for IReadOnlyList<T>), not only the same values.
    private static List<string> Shapes(object? value)
    {
        var shapes = new List<string>();
        void Walk(object? node)
        {
            if (node is null || node is string || node.GetType().IsValueType)
            {
                return;
            }

            shapes.Add(node.GetType().FullName!);
            if (node is System.Collections.IEnumerable items)
            {
                foreach (var item in items)
                {
                    Walk(item);
                }

                return;
            }

            foreach (var property in node.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                Walk(property.GetValue(node));
            }
        }

        Walk(value);
        return shapes;
    }

    // Reflection-based, so the comparison does not go through the source-generated code it checks.
    private static string Json(KnowledgeBase knowledgeBase) =>
        JsonSerializer.Serialize(KnowledgeSnapshot.Of(string.Empty, knowledgeBase), KnowledgeJson.Options);
}
