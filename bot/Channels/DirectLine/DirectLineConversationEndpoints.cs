using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>POST /conversations</c> (start, as Web Chat does first) and <c>GET /conversations/{id}</c> (reconnect): both
/// answer with the conversation id and a token for it.
/// </summary>
internal static class DirectLineConversationEndpoints
{
    /// <summary>
    /// A new conversation for a caller holding the secret, for the user the body names (<c>user.id</c>) or a new one;
    /// counted against the limit on conversations started with the secret.
    /// </summary>
    public static bool TryNewForSecret(
        JObject? body,
        DirectLineClientLimits limits,
        HttpResponse response,
        out (string ConversationId, string UserId) created,
        [NotNullWhen(false)] out JsonHttpResult<DirectLineError>? refused)
    {
        created = default;
        var requestedUser = DirectLineRequestBody.StringAt(body, "user.id");
        if (requestedUser is not null && !DirectLineUserId.IsAcceptable(requestedUser))
        {
            refused = DirectLineErrors.BadUserId();
            return false;
        }

        if (!limits.TryStartWithSecret(out var retryAfter))
        {
            refused = DirectLineErrors.TooManyRequests(response, retryAfter);
            return false;
        }

        refused = null;
        created = (DirectLineConversationService.NewConversationId(), requestedUser ?? DirectLineConversationService.NewUserId());
        return true;
    }

    internal static async Task<Results<Created<DirectLineConversationResponse>, Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> StartConversationAsync(
        HttpContext http,
        [AsParameters] DirectLineRequestServices services,
        CancellationToken cancellationToken)
    {
        var caller = DirectLineCallerFilter.CallerOf(http);
        var body = await DirectLineRequestBody.ReadSmallJsonAsync(http.Request, cancellationToken);
        if (body.Error is { } bad)
        {
            return bad;
        }

        var locale = DirectLineRequestBody.StringAt(body.Json, "locale");
        var serviceUrl = DirectLineEndpoints.ServiceUrlOf(http.Request);
        if (caller.Token is { } token)
        {
            // A token opens (or reopens) its own conversation and no other: that is the per-token conversation limit.
            var started = await services.Conversations.StartAsync(token.ConversationId, token.UserId, locale, serviceUrl, cancellationToken);
            var answer = new DirectLineConversationResponse(token.ConversationId, caller.Credential, services.Tokens.SecondsLeft(token));
            return started ? TypedResults.Created((string?)null, answer) : TypedResults.Ok(answer);
        }

        if (!TryNewForSecret(body.Json, services.Limits, http.Response, out var created, out var refused))
        {
            return refused;
        }

        await services.Conversations.StartAsync(created.ConversationId, created.UserId, locale, serviceUrl, cancellationToken);
        return TypedResults.Created((string?)null, new DirectLineConversationResponse(created.ConversationId, services.Tokens.Issue(created.ConversationId, created.UserId), services.Tokens.LifetimeSeconds));
    }

    internal static async Task<Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> ReconnectAsync(
        string conversationId,
        HttpContext http,
        [AsParameters] DirectLineRequestServices services,
        CancellationToken cancellationToken)
    {
        var caller = DirectLineCallerFilter.CallerOf(http);
        if (await services.Store.GetAsync(conversationId, cancellationToken) is not { } log)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        return TypedResults.Ok(caller.Token is { } token
            ? new DirectLineConversationResponse(conversationId, caller.Credential, services.Tokens.SecondsLeft(token))
            : new DirectLineConversationResponse(conversationId, services.Tokens.Issue(conversationId, log.UserId), services.Tokens.LifetimeSeconds));
    }
}
