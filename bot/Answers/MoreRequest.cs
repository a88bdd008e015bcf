using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Answers;

/// <summary>Reads a request for the rest of an answer: the "More…" button's submit, or "more" / "更多" typed alone.</summary>
internal static partial class MoreRequest
{
    /// <summary>
    /// Null when the message is not a request for more; otherwise the question and language the button carried (both
    /// null for a typed "more", which means the last answer of the conversation).
    /// </summary>
    public static (string? Question, string? Language)? Read(IActivity activity, string? text, string verb, string questionKey, string languageKey)
    {
        if (activity is IMessageActivity { Value: JObject data }
            && string.Equals((string?)data["verb"], verb, StringComparison.Ordinal)
            && (string?)data[questionKey] is { Length: > 0 } question)
        {
            return (question, (string?)data[languageKey]);
        }

        return text is not null && TypedMore().IsMatch(text) ? (null, null) : null;
    }

    [GeneratedRegex(@"^\s*(more|more please|tell me more|show more|more…|more\.\.\.|更多|更多…|详细|详细点|展开)\s*[.!。！?？]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TypedMore();
}
