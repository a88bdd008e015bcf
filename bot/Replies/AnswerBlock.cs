namespace CrossBorderBot.Replies;

/// <summary>
/// A direct answer to a question: the lead (one or two sentences that state the fact), the details as whole items,
/// what could not be (re-)verified (<paramref name="Caveats"/>, shown with the answer), and the sources the text came
/// from with their review dates. Further items either sit behind a "More" fold (<paramref name="More"/>, expanded in
/// place on cards, listed after the details where a channel cannot fold) or, when <paramref name="MoreAction"/> is
/// set, behind a button that asks for them as the next turn. Plain text, no markdown, except <c>**bold**</c> in items.
/// </summary>
public sealed record AnswerBlock(
    string Lead,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> More,
    IReadOnlyList<ReplySource> Sources,
    IReadOnlyList<string>? Caveats = null,
    ReplyAction? MoreAction = null) : ReplyBlock;
