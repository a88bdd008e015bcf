using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder.TraceExtensions;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Conversation;

/// <summary>
/// Developer traces for the Bot Framework Emulator (by convention they reach the Emulator only): what the
/// recognizer understood, and which dialogs are active. Their shapes are a contract that outside checks rely on.
/// </summary>
public static class EmulatorTraces
{
    public const string RecognizerResultName = "RecognizerResult";
    public const string DialogStackName = "DialogStack";

    public static bool AppliesTo(ITurnContext turnContext) => turnContext.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Emulator;

    /// <summary>Value: <c>{ text, intent, score, intents: { name: score }, entities }</c>.</summary>
    /// <remarks>Takes the message, not its Bot Framework result: on every other channel the result (a JSON tree of the
    /// entities) is not built at all.</remarks>
    public static Task SendRecognizerResultAsync(ITurnContext turnContext, RecognizedMessage recognized, CancellationToken cancellationToken)
    {
        if (!AppliesTo(turnContext))
        {
            return Task.CompletedTask;
        }

        var result = recognized.ToRecognizerResult();
        var (intent, score) = result.GetTopScoringIntent();
        var intents = new JObject();
        foreach (var (name, intentScore) in result.Intents.OrderByDescending(pair => pair.Value.Score ?? 0))
        {
            intents[name] = intentScore.Score ?? 0;
        }

        var value = new JObject
        {
            ["text"] = result.Text,
            ["intent"] = intent,
            ["score"] = score,
            ["intents"] = intents,
            ["entities"] = result.Entities ?? new JObject(),
        };
        return turnContext.TraceActivityAsync(RecognizerResultName, value, RecognizerResultName, "Recognizer result", cancellationToken);
    }

    /// <summary>Value: the active dialog ids, outermost first, innermost last (read from the stacks only for the Emulator).</summary>
    public static Task SendDialogStackAsync(ITurnContext turnContext, DialogContext dc, CancellationToken cancellationToken)
        => AppliesTo(turnContext)
            ? turnContext.TraceActivityAsync(DialogStackName, new JArray(dc.ActiveDialogIds), DialogStackName, "Active dialogs", cancellationToken)
            : Task.CompletedTask;
}
