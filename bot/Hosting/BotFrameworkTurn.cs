using Microsoft.Bot.Builder.Integration.AspNet.Core;
using CrossBorderBot.Hosting.Wire;
using Newtonsoft.Json;

namespace CrossBorderBot.Hosting;

/// <summary>
/// One Bot Framework activity over HTTP, as <see cref="CloudAdapter.ProcessAsync"/> runs it (same reading, same
/// authentication and turn through the adapter, same status codes and exceptions), for a body the endpoint has already read and
/// checked. The SDK's version copies the request body into another buffer before reading it, and writes the
/// response with its indenting serializer; here the body is read where it lies and the response is written by
/// <see cref="ReplyBodySerializer"/>.
/// </summary>
public static class BotFrameworkTurn
{
    public static async Task ProcessAsync(HttpContext http, byte[] body, BotAdapterWithErrorHandler adapter, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(bot);

        var activity = ReadActivity(body);
        if (string.IsNullOrEmpty(activity?.Type))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // A refused token throws, as from the SDK's ProcessAsync: the endpoint answers 401 and logs the refusal once.
        string authHeader = http.Request.Headers.Authorization!;
        var invokeResponse = await adapter.ProcessReadActivityAsync(authHeader, activity!, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        await WriteResponseAsync(http.Response, invokeResponse).ConfigureAwait(false);
    }

    /// <summary>
    /// The activity as the SDK reads a request (its serializer and reader settings); null when the JSON does not read.
    /// Read by System.Text.Json into the same objects (<see cref="ActivityJsonReader"/>) unless it holds something that
    /// reader leaves to the SDK's serializer.
    /// </summary>
    internal static Activity? ReadActivity(byte[] body)
    {
        if (ActivityJsonReader.TryRead(body) is { } activity)
        {
            return activity;
        }

        Interlocked.Increment(ref _readFallbacks);
        return ReadWithJsonNet(body);
    }

    /// <summary>How many request bodies were read by the SDK's serializer because the System.Text.Json reader left them to it.</summary>
    public static long ReadFallbacks => Interlocked.Read(ref _readFallbacks);

    private static long _readFallbacks;

    internal static Activity? ReadWithJsonNet(byte[] body)
    {
        try
        {
            using var text = new StreamReader(new MemoryStream(body, writable: false), Encoding.UTF8);
            using var json = new JsonTextReader(text) { MaxDepth = null };
            return HttpHelper.BotMessageSerializer.Deserialize<Activity>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteResponseAsync(HttpResponse response, InvokeResponse? invokeResponse)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null)
        {
            return;
        }

        // Written whole before sending, so the response has a Content-Length (not chunked) and one write of its bytes.
        response.ContentType = "application/json";
        using var body = ReplyBodySerializer.WritePooled(invokeResponse.Body);
        response.ContentLength = body.Written.Length;
        await response.Body.WriteAsync(body.Written).ConfigureAwait(false);
    }
}
