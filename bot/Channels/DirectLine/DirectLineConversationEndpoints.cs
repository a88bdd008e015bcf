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
        [AsParameters] DirectLineRequest request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var body = await DirectLineRequestBody.ReadSmallJsonAsync(request.Http.Request, cancellationToken);
        if (body.Error is { } bad)
        {
            return bad;
        }

        var locale = DirectLineRequestBody.StringAt(body.Json, "locale");
        var serviceUrl = request.ServiceUrl;
        if (caller.Token is { } token)
        {
            // A token opens (or reopens) its own conversation and no other: that is the per-token conversation limit.
            var started = await request.Conversations.StartAsync(token.ConversationId, token.UserId, locale, serviceUrl, cancellationToken);
            var answer = new DirectLineConversationResponse(token.ConversationId, caller.Credential, request.Tokens.SecondsLeft(token));
            return started ? TypedResults.Created((string?)null, answer) : TypedResults.Ok(answer);
        }

        if (!TryNewForSecret(body.Json, request.Limits, request.Http.Response, out var created, out var refused))
        {
            return refused;
        }

        await request.Conversations.StartAsync(created.ConversationId, created.UserId, locale, serviceUrl, cancellationToken);
        return TypedResults.Created((string?)null, new DirectLineConversationResponse(created.ConversationId, request.Tokens.Issue(created.ConversationId, created.UserId), request.Tokens.LifetimeSeconds));
    }

    internal static async Task<Results<Ok<DirectLineConversationResponse>, JsonHttpResult<DirectLineError>>> ReconnectAsync(
        string conversationId,
        [AsParameters] DirectLineRequest request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        if (await request.Store.GetAsync(conversationId, cancellationToken) is not { } log)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        return TypedResults.Ok(caller.Token is { } token
            ? new DirectLineConversationResponse(conversationId, caller.Credential, request.Tokens.SecondsLeft(token))
            : new DirectLineConversationResponse(conversationId, request.Tokens.Issue(conversationId, log.UserId), request.Tokens.LifetimeSeconds));
    }
}
