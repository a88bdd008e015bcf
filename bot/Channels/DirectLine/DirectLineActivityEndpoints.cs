using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/activities?watermark=</c> (the client polls) and <c>POST /conversations/{id}/activities</c>
/// (the user speaks; the bot's turn runs before the answer).
/// </summary>
internal static class DirectLineActivityEndpoints
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder group)
    {
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        return group;
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
            return DirectLineErrors.BadArgument("The watermark must be one this service returned.");
        }

        if (await store.ReadAfterAsync(conversationId, after, cancellationToken) is not { } page)
        {
            return DirectLineErrors.ConversationNotFound();
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
            return DirectLineErrors.TooManyRequests(http.Response, retryAfter, DirectLineErrors.TooManyPostsMessage);
        }

        var maxCharacters = options.Value.MaxActivityCharacters;
        var text = await DirectLineRequestBody.ReadTextAsync(http.Request, maxCharacters, cancellationToken);
        if (text is null)
        {
            return DirectLineErrors.ActivityTooLarge(maxCharacters);
        }

        var parsed = DirectLineActivityParser.Parse(text, caller, requestedUserId: null);
        if (parsed.Error is { } bad)
        {
            return bad;
        }

        if (await store.GetAsync(conversationId, cancellationToken) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var id = await conversations.PostAsync(conversationId, parsed.Activity!, DirectLineEndpoints.ServiceUrlOf(http.Request), uploads: null, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }
}
