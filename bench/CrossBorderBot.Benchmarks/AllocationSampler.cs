using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// <c>turns --allocations</c>: which types a turn allocates most, from the runtime's own allocation sampling (one
/// <c>GCAllocationTick</c> event about every 100 KB allocated, naming the type of the object that crossed the mark).
/// The counts are samples, so a type's share of them estimates its share of the bytes; no stacks, only types.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEventId = 10;
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _counting;

    public void Start() => _counting = true;

    public void Stop() => _counting = false;

    public void Print(int top)
    {
        var total = _bytesByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocations  sampled {total / 1048576.0:0.0} MiB; largest types:"));
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(pair => pair.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:0.0} %  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_counting || eventData.EventId != AllocationTickEventId || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var typeAt = names.IndexOf("TypeName");
        var amountAt = names.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0)
        {
            return;
        }

        var type = payload[typeAt] as string ?? "?";
        _bytesByType.AddOrUpdate(type, Convert.ToInt64(payload[amountAt], CultureInfo.InvariantCulture), (_, sum) => sum + Convert.ToInt64(payload[amountAt], CultureInfo.InvariantCulture));
    }
}
