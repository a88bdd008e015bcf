using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>Collects error-level log entries of the host under fuzz: a failed turn is logged even when its apology cannot be seen.</summary>
public sealed class FuzzLogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(FuzzLogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && capture.Errors.Count < 200)
            {
                capture.Errors.Enqueue($"{category}[{eventId.Id}] {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
            }
        }
    }
}
