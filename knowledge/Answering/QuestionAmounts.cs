namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The amounts a question quotes ("the $800 de minimis", "RM500", "50美元以下"), and those of them that can be an import rule's
/// allowance or flat fee. Split from <see cref="AnswerRanker"/>, which scores the entries that hold them.
/// </summary>
internal static partial class QuestionAmounts
{
    /// <summary>The amounts the question quotes ("the $800 de minimis", "RM500", "50美元以下"), names and years left out.</summary>
    public static IReadOnlySet<decimal> Quoted(QuestionAnalysis question)
    {
        var chars = question.Text.ToCharArray();
        foreach (var e in question.Entities.Where(e => e.Start + e.Surface.Length <= chars.Length))
        {
            Array.Fill(chars, ' ', e.Start, e.Surface.Length);
        }

        // "1" and "2" say too little to point at an entry ("1 parcel", "2 kg"); "stuck 20 days", "5 kg" are a time and a weight,
        // not an amount of money or a limit.
        var text = Measurement().Replace(new string(chars), " ");
        return NumberReader.Read(text, skipYears: true).Where(n => n > 2).ToHashSet();
    }

    // "refunds are 20% of our orders": a percentage is no allowance or flat fee, so it points at no import rule's amount.
    public static IReadOnlySet<decimal> Thresholds(QuestionAnalysis question)
    {
        var percentages = NumberReader.Read(string.Join(' ', Percentage().Matches(question.Text).Select(m => m.Value)), skipYears: true);
        return percentages.Count == 0 ? Quoted(question) : Quoted(question).Where(n => !percentages.Contains(n)).ToHashSet();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Percentage();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:days?|weeks?|months?|hours?|kg|kilos?|grams?|g|cm|mm|cbm|天|周|星期|个月|小时|公斤|千克|克|厘米|毫米|立方)(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Measurement();
}
