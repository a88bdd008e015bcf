using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace CrossBorderBot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework door (Teams, Azure Bot Service channels, the Emulator). The body is
/// checked before the adapter runs (413 too large, 400 not an answerable activity); a token the adapter refuses is a
/// 401 with one log line, and a token that cannot be checked because the OpenID metadata is unreachable is a 503.
/// </summary>
public static partial class MessagesEndpoint
{
    /// <summary>Teams keeps bot messages under ~100 KB; anything far above that is not a real activity.</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint).FullName!);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxRequestBytes;
        }

        if (http.Request.ContentLength > MaxRequestBytes)
        {
            await TooLarge().ExecuteAsync(http);
            return;
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(http.Request, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLarge().ExecuteAsync(http);
            return;
        }

        if (body.Length > MaxRequestBytes)
        {
            await TooLarge().ExecuteAsync(http);
            return;
        }

        if (ActivityRequestCheck.Problem(body) is { } problem)
        {
            LogRejected(logger, problem);
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an activity the bot can answer", detail: problem).ExecuteAsync(http);
            return;
        }

        try
        {
            if (adapter is BotAdapterWithErrorHandler botAdapter)
            {
                await BotFrameworkTurn.ProcessAsync(http, body, botAdapter, bot, http.RequestAborted);
            }
            else
            {
                http.Request.Body = new MemoryStream(body, writable: false);
                await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            }
        }
        catch (Exception exception) when (!http.Response.HasStarted && IsMetadataUnreachable(exception))
        {
            LogMetadataUnreachable(logger, Describe(exception));
            http.Response.Clear();
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Authentication is unavailable", detail: "The keys to check the token could not be fetched; try again later.").ExecuteAsync(http);
        }
        catch (Exception exception) when (!http.Response.HasStarted && IsTokenRejected(exception))
        {
            LogUnauthorized(logger, exception.GetType().Name, Describe(exception));
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    private static IResult TooLarge() => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Activity too large",
        detail: $"An activity may not exceed {MaxRequestBytes} bytes.");

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Channels send Content-Length: read straight into an array of that size (one allocation, no copy); a body that
        // turns out longer than announced, or one sent without a length, is read by chunks as before.
        if (request.ContentLength is > 0 and <= MaxRequestBytes and var announced)
        {
            var exact = new byte[announced];
            var filled = 0;
            int got;
            while (filled < exact.Length && (got = await request.Body.ReadAsync(exact.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += got;
            }

            if (filled < exact.Length)
            {
                return exact[..filled];
            }

            var probe = new byte[1];
            if (await request.Body.ReadAsync(probe, cancellationToken) == 0)
            {
                return exact;
            }

            return await ReadChunkedAsync(request, [.. exact, .. probe], cancellationToken);
        }

        return await ReadChunkedAsync(request, [], cancellationToken);
    }

    private static async Task<byte[]> ReadChunkedAsync(HttpRequest request, byte[] start, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        buffer.Write(start);
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length <= MaxRequestBytes && (read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// What the SDK throws for a token it will not accept: its own refusal, and whatever the JWT library throws on a
    /// token it cannot even read (garbage, a wrong algorithm, a bad signature, wrong times, audience or issuer).
    /// </summary>
    internal static bool IsTokenRejected(Exception exception) => exception switch
    {
        UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException => true,
        ArgumentException when exception.Message.StartsWith("IDX", StringComparison.Ordinal) => true,
        _ => exception.InnerException is { } inner && IsTokenRejected(inner),
    };

    /// <summary>The OpenID metadata or its keys could not be fetched: nobody's token can be checked right now.</summary>
    private static bool IsMetadataUnreachable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or SocketException or TaskCanceledException
                || (current is InvalidOperationException && (current.Message.Contains("IDX20803", StringComparison.Ordinal) || current.Message.Contains("IDX20804", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of the message, short: enough to tell the cases apart, never a stack trace.</summary>
    internal static string Describe(Exception exception)
    {
        var message = exception.Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        message = newline >= 0 ? message[..newline] : message;
        return message.Length > 200 ? message[..200] : message;
    }

    [LoggerMessage(EventId = LogEventIds.HostingMessagesUnauthorized, Level = LogLevel.Warning, Message = "Refused an activity on /api/messages with 401 ({ErrorType}: {Reason})")]
    internal static partial void LogUnauthorized(ILogger logger, string errorType, string reason);

    [LoggerMessage(EventId = LogEventIds.HostingMessagesMetadataUnreachable, Level = LogLevel.Error, Message = "Cannot check tokens on /api/messages: the OpenID metadata or signing keys are unreachable ({Reason}); answering 503")]
    private static partial void LogMetadataUnreachable(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.HostingMessagesRejected, Level = LogLevel.Debug, Message = "Refused a request on /api/messages with 400: {Problem}")]
    private static partial void LogRejected(ILogger logger, string problem);
}
