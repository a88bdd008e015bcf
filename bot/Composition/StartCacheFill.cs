using System.Diagnostics;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Composition;

/// <summary>
/// On a start that finds no stored knowledge snapshot or intent model for this build and data (the first start after a
/// build or a data change), has a short-lived child process (<c>&lt;bot&gt; fill-start-caches</c>) build and store
/// them, then loads them from their files as every later start does.
/// </summary>
/// <remarks>
/// Building them in the serving process kept its resident memory ~50 MiB higher for its whole life (227.7 against
/// 179.2 MiB peak under 64 conversations, same build, fresh against filled cache): the full YAML load, the schema checks
/// and the model's training leave a larger managed heap and JIT-compiled code that never runs again. A child's memory
/// goes back to the system when it exits. What is loaded is unchanged: the same files, written by the same code, read
/// by the same readers, and a child that cannot be started, fails, or runs past <see cref="ChildTimeLimit"/> changes
/// nothing: the loads then build in this process as before (a broken knowledge base still fails here, with its
/// problems). Only the bot's own process starts a child; a host inside another program (tests) loads in process.
/// </remarks>
internal static class StartCacheFill
{
    /// <summary>The hidden command the child runs.</summary>
    public const string CommandName = "fill-start-caches";

    /// <summary>The longest a start waits for the child (training is seconds of CPU; a loaded machine stretches it).</summary>
    public static readonly TimeSpan ChildTimeLimit = TimeSpan.FromMinutes(5);

    // Returned by the snapshot cache's loader when nothing is stored: never valid, so never stored.
    private static readonly KnowledgeLoadResult NotStored = new(Knowledge.Model.KnowledgeBase.Empty, [new KnowledgeProblem("cache", 0, "no stored snapshot")]);

    /// <summary>The knowledge base the bot starts with, its caches filled by a child first when this start would build them.</summary>
    public static KnowledgeLoadResult LoadKnowledge(string dataDirectory)
    {
        if (KnowledgeSnapshotCache.Default is not { } snapshots || IntentModelCache.Default is not { } models || !IsBotProcess())
        {
            return KnowledgeSnapshotCache.LoadThroughDefault(dataDirectory);
        }

        return LoadKnowledge(dataDirectory, KnowledgePaths.DefaultSchemaDirectory, snapshots, knowledgeBase => IsModelStored(models, knowledgeBase), RunChild);
    }

    /// <param name="dataDirectory">The knowledge data folder.</param>
    /// <param name="schemaDirectory">Its schemas.</param>
    /// <param name="snapshots">The snapshot cache the bot reads.</param>
    /// <param name="isModelStored">Whether the intent model for a knowledge base's vocabulary is stored.</param>
    /// <param name="fillInChild">Fills both caches in another process; false when it could not.</param>
    internal static KnowledgeLoadResult LoadKnowledge(
        string dataDirectory,
        string schemaDirectory,
        KnowledgeSnapshotCache snapshots,
        Func<Knowledge.Model.KnowledgeBase, bool> isModelStored,
        Func<bool> fillInChild)
    {
        KnowledgeLoadResult Full() => new KnowledgeLoader(schemaDirectory).Load(dataDirectory);
        if (!Directory.Exists(dataDirectory) || !Directory.Exists(schemaDirectory))
        {
            return Full();
        }

        var stored = snapshots.Load(dataDirectory, schemaDirectory, () => NotStored);
        if (!ReferenceEquals(stored, NotStored) && isModelStored(stored.KnowledgeBase))
        {
            return stored;
        }

        // Whatever the child did, the load below is the one a start without it makes: from the snapshot when one is
        // stored now, in full (and stored) otherwise; the recognizer then finds the model stored or trains it.
        fillInChild();
        return ReferenceEquals(stored, NotStored) ? snapshots.Load(dataDirectory, schemaDirectory, Full) : stored;
    }

    /// <summary>What the child runs: the start's loads, each storing what it builds. 0 when both are stored.</summary>
    public static int Fill()
    {
        var result = KnowledgeSnapshotCache.LoadThroughDefault(KnowledgePaths.DefaultDataDirectory);
        if (!result.IsValid)
        {
            return 1;
        }

        _ = CrossBorderRecognizer.Create(result.KnowledgeBase);
        return 0;
    }

    private static bool IsModelStored(IntentModelCache models, Knowledge.Model.KnowledgeBase knowledgeBase) =>
        models.IsStored(KnowledgeVocabulary.From(knowledgeBase), TrainingCorpus.Load());

    private static bool IsBotProcess() => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartCacheFill).Assembly;

    private static bool RunChild()
    {
        try
        {
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };

            // `dotnet CrossBorderBot.dll` names the assembly; the app host (`CrossBorderBot`, as `dotnet run` starts it) is the bot itself.
            if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
            {
                start.ArgumentList.Add(typeof(StartCacheFill).Assembly.Location);
            }

            start.ArgumentList.Add(CommandName);
            using var child = Process.Start(start);
            if (child is null)
            {
                return false;
            }

            // Its output is not this process's: drained so a full pipe never stalls it, and dropped.
            child.OutputDataReceived += static (_, _) => { };
            child.ErrorDataReceived += static (_, _) => { };
            child.BeginOutputReadLine();
            child.BeginErrorReadLine();
            if (!child.WaitForExit(ChildTimeLimit))
            {
                child.Kill(entireProcessTree: true);
                return false;
            }

            return child.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
