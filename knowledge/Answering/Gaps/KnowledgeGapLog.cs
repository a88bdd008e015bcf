using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CrossBorderBot.Knowledge.Answering.Gaps;

/// <summary>
/// An append-only file of <see cref="KnowledgeGap"/>s, one JSON object per line, so the operator can see which
/// questions users ask that the knowledge base does not answer yet. Writes from concurrent turns are serialised;
/// a line that cannot be read (a torn write) is skipped.
/// </summary>
public sealed class KnowledgeGapLog(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _write = new(1, 1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The same question asked with other spacing or capitals gets the same hash.</summary>
    public static string Hash(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normal = string.Join(' ', question.Trim().TrimEnd('?', '？', '.', '。', '!', '！').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)))[..16];
    }

    public async Task RecordAsync(KnowledgeGap gap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var line = JsonSerializer.Serialize(gap, Json) + "\n";
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await File.AppendAllTextAsync(Path, line, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _write.Release();
        }
    }

    public async Task<IReadOnlyList<KnowledgeGap>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var gaps = new List<KnowledgeGap>();
        foreach (var line in await File.ReadAllLinesAsync(Path, cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<KnowledgeGap>(line, Json) is { Hash.Length: > 0 } gap)
                {
                    gaps.Add(gap);
                }
            }
            catch (JsonException)
            {
                // A line torn by a crash mid-write: the others still count.
            }
        }

        return gaps;
    }

    /// <summary>The most often asked unanswered questions, most frequent (then most recent) first.</summary>
    public static IReadOnlyList<KnowledgeGapSummary> MostFrequent(IEnumerable<KnowledgeGap> gaps, int top)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        return [.. gaps
            .GroupBy(g => g.Hash, StringComparer.Ordinal)
            .Select(g => new KnowledgeGapSummary(
                g.Key,
                g.Count(),
                g.GroupBy(x => x.Language).OrderByDescending(x => x.Count()).First().Key,
                g.Select(x => x.Text).LastOrDefault(t => !string.IsNullOrWhiteSpace(t)),
                g.Max(x => x.TopScore),
                g.Max(x => x.Time)))
            .OrderByDescending(s => s.Count)
            .ThenByDescending(s => s.LastAsked)
            .Take(Math.Max(0, top))];
    }
}
