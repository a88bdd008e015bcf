using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A place swapped into the question just answered: "德国呢" after "英国的增值税是多少", "and for germany?" after "what is
/// the VAT rate in the UK?". The message is a what-if that names a place and nothing else of its own, and the question
/// before named one place: it is that question again, with the new place where the old one stood.
/// </summary>
internal static class PlaceSwappedIn
{
    /// <summary>The most Latin words, or Chinese characters, a swap may carry besides the place ("and for", "what about", "呢").</summary>
    private const int MostOtherWords = 3;

    private const int MostOtherCharacters = 3;

    /// <summary>
    /// The question <paramref name="lastQuestion"/> asked again for the place <paramref name="message"/> names; null when
    /// the message swaps no place in. The last question is recognized (<paramref name="understand"/>) only when the
    /// message itself is a swap: most messages after a side question are not, and recognizing costs a turn's largest part.
    /// </summary>
    /// <param name="placeAloneSwaps">
    /// True where the waiting prompt is "another question?" after an answer: a yes or no is all it reads, so a place said
    /// alone there ("美国", "japan") can only mean the question just answered, for that place; inside a guide a place alone
    /// answers the guide's question, and elsewhere it must ask "and …?" to be a swap.
    /// </param>
    public static string? Swap(string lastQuestion, Func<string, RecognizedMessage> understand, RecognizedMessage message, bool placeAloneSwaps = false)
    {
        if (Places(message) is not [var place])
        {
            return null;
        }

        var (chinese, latin) = OtherWords(message.Text, place);
        if (!((MessageCues.IsWhatIf(message.Text) && chinese <= MostOtherCharacters && latin <= MostOtherWords) || (placeAloneSwaps && chinese + latin == 0))
            || Places(understand(lastQuestion)) is not [var old] || string.Equals(place, old, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var at = lastQuestion.IndexOf(old, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        // "in the UK" → "in germany": "the" belongs to the old name, unless the new one is a short capital name too ("the US").
        var start = at >= 4 && lastQuestion.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && !(place.Length <= 3 && place.All(char.IsAsciiLetterUpper)) ? at - 4 : at;
        return string.Concat(lastQuestion.AsSpan(0, start), place, lastQuestion.AsSpan(at + old.Length));
    }

    private static List<string> Places(RecognizedMessage message) =>
        [.. message.Entities.Countries.Select(country => country.Text).Concat(message.Entities.Regions.Select(region => region.Text)).Distinct(StringComparer.OrdinalIgnoreCase)];

    // What the message says besides the place, in Chinese characters and Latin words: "and for germany?", "what about japan",
    // "德国呢", "那越南呢" say a few that only ask "and …?"; a place alone says none.
    private static (int Chinese, int Latin) OtherWords(string text, string place)
    {
        var rest = text.Replace(place, " ", StringComparison.OrdinalIgnoreCase);
        var chinese = rest.Count(LanguageDetector.IsCjk);
        var latin = rest.Split([' ', ',', '，', '?', '？', '.', '。', '!', '！'], StringSplitOptions.RemoveEmptyEntries).Count(word => !word.Any(LanguageDetector.IsCjk));
        return (chinese, latin);
    }
}
