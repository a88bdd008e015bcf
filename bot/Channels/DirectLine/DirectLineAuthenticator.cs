using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Reads <c>Authorization: Bearer …</c> and decides who is calling. Missing credentials get 401; a token that is not
/// ours (forged, altered, other secret) 403; an expired one 403 <c>TokenExpired</c>, which tells the client to refresh.
/// </summary>
public sealed class DirectLineAuthenticator(DirectLineSecret secret, DirectLineTokenService tokens)
{
    public bool TryAuthenticate(
        HttpRequest request,
        [NotNullWhen(true)] out DirectLineCaller? caller,
        [NotNullWhen(false)] out JsonHttpResult<DirectLineError>? denied)
    {
        caller = null;
        denied = null;
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            denied = DirectLineErrors.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Direct Line secret or a token as 'Authorization: Bearer …'.");
            return false;
        }

        var credential = header[scheme.Length..].Trim();
        if (secret.Matches(credential))
        {
            caller = new DirectLineCaller(credential, Token: null);
            return true;
        }

        switch (tokens.Validate(credential, out var token))
        {
            case DirectLineTokenStatus.Valid:
                caller = new DirectLineCaller(credential, token);
                return true;
            case DirectLineTokenStatus.Expired:
                denied = DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one.");
                return false;
            default:
                denied = DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "The secret or token is not valid.");
                return false;
        }
    }

    /// <summary>Authenticates, then checks the caller may use this conversation (a token: only its own).</summary>
    public bool TryAuthorize(
        HttpRequest request,
        string conversationId,
        [NotNullWhen(true)] out DirectLineCaller? caller,
        [NotNullWhen(false)] out JsonHttpResult<DirectLineError>? denied)
    {
        if (!TryAuthenticate(request, out caller, out denied))
        {
            return false;
        }

        if (!caller.MayAccess(conversationId))
        {
            denied = DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "This token is for another conversation.");
            caller = null;
            return false;
        }

        return true;
    }
}
