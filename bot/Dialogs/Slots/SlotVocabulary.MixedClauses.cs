namespace CrossBorderBot.Dialogs.Slots;

public sealed partial class SlotVocabulary
{
    /// <summary>
    /// True when the reply's clauses give the question different answers of its own: "a few of our boards are our own
    /// design, the rest are standard ones", "有几款是我们独家的，大部分跟别人一样" (own design and the same as others). Such a
    /// reply is in the middle of the question's scale, not whichever answer it names first.
    /// </summary>
    private bool ClausesDisagree(string slot, SlotWords words, string normalized)
    {
        var finder = _anywhereFinders[slot];
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (clause, _) in SlotClauses.WithStarts(normalized))
        {
            var said = clause.Trim();
            if (said.Length == 0 || finder.Find(said) is not [var first, ..])
            {
                continue;
            }

            // "we don't have FDA" names the held answer's words under a negation: its opposite, as anywhere; a negated answer
            // with no opposite ("not the same as others") says which answer it is not, so no answer of its own.
            if (!_yesNo.NegatesAt(said, first.Start))
            {
                values.Add(first.Value);
            }
            else if (OppositeOf(words, first.Value) is { } opposite)
            {
                values.Add(opposite);
            }
        }

        return values.Count > 1;
    }

    /// <summary>
    /// True when a clause of the reply holds one of the question's own answers (not its negative one) read clearly —
    /// "出口欧洲的有食品接触检测报告" holds a certificate — so that another clause saying no, not yet or under way makes the
    /// reply partial.
    /// </summary>
    private bool HoldsAnAnswer(string slot, SlotWords words, string clause) =>
        _anywhereFinders[slot].Find(clause) is [var first, ..] && first.Value != words.Negative && first.Value != words.Mixed
        && !_yesNo.NegatesAt(clause, first.Start);
}
