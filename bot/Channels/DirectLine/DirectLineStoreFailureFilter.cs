using CrossBorderBot.Storage;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// When the state store is unavailable (a locked or read-only SQLite file, a database that is down), the Direct Line
/// endpoints answer 503 with <c>Retry-After</c> instead of 500: the client keeps the message and tries again, and
/// nothing was written. One log line names the conversation route and the error type.
/// </summary>
public sealed partial class DirectLineStoreFailureFilter(ILogger<DirectLineStoreFailureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (IsStoreFailure(exception) && !context.HttpContext.Response.HasStarted)
        {
            LogStoreUnavailable(logger, context.HttpContext.Request.Path, exception.GetType().Name);
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return DirectLineErrors.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unavailable right now; try again shortly.");
        }
    }

    /// <summary>Whether the exception says the state store is unavailable (see <see cref="StoreFailure"/>).</summary>
    public static bool IsStoreFailure(Exception exception) => StoreFailure.IsStoreUnavailable(exception);

    [LoggerMessage(EventId = LogEventIds.DirectLineStoreUnavailable, Level = LogLevel.Error, Message = "State store unavailable during {Path} ({ErrorType}); answered 503")]
    private static partial void LogStoreUnavailable(ILogger logger, string path, string errorType);
}
