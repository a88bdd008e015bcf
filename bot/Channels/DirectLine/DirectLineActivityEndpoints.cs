using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/activities?watermark=</c> (the client polls) and <c>POST /conversations/{id}/activities</c>
/// (the user speaks; the bot's turn runs before the answer).
/// </summary>
internal static class DirectLineActivityEndpoints
{
    /// <summary>Answered at once, never held open: the client polls again a second later.</summary>
    internal static async Task<Results<Ok<DirectLineActivitySet>, JsonHttpResult<DirectLineError>>> GetActivitiesAsync(
        string conversationId,
        string? watermark,
        [AsParameters] DirectLineRequest request,
        CancellationToken cancellationToken)
    {
        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after)))
        {
            return DirectLineErrors.BadArgument("The watermark must be one this service returned.");
        }

        if (await request.Store.ReadAfterAsync(conversationId, after, cancellationToken) is not { } page)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        return TypedResults.Ok(new DirectLineActivitySet(page.Activities, page.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    internal static async Task<Results<Ok<DirectLineResourceResponse>, JsonHttpResult<DirectLineError>>> PostActivityAsync(
        string conversationId,
        [AsParameters] DirectLineRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryPost(out var refused))
        {
            return refused;
        }

        var maxCharacters = request.Options.Value.MaxActivityCharacters;
        var text = await DirectLineRequestBody.ReadTextAsync(request.Http.Request, maxCharacters, cancellationToken);
        if (text is null)
        {
            return DirectLineErrors.ActivityTooLarge(maxCharacters);
        }

        var posted = await request.ActivityPostedAsync(conversationId, text, requestedUserId: null, cancellationToken);
        if (posted.Error is { } bad)
        {
            return bad;
        }

        var id = await request.Conversations.PostAsync(conversationId, posted.Activity!, request.ServiceUrl, uploads: null, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }
}
