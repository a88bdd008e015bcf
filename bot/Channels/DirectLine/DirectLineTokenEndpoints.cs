using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary><c>POST /tokens/refresh</c> (a fresh token for the same conversation) and <c>POST /tokens/generate</c>.</summary>
internal static class DirectLineTokenEndpoints
{
    internal static Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>> RefreshToken(
        [AsParameters] DirectLineRequest request)
    {
        var caller = request.Caller;
        if (caller.Token is not { } token)
        {
            return DirectLineErrors.BadArgument("Only a token can be refreshed; the secret does not expire.");
        }

        return TypedResults.Ok(new DirectLineConversationResponse(token.ConversationId, request.Tokens.Issue(token.ConversationId, token.UserId), request.Tokens.LifetimeSeconds));
    }

    /// <summary>A token for a new conversation, for a page to use (the secret stays on the server that calls this).</summary>
    internal static async Task<Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> GenerateTokenAsync(
        [AsParameters] DirectLineRequest request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        if (!caller.HoldsSecret)
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs the Direct Line secret.");
        }

        var body = await DirectLineRequestBody.ReadSmallJsonAsync(request.Http.Request, cancellationToken);
        if (body.Error is { } bad)
        {
            return bad;
        }

        if (!DirectLineConversationEndpoints.TryNewForSecret(body.Json, request.Limits, request.Http.Response, out var created, out var refused))
        {
            return refused;
        }

        return TypedResults.Ok(new DirectLineConversationResponse(created.ConversationId, request.Tokens.Issue(created.ConversationId, created.UserId), request.Tokens.LifetimeSeconds));
    }
}
