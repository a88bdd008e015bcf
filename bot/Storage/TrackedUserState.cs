namespace CrossBorderBot.Storage;

/// <summary>
/// <see cref="UserState"/> over a store that hands out JSON text: a turn parses only the state it uses, serializes
/// it at most once when saved, and writes nothing when nothing changed (see <see cref="TrackedBotStateScope"/>).
/// Property accessors and keys are the SDK's.
/// </summary>
public sealed class TrackedUserState : UserState, ITrackedBotStateOwner
{
    /// <param name="storage">The store (must be the same object as <paramref name="documents"/>).</param>
    /// <param name="documents">The store's state-text side.</param>
    public TrackedUserState(IStorage storage, IBotStateDocumentStore documents)
        : base(storage) =>
        Scope = new(this, documents, nameof(UserState), GetStorageKey, GetCachedState, base.ClearStateAsync, base.DeleteAsync);

    TrackedBotStateScope ITrackedBotStateOwner.Scope => Scope;

    private TrackedBotStateScope Scope { get; }

    /// <inheritdoc />
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) => Scope.LoadAsync(turnContext, force, cancellationToken);

    /// <inheritdoc />
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) => Scope.SaveAsync(turnContext, force, cancellationToken);

    /// <inheritdoc />
    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => Scope.ClearAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => Scope.DeleteAsync(turnContext, cancellationToken);
}
