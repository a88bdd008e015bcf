using System.Data.Common;

namespace CrossBorderBot.Storage;

/// <summary>
/// Tells a state store that cannot be reached (a locked or read-only SQLite file, a PostgreSQL server that is down or
/// cut off, blob storage refusing requests) from other failures, so every door can answer it for what it is: a
/// temporary outage to retry, not a broken turn.
/// </summary>
public static class StoreFailure
{
    /// <summary>A database or file error, from any provider (SQLite and PostgreSQL derive from DbException; blob storage throws RequestFailedException).</summary>
    public static bool IsStoreUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException or IOException or TimeoutException || current.GetType().Name == "RequestFailedException")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of the innermost message, short: enough for a log line, never a stack trace.</summary>
    public static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        var message = innermost.Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        message = newline >= 0 ? message[..newline] : message;
        return $"{innermost.GetType().Name}: {(message.Length > 160 ? message[..160] : message)}";
    }
}
