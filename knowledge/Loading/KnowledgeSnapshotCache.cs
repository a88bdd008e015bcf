using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Keeps the typed knowledge base of a data folder that loaded without problems in a file, so a process start reads
/// it (one JSON read, see <see cref="KnowledgeSnapshotReader"/>) instead of converting every YAML file, validating it against its schema,
/// mapping it and running every cross-reference check again (most of a start's CPU).
/// </summary>
/// <remarks>
/// The file is named after a SHA-256 of everything the loaded model depends on: the path and bytes of every data and
/// schema file and the build of the knowledge assembly (its module version id changes with any change to the model,
/// the loader or its checks). Changed data therefore always gets the full load with every check, and only a load
/// without problems is stored: a snapshot never stands for data that was not checked, nor for other data. A missing,
/// damaged or unwritable file only means loading as before. The cache directory is shared with the bot's intent model
/// cache: <c>CROSSBORDERBOT_MODEL_CACHE</c> moves it, empty turns both off.
/// </remarks>
public sealed class KnowledgeSnapshotCache(string directory)
{
    private const string FormatTag = "crossborderbot-knowledge-snapshot-v1";

    /// <summary>How long another key's snapshot is kept after it was last written (see <see cref="RemoveOtherSnapshots"/>).</summary>
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromDays(1);

    /// <summary>The cache under the system's temporary directory, or <c>CROSSBORDERBOT_MODEL_CACHE</c> when set (empty = off).</summary>
    public static KnowledgeSnapshotCache? Default { get; } = CreateDefault();

    public string Directory { get; } = directory;

    /// <summary>
    /// What the bot loads at start: the knowledge base of <paramref name="dataDirectory"/> through <see cref="Default"/>
    /// (a full <see cref="KnowledgeLoader"/> load when the cache is off or holds nothing for these files).
    /// </summary>
    public static KnowledgeLoadResult LoadThroughDefault(string dataDirectory, string? schemaDirectory = null)
    {
        var schemas = schemaDirectory ?? KnowledgePaths.DefaultSchemaDirectory;
        KnowledgeLoadResult Full() => new KnowledgeLoader(schemas).Load(dataDirectory);
        return Default is { } cache ? cache.Load(dataDirectory, schemas, Full) : Full();
    }

    /// <summary>
    /// The knowledge base of <paramref name="dataDirectory"/>: read from the snapshot when one is stored for exactly these
    /// files, otherwise loaded and checked in full by <paramref name="load"/> and, when it has no problems, stored.
    /// </summary>
    public KnowledgeLoadResult Load(string dataDirectory, string schemaDirectory, Func<KnowledgeLoadResult> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!System.IO.Directory.Exists(dataDirectory) || !System.IO.Directory.Exists(schemaDirectory))
        {
            return load();
        }

        var key = Key(dataDirectory, schemaDirectory);
        var path = PathFor(key);
        if (TryRead(path, key) is { } stored)
        {
            return new KnowledgeLoadResult(stored, []);
        }

        var result = load();
        if (result.IsValid)
        {
            TryWrite(path, key, result.KnowledgeBase);
        }

        return result;
    }

    internal string PathFor(string key) => Path.Combine(Directory, key + ".json");

    /// <summary>A SHA-256 over the format, the knowledge assembly's build and every data and schema file (path and bytes).</summary>
    internal static string Key(string dataDirectory, string schemaDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void AddText(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        void AddFolder(string name, string folder)
        {
            var files = System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (full, relative) in files)
            {
                var bytes = File.ReadAllBytes(full);
                AddText(name + "/" + relative);
                AddText(bytes.Length.ToString(CultureInfo.InvariantCulture));
                hash.AppendData(bytes);
            }
        }

        AddText(FormatTag);
        AddText(typeof(KnowledgeSnapshotCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        AddFolder("data", dataDirectory);
        AddFolder("schema", schemaDirectory);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static KnowledgeSnapshotCache? CreateDefault()
    {
        var configured = Environment.GetEnvironmentVariable("CROSSBORDERBOT_MODEL_CACHE");
        if (configured is not null)
        {
            return configured.Length == 0 ? null : new KnowledgeSnapshotCache(Path.Combine(configured, "knowledge"));
        }

        return new KnowledgeSnapshotCache(Path.Combine(Path.GetTempPath(), "crossborderbot", "knowledge"));
    }

    private static KnowledgeBase? TryRead(string path, string key)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            // Read without the source-generated reader (see KnowledgeSnapshotReader): same model, far less JIT at start.
            var snapshot = KnowledgeSnapshotReader.Read(File.ReadAllBytes(path));

            // The key inside guards against a file copied or renamed by hand; a damaged file fails to parse.
            return snapshot is not null && string.Equals(snapshot.Key, FormatTag + ":" + key, StringComparison.Ordinal)
                ? snapshot.ToKnowledgeBase()
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException
                                       or InvalidOperationException or FormatException or ArgumentException)
        {
            // A damaged or foreign file (a wrong token, a malformed date, a value of the wrong type) means a full load.
            return null;
        }
    }

    private static void TryWrite(string path, string key, KnowledgeBase knowledgeBase)
    {
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(KnowledgeSnapshot.Of(FormatTag + ":" + key, knowledgeBase), KnowledgeSnapshotJsonContext.Default.KnowledgeSnapshot);
            File.WriteAllBytes(temporary, bytes);

            // Several processes may load at once (tests, a scaled-out start): whole files replace each other atomically.
            File.Move(temporary, path, overwrite: true);
            RemoveOtherSnapshots(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    // Each build and each change of the data gets a new key, so without this the folder would keep one stale snapshot
    // per build forever. Only snapshots untouched for a day go: processes loading other data or another build at the
    // same time (a test run, a rolling deploy) keep theirs; one whose snapshot went only pays a full load again.
    private static void RemoveOtherSnapshots(string kept)
    {
        var staleBefore = DateTime.UtcNow - StaleAfter;
        foreach (var other in System.IO.Directory.EnumerateFiles(Path.GetDirectoryName(kept)!, "*.json"))
        {
            if (!string.Equals(other, kept, StringComparison.Ordinal) && File.GetLastWriteTimeUtc(other) < staleBefore)
            {
                TryDelete(other);
            }
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
            // Best effort: a stray temporary file is harmless and never read.
        }
    }
}
