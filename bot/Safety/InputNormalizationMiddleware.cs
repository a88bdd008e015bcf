using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Safety;

/// <summary>
/// Cleans every incoming activity before any recognizer or dialog sees it, on every door: control characters and
/// other invisible code points that no keyboard produces (C0/C1 controls except tab and line breaks, lone surrogates,
/// non-characters) are removed from the text and from every string in a card submit's value, and null entries are
/// removed from the member, attachment and entity lists. (A U+0001 in a message used to break the turn.) Channel
/// data the channel's handler cannot read (not an object, or on Teams not Teams channel data) is dropped, since the
/// SDK's Teams handler throws on it; an invoke without a value (other than a health check) is answered 400, since the
/// SDK's invoke dispatch throws on a null value where it answers 400 for any other value it cannot use.
/// </summary>
public sealed class InputNormalizationMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        Normalize(turnContext.Activity);
        if (turnContext.Activity is { Type: ActivityTypes.Invoke, Value: null } invoke && invoke.Name != "healthCheck")
        {
            await turnContext.SendActivityAsync(
                new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = StatusCodes.Status400BadRequest } },
                cancellationToken);
            return;
        }

        await next(cancellationToken);
    }

    public static void Normalize(Activity? activity)
    {
        if (activity is null)
        {
            return;
        }

        activity.Text = InputText.Clean(activity.Text);
        activity.Value = activity.Value switch
        {
            string text => InputText.Clean(text),
            JToken token => CleanStrings(token),
            _ => activity.Value,
        };
        activity.ChannelData = ReadableChannelData(activity);
        activity.MembersAdded = WithoutNulls(activity.MembersAdded);
        activity.MembersRemoved = WithoutNulls(activity.MembersRemoved);
        activity.Attachments = WithoutNulls(activity.Attachments);
        activity.Entities = WithoutNulls(activity.Entities);
    }

    private static JToken CleanStrings(JToken token)
    {
        foreach (var value in AllOf(token).OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList())
        {
            var text = (string?)value.Value;
            var clean = InputText.Clean(text);
            if (!ReferenceEquals(text, clean))
            {
                value.Value = clean;
            }
        }

        foreach (var property in AllOf(token).OfType<JProperty>().Where(p => InputText.NeedsCleaning(p.Name)).ToList())
        {
            property.Replace(new JProperty(InputText.Clean(property.Name)!, property.Value));
        }

        return token;
    }

    private static object? ReadableChannelData(Activity activity)
    {
        if (activity.ChannelData is null or JObject { Count: 0 })
        {
            return activity.ChannelData;
        }

        if (activity.ChannelData is not JObject)
        {
            return null;
        }

        if (activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams)
        {
            try
            {
                activity.GetChannelData<TeamsChannelData>();
            }
            catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or InvalidCastException or FormatException or ArgumentException)
            {
                return null;
            }
        }

        return activity.ChannelData;
    }

    private static IEnumerable<JToken> AllOf(JToken token) => token is JContainer container ? container.DescendantsAndSelf() : [token];

    private static IList<T>? WithoutNulls<T>(IList<T>? items)
        where T : class
        => items is null || !items.Any(item => item is null) ? items : [.. items.Where(item => item is not null)];
}
