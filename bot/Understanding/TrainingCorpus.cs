using System.Reflection;

namespace CrossBorderBot.Understanding;

/// <summary>
/// The intent examples embedded in the bot (<c>Training/*.tsv</c>, each line <c>intent&lt;TAB&gt;utterance</c>), and a
/// fixed train/dev split of them for tuning without touching the hold-out set.
/// </summary>
internal static class TrainingCorpus
{
    /// <summary>Every fifth example of each intent is a dev example.</summary>
    public const int DevEvery = 5;

    private const string ResourcePrefix = "CrossBorderBot.Understanding.Training.";

    /// <summary>All embedded training examples, in file order.</summary>
    public static IReadOnlyList<TrainingExample> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var examples = new List<TrainingExample>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
            using var reader = new StreamReader(stream);
            examples.AddRange(Parse(reader.ReadToEnd().Split('\n')));
        }

        if (examples.Count == 0)
        {
            throw new InvalidOperationException("No intent training examples are embedded.");
        }

        return examples;
    }

    /// <summary>Reads <c>intent&lt;TAB&gt;utterance</c> lines, skipping blank lines and # comments.</summary>
    public static IEnumerable<TrainingExample> Parse(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return new TrainingExample(line[..tab].Trim(), line[(tab + 1)..].Trim());
            }
        }
    }

    /// <summary>
    /// Splits per intent (every <see cref="DevEvery"/>th example of an intent goes to dev), so each intent keeps the
    /// same share in both parts whatever order the file is in.
    /// </summary>
    public static (IReadOnlyList<TrainingExample> Train, IReadOnlyList<TrainingExample> Dev) Split(IReadOnlyList<TrainingExample> examples)
    {
        var train = new List<TrainingExample>();
        var dev = new List<TrainingExample>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            var n = seen[e.Intent] = seen.GetValueOrDefault(e.Intent) + 1;
            (n % DevEvery == 0 ? dev : train).Add(e);
        }

        return (train, dev);
    }
}
