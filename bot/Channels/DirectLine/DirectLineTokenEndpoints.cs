using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary><c>POST /tokens/refresh</c> (a fresh token for the same conversation) and <c>POST /tokens/generate</c>.</summary>
internal static class DirectLineTokenEndpoints
{
    public static RouteGroupBuilder MapTokens(this RouteGroupBuilder group)
    {
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        return group;
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
            return DirectLineErrors.BadArgument("Only a token can be refreshed; the secret does not expire.");
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
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs the Direct Line secret.");
        }

        var body = await DirectLineRequestBody.ReadSmallJsonAsync(http.Request, cancellationToken);
        if (body.Error is { } bad)
        {
            return bad;
        }

        if (!DirectLineConversationEndpoints.TryNewForSecret(body.Json, limits, http.Response, out var created, out var refused))
        {
            return refused;
        }

        return TypedResults.Ok(new DirectLineConversationResponse(created.ConversationId, tokens.Issue(created.ConversationId, created.UserId), tokens.LifetimeSeconds));
    }
}
