using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The Direct Line error body with the status codes botframework-directlinejs acts on (403 = token expired, 404 =
/// conversation gone, 429 = wait and retry, other 4xx = give up on that request).
/// </summary>
internal static class DirectLineErrors
{
    public const string TooManyConversationsMessage = "Too many new conversations right now; try again shortly.";
    public const string TooManyPostsMessage = "Too many messages from this client right now; wait a moment and send again.";

    public static JsonHttpResult<DirectLineError> Error(int statusCode, string code, string message)
        => TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: statusCode);

    /// <summary>429 with <c>Retry-After</c> in whole seconds (at least 1), which botframework-directlinejs waits out.</summary>
    public static JsonHttpResult<DirectLineError> TooManyRequests(HttpResponse response, TimeSpan retryAfter, string message = TooManyConversationsMessage)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", message);
    }

    public static JsonHttpResult<DirectLineError> BadArgument(string message)
        => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static JsonHttpResult<DirectLineError> BadUserId()
        => BadArgument("user.id must be 1-128 letters, digits or -_.:@ characters.");

    public static JsonHttpResult<DirectLineError> ConversationNotFound()
        => Error(StatusCodes.Status404NotFound, "NotFound", "Conversation not found: it may have ended; start a new one.");

    public static JsonHttpResult<DirectLineError> BodyTooLarge()
        => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large.");

    public static JsonHttpResult<DirectLineError> ActivityTooLarge(int maxCharacters)
        => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may not exceed {maxCharacters} characters.");

    public static JsonHttpResult<DirectLineError> UploadTooLarge(long maxBytes)
        => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An upload may not exceed {maxBytes / 1024} KB.");
}
