using Microsoft.AspNetCore.Http.HttpResults;
using Newtonsoft.Json;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Turns a posted activity's JSON into an <see cref="Activity"/> whose sender is decided by the credential: a token
/// speaks for its own user; the secret may name any acceptable user.
/// </summary>
internal static class DirectLineActivityParser
{
    private static readonly JsonSerializerSettings IncomingActivityJson = new()
    {
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    public static (Activity? Activity, JsonHttpResult<DirectLineError>? Error) Parse(string text, DirectLineCaller caller, string? requestedUserId)
    {
        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(text, IncomingActivityJson);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The activity is not valid JSON."));
        }

        if (activity is null)
        {
            return (null, DirectLineErrors.BadArgument("The body must be an activity object."));
        }

        if (caller.Token is { } token)
        {
            // The token decides who is speaking: a page cannot post as another user.
            activity.From = new ChannelAccount(token.UserId, activity.From?.Name);
        }
        else
        {
            var from = activity.From?.Id ?? requestedUserId;
            if (!DirectLineUserId.IsAcceptable(from))
            {
                return (null, DirectLineErrors.Error(StatusCodes.Status400BadRequest, "MissingProperty", "from.id is required when posting with the secret."));
            }

            activity.From = new ChannelAccount(from, activity.From?.Name);
        }

        if (string.IsNullOrEmpty(activity.Type))
        {
            return (null, DirectLineErrors.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity needs a type."));
        }

        return (activity, null);
    }
}
