namespace CrossBorderBot.Replies;

/// <summary>
/// A direct answer to a question: the lead (one or two sentences that state the fact), the details as whole items,
/// further items behind a "More" control (expanded in place on cards; listed after the details where a channel
/// cannot fold text away), and the sources the text came from with their review dates. Plain text, no markdown,
/// except <c>**bold**</c> in items.
/// </summary>
public sealed record AnswerBlock(string Lead, IReadOnlyList<string> Details, IReadOnlyList<string> More, IReadOnlyList<ReplySource> Sources) : ReplyBlock;
