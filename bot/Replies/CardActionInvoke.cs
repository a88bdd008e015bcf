using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// The <c>adaptiveCard/action</c> invoke an <c>Action.Execute</c> button sends (Universal Actions), read as the submit
/// data the same button sends as <c>Action.Submit</c>, and the invoke's answers: a card that replaces the clicked one,
/// or a short message while the card stays as it is.
/// </summary>
public static class CardActionInvoke
{
    public const string Name = "adaptiveCard/action";
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";

    /// <summary>The button's data with its verb, as <c>Action.Submit</c> sends it; null for any other activity.</summary>
    public static JObject? SubmitData(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Invoke || !string.Equals(activity.Name, Name, StringComparison.Ordinal)
            || ValueOf(activity)?["action"] is not JObject action
            || action.Value<string>(ReplySubmitData.VerbKey) is not { Length: > 0 } verb)
        {
            return null;
        }

        var data = action["data"] is JObject fields ? (JObject)fields.DeepClone() : [];
        data[ReplySubmitData.VerbKey] = verb;
        return data;
    }

    private static JObject? ValueOf(Activity activity) => activity.Value switch
    {
        JObject value => value,
        null or JToken or string => null,
        var other => JObject.FromObject(other),
    };

    /// <summary>Teams shows this card in place of the one clicked.</summary>
    public static AdaptiveCardInvokeResponse Card(JObject card) => new()
    {
        StatusCode = 200,
        Type = AdaptiveCardRenderer.ContentType,
        Value = card,
    };

    /// <summary>Teams shows the message and leaves the card as it is.</summary>
    public static AdaptiveCardInvokeResponse Message(string message) => new()
    {
        StatusCode = 200,
        Type = MessageResponseType,
        Value = message,
    };

    /// <summary>The answer when the click's replies went to the conversation as messages: "Done", in the user's language.</summary>
    public static AdaptiveCardInvokeResponse Done(BotLanguage language) => Message(ReplyWords.For(language).ActionDone);

    /// <summary>Answers the invoke of this turn; the adapter returns it as the HTTP response.</summary>
    public static Task AnswerAsync(ITurnContext turnContext, AdaptiveCardInvokeResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(
            new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = 200, Body = response } },
            cancellationToken);
    }
}
