using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Composition;

/// <summary>
/// Loads the knowledge base and builds the recognizer on a worker thread from the web host's first line, while the
/// main thread builds the host (configuration, services, Kestrel). Both lie on the path to the first reply and
/// neither depends on the host, so on a machine with two or more cores a start waits for the longer of the two
/// instead of their sum. What is loaded, and how a broken knowledge base fails, is unchanged: the same load as
/// <c>AddKnowledgeBase</c>, whose failure surfaces when the host first asks for the knowledge base (at start-up,
/// through <c>BotWarmup</c>) as the same <see cref="KnowledgeBaseLoadException"/>. A start that would build the knowledge
/// snapshot or train the intent model has a child process store them first (<see cref="StartCacheFill"/>).
/// </summary>
internal sealed class StartupPreload
{
    private readonly string _dataDirectory = KnowledgePaths.DefaultDataDirectory;
    private readonly Task<KnowledgeLoadResult> _knowledge;
    private readonly Task<CrossBorderRecognizer?> _recognizer;

    private StartupPreload()
    {
        _knowledge = Task.Run(() => StartCacheFill.LoadKnowledge(_dataDirectory));
        _recognizer = _knowledge.ContinueWith(
            loaded => loaded.Result.IsValid ? CrossBorderRecognizer.Create(loaded.Result.KnowledgeBase) : null,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        // The cue vocabulary is read here, after the recognizer and off the path to the first reply; each cue's regex
        // is built when a turn first asks for it (CueBook).
        _recognizer.ContinueWith(
            _ => CueBook.Load(),
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    public static StartupPreload Start() => new();

    /// <summary>
    /// Serves the knowledge base and recognizer from this load. Call after <c>AddCrossBorderBot</c>: these
    /// registrations then win over its own, and a later registration (a test's own knowledge base) still wins over
    /// these; a recognizer asked for over another knowledge base is built over that one, as before.
    /// </summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(_ => KnowledgeBase());
        services.AddSingleton(provider =>
        {
            var knowledgeBase = provider.GetRequiredService<KnowledgeBase>();
            var preloaded = _knowledge.IsCompletedSuccessfully && ReferenceEquals(knowledgeBase, _knowledge.Result.KnowledgeBase)
                ? _recognizer.GetAwaiter().GetResult()
                : null;
            return preloaded ?? CrossBorderRecognizer.Create(knowledgeBase);
        });
    }

    private KnowledgeBase KnowledgeBase()
    {
        var result = _knowledge.GetAwaiter().GetResult();
        return result.IsValid ? result.KnowledgeBase : throw new KnowledgeBaseLoadException(_dataDirectory, result.Problems);
    }
}
