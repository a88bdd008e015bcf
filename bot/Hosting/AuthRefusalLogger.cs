namespace CrossBorderBot.Hosting;

/// <summary>
/// The logger handed to the SDK's CloudAdapter. The SDK logs every refused token as an error with the full stack
/// trace (sometimes as the exception, sometimes as its text); a refused token is the caller's problem, so it becomes
/// one concise warning line here (type and first line of the reason). Everything else passes through unchanged.
/// </summary>
public sealed class AuthRefusalLogger(ILogger inner) : ILogger
{
    private static readonly string[] RefusalTypes =
    [
        typeof(UnauthorizedAccessException).FullName!,
        "Microsoft.IdentityModel.Tokens.SecurityToken",
    ];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (exception is not null && MessagesEndpoint.IsTokenRejected(exception))
        {
            MessagesEndpoint.LogUnauthorized(inner, exception.GetType().Name, MessagesEndpoint.Describe(exception));
            return;
        }

        if (exception is null && logLevel >= LogLevel.Error && RefusalInText(formatter(state, null)) is { } refusal)
        {
            MessagesEndpoint.LogUnauthorized(inner, refusal.Type, refusal.Reason);
            return;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }

    /// <summary>An exception written out as text ("Type: message\n   at …") whose type is a token refusal.</summary>
    private static (string Type, string Reason)? RefusalInText(string text)
    {
        var firstLine = text.AsSpan().TrimStart();
        var end = firstLine.IndexOfAny('\r', '\n');
        firstLine = end >= 0 ? firstLine[..end] : firstLine;
        var colon = firstLine.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var type = firstLine[..colon].ToString();
        if (!RefusalTypes.Any(prefix => type.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null;
        }

        var reason = firstLine[(colon + 1)..].Trim().ToString();
        return (type[(type.LastIndexOf('.') + 1)..], reason.Length > 200 ? reason[..200] : reason);
    }
}
