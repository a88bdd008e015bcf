namespace CrossBorderBot.Understanding;

/// <summary>
/// Finds a yes / no / don't-know reply at the start of a message: "ya", "nope", "not sure, whatever is cheapest",
/// "是的", "不清楚，随便", "yes we do". Only at the start, and only when the reply ends there or the message goes on
/// with a new clause, so "no tracking for 3 weeks" and "没有自己的品牌" are not answers.
/// </summary>
internal sealed class AnswerMatcher
{
    // Words that may follow an English yes/no and still leave it a reply ("yes we do", "no thanks, not now").
    private static readonly HashSet<string> ContinuingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "it", "they", "its", "it's", "im", "i'm", "we're", "were", "thats", "that's", "please", "pls", "plz",
        "thanks", "thank", "thx", "sure", "of", "definitely", "absolutely", "indeed", "sir", "mate", "lol", "haha", "ok",
        "okay", "problem", "need", "have", "do", "dont", "don't", "not", "but", "and", "just", "probably", "maybe",
    };

    private readonly List<(string Phrase, string Id)> _phrases;

    public AnswerMatcher(IEnumerable<VocabularyTerm> answers)
    {
        _phrases = answers
            .SelectMany(a => a.EnglishPhrases.Concat(a.ChinesePhrases).Select(p => (Phrase: p, a.Id)))
            .OrderByDescending(p => p.Phrase.Length)
            .ToList();
    }

    public EntityMention? Match(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start])))
        {
            start++;
        }

        foreach (var (phrase, id) in _phrases)
        {
            if (string.Compare(text, start, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0
                || start + phrase.Length > text.Length)
            {
                continue;
            }

            if (EndsReply(text, start, phrase))
            {
                return new EntityMention(EntityType.Answer, start, phrase.Length, id, text.Substring(start, phrase.Length));
            }
        }

        return null;
    }

    private static bool EndsReply(string text, int start, string phrase)
    {
        var end = start + phrase.Length;
        var rest = text[end..];
        var restTrimmed = rest.TrimStart();
        if (restTrimmed.Length == 0 || IsClauseEnd(restTrimmed[0]))
        {
            return true;
        }

        // "y", "n", "有", "对" are replies only on their own or before a clause break.
        if (phrase.Length == 1 || LanguageDetector.ContainsCjk(phrase))
        {
            return false;
        }

        // A Latin reply must end at a word boundary, and go on only with words that keep it a reply.
        if (char.IsLetterOrDigit(rest[0]) || rest[0] == '\'')
        {
            return false;
        }

        var next = new string(restTrimmed.TakeWhile(c => char.IsLetter(c) || c == '\'').ToArray());
        return ContinuingWords.Contains(next);
    }

    private static bool IsClauseEnd(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c) || char.IsSurrogate(c) || c is '，' or '。' or '！' or '？' or '；' or '、';
}
