using CrossBorderBot.Composition;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The embedded web chat: the page and its assets (<c>wwwroot</c> in the build output), <c>POST /api/webchat/token</c>
/// (a token for the page, so the secret never reaches a browser) and the Direct Line endpoint the page talks to.
/// </summary>
public static class WebChatEndpoints
{
    public const string TokenRoute = "/api/webchat/token";
    internal const string CorsPolicy = "WebChat";

    /// <summary>The page sends at most two ids; anything longer is not the page.</summary>
    private const int MaxBodyCharacters = 4096;

    /// <summary>Static files, CORS for embedding sites, <c>/api/webchat/token</c> and <c>/v3/directline</c>.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        // Created now so a generated secret is announced at start-up, not on the first chat.
        app.Services.GetRequiredService<DirectLineSecret>();

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCorsBoundDirectly();
        app.MapDirectLine().RequireCors(CorsPolicy);
        app.MapPost(TokenRoute, IssueTokenAsync).RequireCors(CorsPolicy).AddSingletonFilter<RouteHandlerBuilder, DirectLineStoreFailureFilter>();
        return app;
    }

    /// <summary>
    /// A token for a new conversation with a new user (<c>dl_…</c>), or, when the body names a conversation and the user
    /// it belongs to (kept by the page from an earlier visit), a fresh token for that same conversation.
    /// </summary>
    private static async Task<Results<Ok<WebChatTokenResponse>, JsonHttpResult<DirectLineError>>> IssueTokenAsync(
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineClientLimits limits,
        CancellationToken cancellationToken)
    {
        var (body, error) = await DirectLineRequestBody.ReadSmallJsonAsync(http.Request, MaxBodyCharacters, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var userId = DirectLineRequestBody.StringAt(body, "userId");
        var conversationId = DirectLineRequestBody.StringAt(body, "conversationId");
        if (!IsPageUserId(userId))
        {
            userId = null;
        }

        var resumes = userId is not null && !string.IsNullOrEmpty(conversationId)
            && await store.GetAsync(conversationId, cancellationToken) is { } log
            && string.Equals(log.UserId, userId, StringComparison.Ordinal);

        // Counted per client address, so a script hammering this endpoint is refused and other visitors are not.
        if (!limits.TryIssueVisitorToken(DirectLineClientAddress.Of(http), newConversation: !resumes, out var retryAfter))
        {
            return DirectLineErrors.TooManyRequests(http.Response, retryAfter);
        }

        if (resumes)
        {
            return TypedResults.Ok(new WebChatTokenResponse(tokens.Issue(conversationId!, userId!), conversationId!, tokens.LifetimeSeconds, userId!));
        }

        // A returning visitor whose conversation is gone keeps their user id (and so their user state).
        userId ??= DirectLineConversationService.NewUserId();
        conversationId = DirectLineConversationService.NewConversationId();
        return TypedResults.Ok(new WebChatTokenResponse(tokens.Issue(conversationId, userId), conversationId, tokens.LifetimeSeconds, userId));
    }

    /// <summary>Page users are always ids this server made up, so a page cannot claim someone else's readable id.</summary>
    private static bool IsPageUserId(string? userId)
        => userId is { Length: > 3 } && userId.StartsWith("dl_", StringComparison.Ordinal) && DirectLineUserId.IsAcceptable(userId);
}
