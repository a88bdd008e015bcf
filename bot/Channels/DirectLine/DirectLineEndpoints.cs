using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>/v3/directline/*</c>: the part of Direct Line 3.0 that <c>botframework-directlinejs</c> uses in polling mode
/// (Web Chat with <c>webSocket: false</c>), served by the bot itself. Every call carries
/// <c>Authorization: Bearer &lt;secret or token&gt;</c>; errors use the Direct Line error body and the status codes the
/// client acts on (403 = token expired, 404 = conversation gone, other 4xx = give up on that request).
/// </summary>
public static partial class DirectLineEndpoints
{
    public const string ChannelId = "directline";
    public const string RoutePrefix = "/v3/directline";

    /// <summary>Bodies of the small JSON calls (start, token) are tiny; anything larger is not a real request.</summary>
    private const int MaxSmallBodyBytes = 16 * 1024;

    private const string TooManyPostsMessage = "Too many messages from this client right now; wait a moment and send again.";

    private static readonly JsonSerializerSettings IncomingActivityJson = new()
    {
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix);
        group.AddEndpointFilter<DirectLineStoreFailureFilter>();
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        return group;
    }

    /// <summary>The host as the bot sees it; replies carry it as their <c>serviceUrl</c>.</summary>
    internal static string ServiceUrlOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    internal static JsonHttpResult<DirectLineError> Error(int statusCode, string code, string message)
        => TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: statusCode);

    /// <summary>429 with <c>Retry-After</c> in whole seconds (at least 1), which botframework-directlinejs waits out.</summary>
    internal static JsonHttpResult<DirectLineError> TooManyRequests(HttpResponse response, TimeSpan retryAfter, string message = "Too many new conversations right now; try again shortly.")
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", message);
    }

    /// <summary>A user id we accept from a caller: short, printable, no separators that could confuse logs or keys.</summary>
    internal static bool IsAcceptableUserId(string? userId) => userId is not null && UserIdPattern().IsMatch(userId);

    private static async Task<Results<Created<DirectLineConversationResponse>, Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> StartConversationAsync(
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineTokenService tokens,
        DirectLineConversationService conversations,
        DirectLineClientLimits limits,
        CancellationToken cancellationToken)
    {
        if (!authenticator.TryAuthenticate(http.Request, out var caller, out var denied))
        {
            return denied;
        }

        var body = await ReadSmallJsonAsync(http.Request, cancellationToken);
        if (body.Error is { } bad)
        {
            return bad;
        }

        var locale = StringAt(body.Json, "locale");
        var serviceUrl = ServiceUrlOf(http.Request);
        if (caller.Token is { } token)
        {
            // A token opens (or reopens) its own conversation and no other: that is the per-token conversation limit.
            var created = await conversations.StartAsync(token.ConversationId, token.UserId, locale, serviceUrl, cancellationToken);
            var answer = new DirectLineConversationResponse(token.ConversationId, caller.Credential, tokens.SecondsLeft(token));
            return created ? TypedResults.Created((string?)null, answer) : TypedResults.Ok(answer);
        }

        var requestedUser = StringAt(body.Json, "user.id");
        if (requestedUser is not null && !IsAcceptableUserId(requestedUser))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "user.id must be 1-128 letters, digits or -_.:@ characters.");
        }

        if (!limits.TryStartWithSecret(out var retryAfter))
        {
            return TooManyRequests(http.Response, retryAfter);
        }

        var conversationId = DirectLineConversationService.NewConversationId();
        var userId = requestedUser ?? DirectLineConversationService.NewUserId();
        await conversations.StartAsync(conversationId, userId, locale, serviceUrl, cancellationToken);
        return TypedResults.Created((string?)null, new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds));
    }

    private static async Task<Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> ReconnectAsync(
        string conversationId,
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        CancellationToken cancellationToken)
    {
        if (!authenticator.TryAuthorize(http.Request, conversationId, out var caller, out var denied))
        {
            return denied;
        }

        if (await store.GetAsync(conversationId, cancellationToken) is not { } log)
        {
            return ConversationNotFound();
        }

        return TypedResults.Ok(caller.Token is { } token
            ? new DirectLineConversationResponse(conversationId, caller.Credential, tokens.SecondsLeft(token))
            : new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, log.UserId), tokens.LifetimeSeconds));
    }

    /// <summary>Answered at once, never held open: the client polls again a second later.</summary>
    private static async Task<Results<Ok<DirectLineActivitySet>, JsonHttpResult<DirectLineError>>> GetActivitiesAsync(
        string conversationId,
        string? watermark,
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        CancellationToken cancellationToken)
    {
        if (!authenticator.TryAuthorize(http.Request, conversationId, out _, out var denied))
        {
            return denied;
        }

        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after)))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be one this service returned.");
        }

        if (await store.ReadAfterAsync(conversationId, after, cancellationToken) is not { } page)
        {
            return ConversationNotFound();
        }

        return TypedResults.Ok(new DirectLineActivitySet(page.Activities, page.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<Results<Ok<DirectLineResourceResponse>, JsonHttpResult<DirectLineError>>> PostActivityAsync(
        string conversationId,
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineClientLimits limits,
        DirectLineConversationStore store,
        DirectLineConversationService conversations,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        if (!authenticator.TryAuthorize(http.Request, conversationId, out var caller, out var denied))
        {
            return denied;
        }

        if (!limits.TryPost(caller, DirectLineClientAddress.Of(http), out var retryAfter))
        {
            return TooManyRequests(http.Response, retryAfter, TooManyPostsMessage);
        }

        var maxCharacters = options.Value.MaxActivityCharacters;
        var text = await ReadTextAsync(http.Request, maxCharacters, cancellationToken);
        if (text is null)
        {
            return ActivityTooLarge(maxCharacters);
        }

        var parsed = ParseActivity(text, caller, requestedUserId: null);
        if (parsed.Error is { } bad)
        {
            return bad;
        }

        if (await store.GetAsync(conversationId, cancellationToken) is null)
        {
            return ConversationNotFound();
        }

        var id = await conversations.PostAsync(conversationId, parsed.Activity!, ServiceUrlOf(http.Request), uploads: null, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }

    /// <summary>
    /// An activity with files, as multipart: an <c>activity</c> part (the activity without its attachments' content) and
    /// one part per file. Only the files' descriptions are kept; the bot sees them as attachments without content.
    /// </summary>
    private static async Task<Results<Ok<DirectLineResourceResponse>, JsonHttpResult<DirectLineError>>> UploadAsync(
        string conversationId,
        string? userId,
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineClientLimits limits,
        DirectLineConversationStore store,
        DirectLineConversationService conversations,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!authenticator.TryAuthorize(http.Request, conversationId, out var caller, out var denied))
        {
            return denied;
        }

        if (caller.Token is { } token && userId is not null && !string.Equals(userId, token.UserId, StringComparison.Ordinal))
        {
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "This token is for another user.");
        }

        if (!limits.TryPost(caller, DirectLineClientAddress.Of(http), out var retryAfter))
        {
            return TooManyRequests(http.Response, retryAfter, TooManyPostsMessage);
        }

        var maxBytes = options.Value.MaxUploadBytes;
        LimitRequestBody(http, maxBytes);
        if (http.Request.ContentLength > maxBytes)
        {
            return UploadTooLarge(maxBytes);
        }

        if (!http.Request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "An upload is multipart/form-data with an 'activity' part and the files.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes, ValueLengthLimit = options.Value.MaxActivityCharacters * 4 }, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return http.Request.ContentLength is null || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? UploadTooLarge(maxBytes)
                : Error(StatusCodes.Status400BadRequest, "BadArgument", "The multipart body could not be read.");
        }

        if (form.Files.Sum(file => file.Length) > maxBytes)
        {
            return UploadTooLarge(maxBytes);
        }

        string? activityText = form.TryGetValue("activity", out var field) ? field.ToString() : null;
        if (activityText is null && form.Files.GetFile("activity") is { } activityPart)
        {
            using var reader = new StreamReader(activityPart.OpenReadStream(), Encoding.UTF8);
            activityText = await reader.ReadToEndAsync(cancellationToken);
        }

        if (activityText is null)
        {
            return Error(StatusCodes.Status400BadRequest, "MissingProperty", "The upload has no 'activity' part.");
        }

        if (activityText.Length > options.Value.MaxActivityCharacters)
        {
            return ActivityTooLarge(options.Value.MaxActivityCharacters);
        }

        var parsed = ParseActivity(activityText, caller, userId);
        if (parsed.Error is { } bad)
        {
            return bad;
        }

        if (await store.GetAsync(conversationId, cancellationToken) is null)
        {
            return ConversationNotFound();
        }

        var files = form.Files.Where(file => file.Name != "activity").ToList();
        var uploads = new DirectLineUpload[files.Count];
        var attachments = new List<Attachment>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            await using var content = file.OpenReadStream();
            var hash = await SHA256.HashDataAsync(content, cancellationToken);
            var name = Path.GetFileName(file.FileName);
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
            uploads[i] = new DirectLineUpload
            {
                Name = name,
                ContentType = contentType,
                Length = file.Length,
                Sha256 = Convert.ToHexStringLower(hash),
                UploadedAt = time.GetUtcNow(),
            };
            attachments.Add(new Attachment { ContentType = contentType, Name = name });
        }

        var activity = parsed.Activity!;
        activity.Attachments = attachments;
        var id = await conversations.PostAsync(conversationId, activity, ServiceUrlOf(http.Request), uploads, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }

    private static Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>> RefreshToken(
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineTokenService tokens)
    {
        if (!authenticator.TryAuthenticate(http.Request, out var caller, out var denied))
        {
            return denied;
        }

        if (caller.Token is not { } token)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "Only a token can be refreshed; the secret does not expire.");
        }

        return TypedResults.Ok(new DirectLineConversationResponse(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId), tokens.LifetimeSeconds));
    }

    /// <summary>A token for a new conversation, for a page to use (the secret stays on the server that calls this).</summary>
    private static async Task<Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> GenerateTokenAsync(
        HttpContext http,
        DirectLineAuthenticator authenticator,
        DirectLineTokenService tokens,
        DirectLineClientLimits limits,
        CancellationToken cancellationToken)
    {
        if (!authenticator.TryAuthenticate(http.Request, out var caller, out var denied))
        {
            return denied;
        }

        if (!caller.HoldsSecret)
        {
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs the Direct Line secret.");
        }

        var body = await ReadSmallJsonAsync(http.Request, cancellationToken);
        if (body.Error is { } bad)
        {
            return bad;
        }

        var requestedUser = StringAt(body.Json, "user.id");
        if (requestedUser is not null && !IsAcceptableUserId(requestedUser))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "user.id must be 1-128 letters, digits or -_.:@ characters.");
        }

        if (!limits.TryStartWithSecret(out var retryAfter))
        {
            return TooManyRequests(http.Response, retryAfter);
        }

        var conversationId = DirectLineConversationService.NewConversationId();
        var userId = requestedUser ?? DirectLineConversationService.NewUserId();
        return TypedResults.Ok(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds));
    }

    private static (Activity? Activity, JsonHttpResult<DirectLineError>? Error) ParseActivity(string text, DirectLineCaller caller, string? requestedUserId)
    {
        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(text, IncomingActivityJson);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity is not valid JSON."));
        }

        if (activity is null)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity object."));
        }

        if (caller.Token is { } token)
        {
            // The token decides who is speaking: a page cannot post as another user.
            activity.From = new ChannelAccount(token.UserId, activity.From?.Name);
        }
        else
        {
            var from = activity.From?.Id ?? requestedUserId;
            if (!IsAcceptableUserId(from))
            {
                return (null, Error(StatusCodes.Status400BadRequest, "MissingProperty", "from.id is required when posting with the secret."));
            }

            activity.From = new ChannelAccount(from, activity.From?.Name);
        }

        if (string.IsNullOrEmpty(activity.Type))
        {
            return (null, Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity needs a type."));
        }

        return (activity, null);
    }

    private static JsonHttpResult<DirectLineError> ConversationNotFound()
        => Error(StatusCodes.Status404NotFound, "NotFound", "Conversation not found: it may have ended; start a new one.");

    private static JsonHttpResult<DirectLineError> ActivityTooLarge(int maxCharacters)
        => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may not exceed {maxCharacters} characters.");

    private static JsonHttpResult<DirectLineError> UploadTooLarge(long maxBytes)
        => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An upload may not exceed {maxBytes / 1024} KB.");

    private static void LimitRequestBody(HttpContext http, long maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
    }

    /// <summary>Reads the body as text, or null when it holds more than <paramref name="maxCharacters"/> characters.</summary>
    private static async Task<string?> ReadTextAsync(HttpRequest request, int maxCharacters, CancellationToken cancellationToken)
    {
        // UTF-8 needs at most 4 bytes a character; reading stops early rather than buffering an endless body.
        if (request.ContentLength > (long)maxCharacters * 4)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[8192];
        var text = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > maxCharacters)
            {
                return null;
            }
        }

        return text.ToString();
    }

    /// <summary>An optional small JSON object body (start, generate); empty means none.</summary>
    private static async Task<(JObject? Json, JsonHttpResult<DirectLineError>? Error)> ReadSmallJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, MaxSmallBodyBytes, cancellationToken);
        if (text is null)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            return JToken.Parse(text) is JObject json
                ? (json, null)
                : (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON."));
        }
    }

    private static string? StringAt(JObject? json, string path)
        => json?.SelectToken(path) is JValue { Type: JTokenType.String } value ? (string?)value : null;

    [GeneratedRegex(@"^[A-Za-z0-9_\-.:@]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdPattern();
}
