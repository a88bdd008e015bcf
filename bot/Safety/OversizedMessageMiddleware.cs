using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Safety;

/// <summary>
/// Keeps every turn's text within <see cref="SafetyOptions.MaxMessageCharacters"/> before any recognizer sees it, on
/// every door. A message whose text (or a text in its card submit) is longer gets a short note and no turn, so the
/// guide stays where it was; other activities (invokes, events) have their over-long strings cut to the limit, since
/// they must still be answered. Without this bound a 50,000-digit card value held a web chat turn for minutes in a
/// pattern that backtracks on long runs of digits, and the conversation's other messages waited behind it.
/// </summary>
public sealed partial class OversizedMessageMiddleware(IOptions<SafetyOptions> options, ILogger<OversizedMessageMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Enough of the text to tell its language, without reading all of it.</summary>
    private const int LanguageSampleCharacters = 200;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var max = options.Value.MaxMessageCharacters;
        if (activity is null || LongestText(activity) <= max)
        {
            await next(cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            Cut(activity, max);
            await next(cancellationToken);
            return;
        }

        LogOversized(logger, activity.ChannelId ?? "(none)", activity.Conversation?.Id ?? "(none)", LongestText(activity), max);
        var sample = activity.Text is { } text ? text[..Math.Min(text.Length, LanguageSampleCharacters)] : null;
        var chinese = ReplyLanguage.Choose(sample, conversationLanguage: null, TurnLanguage.Of(activity)).IsChinese;
        var limit = max.ToString("N0", CultureInfo.InvariantCulture);
        await turnContext.SendActivityAsync(
            chinese
                ? $"这条消息太长了（超过 {limit} 个字符），我读不了。请把要点用一条较短的消息发给我，您的进度不受影响。"
                : $"That message is too long for me to read (over {limit} characters). Please send the main point in a shorter message; your progress is unchanged.",
            cancellationToken: cancellationToken);
    }

    /// <summary>The length of the longest text in the activity: its text or any string in its value.</summary>
    internal static int LongestText(IActivity activity)
    {
        var longest = (activity as Activity)?.Text?.Length ?? 0;
        if (activity is Activity { Value: { } value })
        {
            longest = Math.Max(longest, value switch
            {
                string text => text.Length,
                JToken token => StringsOf(token).Select(v => ((string?)v.Value)?.Length ?? 0).DefaultIfEmpty(0).Max(),
                _ => 0,
            });
        }

        return longest;
    }

    private static void Cut(Activity activity, int max)
    {
        if (activity.Text is { } text && text.Length > max)
        {
            activity.Text = text[..max];
        }

        switch (activity.Value)
        {
            case string value when value.Length > max:
                activity.Value = value[..max];
                break;
            case JToken token:
                foreach (var item in StringsOf(token).Where(v => ((string?)v.Value)?.Length > max).ToList())
                {
                    item.Value = ((string)item.Value!)[..max];
                }

                break;
        }
    }

    private static IEnumerable<JValue> StringsOf(JToken token)
        => (token is JContainer container ? container.DescendantsAndSelf() : [token]).OfType<JValue>().Where(v => v.Type == JTokenType.String);

    [LoggerMessage(EventId = LogEventIds.SafetyOversizedMessage, Level = LogLevel.Information, Message = "Message of {Length} characters on channel {ChannelId} in conversation {ConversationId} is over the limit of {Max}; answered with a note")]
    private static partial void LogOversized(ILogger logger, string channelId, string conversationId, int length, int max);
}
