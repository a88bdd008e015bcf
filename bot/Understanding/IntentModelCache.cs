using System.Security.Cryptography;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Keeps the built-in intent model trained on the embedded corpus in a file, so a process start loads it (tens of
/// milliseconds) instead of finding the entities in every training line and training again (seconds of CPU).
/// </summary>
/// <remarks>
/// The file is named after a SHA-256 of everything the model depends on: the training lines, the vocabulary, the
/// build of the bot and knowledge assemblies (their module version ids change with any code or embedded-data change)
/// and the training settings. Any change therefore trains a new model; a stored model is never used for other inputs.
/// The file carries its own checksum; a missing, damaged or unwritable file only means training as before. The
/// loaded model predicts exactly as the trained one (weights are stored bit for bit). Since every build keys a model of
/// its own, writing one removes the models no process has loaded or written for <see cref="UnusedLifetime"/> (a load
/// marks its file as used), so the directory holds the few builds in use rather than every build since it was made.
/// </remarks>
internal sealed class IntentModelCache(string directory)
{
    private const string FormatTag = "crossborderbot-intent-model-v1";

    /// <summary>How long a stored model (or a write's leftover) stays when no process uses it.</summary>
    public static readonly TimeSpan UnusedLifetime = TimeSpan.FromDays(2);

    /// <summary>The cache under the system's temporary directory, or <c>CROSSBORDERBOT_MODEL_CACHE</c> when set (empty = off).</summary>
    public static IntentModelCache? Default { get; } = CreateDefault();

    public string Directory { get; } = directory;

    /// <summary>The model for these inputs: loaded when stored, otherwise labelled, trained and stored.</summary>
    /// <param name="vocabulary">The vocabulary the entity extractor uses (part of the key).</param>
    /// <param name="training">The training lines (part of the key).</param>
    /// <param name="label">Finds the entities in the training lines (run only when the model must be trained).</param>
    public static IIntentModel GetOrTrain(Vocabulary vocabulary, IReadOnlyList<TrainingExample> training, Func<IReadOnlyList<LabelledMessage>> label) =>
        Default is { } cache
            ? cache.Load(vocabulary, training, label)
            : LogisticIntentModel.Train(label());

    /// <summary>See <see cref="GetOrTrain"/>; on this cache's directory.</summary>
    public IIntentModel Load(Vocabulary vocabulary, IReadOnlyList<TrainingExample> training, Func<IReadOnlyList<LabelledMessage>> label)
    {
        var key = Key(vocabulary, training, IntentClassifier.Settings.Default);
        var path = PathFor(key);
        if (TryRead(path, key) is { } stored)
        {
            TryMarkUsed(path);
            return new LogisticIntentModel(stored);
        }

        var trained = (LogisticIntentModel)LogisticIntentModel.Train(label(), IntentClassifier.Settings.Default);
        TryWrite(path, key, trained.Classifier);
        RemoveUnused(DateTime.UtcNow - UnusedLifetime);
        return trained;
    }

    /// <summary>True when the model for these inputs is stored (so a start would load it, not train it).</summary>
    public bool IsStored(Vocabulary vocabulary, IReadOnlyList<TrainingExample> training) =>
        File.Exists(PathFor(Key(vocabulary, training, IntentClassifier.Settings.Default)));

    /// <summary>Deletes the models and leftovers last used before <paramref name="usedBefore"/> (UTC); one that cannot be deleted stays.</summary>
    internal void RemoveUnused(DateTime usedBefore)
    {
        try
        {
            foreach (var file in new DirectoryInfo(Directory).EnumerateFiles("*.*"))
            {
                if (file.Extension is ".bin" or ".tmp" && file.LastWriteTimeUtc < usedBefore)
                {
                    TryDelete(file.FullName);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The directory is gone or unreadable: there is nothing to clean.
        }
    }

    internal string PathFor(string key) => Path.Combine(Directory, key + ".bin");

    internal static string Key(Vocabulary vocabulary, IReadOnlyList<TrainingExample> training, IntentClassifier.Settings settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(FormatTag);
        Add(typeof(IntentModelCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(Knowledge.Model.KnowledgeBase).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(settings.ToString());
        foreach (var example in training)
        {
            Add(example.Intent);
            Add(example.Text);
        }

        // Every word of the vocabulary, walked by hand: serializing it by reflection cost ~30 ms of CPU at every start
        // (System.Text.Json's metadata and emitted accessors). Counts keep a word from moving into its neighbour's list
        // unnoticed; VocabularyKeyTests fails when Vocabulary or VocabularyTerm gains a member this walk leaves out.
        foreach (var terms in (IReadOnlyList<VocabularyTerm>[])[vocabulary.Countries, vocabulary.Regions, vocabulary.Categories, vocabulary.Platforms, vocabulary.SensitiveGoods, vocabulary.Answers])
        {
            Add(terms.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var term in terms)
            {
                Add(term.Id);
                Add(term.EnglishName);
                Add(term.ChineseName);
                foreach (var phrases in (IReadOnlyList<string>[])[term.EnglishPhrases, term.ChinesePhrases])
                {
                    Add(phrases.Count.ToString(CultureInfo.InvariantCulture));
                    foreach (var phrase in phrases)
                    {
                        Add(phrase);
                    }
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IntentModelCache? CreateDefault()
    {
        var configured = Environment.GetEnvironmentVariable("CROSSBORDERBOT_MODEL_CACHE");
        if (configured is not null)
        {
            return configured.Length == 0 ? null : new IntentModelCache(configured);
        }

        return new IntentModelCache(Path.Combine(Path.GetTempPath(), "crossborderbot", "intent-models"));
    }

    private static IntentClassifier? TryRead(string path, string key)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < SHA256.HashSizeInBytes)
            {
                return null;
            }

            var payload = bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes);
            if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(payload.Length)))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, payload.Length, writable: false), Encoding.UTF8);
            if (reader.ReadString() != FormatTag || reader.ReadString() != key)
            {
                return null;
            }

            return IntentClassifier.Read(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    private static void TryWrite(string path, string key, IntentClassifier classifier)
    {
        var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(FormatTag);
                writer.Write(key);
                classifier.Write(writer);
            }

            buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            File.WriteAllBytes(temporary, buffer.ToArray());

            // Several processes may train at once (tests, a scaled-out start): whole files replace each other atomically.
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    // The last write time is the last use: file systems often do not keep access times.
    private static void TryMarkUsed(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves; its models are only not marked.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the model in memory is used either way.
        }
    }
}
