using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A turn's conversation and user state on Azure Blob Storage (Azurite): leased, then written, so a refused write
/// changes neither blob. (What stays non-atomic, a crash during the last two uploads, is described on
/// <see cref="AzureBlobStateWrite"/>.)
/// </summary>
public sealed class AzureBlobStateWriteTests : IAsyncLifetime
{
    private const string Conversation = "webchat/conversations/c1";
    private const string User = "webchat/users/u1";
    private readonly string _container = StorageTestServices.UniqueName("pairs-");
    private AzureBlobStorage? _opened;

    // Opened by the first use, so a test without Azurite is skipped rather than failed.
    private AzureBlobStorage _store => _opened ??= new AzureBlobStorage(StorageTestServices.AzuriteConnectionString(), _container);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _opened?.DropAsync(CancellationToken.None) ?? Task.CompletedTask;

    [SkippableFact]
    public async Task Both_are_written_when_both_are_current_and_the_leases_are_let_go()
    {
        var (conversationETag, userETag) = await StoreBothAsync();

        var eTags = await _store.WriteStateAsync([new(Conversation, """{"turn":2}""", conversationETag), new(User, """{"plans":2}""", userETag)], CancellationToken.None);

        Assert.Equal("""{"turn":2}""", await BodyAsync(Conversation));
        Assert.Equal("""{"plans":2}""", await BodyAsync(User));
        Assert.Equal(eTags, [(await _store.ReadStateAsync(Conversation, CancellationToken.None))!.ETag, (await _store.ReadStateAsync(User, CancellationToken.None))!.ETag]);

        // The next turn writes each alone, without a lease: the leases were released.
        await _store.WriteStateAsync([new(Conversation, """{"turn":3}""", eTags[0])], CancellationToken.None);
        await _store.WriteStateAsync([new(User, """{"plans":3}""", eTags[1])], CancellationToken.None);
        Assert.Equal("""{"turn":3}""", await BodyAsync(Conversation));
        Assert.Equal("""{"plans":3}""", await BodyAsync(User));
    }

    [SkippableFact]
    public async Task User_state_changed_by_another_turn_refuses_both_and_changes_neither()
    {
        var (conversationETag, userETag) = await StoreBothAsync();
        await _store.WriteStateAsync([new(User, """{"plans":"other conversation"}""", userETag)], CancellationToken.None);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            _store.WriteStateAsync([new(Conversation, """{"turn":2}""", conversationETag), new(User, """{"plans":2}""", userETag)], CancellationToken.None));

        Assert.Equal("""{"turn":1}""", await BodyAsync(Conversation));
        Assert.Equal(conversationETag, (await _store.ReadStateAsync(Conversation, CancellationToken.None))!.ETag);
        Assert.Equal("""{"plans":"other conversation"}""", await BodyAsync(User));

        // The conversation's lease was released: the turn can be retried at once.
        await _store.WriteStateAsync([new(Conversation, """{"turn":2}""", conversationETag)], CancellationToken.None);
    }

    [SkippableFact]
    public async Task A_new_conversation_with_a_stale_user_state_is_not_created()
    {
        var userETag = (await _store.WriteStateAsync([new(User, """{"plans":1}""", null)], CancellationToken.None))[0];
        await _store.WriteStateAsync([new(User, """{"plans":"other conversation"}""", userETag)], CancellationToken.None);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            _store.WriteStateAsync([new(Conversation, """{"turn":1}""", null), new(User, """{"plans":2}""", userETag)], CancellationToken.None));

        Assert.Null(await _store.ReadStateAsync(Conversation, CancellationToken.None));
        Assert.Equal("""{"plans":"other conversation"}""", await BodyAsync(User));
    }

    [SkippableFact]
    public async Task Without_an_expected_ETag_a_stored_blob_is_overwritten_as_on_the_other_stores()
    {
        await _store.WriteStateAsync([new(User, """{"plans":"stored"}""", null)], CancellationToken.None);

        await _store.WriteStateAsync([new(Conversation, """{"turn":1}""", null), new(User, """{"plans":1}""", null)], CancellationToken.None);

        Assert.Equal("""{"turn":1}""", await BodyAsync(Conversation));
        Assert.Equal("""{"plans":1}""", await BodyAsync(User));
    }

    [SkippableFact]
    public async Task A_blob_another_writer_holds_refuses_the_write_and_the_other_blob_is_unchanged()
    {
        var (conversationETag, userETag) = await StoreBothAsync();
        var other = new BlobContainerClient(StorageTestServices.AzuriteConnectionString(), _container)
            .GetBlobClient(AzureBlobStorage.BlobNameOf(User)).GetBlobLeaseClient();
        await other.AcquireAsync(AzureBlobStateWrite.LeaseDuration);
        try
        {
            await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
                _store.WriteStateAsync([new(Conversation, """{"turn":2}""", conversationETag), new(User, """{"plans":2}""", userETag)], CancellationToken.None));
            Assert.Equal("""{"turn":1}""", await BodyAsync(Conversation));
            Assert.Equal("""{"plans":1}""", await BodyAsync(User));
        }
        finally
        {
            await other.ReleaseAsync();
        }
    }

    private async Task<(string Conversation, string User)> StoreBothAsync()
    {
        var eTags = await _store.WriteStateAsync([new(Conversation, """{"turn":1}""", null), new(User, """{"plans":1}""", null)], CancellationToken.None);
        return (eTags[0], eTags[1]);
    }

    private async Task<string?> BodyAsync(string key) => (await _store.ReadStateAsync(key, CancellationToken.None))?.Body;
}
