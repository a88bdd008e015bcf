using System.Text.RegularExpressions;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The place a side question means by "there": inside a guide about France, "how much VAT would the buyer pay over
/// there?" or "那边要交增值税吗" asks about France. The conversation keeps the last place a message named, and a
/// question that points at a place without naming one is answered for that place.
/// </summary>
public static partial class QuestionPlace
{
    /// <summary>Remembers the first place this message names, if it names one.</summary>
    public static void Remember(ConversationProfile profile, MessageEntities entities)
    {
        if ((entities.Countries.FirstOrDefault()?.Text ?? entities.Regions.FirstOrDefault()?.Text) is { Length: > 0 } place)
        {
            profile.LastPlaceNamed = place;
        }
    }

    /// <summary>The question with the remembered place added when it points at a place without naming one.</summary>
    public static string Completed(string question, ConversationProfile profile) =>
        profile.LastPlaceNamed is { } place && PointsAtAPlace().IsMatch(question) && !question.Contains(place, StringComparison.OrdinalIgnoreCase)
            ? $"{question} ({place})"
            : question;

    [GeneratedRegex(@"\bover\s+there\b|(?<!\b(?:is|are|was|were|will|isn't|aren't)\s)\bthere\b(?!\s*(?:is|are|was|were|'s|will|be|any|anything)\b)|\b(?:that\s+(?:country|market|place)|the\s+destination(?:\s+country)?|their\s+(?:customs|country|market))\b|那边|那里|那儿|当地|该国|这个国家|那个国家|目的国|目的地", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsAtAPlace();
}
