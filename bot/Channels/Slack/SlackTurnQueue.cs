using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Runs Slack turns after the HTTP request that brought them has been answered: Slack wants a 2xx within 3 s, and a
/// turn (recognizer, storage, several Web API calls) may take longer. The queue is bounded, so a flood is refused
/// (and Slack retries later) rather than growing memory; work of one conversation runs in arrival order, work of
/// different conversations in parallel up to <see cref="MaxParallelTurns"/>.
/// </summary>
public sealed partial class SlackTurnQueue(ILogger<SlackTurnQueue> logger) : BackgroundService
{
    public const int Capacity = 256;

    public const int MaxParallelTurns = 4;

    private readonly Channel<WorkItem> _items = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly SemaphoreSlim _slots = new(MaxParallelTurns, MaxParallelTurns);
    private readonly ConcurrentDictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _idleLock = new();
    private int _pending;
    private TaskCompletionSource _idle = NewIdleSignal(completed: true);

    /// <summary>Queues work for a conversation; false when the queue is full (the caller answers 503 then).</summary>
    public bool TryEnqueue(string conversationKey, Func<CancellationToken, Task> work)
    {
        lock (_idleLock)
        {
            if (_pending++ == 0)
            {
                _idle = NewIdleSignal(completed: false);
            }
        }

        if (_items.Writer.TryWrite(new WorkItem(conversationKey, work)))
        {
            return true;
        }

        LogQueueFull(logger, Capacity);
        Done();
        return false;
    }

    /// <summary>Completes when nothing is queued or running (graceful shutdown waits on it; so do tests).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_idleLock)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in _items.Reader.ReadAllAsync(stoppingToken))
        {
            await _slots.WaitAsync(stoppingToken);
            var previous = _tails.GetValueOrDefault(item.ConversationKey) ?? Task.CompletedTask;
            var run = RunAfterAsync(previous, item, stoppingToken);
            _tails[item.ConversationKey] = run;
            _ = run.ContinueWith(
                finished => _tails.TryRemove(new KeyValuePair<string, Task>(item.ConversationKey, finished)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Let turns already accepted finish (Slack was told they were received) within the host's shutdown timeout.
        _items.Writer.TryComplete();
        try
        {
            await WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogShutdownAbandoned(logger, Volatile.Read(ref _pending));
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private async Task RunAfterAsync(Task previous, WorkItem item, CancellationToken stoppingToken)
    {
        try
        {
            // Failures of the previous turn were logged where they happened; this one runs regardless.
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await item.Work(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogWorkFailed(logger, exception, item.ConversationKey);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
        finally
        {
            _slots.Release();
            Done();
        }
    }

    private void Done()
    {
        lock (_idleLock)
        {
            if (--_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdleSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }

    private sealed record WorkItem(string ConversationKey, Func<CancellationToken, Task> Work);

    [LoggerMessage(EventId = LogEventIds.SlackQueueFull, Level = LogLevel.Warning, Message = "Slack turn queue is full ({Capacity} items); the request is refused so Slack retries it")]
    private static partial void LogQueueFull(ILogger logger, int capacity);

    [LoggerMessage(EventId = LogEventIds.SlackQueueWorkFailed, Level = LogLevel.Error, Message = "Slack background work failed in conversation {ConversationKey}")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(EventId = LogEventIds.SlackQueueShutdownAbandoned, Level = LogLevel.Warning, Message = "Host stopped with {Pending} Slack turns unfinished")]
    private static partial void LogShutdownAbandoned(ILogger logger, int pending);
}
