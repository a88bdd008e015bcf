using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// One Direct Line request as its handler sees it, bound as one parameter: the HTTP context, the caller (decided
/// before the handler runs, by <see cref="DirectLineCallerFilter"/>) and the services the handlers work with.
/// </summary>
internal sealed record DirectLineRequest(
    HttpContext Http,
    [FromServices] DirectLineTokenService Tokens,
    [FromServices] DirectLineConversationStore Store,
    [FromServices] DirectLineConversationService Conversations,
    [FromServices] DirectLineClientLimits Limits,
    [FromServices] IOptions<DirectLineOptions> Options,
    [FromServices] TimeProvider Time)
{
    public DirectLineCaller Caller => DirectLineCallerFilter.CallerOf(Http);

    /// <summary>The host as the bot sees it; replies carry it as their <c>serviceUrl</c>.</summary>
    public string ServiceUrl => DirectLineEndpoints.ServiceUrlOf(Http.Request);

    /// <summary>Counts a post (an activity or an upload) against the caller's limit; the 429 to answer when it is over.</summary>
    public bool TryPost([NotNullWhen(false)] out JsonHttpResult<DirectLineError>? refused)
    {
        if (Limits.TryPost(Caller, DirectLineClientAddress.Of(Http), out var retryAfter))
        {
            refused = null;
            return true;
        }

        refused = DirectLineErrors.TooManyRequests(Http.Response, retryAfter, DirectLineErrors.TooManyPostsMessage);
        return false;
    }

    /// <summary>
    /// The activity a post (plain or with an upload) brings for the caller, or the error to answer: unreadable or not the
    /// caller's to send (<see cref="DirectLineActivityParser"/>), or a conversation this service does not hold.
    /// </summary>
    public async Task<(Activity? Activity, JsonHttpResult<DirectLineError>? Error)> ActivityPostedAsync(
        string conversationId, string text, string? requestedUserId, CancellationToken cancellationToken)
    {
        var parsed = DirectLineActivityParser.Parse(text, Caller, requestedUserId);
        if (parsed.Error is not null)
        {
            return parsed;
        }

        return await Store.GetAsync(conversationId, cancellationToken) is null ? (null, DirectLineErrors.ConversationNotFound()) : parsed;
    }
}
