using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Safety;

/// <summary>
/// Cleans every incoming activity before any recognizer or dialog sees it, on every door: control characters and
/// other invisible code points that no keyboard produces (C0/C1 controls except tab and line breaks, lone surrogates,
/// non-characters) are removed from the text and from every string in a card submit's value, and null entries are
/// removed from the member, attachment and entity lists. (A U+0001 in a message used to break the turn.)
/// </summary>
public sealed class InputNormalizationMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        Normalize(turnContext.Activity);
        return next(cancellationToken);
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

    private static IEnumerable<JToken> AllOf(JToken token) => token is JContainer container ? container.DescendantsAndSelf() : [token];

    private static IList<T>? WithoutNulls<T>(IList<T>? items)
        where T : class
        => items is null || !items.Any(item => item is null) ? items : [.. items.Where(item => item is not null)];
}
