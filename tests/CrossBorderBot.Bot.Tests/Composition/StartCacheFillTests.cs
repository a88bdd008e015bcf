using CrossBorderBot.Composition;
using CrossBorderBot.Hosting;
using CrossBorderBot.Knowledge.Loading;

namespace CrossBorderBot.Tests.Composition;

public sealed class StartCacheFillTests : IDisposable
{
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "start-cache-fill-" + Guid.NewGuid().ToString("N"));
    private readonly KnowledgeSnapshotCache _snapshots;
    private int _children;

    public StartCacheFillTests() => _snapshots = new KnowledgeSnapshotCache(_cacheDirectory);

    public void Dispose()
    {
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Fact]
    public void A_start_with_nothing_stored_has_the_child_store_the_snapshot_and_then_reads_it()
    {
        var result = Load(modelStored: false, child: StoreSnapshot);

        Assert.Equal(1, _children);
        Assert.True(result.IsValid);
        Assert.NotEmpty(result.KnowledgeBase.Markets);
        Assert.Single(Directory.GetFiles(_cacheDirectory, "*.json"));
    }

    [Fact]
    public void A_start_with_snapshot_and_model_stored_starts_no_child()
    {
        StoreSnapshot();

        var result = Load(modelStored: true, child: () => true);

        Assert.Equal(0, _children);
        Assert.True(result.IsValid);
        Assert.NotEmpty(result.KnowledgeBase.Markets);
    }

    [Fact]
    public void A_start_whose_model_is_not_stored_starts_the_child_and_keeps_the_stored_knowledge()
    {
        StoreSnapshot();

        var result = Load(modelStored: false, child: () => true);

        Assert.Equal(1, _children);
        Assert.True(result.IsValid);
        Assert.NotEmpty(result.KnowledgeBase.Markets);
    }

    [Fact]
    public void A_child_that_fails_changes_nothing_the_start_loads_in_full_and_stores_as_before()
    {
        var result = Load(modelStored: false, child: () => false);

        Assert.Equal(1, _children);
        Assert.True(result.IsValid);
        Assert.NotEmpty(result.KnowledgeBase.Markets);
        Assert.Single(Directory.GetFiles(_cacheDirectory, "*.json"));
    }

    [Fact]
    public void A_missing_data_folder_fails_as_before_without_a_child()
    {
        var result = StartCacheFill.LoadKnowledge(Path.Combine(_cacheDirectory, "no-such-data"), KnowledgePaths.DefaultSchemaDirectory, _snapshots, _ => true, () => ++_children > 0);

        Assert.Equal(0, _children);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_child_command_is_one_the_bot_runs_instead_of_the_web_host() =>
        Assert.True(BotCommandLine.IsCommand([StartCacheFill.CommandName]));

    private KnowledgeLoadResult Load(bool modelStored, Func<bool> child) =>
        StartCacheFill.LoadKnowledge(KnowledgePaths.DefaultDataDirectory, KnowledgePaths.DefaultSchemaDirectory, _snapshots, _ => modelStored, () =>
        {
            _children++;
            return child();
        });

    private bool StoreSnapshot() =>
        _snapshots.Load(KnowledgePaths.DefaultDataDirectory, KnowledgePaths.DefaultSchemaDirectory, () => new KnowledgeLoader(KnowledgePaths.DefaultSchemaDirectory).Load(KnowledgePaths.DefaultDataDirectory)).IsValid;
}
