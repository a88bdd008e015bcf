namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Decides who is calling before any Direct Line handler runs: a call on a conversation must hold the secret or that
/// conversation's token, any other call the secret or a token. A refused call gets the authenticator's error body; an
/// accepted one carries its <see cref="DirectLineCaller"/> to the handler.
/// </summary>
internal sealed class DirectLineCallerFilter(DirectLineAuthenticator authenticator) : IEndpointFilter
{
    private static readonly object CallerKey = new();

    /// <summary>The caller this filter admitted for the current request.</summary>
    public static DirectLineCaller CallerOf(HttpContext http) =>
        http.Items[CallerKey] as DirectLineCaller ?? throw new InvalidOperationException("The Direct Line caller filter did not run for this endpoint.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var admitted = request.RouteValues["conversationId"] is string conversationId
            ? authenticator.TryAuthorize(request, conversationId, out var caller, out var denied)
            : authenticator.TryAuthenticate(request, out caller, out denied);
        if (!admitted)
        {
            return denied;
        }

        context.HttpContext.Items[CallerKey] = caller;
        return await next(context);
    }
}
