using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Reads the user's answer from a message: an Adaptive Card submit's <c>value</c>, or the typed text.</summary>
internal static class PromptInput
{
    public const string ChooseVerb = CrossBorderBot.Replies.ChoiceSetBlock.ChooseVerb;

    /// <summary>The answer as text: a card submit's <c>value.value</c> first (it is exact), else the typed text.</summary>
    public static string? Text(IActivity activity)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        var message = activity.AsMessageActivity();
        if (SubmitData(message) is { } data && ValueText(data["value"]) is { } submitted)
        {
            return submitted;
        }

        return string.IsNullOrWhiteSpace(message.Text) ? null : message.Text.Trim();
    }

    /// <summary>The <c>verb</c> of a card submit, if the message is one.</summary>
    public static string? Verb(IActivity activity) =>
        activity.Type == ActivityTypes.Message && SubmitData(activity.AsMessageActivity()) is { } data
            ? ValueText(data["verb"])
            : null;

    private static JObject? SubmitData(IMessageActivity message) => ReplySubmitData.Read(message.Value);

    private static string? ValueText(JToken? token) => ReplySubmitData.Text(token);
}
