using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// An <see cref="IStorage"/> in memory that measures what is kept and what each write costs: the JSON size of every
/// live item and the bytes written since <see cref="ResetWritten"/>. For tests that bound storage, not time.
/// </summary>
public sealed class MeasuredStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentDictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private long _written;

    public long WrittenBytes => Interlocked.Read(ref _written);

    public void ResetWritten() => Interlocked.Exchange(ref _written, 0);

    /// <summary>The live items whose key starts with <paramref name="prefix"/>: how many and their total JSON size.</summary>
    public (int Count, long Bytes) Live(string prefix)
    {
        var matching = _sizes.Where(item => item.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return (matching.Count, matching.Sum(item => item.Value));
    }

    /// <summary>Only writes to keys under this prefix count in <see cref="WrittenBytes"/>; null counts all.</summary>
    public string? CountWritesUnder { get; set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        => _inner.ReadAsync(keys, cancellationToken);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await _inner.WriteAsync(changes, cancellationToken);
        foreach (var (key, value) in changes)
        {
            long size = System.Text.Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(value));
            _sizes[key] = size;
            if (CountWritesUnder is null || key.StartsWith(CountWritesUnder, StringComparison.Ordinal))
            {
                Interlocked.Add(ref _written, size);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await _inner.DeleteAsync(keys, cancellationToken);
        foreach (var key in keys)
        {
            _sizes.TryRemove(key, out _);
        }
    }
}
