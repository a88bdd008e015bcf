namespace CrossBorderBot.Hosting;

/// <summary>
/// Hands the Bot Framework SDK a logger that records its per-turn Information messages ("ProcessActivityAsync",
/// "SendActivitiesAsync …") at Debug. They carry no ids and arrive once or more per turn, so at Information they
/// cost every turn a console write and drown the lines that matter; at Debug they are still there for whoever turns
/// the adapter's category up. Warnings and errors pass through unchanged.
/// </summary>
public sealed class SdkInformationAsDebugLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Demote(logLevel));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => inner.Log(Demote(logLevel), eventId, state, exception, formatter);

    private static LogLevel Demote(LogLevel logLevel) => logLevel == LogLevel.Information ? LogLevel.Debug : logLevel;
}
