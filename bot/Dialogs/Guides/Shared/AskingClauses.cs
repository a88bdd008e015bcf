namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The clauses of a reply that ask instead of telling: "EPR是必须的吗？德国那边" and "do we need EPR for packaging in france?"
/// at the VAT/EPR question ask about the question's own things; read as an answer, their "是" or "need" became a stored
/// fact ("Compliance — Yes"). A clause asks when it closes with a question mark and opens with a question word or holds a
/// Chinese question form, or when it ends on a Chinese question particle ("…一定要CE吗"). A statement with a doubtful
/// question mark ("none needed for pet stuff i think?") asks nothing and stays an answer.
/// </summary>
public static partial class AskingClauses
{
    /// <summary>What <paramref name="text"/> says outside its asking clauses (the text itself when none asks).</summary>
    /// <remarks>Every readiness reply passes here: the clauses are split and judged once.</remarks>
    public static string Without(string text)
    {
        var clauses = Clauses().Matches(text);
        var told = clauses.Where(clause => !Asks(clause.Value)).Select(clause => clause.Value).ToList();
        return told.Count == clauses.Count ? text : string.Concat(told).Trim();
    }

    private static bool Asks(string clause)
    {
        var trimmed = clause.Trim();
        var body = trimmed.TrimEnd('?', '？', ',', '，', ';', '；', '.', '。', '!', '！', ' ');
        if (body.Length == 0)
        {
            return false;
        }

        var marked = trimmed.EndsWith('?') || trimmed.EndsWith('？');
        return (marked && (QuestionStart().IsMatch(body) || ChineseQuestionForm().IsMatch(body))) || ChineseParticleEnd().IsMatch(body);
    }

    // A clause with its closing punctuation: the question mark stays with the clause it closes.
    [GeneratedRegex(@"[^,，;；.。!！?？]+[,，;；.。!！?？]*")]
    private static partial Regex Clauses();

    // An English question opening, after a short lead-in at most ("so do we need…", "and is CE enough…").
    [GeneratedRegex(@"^(?:(?:so|and|but|then|ok|okay|also|btw|wait)\s+)?(?:do|does|did|is|are|was|were|should|must|can|could|will|would|shall|have|has|how|what|what's|whats|why|which|who|where|when|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();

    // A Chinese question form: a question particle or word, or a yes-or-no pair ("要不要", "是不是", "需不需要").
    [GeneratedRegex(@"[吗么呢]|是否|什么|怎么|如何|哪|多少|为啥|为什么|(\p{IsCJKUnifiedIdeographs})不\1")]
    private static partial Regex ChineseQuestionForm();

    // A Chinese clause ending on a question particle, with no question mark ("卖欧洲一定要CE吗"); "什么", "怎么" end a
    // statement of doubt ("认证方面我们不太懂要什么") as often as a question.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]\s*(?:吗|(?<![什怎这那多要])么)$")]
    private static partial Regex ChineseParticleEnd();
}
